// The registration form's rules (登记表, PRODUCT.md), shared by the client (field errors as the
// official types) and the server (which applies them again before storing anything).
import * as z from 'zod/mini';
import { stripControl } from './text';

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

export type ApplicationField = keyof typeof APPLICATION_FIELD_LABELS;

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

export interface FieldError {
  field: ApplicationField;
  message: string;
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
const required = (f: ApplicationField) => `请填写${label(f)}`;
const L = APPLICATION_LIMITS;

function text(field: ApplicationField, min: number, max: number, mode: Mode) {
  const base = z.string().check(
    z.refine((s) => charCount(s) <= max, `${label(field)}不能超过 ${max} 个字（中文按一个字计）`),
    z.refine((s) => s.length === 0 || charCount(s) >= min, `${label(field)}至少 ${min} 个字`),
  );
  return mode === 'submit' ? base.check(z.refine((s) => s.length > 0, required(field))) : base;
}

function industries(field: ApplicationField, min: number, max: number, mode: Mode) {
  return z.array(z.string()).check(
    z.refine((list) => list.every((i) => i.length > 0), `${label(field)}不能有空白项`),
    z.refine((list) => list.every((i) => charCount(i) <= L.industry.max), `${label(field)}每项不超过 ${L.industry.max} 个字`),
    z.refine((list) => new Set(list).size === list.length, `${label(field)}不能重复`),
    z.refine((list) => list.length <= max, max === 3 ? `${label(field)}最多填写 ${max} 项` : `${label(field)}最多 ${max} 项`),
    z.refine((list) => mode === 'draft' || list.length >= min, `请至少填写 ${min} 项${label(field)}`),
  );
}

type Mode = 'draft' | 'submit';

function schemaFor(mode: Mode) {
  return z.object({
    regionCode: mode === 'submit' ? z.string().check(z.minLength(1, `请选择${label('regionCode')}`)) : z.string(),
    leadUnit: text('leadUnit', L.leadUnit.min, L.leadUnit.max, mode),
    leadingIndustries: industries('leadingIndustries', L.leadingIndustries.min, L.leadingIndustries.max, mode),
    featuredIndustries: industries('featuredIndustries', 0, L.featuredIndustries.max, mode),
    intro: text('intro', 1, L.intro.max, mode),
    contactName: text('contactName', 1, L.contactName.max, mode),
    contactTitle: text('contactTitle', 1, L.contactTitle.max, mode),
    phone: z.string().check(
      z.refine((p) => mode === 'draft' || p.length > 0, required('phone')),
      z.refine((p) => p.length === 0 || isValidPhone(p), `${label('phone')}格式不正确：请填写 11 位手机号，或带区号的座机号（如 010-12345678）`),
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
export function validateApplication(input: ApplicationFormInput, mode: Mode): FieldError[] {
  const result = schemaFor(mode).safeParse(normalizeApplication(input));
  if (result.success) return [];
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of result.error.issues) {
    const field = String(issue.path[0]) as ApplicationField;
    if (seen.has(field)) continue;
    seen.add(field);
    errors.push({ field, message: issue.message });
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
