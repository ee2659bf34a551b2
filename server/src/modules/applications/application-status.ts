// A signed-in official asking how their application is doing gets its status, not the FAQ (the bot asks
// this module; it answers in the bot's shape without importing the bot, so the two do not import each other).
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { PrismaClient } from '../../generated/prisma/client.js';
import type { Viewer } from '../../context.js';
import { STATUS_LABELS } from './workflow.js';

/** An answer as the bot gives it (bot.ts BotAnswer). */
export interface StatusAnswer {
  text: string;
  confident: boolean;
  handoff: boolean;
  sources: { title: string; url: string | null }[];
  basis: string | null;
}

const ASKS_STATUS = [
  /(申请|登记表?|申报|报名|材料).{0,10}(进度|进展|状态|到哪|审核|审批|结果|怎么样|如何了|批了|通过)/,
  /(进度|进展|状态|审核结果).{0,6}(申请|申报|登记|报名)/,
  /\b(my|our) application\b|application status/i,
];

export function asksApplicationStatus(text: string): boolean {
  return ASKS_STATUS.some((p) => p.test(text));
}

export async function applicationStatusAnswer(prisma: PrismaClient, viewer: Viewer): Promise<StatusAnswer | null> {
  if (!viewer.userId) return null;
  const apps = await prisma.application.findMany({
    where: { ownerId: viewer.userId },
    select: { id: true, reference: true, status: true, updatedAt: true, region: { select: { fullName: true } } },
    orderBy: { updatedAt: 'desc' },
    take: 5,
  });
  const basis = 'applications';
  if (!apps.length) {
    if (viewer.role !== 'OFFICIAL') return null;
    return {
      text: '您还没有提交过申请。可以在“我的”中进入登记表，填写并提交后即可在这里查询进度。',
      confident: true,
      handoff: false,
      sources: [{ title: '我的申请', url: '/pages/account/me/index' }],
      basis,
    };
  }
  const lines = apps.map((a) => `${a.reference ?? '草稿'}（${a.region?.fullName ?? '未选择区域'}）：${STATUS_LABELS[a.status]}`);
  return {
    text: `您的申请当前状态：\n${lines.join('\n')}\n每一步的时间和说明可在申请详情的“办理进度”中查看。`,
    confident: true,
    handoff: false,
    sources: apps.map((a) => ({
      title: `申请 ${a.reference ?? '草稿'}`,
      url: `/pages/applications/detail/index?id=${encodeURIComponent(encodeGlobalID('Application', a.id))}`,
    })),
    basis,
  };
}
