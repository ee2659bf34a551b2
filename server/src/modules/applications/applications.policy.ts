// Who sees and moves which applications. Drafts are the official's private work until submitted.
import type { Application, Prisma } from '../../generated/prisma/client.js';
import type { Viewer } from '../../context.js';
import { NotFoundError, UserError } from '../../domain/errors.js';
import { isStaff } from '../auth/auth.policy.js';
import { allowedTransitions, type Actor } from './workflow.js';
import type { ApplicationStatus } from '../../generated/prisma/enums.js';

/**
 * Which applications the viewer may see: their own; staff also everyone else's except drafts
 * (by ID as in lists, attachments included).
 */
export function visibleApplicationWhere(viewer: Viewer): Prisma.ApplicationWhereInput {
  if (!viewer.userId) return { id: { in: [] } };
  if (isStaff(viewer)) return { OR: [{ ownerId: viewer.userId }, { status: { not: 'DRAFT' } }] };
  return { ownerId: viewer.userId };
}

export function canSee(viewer: Viewer, app: Pick<Application, 'ownerId' | 'status'>): boolean {
  return !!viewer.userId && (app.ownerId === viewer.userId || (isStaff(viewer) && app.status !== 'DRAFT'));
}

export type ApplicationAction = 'apply' | 'see' | 'ownerEdit' | 'staffMove' | 'review';

/**
 * apply: signed in with a verified phone (an official); see: canSee; ownerEdit: the owner's own
 * (anyone else is told "not found", so nothing leaks); staffMove: staff.
 */
export function assertCan(viewer: Viewer, action: ApplicationAction, app?: Pick<Application, 'ownerId' | 'status'>): void {
  switch (action) {
    case 'apply':
      if (!viewer.userId) throw new UserError('请先登录', 'SIGN_IN_REQUIRED');
      if (viewer.role === 'VISITOR') throw new UserError('请先验证手机号后再申请', 'PHONE_REQUIRED');
      return;
    case 'see':
      if (!app || !canSee(viewer, app)) throw new NotFoundError();
      return;
    case 'ownerEdit':
      if (!app || !viewer.userId || app.ownerId !== viewer.userId) throw new NotFoundError();
      return;
    case 'staffMove':
    case 'review':
      if (!app || !canSee(viewer, app) || !isStaff(viewer)) throw new NotFoundError();
      return;
  }
}

/** Internal comments, the reviewer and the changes between submissions are for staff only (never the official). */
export function seesReview(viewer: Viewer): boolean {
  return isStaff(viewer);
}

/** Who may be assigned to review: an enabled staff or admin account. */
export function canReview(user: { role: string; disabledAt: Date | null }): boolean {
  return (user.role === 'STAFF' || user.role === 'ADMIN') && user.disabledAt === null;
}

/** What the viewer may move this application to now. */
export function transitionsFor(viewer: Viewer, app: Pick<Application, 'ownerId' | 'status'>): ApplicationStatus[] {
  const as: Actor | null = isStaff(viewer) ? 'STAFF' : app.ownerId === viewer.userId ? 'OWNER' : null;
  return as ? allowedTransitions(app.status, as) : [];
}
