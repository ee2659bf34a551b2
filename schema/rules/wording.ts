// How the form's rules are worded, in Chinese and English: field names and one sentence per rule code.
// No zod here, so the main package can word a server's field error without the rules themselves.

/** Field names as the form shows them, used in every error message. */
export const APPLICATION_FIELD_LABELS = {
  regionCode: '申请区域',
  leadUnit: '牵头单位',
  leadingIndustries: '主导产业',
  featuredIndustries: '特色产业',
  intro: '申请区域简介',
  contactName: '联系人',
  contactTitle: '职务',
  phone: '联系电话',
  attachments: '附件',
} as const;

/** The form's fields in the form's order (the guide lists them; staff compare submissions by them). */
export const APPLICATION_FORM_FIELDS = Object.keys(APPLICATION_FIELD_LABELS) as (keyof typeof APPLICATION_FIELD_LABELS)[];

export const APPLICATION_FIELD_LABELS_EN: Record<keyof typeof APPLICATION_FIELD_LABELS, string> = {
  regionCode: 'Region',
  leadUnit: 'Lead organisation',
  leadingIndustries: 'Leading industries',
  featuredIndustries: 'Featured industries',
  intro: 'Introduction to the region',
  contactName: 'Contact person',
  contactTitle: 'Job title',
  phone: 'Contact phone',
  attachments: 'Attachments',
};

export type ApplicationField = keyof typeof APPLICATION_FIELD_LABELS;

/** Which rule a value breaks: the code and its numbers travel; each side words it in the reader's language. */
export type FieldErrorCode =
  | 'REQUIRED'
  | 'CHOOSE'
  | 'TOO_LONG'
  | 'TOO_SHORT'
  | 'BLANK_ITEM'
  | 'ITEM_TOO_LONG'
  | 'DUPLICATE_ITEMS'
  | 'TOO_MANY_ITEMS'
  | 'TOO_FEW_ITEMS'
  | 'INVALID_PHONE';

export interface FieldError {
  field: ApplicationField;
  code: FieldErrorCode | string;
  params?: Record<string, string | number>;
  message: string;
}

export type RulesLang = 'zh' | 'en';

const WORDING: Record<FieldErrorCode, Record<RulesLang, (f: string, p: Record<string, string | number>) => string>> = {
  REQUIRED: { zh: (f) => `请填写${f}`, en: (f) => `Please fill in ${f.toLowerCase()}` },
  CHOOSE: { zh: (f) => `请选择${f}`, en: (f) => `Please choose ${f.toLowerCase()}` },
  TOO_LONG: { zh: (f, p) => `${f}不能超过 ${p.max} 个字（中文按一个字计）`, en: (f, p) => `${f} can be at most ${p.max} characters` },
  TOO_SHORT: { zh: (f, p) => `${f}至少 ${p.min} 个字`, en: (f, p) => `${f} needs at least ${p.min} characters` },
  BLANK_ITEM: { zh: (f) => `${f}不能有空白项`, en: (f) => `${f} cannot have blank entries` },
  ITEM_TOO_LONG: { zh: (f, p) => `${f}每项不超过 ${p.max} 个字`, en: (f, p) => `Each of the ${f.toLowerCase()} can be at most ${p.max} characters` },
  DUPLICATE_ITEMS: { zh: (f) => `${f}不能重复`, en: (f) => `${f} cannot repeat` },
  TOO_MANY_ITEMS: {
    zh: (f, p) => (Number(p.max) === 3 ? `${f}最多填写 ${p.max} 项` : `${f}最多 ${p.max} 项`),
    en: (f, p) => `At most ${p.max} ${f.toLowerCase()}`,
  },
  TOO_FEW_ITEMS: { zh: (f, p) => `请至少填写 ${p.min} 项${f}`, en: (f, p) => `Please give at least ${p.min} of the ${f.toLowerCase()}` },
  INVALID_PHONE: {
    zh: (f) => `${f}格式不正确：请填写 11 位手机号，或带区号的座机号（如 010-12345678）`,
    en: (f) => `${f} is not valid: give an 11-digit mobile number, or a landline with its area code (e.g. 010-12345678)`,
  },
};

/** A field's name in the language asked for. */
export function fieldLabel(field: ApplicationField, lang: RulesLang = 'zh'): string {
  return (lang === 'en' ? APPLICATION_FIELD_LABELS_EN : APPLICATION_FIELD_LABELS)[field];
}

/** The staff account form's fields (the other form whose errors come worded by code). */
const STAFF_FIELD_LABELS: Record<string, { zh: string; en: string }> = {
  username: { zh: '登录账号', en: 'Username' },
  password: { zh: '密码', en: 'Password' },
  displayName: { zh: '显示名称', en: 'Display name' },
  staffNumber: { zh: '工号', en: 'Staff number' },
};

/** A field error's sentence in the language asked for (codes the rules do not know keep their message). */
export function fieldErrorMessage(error: Pick<FieldError, 'field' | 'code' | 'params' | 'message'>, lang: RulesLang = 'zh'): string {
  const wording = WORDING[error.code as FieldErrorCode];
  const label = fieldLabel(error.field as ApplicationField, lang) ?? STAFF_FIELD_LABELS[error.field]?.[lang];
  // A field without a name here keeps the server's own sentence rather than a nameless one.
  return wording && label ? wording[lang](label, error.params ?? {}) : error.message;
}
