// A person's rights over their data (PIPL): see it, take a copy (JSON), withdraw consent, close the account.
// No GraphQL here.
import type { Deps, Viewer } from '../../context.js';
import { requireUserId } from '../auth/auth.policy.js';
import { assertCanCloseOwnAccount } from './account.policy.js';
import { erasePersonFromSubmissions } from '../applications/submissions.js';

/** Everything the app keeps about the viewer, as one JSON-ready object (what 我的 → 我的数据 shows and downloads). */
export async function myData(deps: Deps, viewer: Viewer) {
  const userId = requireUserId(viewer);
  const prisma = deps.db.prisma;
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { role: true, displayName: true, phone: true, wechatOpenId: true, consentVersion: true, consentedAt: true, createdAt: true },
  });
  const [applications, inquiries, notifications, sessions] = await Promise.all([
    prisma.application.findMany({
      where: { ownerId: userId },
      orderBy: { createdAt: 'asc' },
      select: {
        reference: true,
        status: true,
        regionCode: true,
        leadUnit: true,
        leadingIndustries: true,
        featuredIndustries: true,
        intro: true,
        contactName: true,
        contactTitle: true,
        phone: true,
        createdAt: true,
        submittedAt: true,
        attachments: { select: { fileName: true, size: true, createdAt: true } },
        events: { orderBy: { createdAt: 'asc' }, select: { from: true, to: true, note: true, createdAt: true } },
      },
    }),
    prisma.inquiry.findMany({
      where: { userId },
      orderBy: { createdAt: 'asc' },
      select: {
        subject: true,
        status: true,
        createdAt: true,
        rating: true,
        ratingComment: true,
        messages: { where: { internal: false }, orderBy: { seq: 'asc' }, select: { author: true, text: true, createdAt: true } },
      },
    }),
    prisma.notification.findMany({ where: { userId }, orderBy: { createdAt: 'asc' }, select: { title: true, body: true, readAt: true, createdAt: true } }),
    prisma.session.count({ where: { userId } }),
  ]);
  return { exportedAt: new Date(), account: { ...user, signedInDevices: sessions }, applications, inquiries, notifications };
}

/** Withdraws consent: every session ends (on every instance); signing in again asks for agreement again. */
export async function withdrawConsent(deps: Deps, viewer: Viewer): Promise<true> {
  const userId = requireUserId(viewer);
  await deps.db.prisma.$transaction([
    deps.db.prisma.user.update({ where: { id: userId }, data: { consentVersion: null, consentedAt: null } }),
    deps.db.prisma.session.deleteMany({ where: { userId } }),
  ]);
  deps.services.inquiryEvents.endUser(userId);
  return true;
}

/**
 * 注销: erases the person. Drafts (never submitted) go with their files; submitted applications stay as the
 * programme's records — reference, region, unit, content and timeline — with the contact person removed;
 * conversations, notifications and subscriptions go; every session ends. The user row stays as an empty
 * owner for those records (no name, phone, WeChat id or password), marked erasedAt.
 */
export async function closeMyAccount(deps: Deps, viewer: Viewer): Promise<true> {
  const userId = assertCanCloseOwnAccount(viewer);
  const prisma = deps.db.prisma;
  const filesToRemove = await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { phone: true } });
    const drafts = await tx.application.findMany({
      where: { ownerId: userId, submittedAt: null },
      select: { id: true, attachments: { select: { storageKey: true } } },
    });
    await tx.application.deleteMany({ where: { id: { in: drafts.map((d) => d.id) } } });
    await tx.application.updateMany({ where: { ownerId: userId }, data: { contactName: '', contactTitle: '', phone: '', clientKey: null } });
    await erasePersonFromSubmissions(tx, userId);
    await tx.inquiry.deleteMany({ where: { userId } });
    await tx.notification.deleteMany({ where: { userId } });
    await tx.subscribeGrant.deleteMany({ where: { userId } });
    await tx.session.deleteMany({ where: { userId } });
    if (user.phone) await tx.loginCode.deleteMany({ where: { phone: user.phone } });
    await tx.user.update({
      where: { id: userId },
      data: {
        role: 'VISITOR',
        displayName: null,
        username: null,
        passwordHash: null,
        phone: null,
        wechatOpenId: null,
        wechatUnionId: null,
        wechatSessionKey: null,
        consentVersion: null,
        consentedAt: null,
        erasedAt: new Date(),
      },
    });
    return drafts.flatMap((d) => d.attachments.map((a) => a.storageKey));
  });
  deps.services.inquiryEvents.endUser(userId);
  for (const key of filesToRemove) await deps.services.privateFiles.remove(key);
  return true;
}
