/**
 * Canned replies (快捷回复) may name the person asking and the staff member answering:
 * `{姓名}` becomes the inquiry's `askerName`, `{工作人员}` the staff member's own name.
 * Full-width braces (｛姓名｝), as a Chinese keyboard types them, count too.
 */
export interface CannedContext {
  askerName: string | null | undefined;
  staffName: string | null | undefined;
}

const VARIABLE = /[{｛]\s*(姓名|工作人员)\s*[}｝]/g;

/** The reply text with its variables filled in (one pass, so a name is never expanded again). */
export function fillCannedReply(text: string, context: CannedContext): string {
  const asker = context.askerName?.trim() || '您';
  const staff = context.staffName?.trim() || '工作人员';
  return text.replace(VARIABLE, (_match, name: string) => (name === '姓名' ? asker : staff));
}

/** The variables a canned reply may contain, for the editor's insert buttons. */
export const CANNED_VARIABLES = ['{姓名}', '{工作人员}'] as const;
