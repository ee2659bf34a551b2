/**
 * Canned replies (快捷回复) may name the person asking and the staff member answering:
 * `{姓名}` becomes the name the person gave (`askerPersonalName`), `{工作人员}` the staff member's own name.
 * Full-width braces (｛姓名｝), as a Chinese keyboard types them, count too.
 */
export interface CannedContext {
  askerName: string | null | undefined;
  staffName: string | null | undefined;
}

const VARIABLE = /[{｛]\s*(姓名|工作人员)\s*[}｝]/g;

/** The reply text with its variables filled in (one pass, so a name is never expanded again). */
export function fillCannedReply(text: string, context: CannedContext): string {
  const asker = context.askerName?.trim();
  const staff = context.staffName?.trim() || '工作人员';
  // Without a name, "{姓名}您好" / "{姓名}，您好" / "{姓名}好" all read "您好" (never "访客您好").
  const unnamed = asker ? text : text.replace(/[{｛]\s*姓名\s*[}｝][，,、\s]*(?=您)/g, '');
  return unnamed.replace(VARIABLE, (_match, name: string) => (name === '姓名' ? asker || '您' : staff));
}

/** The variables a canned reply may contain, for the editor's insert buttons. */
export const CANNED_VARIABLES = ['{姓名}', '{工作人员}'] as const;
