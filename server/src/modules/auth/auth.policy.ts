// Who a viewer is, as every other policy asks it; and which users a viewer may look up.
import type { Prisma } from '../../generated/prisma/client.js';
import type { Viewer } from '../../context.js';
import { Forbidden, UserError } from '../../domain/errors.js';

export function isStaff(viewer: Viewer): boolean {
  return viewer.role === 'STAFF' || viewer.role === 'ADMIN';
}

export function isAdmin(viewer: Viewer): boolean {
  return viewer.role === 'ADMIN';
}

/** The scopes that `authScopes` on fields name (schema/builder.ts). */
export function scopesOf(viewer: Viewer) {
  return { signedIn: viewer.userId !== null, staff: isStaff(viewer), admin: isAdmin(viewer) };
}

/** The signed-in viewer's id, or a refusal saying to sign in first. */
export function requireUserId(viewer: Viewer): string {
  if (!viewer.userId) throw new UserError('请先登录', 'SIGN_IN_REQUIRED');
  return viewer.userId;
}

/** Only the user themself and staff can look a user up; for anyone else no id matches. */
export function userVisibleWhere(viewer: Viewer, id: string): Prisma.UserWhereUniqueInput {
  return { id: isStaff(viewer) || viewer.userId === id ? id : '' };
}

/** Creating, editing and disabling staff accounts is for admins; an admin cannot disable or demote themself. */
export function assertCanManageStaff(viewer: Viewer, targetId?: string, change?: 'disable' | 'role'): void {
  if (!isAdmin(viewer)) throw new Forbidden('只有管理员可以管理工作人员账号（Admins only）');
  if (targetId && targetId === viewer.userId && change)
    throw new UserError(
      change === 'disable' ? '不能停用自己的账号（You cannot disable your own account）' : '不能更改自己的角色（You cannot change your own role）',
      'SELF_CHANGE',
    );
}

/** Staff accounts: what the staff list and reviewer assignment read. */
export function isStaffAccount(user: { role: string }): boolean {
  return user.role === 'STAFF' || user.role === 'ADMIN';
}
