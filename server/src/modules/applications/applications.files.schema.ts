// Attachments, the Excel export and the overview figures.
import { builder } from '../../schema/builder.js';
import { UserError, ValidationError } from '../../schema/errors.js';
import { signFileUrl } from '../files/file-store.js';
import { ApplicationStatusEnum, AttachmentRef, applicationFilterFields, localId } from './applications.schema.js';
import { NotFoundError } from '../../domain/errors.js';
import { addAttachment, removeAttachment } from './attachments.js';
import { exportApplications, exportFileName } from './export.js';
import { applicationStats } from './stats.js';
import { STATUS_LABELS } from './workflow.js';
import { ensureWithinLimit } from '../auth/rate-limits.js';
import { requireUserId } from '../auth/auth.policy.js';
import type { ApplicationFilterInput } from './application-filter.js';
import type { ApplicationStatus } from '../../generated/prisma/enums.js';

const ExportResult = builder.objectRef<{ url: string; rows: number; fileName: string }>('ApplicationExport').implement({
  fields: (t) => ({
    url: t.exposeString('url', { description: 'Download link, valid for 10 minutes.' }),
    rows: t.exposeInt('rows'),
    fileName: t.exposeString('fileName'),
  }),
});

const StatusCount = builder.objectRef<{ status: ApplicationStatus; count: number }>('ApplicationStatusCount').implement({
  fields: (t) => ({
    status: t.expose('status', { type: ApplicationStatusEnum }),
    label: t.string({ resolve: (s) => STATUS_LABELS[s.status] }),
    count: t.exposeInt('count'),
  }),
});

const ProvinceCount = builder.objectRef<{ code: string; name: string; count: number }>('ApplicationProvinceCount').implement({
  fields: (t) => ({ code: t.exposeString('code'), name: t.exposeString('name'), count: t.exposeInt('count') }),
});

const Stats = builder.objectRef<Awaited<ReturnType<typeof applicationStats>>>('ApplicationStats').implement({
  fields: (t) => ({
    byStatus: t.field({ type: [StatusCount], resolve: (s) => s.byStatus }),
    byProvince: t.field({ type: [ProvinceCount], resolve: (s) => s.byProvince }),
    total: t.int({ resolve: (s) => s.byStatus.reduce((n, x) => n + x.count, 0) }),
  }),
});

const ExportFilter = builder.inputType('ApplicationExportFilter', { fields: (t) => applicationFilterFields(t) });

builder.queryField('applicationStats', (t) => t.field({ type: Stats, authScopes: { staff: true }, resolve: (_r, _a, ctx) => applicationStats(ctx) }));

builder.mutationFields((t) => ({
  uploadApplicationAttachment: t.field({
    type: AttachmentRef,
    description: 'Adds a PDF, JPEG or PNG (at most 10 MB, 5 files) to an editable application.',
    authScopes: { signedIn: true },
    errors: { types: [ValidationError, NotFoundError, UserError] },
    args: {
      applicationId: t.arg.id({ required: true }),
      file: t.arg({ type: 'File', required: true }),
      fileName: t.arg.string({ description: "The user's name for the file, when the upload carries a temporary one (wx.uploadFile)." }),
      clientKey: t.arg.string({ description: 'Idempotency key: a retried upload with the same key returns the first attachment.' }),
    },
    resolve: async (_root, args, ctx) => {
      await ensureWithinLimit(ctx.services.rateLimits, 'attachmentUploadPerUser', requireUserId(ctx.viewer));
      await ensureWithinLimit(ctx.services.rateLimits, 'attachmentUploadPerUser', `ip:${ctx.ip}`);
      const applicationId = localId(String(args.applicationId), 'Application');
      return addAttachment(ctx, ctx.viewer, { applicationId, file: args.file, fileName: args.fileName, clientKey: args.clientKey });
    },
  }),
  removeApplicationAttachment: t.boolean({
    authScopes: { signedIn: true },
    errors: { types: [NotFoundError, UserError], directResult: false },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => removeAttachment(ctx, ctx.viewer, String(args.id)),
  }),
  exportApplications: t.field({
    type: ExportResult,
    description: 'The filtered application list as an Excel file (.xlsx) with the form’s columns.',
    authScopes: { staff: true },
    args: { filter: t.arg({ type: ExportFilter, required: false }) },
    resolve: async (_root, args, ctx) => {
      const { key, rows } = await exportApplications(ctx, ctx.viewer, (args.filter ?? {}) as ApplicationFilterInput);
      const fileName = exportFileName();
      return { url: signFileUrl(ctx.services.config.appSecret, key, { name: fileName }), rows, fileName };
    },
  }),
}));
