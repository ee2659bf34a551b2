import { localIdOf, requireLocalId } from '../../schema/ids.js';
import { countedOffsetConnection, readTotalCount } from '../../schema/connections.js';
import { queryFromInfo } from '@pothos/plugin-prisma';
import type { InputFieldBuilder } from '@pothos/core';
import { builder } from '../../schema/builder.js';
import { ConflictError, NotFoundError, UserError, ValidationError } from '../../schema/errors.js';
import { ApplicationStatus } from '../../generated/prisma/enums.js';
import { signFileUrl } from '../files/file-store.js';
import { STATUS_LABELS } from './workflow.js';
import { regionAvailability, saveDraft, submit, transition, withdraw } from './applications.service.js';
import { transitionsFor, visibleApplicationWhere } from './applications.policy.js';
import { requireUserId } from '../auth/auth.policy.js';
import { applicationWhere, type ApplicationFilterInput } from './application-filter.js';
import { RoleEnum } from '../auth/auth.schema.js';
import { REGION_CODE_MAX } from '../regions/regions.schema.js';
import { INPUT_LIMITS } from '@cards/schema/rules';

export const ApplicationStatusEnum = builder.enumType(ApplicationStatus, { name: 'ApplicationStatus' });

const ApplicationEventRef = builder.prismaObject('ApplicationEvent', {
  name: 'ApplicationEvent',
  fields: (t) => ({
    from: t.expose('from', { type: ApplicationStatusEnum, nullable: true }),
    to: t.expose('to', { type: ApplicationStatusEnum }),
    toLabel: t.string({ select: { to: true }, resolve: (e) => STATUS_LABELS[e.to] }),
    note: t.exposeString('note', { nullable: true }),
    at: t.expose('createdAt', { type: 'DateTime' }),
    actorRole: t.field({ type: RoleEnum, select: { actor: { select: { role: true } } }, resolve: (e) => e.actor.role }),
    actorName: t.string({
      description: 'Who acted, as the official should see it (staff appear as the centre).',
      select: { actor: { select: { role: true, displayName: true } } },
      resolve: (e) => (e.actor.role === 'STAFF' || e.actor.role === 'ADMIN' ? '工业文化发展中心' : e.actor.displayName || '申请人'),
    }),
  }),
});

export const AttachmentRef = builder.prismaObject('Attachment', {
  fields: (t) => ({
    id: t.exposeID('id'),
    fileName: t.exposeString('fileName'),
    contentType: t.exposeString('contentType'),
    size: t.exposeInt('size'),
    url: t.string({
      description: 'A download link valid for 10 minutes.',
      select: { storageKey: true, fileName: true },
      resolve: (a, _args, ctx) => signFileUrl(ctx.services.config.appSecret, a.storageKey, { name: a.fileName }),
    }),
  }),
});

export const ApplicationNode = builder.prismaNode('Application', {
  id: { field: 'id' },
  // Officials see only their own applications, staff everyone's but drafts; anything else is "not found" (null from node()).
  findUnique: (id, ctx) => ({ id, AND: [visibleApplicationWhere(ctx.viewer)] }),
  fields: (t) => ({
    reference: t.exposeString('reference', { nullable: true }),
    status: t.expose('status', { type: ApplicationStatusEnum }),
    statusLabel: t.string({ select: { status: true }, resolve: (a) => STATUS_LABELS[a.status] }),
    version: t.exposeInt('version', { description: 'Send back as expectedVersion; a stale version is refused with ConflictError.' }),
    campaign: t.relation('campaign'),
    region: t.relation('region', { nullable: true }),
    leadUnit: t.exposeString('leadUnit'),
    leadingIndustries: t.exposeStringList('leadingIndustries'),
    featuredIndustries: t.exposeStringList('featuredIndustries'),
    intro: t.exposeString('intro'),
    contactName: t.exposeString('contactName'),
    contactTitle: t.exposeString('contactTitle'),
    phone: t.exposeString('phone'),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    timeline: t.relation('events', { type: ApplicationEventRef, query: { orderBy: { createdAt: 'asc' } } }),
    attachments: t.relation('attachments', { type: AttachmentRef, query: { orderBy: { createdAt: 'asc' } } }),
    card: t.relation('card', { nullable: true }),
    allowedTransitions: t.field({
      type: [ApplicationStatusEnum],
      description: 'What the viewer may move this application to now.',
      select: { status: true, ownerId: true },
      resolve: (a, _args, ctx) => transitionsFor(ctx.viewer, a),
    }),
  }),
});

