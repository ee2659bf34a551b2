// The registration form's rules (登记表, PRODUCT.md), shared by the client (field errors as the
// official types) and the server (which applies them again before storing anything).
import * as z from 'zod/mini';
import { stripControl } from './text';
import { APPLICATION_FIELD_LABELS, fieldErrorMessage, type ApplicationField, type FieldError, type FieldErrorCode, type RulesLang } from './wording';

export * from './wording';

export const APPLICATION_LIMITS = {
  leadUnit: { min: 2, max: 60 },
  leadingIndustries: { min: 1, max: 3 },
  featuredIndustries: { max: 10 },
  industry: { max: 20 },
  intro: { max: 300 },
  contactName: { max: 30 },
  contactTitle: { max: 30 },
  attachment: { maxBytes: 10 * 1024 * 1024, maxCount: 5, types: ['application/pdf', 'image/jpeg', 'image/png'] },
} as const;

export interface ApplicationFormInput {
  regionCode?: string | null;
  leadUnit?: string | null;
  leadingIndustries?: string[] | null;
  featuredIndustries?: string[] | null;
  intro?: string | null;
  contactName?: string | null;
  contactTitle?: string | null;
  phone?: string | null;
}

/** Characters as people count them: a Chinese character (or an emoji) is one. */
export function charCount(text: string): number {
  return Array.from(text).length;
}

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-\d{7,8}(-\d{1,6})?$/;

export function isValidPhone(phone: string): boolean {
  return MOBILE.test(phone) || LANDLINE.test(phone);
}

const label = (f: ApplicationField) => APPLICATION_FIELD_LABELS[f];
const L = APPLICATION_LIMITS;
/** A rule's code and numbers, carried through zod's message and read back in validateApplication. */
const rule = (code: FieldErrorCode, params: Record<string, number> = {}) => JSON.stringify({ code, params });

function text(_field: ApplicationField, min: number, max: number, mode: Mode) {
  const base = z.string().check(
    z.refine((s) => charCount(s) <= max, rule('TOO_LONG', { max })),
    z.refine((s) => s.length === 0 || charCount(s) >= min, rule('TOO_SHORT', { min })),
  );
  return mode === 'submit' ? base.check(z.refine((s) => s.length > 0, rule('REQUIRED'))) : base;
}

function industries(_field: ApplicationField, min: number, max: number, mode: Mode) {
  return z.array(z.string()).check(
    z.refine((list) => list.every((i) => i.length > 0), rule('BLANK_ITEM')),
    z.refine((list) => list.every((i) => charCount(i) <= L.industry.max), rule('ITEM_TOO_LONG', { max: L.industry.max })),
    z.refine((list) => new Set(list).size === list.length, rule('DUPLICATE_ITEMS')),
    z.refine((list) => list.length <= max, rule('TOO_MANY_ITEMS', { max })),
    z.refine((list) => mode === 'draft' || list.length >= min, rule('TOO_FEW_ITEMS', { min })),
  );
}

type Mode = 'draft' | 'submit';

function schemaFor(mode: Mode) {
  return z.object({
    regionCode: mode === 'submit' ? z.string().check(z.minLength(1, rule('CHOOSE'))) : z.string(),
    leadUnit: text('leadUnit', L.leadUnit.min, L.leadUnit.max, mode),
    leadingIndustries: industries('leadingIndustries', L.leadingIndustries.min, L.leadingIndustries.max, mode),
    featuredIndustries: industries('featuredIndustries', 0, L.featuredIndustries.max, mode),
    intro: text('intro', 1, L.intro.max, mode),
    contactName: text('contactName', 1, L.contactName.max, mode),
    contactTitle: text('contactTitle', 1, L.contactTitle.max, mode),
    phone: z.string().check(
      z.refine((p) => mode === 'draft' || p.length > 0, rule('REQUIRED')),
      z.refine((p) => p.length === 0 || isValidPhone(p), rule('INVALID_PHONE')),
    ),
  });
}

/** Trims text, drops surrounding spaces from industries and normalises the phone's separators. */
export function normalizeApplication(input: ApplicationFormInput): Required<{ [K in keyof ApplicationFormInput]-?: NonNullable<ApplicationFormInput[K]> }> {
  const clean = (s: string | null | undefined) => stripControl(s ?? '').trim();
  const list = (xs: string[] | null | undefined) => (xs ?? []).map((x) => clean(x));
  return {
    regionCode: clean(input.regionCode),
    leadUnit: clean(input.leadUnit),
    leadingIndustries: list(input.leadingIndustries),
    featuredIndustries: list(input.featuredIndustries).filter((x) => x.length > 0),
    intro: clean(input.intro),
    contactName: clean(input.contactName),
    contactTitle: clean(input.contactTitle),
    phone: clean(input.phone)
      .replace(/[\s—–]/g, '')
      .replace(/^(0\d{2,3})(\d{7,8})$/, '$1-$2'),
  };
}

/**
 * The form's field errors, one per field (the first rule it breaks). `draft` checks only what is
 * filled in; `submit` checks everything.
 */
export function validateApplication(input: ApplicationFormInput, mode: Mode, lang: RulesLang = 'zh'): FieldError[] {
  const result = schemaFor(mode).safeParse(normalizeApplication(input));
  if (result.success) return [];
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of result.error.issues) {
    const field = String(issue.path[0]) as ApplicationField;
    if (seen.has(field)) continue;
    seen.add(field);
    const { code, params } = JSON.parse(issue.message) as { code: FieldErrorCode; params: Record<string, number> };
    errors.push({ field, code, params, message: fieldErrorMessage({ field, code, params, message: '' }, lang) });
  }
  return errors;
}

/** An attachment's own checks (type and size); the server also sniffs the bytes. */
export function validateAttachment(file: { name: string; size: number; type: string }): string | null {
  if (!(L.attachment.types as readonly string[]).includes(file.type)) return `${label('attachments')}只能是 PDF、JPEG 或 PNG 文件：${file.name}`;
  if (file.size <= 0) return `${label('attachments')}是空文件：${file.name}`;
  if (file.size > L.attachment.maxBytes) return `${label('attachments')}不能超过 ${L.attachment.maxBytes / 1024 / 1024} MB：${file.name}`;
  return null;
}
