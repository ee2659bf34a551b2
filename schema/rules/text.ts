// Text as people type it: control characters (NUL and the like; tab and newlines kept) are
// invisible, and PostgreSQL text cannot store NUL at all, so they are dropped everywhere.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
// Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) change the order
// in which the text around them is shown: "报告\u202Efdp.exe" shows as "报告exe.pdf". Nobody types
// them on purpose, so they are dropped too; every other character stays as it was.
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/g;

export function stripControl(text: string): string {
  return text.replace(CONTROL, '').replace(BIDI_CONTROL, '');
}

// Half of a surrogate pair alone (a client that cuts an emoji at its length limit leaves one) is no
// character: PostgreSQL's json refuses it and PGlite fails on one at the end of a text.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text with each lone surrogate made U+FFFD (String.prototype.toWellFormed, which our TypeScript target lacks). */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}

/**
 * Bounds on any text the server accepts (README "Security"); a field may set tighter ones. A
 * request outside them is refused before it reaches the database.
 */
export const INPUT_LIMITS = {
  /** Characters in one text field unless the field says otherwise. */
  text: 2000,
  /** Characters in a search box. */
  search: 100,
  /** Items in one list. */
  listItems: 100,
  /** Characters in the optional reason given with a 👎 on a bot answer. */
  feedbackReason: 200,
} as const;

/** Why a text cannot be accepted at all (before any field's own rules); null when it can. */
export function textInputProblem(text: string, maxLength: number = INPUT_LIMITS.text): string | null {
  if (text.includes('\u0000')) return '不能含有空字符（NUL）';
  if (Array.from(text).length > maxLength) return `不能超过 ${maxLength} 个字`;
  return null;
}
