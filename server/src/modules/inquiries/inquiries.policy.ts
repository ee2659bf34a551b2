// Who sees which conversations and messages: the person asking (by account, else by device) and staff.
import type { Inquiry, Prisma } from '../../generated/prisma/client.js';
import type { Requester, Viewer } from '../../context.js';
import { Forbidden } from '../../domain/errors.js';
import { isStaff } from '../auth/auth.policy.js';

type Asker = Pick<Requester, 'viewer' | 'deviceId'>;

/** Rows of a conversation the viewer may see: their own (by account, else by device), or any for staff. */
export function inquiryAccessWhere(who: Asker): Prisma.InquiryWhereInput {
  if (isStaff(who.viewer)) return {};
  return ownerWhere(who);
}

/** The viewer's own conversations. */
export function ownerWhere(who: Asker): Prisma.InquiryWhereInput {
  if (who.viewer.userId) return { userId: who.viewer.userId };
  if (who.deviceId) return { deviceId: who.deviceId, userId: null };
  return { id: { in: [] } };
}

export function isOwner(who: Asker, inquiry: Pick<Inquiry, 'userId' | 'deviceId'>): boolean {
  if (who.viewer.userId) return inquiry.userId === who.viewer.userId;
  return !!who.deviceId && inquiry.userId === null && inquiry.deviceId === who.deviceId;
}

/** Private staff notes reach staff only. */
export function messageVisibleWhere(viewer: Viewer): Prisma.InquiryMessageWhereInput {
  return answersOthers(viewer) ? {} : { internal: false };
}

/** Staff may answer conversations besides their own (and see private notes). */
export function answersOthers(viewer: Viewer): boolean {
  return isStaff(viewer);
}

/** In someone else's conversation staff speak as staff, not as the person asking. */
export function answersAsStaff(who: Asker, inquiry: Pick<Inquiry, 'userId' | 'deviceId'>): boolean {
  return answersOthers(who.viewer) && !isOwner(who, inquiry);
}

export type InquiryAction = 'followInbox' | 'staffWork';

export function assertCan(viewer: Viewer, _action: InquiryAction): void {
  if (!isStaff(viewer)) throw new Forbidden();
}
