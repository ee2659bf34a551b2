// Text as people type it: control characters (NUL and the like; tab and newlines kept) are
// invisible, and PostgreSQL text cannot store NUL at all, so they are dropped everywhere.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function stripControl(text: string): string {
  return text.replace(CONTROL, '');
}