const ApplicationInput = builder.inputType('ApplicationInput', {
  description: 'The registration form (登记表). Rules: schema/rules/application.ts, shared with the client.',
  fields: (t) => ({
    regionCode: t.string({ maxLength: REGION_CODE_MAX }),
    leadUnit: t.string(),
    leadingIndustries: t.stringList(),
    featuredIndustries: t.stringList(),
    intro: t.string(),
    contactName: t.string(),
    contactTitle: t.string(),
    phone: t.string(),
  }),
});

type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never;

/** What staff filter applications by: the list and the export take the same filter. */
export const applicationFilterFields = (t: InputFieldBuilder<BuilderTypes, 'InputObject'>, queryDescription?: string) => ({
  status: t.field({ type: ApplicationStatusEnum }),
  provinceCode: t.string({ maxLength: REGION_CODE_MAX }),
  campaignId: t.id(),
  query: t.string({ maxLength: INPUT_LIMITS.search, description: queryDescription }),
  reviewerId: t.id({ description: "Only the applications this staff member reviews (a User's global ID, e.g. the viewer's own)." }),
});

const ApplicationFilter = builder.inputType('ApplicationFilter', {
  fields: (t) => applicationFilterFields(t, 'Matches reference, region, lead unit, contact and industries.'),
});

const localId = (globalId: string, typename: string) => requireLocalId(globalId, typename, () => new NotFoundError());

const appErrors = { types: [ValidationError, ConflictError, NotFoundError, UserError] };

const RegionAvailabilityReasonEnum = builder.enumType('RegionAvailabilityReason', {
  values: { TAKEN: { description: 'Another application for this region is in progress in this call.' }, LEVEL_NOT_ADMITTED: {} } as const,
});

const RegionAvailability = builder.objectRef<{ available: boolean; reason: 'TAKEN' | 'LEVEL_NOT_ADMITTED' | null }>('RegionAvailability').implement({
  description: 'Whether a region may still apply in a call (checked again at submit).',
  fields: (t) => ({
    available: t.exposeBoolean('available'),
    reason: t.expose('reason', { type: RegionAvailabilityReasonEnum, nullable: true }),
  }),
});

