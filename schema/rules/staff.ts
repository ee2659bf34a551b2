// The back office's own rules: internal comments, staff accounts, uploaded images and agreements, film edits.
import { charCount } from './application';

export const STAFF_LIMITS = {
  comment: { max: 1000 },
  displayName: { min: 1, max: 20 },
  /** 工号: letters, digits and hyphens. */
  staffNumber: { pattern: /^[A-Za-z0-9-]{1,16}$/ },
  username: { pattern: /^[a-z0-9_.-]{3,32}$/i },
  password: { min: 10, max: 128 },
  filmTitle: { max: 40 },
  filmTitleEn: { max: 120 },
  /** A card's logo or cover image: PNG, JPEG or WebP. */
  cardImage: { maxBytes: 5 * 1024 * 1024, types: ['image/png', 'image/jpeg', 'image/webp'] },
  /** The signed agreement at 签约: one PDF. */
  agreement: { maxBytes: 10 * 1024 * 1024 },
} as const;

export interface StaffFieldProblem {
  field: string;
  code: string;
  params?: Record<string, number>;
  message: string;
}

/** Problems with an internal comment (already stripped of control characters). */
export function commentProblems(text: string): StaffFieldProblem[] {
  const n = charCount(text.trim());
  if (n === 0) return [{ field: 'text', code: 'REQUIRED', message: '请填写内部备注内容（A comment cannot be empty）' }];
  const { max } = STAFF_LIMITS.comment;
  if (n > max) return [{ field: 'text', code: 'TOO_LONG', params: { max }, message: `内部备注不能超过 ${max} 个字（at most ${max} characters）` }];
  return [];
}

export interface StaffAccountFields {
  username?: string | null;
  password?: string | null;
  displayName?: string | null;
  staffNumber?: string | null;
}

/** Problems with a new or edited staff account; fields left out (undefined) are not checked. */
export function staffAccountProblems(input: StaffAccountFields): StaffFieldProblem[] {
  const out: StaffFieldProblem[] = [];
  const L = STAFF_LIMITS;
  if (input.username !== undefined && !L.username.pattern.test(input.username ?? ''))
    out.push({ field: 'username', code: 'INVALID_USERNAME', message: '登录账号为 3–32 位字母、数字或 _ . -（3–32 letters, digits, _ . -）' });
  if (input.password !== undefined) {
    const n = charCount(input.password ?? '');
    if (n < L.password.min)
      out.push({ field: 'password', code: 'TOO_SHORT', params: { min: L.password.min }, message: `密码至少 ${L.password.min} 位（at least ${L.password.min} characters）` });
    else if (n > L.password.max)
      out.push({ field: 'password', code: 'TOO_LONG', params: { max: L.password.max }, message: `密码不能超过 ${L.password.max} 位（at most ${L.password.max} characters）` });
  }
  if (input.displayName !== undefined) {
    const n = charCount((input.displayName ?? '').trim());
    if (n < L.displayName.min) out.push({ field: 'displayName', code: 'REQUIRED', message: '请填写对外显示的姓名（A display name is required）' });
    else if (n > L.displayName.max)
      out.push({
        field: 'displayName',
        code: 'TOO_LONG',
        params: { max: L.displayName.max },
        message: `显示姓名不能超过 ${L.displayName.max} 个字（at most ${L.displayName.max} characters）`,
      });
  }
  if (input.staffNumber !== undefined && input.staffNumber !== null && input.staffNumber !== '' && !L.staffNumber.pattern.test(input.staffNumber))
    out.push({ field: 'staffNumber', code: 'INVALID_STAFF_NUMBER', message: '工号为 1–16 位字母、数字或连字符（1–16 letters, digits or hyphens）' });
  return out;
}

/** How citizens see a staff member: "李明（工号 A012）", or the name alone. */
export function staffPublicName(staff: { displayName?: string | null; staffNumber?: string | null } | null | undefined): string {
  const name = staff?.displayName?.trim() || '工作人员';
  return staff?.staffNumber ? `${name}（工号 ${staff.staffNumber}）` : name;
}
