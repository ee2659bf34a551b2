// Who a viewer is, as every other policy asks it; and which users a viewer may look up.
import type { Prisma } from '../../generated/prisma/client.js';
import type { Viewer } from '../../context.js';
import { UserError } from '../../domain/errors.js';

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
