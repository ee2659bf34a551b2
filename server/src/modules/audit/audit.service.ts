// The audit trail: what staff and admins changed, with the values before and after. Written inside
// the same transaction as the change itself, so a change is never stored without its entry.
import { wellFormed } from '@cards/schema/rules';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.js';
import type { Deps, Viewer } from '../../context.js';
import { assertCanReadAudit, recordsAuditFor } from './audit.policy.js';

type Db = Pick<PrismaClient, 'auditEntry' | 'user'>;

export interface AuditRecord {
  /** What was done, e.g. card.update, card.publish, application.transition, faq.save. */
  action: string;
  subjectType: string;
  subjectId: string;
  before?: unknown;
  after?: unknown;
  note?: string | null;
}

/** The name a person is known by in the trail (kept with the entry, so it outlives the account). */
export async function actorName(db: Pick<PrismaClient, 'user'>, viewer: Viewer): Promise<string | null> {
  if (!viewer.userId) return null;
  const user = await db.user.findUnique({ where: { id: viewer.userId }, select: { displayName: true, username: true } });
  return user?.displayName ?? user?.username ?? null;
}

// Arguments are made well-formed before resolvers run (schema/input-guard.ts); values built from elsewhere
// (a row read back, a diff) are made so again, since PostgreSQL's json refuses a lone surrogate.
const wellFormedStrings = (_key: string, v: unknown) => (typeof v === 'string' ? wellFormed(v) : v);
/** A value as PostgreSQL's json takes it (lone surrogates made U+FFFD); for any json column (audit entries, card versions). */
export const storableJson = (value: unknown) =>
  value === undefined ? undefined : (JSON.parse(JSON.stringify(value, wellFormedStrings)) as Prisma.InputJsonValue);

export async function recordAudit(db: Db, viewer: Viewer, entry: AuditRecord, name?: string | null): Promise<void> {
  if (!recordsAuditFor(viewer)) return;
  await db.auditEntry.create({
    data: {
      actorId: viewer.userId,
      actorName: name === undefined ? await actorName(db, viewer) : name,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      before: storableJson(entry.before ?? undefined),
      after: storableJson(entry.after ?? undefined),
      note: entry.note ?? null,
    },
  });
}

export interface AuditFilter {
  action?: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
  actorId?: string | null;
  since?: Date | null;
  until?: Date | null;
}

export function auditWhere(filter: AuditFilter): Prisma.AuditEntryWhereInput {
  return {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.subjectType ? { subjectType: filter.subjectType } : {}),
    ...(filter.subjectId ? { subjectId: filter.subjectId } : {}),
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.since || filter.until ? { createdAt: { ...(filter.since ? { gte: filter.since } : {}), ...(filter.until ? { lt: filter.until } : {}) } } : {}),
  };
}

/** A page of the trail, newest first. */
export async function listAudit(deps: Deps, viewer: Viewer, filter: AuditFilter, window: { offset: number; limit: number }) {
  assertCanReadAudit(viewer);
  const where = auditWhere(filter);
  const [rows, totalCount] = await Promise.all([
    deps.db.prisma.auditEntry.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip: window.offset, take: window.limit }),
    deps.db.prisma.auditEntry.count({ where }),
  ]);
  return { rows, totalCount };
}
