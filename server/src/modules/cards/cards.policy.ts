// Who sees which cards: the public sees published ones; staff also drafts, and only staff edit.
import type { Prisma } from '../../generated/prisma/client.js';
import type { Viewer } from '../../context.js';
import { Forbidden } from '../../domain/errors.js';
import { isStaff } from '../auth/auth.policy.js';

export function cardVisibleWhere(viewer: Viewer): Prisma.CardWhereInput {
  return isStaff(viewer) ? {} : { status: 'PUBLISHED' };
}

/** card(slug:): staff see any card; the public a published one, or the notice that one is offline. */
export function cardBySlugWhere(viewer: Viewer): Prisma.CardWhereInput {
  return isStaff(viewer) ? {} : { status: { in: ['PUBLISHED', 'OFFLINE'] } };
}

/** The public gets no content of an offline card, only that it is offline and why. */
export function seesOnlyOfflineNotice(viewer: Viewer, card: { status?: string }): boolean {
  return !isStaff(viewer) && card.status !== 'PUBLISHED';
}

/** Card search answers drafts too (staff only). */
export function seesDraftCards(viewer: Viewer): boolean {
  return isStaff(viewer);
}

export type CardAction = 'edit' | 'publish';

export function assertCan(viewer: Viewer, _action: CardAction): void {
  if (!isStaff(viewer)) throw new Forbidden();
}
