// The form as it was at each submission, and what changed between the last two (for staff).
import { APPLICATION_FIELD_LABELS, APPLICATION_FORM_FIELDS } from '@cards/schema/rules';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.js';
import type { Viewer } from '../../context.js';
import { seesReview } from './applications.policy.js';

type Tx = Prisma.TransactionClient;

/** The form's fields as staff compare them, in the form's order. */
const FORM_FIELDS = APPLICATION_FORM_FIELDS;
type FormField = (typeof FORM_FIELDS)[number];
type FormSnapshot = Partial<Record<FormField, string>>;

/** The form as submitted, every value as the text staff read (lists joined with 、, the region by its full name). */
async function formSnapshot(tx: Tx, applicationId: string): Promise<FormSnapshot> {
  const app = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    include: { region: { select: { fullName: true } }, attachments: { select: { fileName: true }, orderBy: { createdAt: 'asc' } } },
  });
  return {
    regionCode: app.region?.fullName ?? app.regionCode ?? '',
    leadUnit: app.leadUnit,
    leadingIndustries: app.leadingIndustries.join('、'),
    featuredIndustries: app.featuredIndustries.join('、'),
    intro: app.intro,
    contactName: app.contactName,
    contactTitle: app.contactTitle,
    phone: app.phone,
    attachments: app.attachments.map((a) => a.fileName).join('、'),
  };
}

/** Keeps the form as it is at this submission (inside the submit's transaction, after its checks). */
export async function recordSubmission(tx: Tx, applicationId: string): Promise<void> {
  const number = (await tx.applicationSubmission.count({ where: { applicationId } })) + 1;
  await tx.applicationSubmission.create({ data: { applicationId, number, form: (await formSnapshot(tx, applicationId)) as Prisma.InputJsonValue } });
}

export interface FormChange {
  field: FormField;
  label: string;
  before: string;
  after: string;
}

/** What changed between the last two submissions (staff only; empty for the first submission or anyone else). */
export async function resubmissionChanges(prisma: PrismaClient, viewer: Viewer, applicationId: string): Promise<FormChange[]> {
  if (!seesReview(viewer)) return [];
  const [latest, previous] = await prisma.applicationSubmission.findMany({ where: { applicationId }, orderBy: { number: 'desc' }, take: 2 });
  if (!latest || !previous) return [];
  const after = latest.form as FormSnapshot;
  const before = previous.form as FormSnapshot;
  return FORM_FIELDS.filter((f) => (before[f] ?? '') !== (after[f] ?? '')).map((field) => ({
    field,
    label: APPLICATION_FIELD_LABELS[field],
    before: before[field] ?? '',
    after: after[field] ?? '',
  }));
}

/** 注销: the person's contact details leave the kept submissions too (the rest of the form stays with the application). */
export async function erasePersonFromSubmissions(tx: Tx, ownerId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "ApplicationSubmission" SET "form" = "form" || '{"contactName":"","contactTitle":"","phone":""}'::jsonb
    WHERE "applicationId" IN (SELECT "id" FROM "Application" WHERE "ownerId" = ${ownerId})`;
}
