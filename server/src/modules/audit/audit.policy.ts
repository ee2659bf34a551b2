// Who may read the audit trail: admins only. Nobody may change or delete it (there is no such use
// case, and a database trigger refuses UPDATE and DELETE on the table).
import type { Viewer } from '../../context.js';
import { Forbidden } from '../../domain/errors.js';
import { isAdmin, isStaff } from '../auth/auth.policy.js';

export function assertCanReadAudit(viewer: Viewer): void {
  if (!isAdmin(viewer)) throw new Forbidden('只有管理员可以查看操作日志（Admins only）');
}

/** Entries are written for staff actions; anything else has nothing to record. */
export function recordsAuditFor(viewer: Viewer): boolean {
  return isStaff(viewer);
}
