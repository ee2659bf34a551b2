// The audit trail for admins: a paged list, newest first, filtered by action, subject or person.
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../schema/builder.js';
import { countedOffsetConnection, readTotalCount } from '../../schema/connections.js';
import { listAudit } from './audit.service.js';

const NAME_MAX = 60;

const AuditEntry = builder.prismaObject('AuditEntry', {
  fields: (t) => ({
    id: t.exposeID('id'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    actorId: t.id({ nullable: true, resolve: (e) => (e.actorId ? encodeGlobalID('User', e.actorId) : null) }),
    actorName: t.exposeString('actorName', { nullable: true }),
    action: t.exposeString('action', { description: 'e.g. card.update, card.publish, card.unpublish, application.transition, faq.save, cannedReply.delete.' }),
    subjectType: t.exposeString('subjectType'),
    subjectId: t.id({ description: 'The global ID of what was changed.', resolve: (e) => encodeGlobalID(e.subjectType, e.subjectId) }),
    before: t.expose('before', { type: 'JSON', nullable: true, description: 'The changed values before (null when created).' }),
    after: t.expose('after', { type: 'JSON', nullable: true, description: 'The changed values after (null when deleted).' }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

const AuditLogFilter = builder.inputType('AuditLogFilter', {
  fields: (t) => ({
    action: t.string({ maxLength: NAME_MAX }),
    subjectType: t.string({ maxLength: NAME_MAX }),
    subjectId: t.id({ description: 'A global ID (Card, Application, Faq…).' }),
    actorId: t.id({ description: "A staff member's global User ID." }),
    since: t.field({ type: 'DateTime' }),
    until: t.field({ type: 'DateTime' }),
  }),
});

/** A global ID's database id, whatever its type; an ID that is not one matches nothing. */
const anyLocalId = (id: string | number | null | undefined) => {
  if (id == null) return null;
  try {
    return decodeGlobalID(String(id)).id;
  } catch {
    return '-';
  }
};

builder.queryFields((t) => ({
  auditLog: t.connection(
    {
      type: AuditEntry,
      authScopes: { admin: true },
      description: 'What staff and admins changed, newest first (admins only; append-only).',
      args: { filter: t.arg({ type: AuditLogFilter, required: false }) },
      resolve: (_root, args, ctx) =>
        countedOffsetConnection(args, async (window) => {
          const f = args.filter ?? {};
          return listAudit(ctx, ctx.viewer, { ...f, subjectId: anyLocalId(f.subjectId), actorId: anyLocalId(f.actorId) }, window);
        }),
    },
    { name: 'AuditEntryConnection', fields: (t) => ({ totalCount: t.int({ resolve: readTotalCount }) }) },
    { name: 'AuditEntryEdge' },
  ),
}));
