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
    subjectId: t.id({
      description: "What was changed: the global ID of a node (Card, Application, Film…), else its own id (Faq, CannedReply, an export's file).",
      resolve: (e) => publicSubjectId(e.subjectType, e.subjectId),
    }),
    before: t.expose('before', { type: 'JSON', nullable: true, description: 'The changed values before (null when created).' }),
    after: t.expose('after', { type: 'JSON', nullable: true, description: 'The changed values after (null when deleted).' }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

const AuditLogFilter = builder.inputType('AuditLogFilter', {
  fields: (t) => ({
    action: t.string({ maxLength: NAME_MAX }),
    subjectType: t.string({ maxLength: NAME_MAX }),
    subjectId: t.id({ description: 'As AuditEntry.subjectId gives it.' }),
    actorId: t.id({ description: "A staff member's global User ID." }),
    since: t.field({ type: 'DateTime' }),
    until: t.field({ type: 'DateTime' }),
  }),
});

/** Subjects that are Relay nodes go by their global ID; the rest (FAQ, canned replies, exports) by their own id, as their types expose it. */
const NODE_TYPES = new Set(['Card', 'Application', 'Film', 'User', 'Inquiry']);

const publicSubjectId = (type: string, id: string) => (NODE_TYPES.has(type) ? encodeGlobalID(type, id) : id);

/** The stored id behind an ID a client sends (a node's global ID, or a plain id). */
const storedId = (id: string | number | null | undefined) => {
  if (id == null) return null;
  try {
    const decoded = decodeGlobalID(String(id));
    return NODE_TYPES.has(decoded.typename) ? decoded.id : String(id);
  } catch {
    return String(id);
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
          return listAudit(ctx, ctx.viewer, { ...f, subjectId: storedId(f.subjectId), actorId: storedId(f.actorId) }, window);
        }),
    },
    { name: 'AuditEntryConnection', fields: (t) => ({ totalCount: t.int({ resolve: readTotalCount }) }) },
    { name: 'AuditEntryEdge' },
  ),
}));
