// "How is my application doing?": a signed-in official gets their applications' status; anyone
// else is told where it is shown once they sign in. Never the FAQ's general text.
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { PrismaClient } from '../../../generated/prisma/client.js';
import type { Viewer } from '../../../context.js';
import { STATUS_LABELS } from '../../applications/workflow.js';
import type { BotAnswer } from './answer.js';
import type { Lang } from './language.js';

const MY_APPLICATIONS = { title: '我的申请', url: '/pages/account/me/index' };

export async function applicationStatusAnswer(prisma: PrismaClient, viewer: Viewer, lang: Lang): Promise<BotAnswer> {
  const en = lang === 'en';
  const basis = 'applications';
  const base = { confident: true, handoff: false, suggestions: [], basis };
  if (!viewer.userId) {
    return {
      ...base,
      text: en
        ? 'Please sign in first: your applications and each step of their progress are under "Me" → "My applications", and you are notified when the status changes.'
        : '请先登录：登录后在“我的”→“我的申请”中可以看到您提交的申请和每一步的办理进度，状态变化时也会通知您。',
      sources: [MY_APPLICATIONS],
    };
  }
  const apps = await prisma.application.findMany({
    where: { ownerId: viewer.userId },
    select: { id: true, reference: true, status: true, updatedAt: true, region: { select: { fullName: true } } },
    orderBy: { updatedAt: 'desc' },
    take: 5,
  });
  if (!apps.length) {
    return {
      ...base,
      text: en
        ? 'You have not submitted an application yet. Open the registration form under "Me"; once submitted, you can check its progress here.'
        : '您还没有提交过申请。可以在“我的”中进入登记表，填写并提交后即可在这里查询进度。',
      sources: [MY_APPLICATIONS],
    };
  }
  const lines = apps.map(
    (a) => `${a.reference ?? (en ? 'Draft' : '草稿')}（${a.region?.fullName ?? (en ? 'no region yet' : '未选择区域')}）：${STATUS_LABELS[a.status]}`,
  );
  return {
    ...base,
    text: en
      ? `Your applications:\n${lines.join('\n')}\nEach step, with its time and note, is under "Progress" in the application.`
      : `您的申请当前状态：\n${lines.join('\n')}\n每一步的时间和说明可在申请详情的“办理进度”中查看。`,
    sources: apps.map((a) => ({
      title: `${en ? 'Application' : '申请'} ${a.reference ?? (en ? 'draft' : '草稿')}`,
      url: `/pages/applications/detail/index?id=${encodeURIComponent(encodeGlobalID('Application', a.id))}`,
    })),
  };
}
