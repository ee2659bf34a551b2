// The centre's review of an application: changes since the last submission, internal comments,
// the reviewer, and the signed agreement. Officials see none of it but their own agreement.
import { builder } from '../../schema/builder.js';
import { NotFoundError, UserError, ValidationError } from '../../schema/errors.js';
import { requireLocalId } from '../../schema/ids.js';
import { signFileUrl } from '../files/file-store.js';
import { ensureWithinLimit } from '../auth/rate-limits.js';
import { requireUserId } from '../auth/auth.policy.js';
import { ApplicationNode, localId } from './applications.schema.js';
import { seesReview } from './applications.policy.js';
import { UserNode } from '../auth/auth.schema.js';
import { addComment, assignReviewer, attachAgreement } from './review.js';
import { resubmissionChanges } from './submissions.js';

const ApplicationFieldChange = builder
  .objectRef<{ field: string; label: string; before: string; after: string }>('ApplicationFieldChange')
  .implement({
    description: 'One field of the form that changed between two submissions (lists joined with 、, the region by its full name).',
    fields: (t) => ({
      field: t.exposeString('field', { description: 'regionCode, leadUnit, leadingIndustries, featuredIndustries, intro, contactName, contactTitle, phone or attachments.' }),
      label: t.exposeString('label', { description: 'The field as the form names it, e.g. 牵头单位.' }),
      before: t.exposeString('before'),
      after: t.exposeString('after'),
    }),
  });

builder.prismaObject('ApplicationComment', {
  description: "Staff's internal comment on an application: never shown to the official.",
  fields: (t) => ({
    id: t.exposeID('id'),
    text: t.exposeString('text'),
    authorName: t.exposeString('authorName'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const Agreement = builder
  .objectRef<{ key: string; fileName: string; size: number; uploadedAt: Date }>('ApplicationAgreement')
  .implement({
    description: 'The signed agreement (PDF) staff attached at 签约.',
    fields: (t) => ({
      fileName: t.exposeString('fileName'),
      size: t.exposeInt('size'),
      uploadedAt: t.expose('uploadedAt', { type: 'DateTime' }),
      url: t.string({
        description: 'A download link valid for 10 minutes.',
        resolve: (a, _args, ctx) => signFileUrl(ctx.services.config.appSecret, a.key, { name: a.fileName }),
      }),
    }),
  });

builder.prismaObjectFields(ApplicationNode, (t) => ({
  resubmissionChanges: t.field({
    type: [ApplicationFieldChange],
    description: 'Staff: what the official changed between the previous submission and the latest (empty after the first; empty for officials).',
    resolve: (a, _args, ctx) => resubmissionChanges(ctx.db.prisma, ctx.viewer, a.id),
  }),
  submissionCount: t.relationCount('submissions', { description: 'How many times the form was submitted (2 or more: resubmitted after a return).' }),
  comments: t.relation('comments', {
    description: 'Staff: internal comments, oldest first. Always empty for the official.',
    query: (_args, ctx) => ({ where: seesReview(ctx.viewer) ? {} : { id: { in: [] } }, orderBy: { createdAt: 'asc' } }),
  }),
  reviewer: t.field({
    type: UserNode,
    nullable: true,
    description: 'Staff: the staff member assigned to review it (null for the official).',
    select: { reviewerId: true },
    resolve: (a, _args, ctx) => (a.reviewerId && seesReview(ctx.viewer) ? ctx.db.prisma.user.findUnique({ where: { id: a.reviewerId } }) : null),
  }),
  agreement: t.field({
    type: Agreement,
    nullable: true,
    description: 'The signed agreement, for staff and the application’s own official.',
    select: { agreementKey: true, agreementFileName: true, agreementSize: true, agreementUploadedAt: true },
    resolve: (a) =>
      a.agreementKey
        ? { key: a.agreementKey, fileName: a.agreementFileName ?? '签约协议.pdf', size: a.agreementSize ?? 0, uploadedAt: a.agreementUploadedAt ?? new Date(0) }
        : null,
  }),
}));

const errors = { types: [ValidationError, NotFoundError, UserError] };
const staffId = (id: string | number) => requireLocalId(id, 'User', () => new ValidationError([{ field: 'staffId', code: 'NOT_STAFF', message: '只能指派在职的工作人员（Only an active staff account can review）' }]));

builder.mutationFields((t) => ({
  addApplicationComment: t.prismaField({
    type: 'Application',
    authScopes: { staff: true },
    errors,
    description: 'Adds an internal comment (staff only; the official never sees it). Answers the application with its comments.',
    args: { applicationId: t.arg.id({ required: true }), text: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const id = localId(String(args.applicationId), 'Application');
      await addComment(ctx, ctx.viewer, { applicationId: id, text: args.text });
      return ctx.db.prisma.application.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  assignApplicationReviewer: t.prismaField({
    type: 'Application',
    authScopes: { staff: true },
    errors,
    description: 'Assigns an active staff member (from staffMembers) to review the application; staffId null clears it.',
    args: { applicationId: t.arg.id({ required: true }), staffId: t.arg.id() },
    resolve: async (query, _root, args, ctx) => {
      const id = localId(String(args.applicationId), 'Application');
      await assignReviewer(ctx, ctx.viewer, { applicationId: id, staffId: args.staffId ? staffId(args.staffId) : null });
      return ctx.db.prisma.application.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  attachApplicationAgreement: t.prismaField({
    type: 'Application',
    authScopes: { staff: true },
    errors,
    description:
      'Attaches (or replaces) the signed agreement at 签约: a PDF (checked by its bytes) of at most 10 MB, from consultation until published. ' +
      'Staff and the application’s own official can download it (Application.agreement).',
    args: {
      applicationId: t.arg.id({ required: true }),
      file: t.arg({ type: 'File', required: true }),
      fileName: t.arg.string({ maxLength: 200, description: "The file's own name, when the upload carries a temporary one." }),
    },
    resolve: async (query, _root, args, ctx) => {
      await ensureWithinLimit(ctx.services.rateLimits, 'attachmentUploadPerUser', requireUserId(ctx.viewer));
      const id = localId(String(args.applicationId), 'Application');
      await attachAgreement(ctx, ctx.viewer, { applicationId: id, file: args.file, fileName: args.fileName });
      return ctx.db.prisma.application.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
