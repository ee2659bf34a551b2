// The 办事指南 (application guide) and the steps an application goes through (PRODUCT.md: submit →
// consultation → agreement → building → published). Pure data and functions; the words are in i18n.
import { APPLICATION_FORM_FIELDS } from '@cards/schema/rules/wording';

export const GUIDE_URL = '/pages/applications/guide/index';
export const FORM_URL = '/pages/applications/form/index';

/**
 * The contact line the guide shows. A sample (示例) number, the format example of PRODUCT.md: the centre's
 * contacts named in the call are real people and do not go into the app (FACTS.md).
 */
export const SAMPLE_CONTACT_PHONE = '010-68209937';

/** The way through, in order (RETURNED goes back to SUBMITTED on resubmission). */
export const MAIN_STEPS = ['SUBMITTED', 'IN_CONSULTATION', 'AGREEMENT_SIGNED', 'BUILDING', 'PUBLISHED'] as const;
export type MainStep = (typeof MAIN_STEPS)[number];

/** The steps still ahead of an application in `status` (none once published, declined or withdrawn). */
export function stepsAhead(status: string): MainStep[] {
  if (status === 'DRAFT' || status === 'RETURNED') return [...MAIN_STEPS];
  const i = (MAIN_STEPS as readonly string[]).indexOf(status);
  return i < 0 ? [] : MAIN_STEPS.slice(i + 1);
}

/** What the form asks, in its order (labels: i18n `fieldLabel`). */
export const FORM_FIELDS = APPLICATION_FORM_FIELDS;

/** Whole days left until `closesAt` (rounded up; 0 or less once closed). */
export function daysLeft(closesAt: string, now: number): number {
  return Math.ceil((Date.parse(closesAt) - now) / 86_400_000);
}
