// Who sees which cards: the public sees published ones; staff also drafts, and only staff edit.
import type { Prisma } from '../../generated/prisma/client.js';
import type { Viewer } from '../../context.js';
import { Forbidden } from '../../domain/errors.js';
import { isStaff } from '../auth/auth.policy.js';

export function cardVisibleWhere(viewer: Viewer): Prisma.CardWhereInput {
  return isStaff(viewer) ? {} : { status: 'PUBLISHED' };
}

/** Card search answers drafts too (staff only). */
export function seesDraftCards(viewer: Viewer): boolean {
  return isStaff(viewer);
}

export type CardAction = 'edit' | 'publish';

export function assertCan(viewer: Viewer, _action: CardAction): void {
  if (!isStaff(viewer)) throw new Forbidden();
}