builder.queryFields((t) => ({
  regionAvailability: t.field({
    type: RegionAvailability,
    nullable: true,
    description: 'Whether the region may apply in the campaign; `applicationId` (the asker’s own draft) does not count against itself.',
    authScopes: { signedIn: true },
    args: {
      campaignId: t.arg.id({ required: true }),
      regionCode: t.arg.string({ required: true, maxLength: REGION_CODE_MAX }),
      applicationId: t.arg.id({ required: false }),
    },
    resolve: async (_root, args, ctx) => {
      const campaignId = localIdOf(args.campaignId, 'Campaign');
      if (!campaignId) return null;
      const applicationId = args.applicationId ? localIdOf(args.applicationId, 'Application') : null;
      return regionAvailability(ctx, ctx.viewer, { campaignId, regionCode: args.regionCode, applicationId });
    },
  }),
  myApplications: t.prismaField({
    type: ['Application'],
    authScopes: { signedIn: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.db.prisma.application.findMany({ ...query, where: { ownerId: requireUserId(ctx.viewer) }, orderBy: { updatedAt: 'desc' } }),
  }),
  application: t.prismaField({
    type: 'Application',
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const id = localIdOf(args.id, 'Application');
      if (!ctx.viewer.userId || !id) return null;
      return ctx.db.prisma.application.findFirst({ ...query, where: { id, AND: [visibleApplicationWhere(ctx.viewer)] } });
    },
  }),
  applications: t.connection(
    {
      type: ApplicationNode,
      authScopes: { staff: true },
      args: { filter: t.arg({ type: ApplicationFilter, required: false }) },
      resolve: (_root, args, ctx, info) => {
        const where = applicationWhere((args.filter ?? {}) as ApplicationFilterInput);
        return countedOffsetConnection(args, async ({ offset, limit }) => {
          const query = queryFromInfo({ context: ctx, info, typeName: 'Application', path: ['edges', 'node'] });
          const [rows, totalCount] = await Promise.all([
            ctx.db.prisma.application.findMany({
              ...query,
              where,
              orderBy: [{ submittedAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
              skip: offset,
              take: limit,
            }),
            ctx.db.prisma.application.count({ where }),
          ]);
          return { rows, totalCount };
        });
      },
    },
    { name: 'ApplicationConnection', fields: (t) => ({ totalCount: t.int({ resolve: readTotalCount }) }) },
    { name: 'ApplicationEdge' },
  ),
}));

builder.mutationFields((t) => ({
  saveApplicationDraft: t.prismaField({
    type: 'Application',
    description: 'Creates (no id) or updates a draft; only filled-in fields are checked.',
    authScopes: { signedIn: true },
    errors: appErrors,
    args: {
      id: t.arg.id(),
      campaignId: t.arg.id(),
      expectedVersion: t.arg.int(),
      input: t.arg({ type: ApplicationInput, required: true }),
      clientKey: t.arg.string({ description: 'Idempotency key for creating (no id): a retry with the same key returns the same draft.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const app = await saveDraft(ctx, ctx.viewer, {
        id: args.id ? localId(String(args.id), 'Application') : null,
        campaignId: args.campaignId ? localId(String(args.campaignId), 'Campaign') : null,
        input: args.input,
        expectedVersion: args.expectedVersion,
        clientKey: args.clientKey,
      });
      return ctx.db.prisma.application.findUniqueOrThrow({ ...query, where: { id: app.id } });
    },
  }),
  submitApplication: t.prismaField({
    type: 'Application',
    authScopes: { signedIn: true },
    errors: appErrors,
    args: {
      id: t.arg.id({ required: true }),
      expectedVersion: t.arg.int({ required: true }),
      clientKey: t.arg.string({ description: 'Idempotency key: a retried submit with the same key answers like the first, instead of a version conflict.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const app = await submit(ctx, ctx.viewer, {
        id: localId(String(args.id), 'Application'),
        expectedVersion: args.expectedVersion,
        clientKey: args.clientKey,
      });
      return ctx.db.prisma.application.findUniqueOrThrow({ ...query, where: { id: app.id } });
    },
  }),
  withdrawApplication: t.prismaField({
    type: 'Application',
    authScopes: { signedIn: true },
    errors: appErrors,
    args: { id: t.arg.id({ required: true }), expectedVersion: t.arg.int({ required: true }), note: t.arg.string() },
    resolve: async (query, _root, args, ctx) => {
      const app = await withdraw(ctx, ctx.viewer, { id: localId(String(args.id), 'Application'), expectedVersion: args.expectedVersion, note: args.note });
      return ctx.db.prisma.application.findUniqueOrThrow({ ...query, where: { id: app.id } });
    },
  }),
  transitionApplication: t.prismaField({
    type: 'Application',
    description: 'Staff move an application along the workflow (a note is required to return or decline).',
    authScopes: { staff: true },
    errors: appErrors,
    args: {
      id: t.arg.id({ required: true }),
      to: t.arg({ type: ApplicationStatusEnum, required: true }),
      note: t.arg.string(),
      expectedVersion: t.arg.int({ required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const app = await transition(ctx, ctx.viewer, {
        id: localId(String(args.id), 'Application'),
        to: args.to,
        note: args.note,
        expectedVersion: args.expectedVersion,
      });
      return ctx.db.prisma.application.findUniqueOrThrow({ ...query, where: { id: app.id } });
    },
  }),
}));

export { localId };
