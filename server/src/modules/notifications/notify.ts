// Telling an official that their application moved: an in-app notification always, and a WeChat
// subscribe message when the user granted one (one grant = one message, as WeChat rules it).
import type { PrismaClient } from '../../generated/prisma/client.js';
import type { ApplicationStatus } from '../../generated/prisma/enums.js';
import type { Services } from '../../services.js';
import { logger } from '../../observability/logger.js';
import { STATUS_LABELS } from '../applications/workflow.js';

export interface StatusChange {
  applicationId: string;
  ownerId: string;
  reference: string | null;
  regionName: string;
  to: ApplicationStatus;
  note: string | null;
}

export function statusMessage(change: StatusChange): { title: string; body: string } {
  const ref = change.reference ? `（${change.reference}）` : '';
  const title = `申请${ref}状态更新：${STATUS_LABELS[change.to]}`;
  const body = `${change.regionName}的产业名片申请已变更为「${STATUS_LABELS[change.to]}」${change.note ? `。说明：${change.note}` : '。'}`;
  return { title, body };
}

/** Writes the in-app notification (inside the caller's transaction when one is given). */
export async function recordNotification(prisma: Pick<PrismaClient, 'notification'>, change: StatusChange): Promise<void> {
  const { title, body } = statusMessage(change);
  await prisma.notification.create({ data: { userId: change.ownerId, applicationId: change.applicationId, title, body } });
}

/** After the change is committed: a subscribe message, if the user granted one. Never throws. */
export async function pushWechatMessage(prisma: PrismaClient, services: Services, change: StatusChange): Promise<boolean> {
  const { wechat } = services;
  const templateId = wechat.config.subscribeTemplateId;
  if (!wechat.configured || !templateId) return false;
  try {
    const user = await prisma.user.findUnique({ where: { id: change.ownerId }, select: { wechatOpenId: true } });
    if (!user?.wechatOpenId) return false;
    const grant = await prisma.subscribeGrant.findFirst({ where: { userId: change.ownerId, templateId }, orderBy: { createdAt: 'asc' } });
    if (!grant) return false;
    // Spend the grant first: a retried send must not use one grant twice.
    const spent = await prisma.subscribeGrant.deleteMany({ where: { id: grant.id } });
    if (spent.count !== 1) return false;
    const { title } = statusMessage(change);
    await wechat.sendSubscribeMessage({
      touser: user.wechatOpenId,
      template_id: templateId,
      page: `pages/applications/detail/index?id=${change.applicationId}`,
      data: {
        thing1: { value: change.regionName.slice(0, 20) },
        phrase2: { value: STATUS_LABELS[change.to].slice(0, 5) },
        thing3: { value: (change.note ?? title).slice(0, 20) },
      },
    });
    return true;
  } catch (err) {
    logger.error({ err, applicationId: change.applicationId }, 'wechat: subscribe message failed');
    return false;
  }
}
