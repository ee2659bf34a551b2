// Reading the audit trail: the filter the admin chose as the server's AuditLogFilter, and an entry's
// before/after values as one readable row per changed field (pure, so the page and tests share them).
import type { AuditLogFilter } from '@cards/schema';

/** The actions the server records (AuditEntry.action), in the filter's order. */
export const AUDIT_ACTIONS = [
  'application.transition',
  'application.comment',
  'application.assignReviewer',
  'application.agreement',
  'application.export',
  'card.create',
  'card.update',
  'card.publish',
  'card.unpublish',
  'film.update',
  'film.poster',
  'film.subtitle',
  'film.reorder',
  'film.publish',
  'film.unpublish',
  'faq.save',
  'cannedReply.save',
  'cannedReply.delete',
  'staff.create',
  'staff.update',
  'staff.disable',
  'staff.enable',
] as const;

/** What an entry is about (AuditEntry.subjectType). */
export const AUDIT_SUBJECTS = ['Application', 'Card', 'Film', 'Faq', 'CannedReply', 'User', 'Export'] as const;

export interface AuditFilters {
  action: string;
  subjectType: string;
  actorId: string;
  /** A day in Beijing, YYYY-MM-DD: entries from then on. */
  since: string;
  /** A day in Beijing, YYYY-MM-DD: entries up to its end. */
  until: string;
}

export const NO_AUDIT_FILTERS: AuditFilters = { action: '', subjectType: '', actorId: '', since: '', until: '' };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The start of a Beijing day (UTC+8) as an ISO instant; `plusDays` moves it. */
export function beijingDayStart(day: string, plusDays = 0): string {
  const start = Date.parse(`${day}T00:00:00+08:00`) + plusDays * 86_400_000;
  return new Date(start).toISOString();
}

export function toAuditFilter(f: AuditFilters): AuditLogFilter {
  const out: AuditLogFilter = {};
  if (f.action) out.action = f.action;
  if (f.subjectType) out.subjectType = f.subjectType;
  if (f.actorId) out.actorId = f.actorId;
  if (DAY.test(f.since)) out.since = beijingDayStart(f.since);
  if (DAY.test(f.until)) out.until = beijingDayStart(f.until, 1);
  return out;
}

export interface AuditChange {
  field: string;
  before: string;
  after: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One value as a person reads it: text as is, yes/no, lists joined, nested objects as "key: value". */
export function auditValue(value: unknown, yesNo: [string, string] = ['是', '否']): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? yesNo[0] : yesNo[1];
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length ? value.map((v) => auditValue(v, yesNo)).join('、') : '—';
  if (isRecord(value))
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${auditValue(v, yesNo)}`)
      .join('；');
  return String(value);
}

/** The fields an entry changed, each with its value before and after ("—" where there was none). */
export function auditChanges(before: unknown, after: unknown, yesNo?: [string, string]): AuditChange[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.map((field) => ({ field, before: auditValue(b[field], yesNo), after: auditValue(a[field], yesNo) })).filter((c) => c.before !== c.after);
}
