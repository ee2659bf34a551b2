import { getLang } from '../../i18n/store';
import { APPLICATION_LIMITS, validateApplication, type ApplicationField, type ApplicationFormInput } from '@cards/schema/rules';
import type { ApplicationFieldsFragment, RegionOptionFragment } from '@cards/schema';

/** What the form edits: the registration form's fields, plus the chosen region for display. */
export interface FormState {
  region: RegionOptionFragment | null;
  leadUnit: string;
  leadingIndustries: string[];
  featuredIndustries: string[];
  intro: string;
  contactName: string;
  contactTitle: string;
  phone: string;
}

export type FormInput = Required<{ [K in keyof ApplicationFormInput]-?: NonNullable<ApplicationFormInput[K]> }>;

export const FORM_FIELDS: ApplicationField[] = [
  'regionCode',
  'leadUnit',
  'leadingIndustries',
  'featuredIndustries',
  'intro',
  'contactName',
  'contactTitle',
  'phone',
];

export const emptyForm: FormState = {
  region: null,
  leadUnit: '',
  leadingIndustries: [],
  featuredIndustries: [],
  intro: '',
  contactName: '',
  contactTitle: '',
  phone: '',
};

/** What a new application takes from the official's previous one: the unit and the contact, not the region. */
export function prefillFrom(app: Pick<ApplicationFieldsFragment, 'leadUnit' | 'contactName' | 'contactTitle' | 'phone'>): Partial<FormState> {
  return { leadUnit: app.leadUnit, contactName: app.contactName, contactTitle: app.contactTitle, phone: app.phone };
}

export function formFromApplication(
  app: Pick<ApplicationFieldsFragment, 'region' | 'leadUnit' | 'leadingIndustries' | 'featuredIndustries' | 'intro' | 'contactName' | 'contactTitle' | 'phone'>,
): FormState {
  return {
    region: app.region ?? null,
    leadUnit: app.leadUnit,
    leadingIndustries: [...app.leadingIndustries],
    featuredIndustries: [...app.featuredIndustries],
    intro: app.intro,
    contactName: app.contactName,
    contactTitle: app.contactTitle,
    phone: app.phone,
  };
}

/** The form as the API's `ApplicationInput` (every field is sent: the server stores the whole form). */
export function toInput(form: FormState): FormInput {
  return {
    regionCode: form.region?.code ?? '',
    leadUnit: form.leadUnit,
    leadingIndustries: form.leadingIndustries,
    featuredIndustries: form.featuredIndustries,
    intro: form.intro,
    contactName: form.contactName,
    contactTitle: form.contactTitle,
    phone: form.phone,
  };
}

export function isBlankInput(input: FormInput): boolean {
  return Object.values(input).every((v) => (Array.isArray(v) ? v.length === 0 : !String(v).trim()));
}

export function isBlank(form: FormState): boolean {
  return isBlankInput(toInput(form));
}

/** Field → message (the first rule a field breaks). */
export function errorMap(form: FormState, mode: 'draft' | 'submit'): Partial<Record<ApplicationField, string>> {
  const map: Partial<Record<ApplicationField, string>> = {};
  for (const e of validateApplication(toInput(form), mode, getLang())) map[e.field] = e.message;
  return map;
}

/**
 * The input for an autosave. The server refuses a draft whose filled-in fields break a rule, so a
 * field that is invalid right now is sent as it was last saved: everything else still gets saved
 * while the official fixes that one field.
 */
export function draftInput(form: FormState, lastSaved: FormInput | null): { input: FormInput; held: ApplicationField[] } {
  const input = toInput(form);
  const errors = errorMap(form, 'draft');
  const held = Object.keys(errors) as ApplicationField[];
  const fallback = lastSaved ?? toInput(emptyForm);
  const merged = { ...input } as Record<string, unknown>;
  for (const field of held) merged[field] = fallback[field as keyof FormInput];
  return { input: merged as FormInput, held };
}

export const sameInput = (a: FormInput | null, b: FormInput | null) => JSON.stringify(a) === JSON.stringify(b);

export const INTRO_MAX = APPLICATION_LIMITS.intro.max;
