// What the bot could not answer, and how staff teach it: 👍/👎 on its answers, the list
// 机器人未解决 (answered unsure, or marked wrong — grouped by similar wording), and one step that
// turns a group into a FAQ entry or more phrasings of one. The bot uses the change at once.
import crypto from 'node:crypto';
import type { Faq, InquiryMessage } from '../../../generated/prisma/client.js';
import type { Context } from '../../../context.js';
import { UserError, ValidationError } from '../../../schema/errors.js';
import { ensureWithinLimit } from '../../auth/rate-limits.js';
import { INPUT_LIMITS, stripControl } from '@cards/schema/rules';
import { normalize } from '../../search/text.js';
import { ownerWhere } from '../inquiries.policy.js';
import { botFor, invalidateBot } from './bot-cache.js';
import { botTokens } from './tokenize.js';
import { RATABLE_OUTCOMES } from './outcomes.js';

type Ctx = Pick<Context, 'db' | 'viewer' | 'services' | 'deviceId' | 'ip'>;

export const MAX_REASON_LENGTH = INPUT_LIMITS.feedbackReason;
const MAX_ALTERNATIVES = 30;

/** 👍 (helpful) or 👎 on one of the bot's answers in the asker's own conversation; a later vote replaces it. */
export async function rateBotAnswer(ctx: Ctx, input: { messageId: string; helpful: boolean; reason?: string | null }): Promise<InquiryMessage> {
  const sender = ctx.viewer.userId ?? ctx.deviceId;
  if (!sender) throw new UserError('请先登录或允许本设备标识后再评价', 'NO_VIEWER');
  const reason = input.reason ? stripControl(input.reason).trim() || null : null;
  if (reason && [...reason].length > MAX_REASON_LENGTH) throw new ValidationError([{ field: 'reason', message: `原因不能超过${MAX_REASON_LENGTH}字` }]);
  const message = await ctx.db.prisma.inquiryMessage.findFirst({
    where: { id: input.messageId, author: 'BOT', botOutcome: { in: [...RATABLE_OUTCOMES] }, inquiry: ownerWhere(ctx) },
    select: { id: true },
  });
  if (!message) throw new UserError('该回答不存在或不属于您的咨询', 'NOT_FOUND');
  await ensureWithinLimit(ctx.services.rateLimits, 'botFeedbackPerSender', sender);
  return ctx.db.prisma.inquiryMessage.update({
    where: { id: message.id },
    // A new 👎 puts the question back on the staff list even if it was taught before.
    data: { feedbackHelpful: input.helpful, feedbackReason: reason, feedbackAt: new Date(), ...(input.helpful ? {} : { missResolvedAt: null }) },
  });
}

export interface BotMissGroup {
  id: string;
  question: string;
  questions: string[];
  count: number;
  markedWrong: number;
  unsure: number;
  reasons: string[];
  messageIds: string[];
  lastAskedAt: Date;
  /** The FAQ entry closest to the question: the one staff most likely extend. */
  closestFaqId: string | null;
}

const similarity = (a: Set<string>, b: Set<string>) => {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared += 1;
  return shared / (a.size + b.size - shared);
};

/** Unresolved misses, grouped by similar wording (same words, or most of them), largest group first. */
export async function botMisses(ctx: Pick<Context, 'db'>, first = 50): Promise<BotMissGroup[]> {
  const rows = await ctx.db.prisma.inquiryMessage.findMany({
    where: {
      author: 'BOT',
      botQuestion: { not: null },
      missResolvedAt: null,
      OR: [{ botOutcome: 'UNSURE' }, { feedbackHelpful: false }],
    },
    select: { id: true, botQuestion: true, botOutcome: true, feedbackHelpful: true, feedbackReason: true, createdAt: true },
    orderBy: { createdAt: 'desc' },
    take: 1000,
  });
  const groups: (BotMissGroup & { words: Set<string> })[] = [];
  for (const row of rows) {
    const question = row.botQuestion!;
    const words = new Set(botTokens(question));
    const text = normalize(question);
    let group = groups.find((g) => normalize(g.question) === text || similarity(g.words, words) >= 0.5);
    if (!group) {
      group = {
        id: row.id,
        question,
        questions: [],
        count: 0,
        markedWrong: 0,
        unsure: 0,
        reasons: [],
        messageIds: [],
        lastAskedAt: row.createdAt,
        closestFaqId: null,
        words,
      };
      groups.push(group);
    }
    group.count += 1;
    if (row.feedbackHelpful === false) group.markedWrong += 1;
    if (row.botOutcome === 'UNSURE') group.unsure += 1;
    if (!group.questions.includes(question) && group.questions.length < 10) group.questions.push(question);
    if (row.feedbackReason && !group.reasons.includes(row.feedbackReason) && group.reasons.length < 5) group.reasons.push(row.feedbackReason);
    group.messageIds.push(row.id);
  }
  const chosen = groups.sort((a, b) => b.count - a.count || b.lastAskedAt.getTime() - a.lastAskedAt.getTime()).slice(0, Math.min(Math.max(first, 1), 100));
  const bot = await botFor(ctx.db.prisma);
  return chosen.map(({ words: _words, ...g }) => ({ ...g, closestFaqId: bot.closestFaqId(g.question) }));
}

/**
 * One step from a group of misses to an answer: with `faqId`, the questions become other phrasings
 * of that entry; without, a new entry answers them (the first question as its question). The misses
 * leave the list, and the bot is rebuilt at once.
 */
export async function teachBot(
  ctx: Pick<Context, 'db'>,
  input: { messageIds: string[]; faqId?: string | null; question?: string | null; answer?: string | null; answerEn?: string | null },
): Promise<Faq> {
  const ids = [...new Set(input.messageIds)].slice(0, 500);
  if (!ids.length) throw new ValidationError([{ field: 'messageIds', message: '请选择要处理的问题' }]);
  const misses = await ctx.db.prisma.inquiryMessage.findMany({
    where: { id: { in: ids }, author: 'BOT', botQuestion: { not: null } },
    select: { id: true, botQuestion: true },
  });
  if (!misses.length) throw new UserError('没有找到这些未解决的问题', 'NOT_FOUND');
  const phrasings = [...new Set(misses.map((m) => stripControl(m.botQuestion!).trim().slice(0, 100)).filter(Boolean))];
  const prisma = ctx.db.prisma;
  const faq = await prisma.$transaction(async (tx) => {
    let saved: Faq;
    if (input.faqId) {
      const current = await tx.faq.findUnique({ where: { id: input.faqId } });
      if (!current) throw new UserError('该问答不存在', 'NOT_FOUND');
      const alternatives = [...new Set([...current.alternatives, ...phrasings.filter((p) => p !== current.question)])];
      if (alternatives.length > MAX_ALTERNATIVES) throw new ValidationError([{ field: 'faqId', message: `其他问法最多${MAX_ALTERNATIVES}条，请先整理该问答` }]);
      saved = await tx.faq.update({ where: { id: current.id }, data: { alternatives } });
    } else {
      const answer = stripControl(input.answer ?? '').trim();
      const question = stripControl(input.question ?? '').trim() || phrasings[0];
      const answerEn = stripControl(input.answerEn ?? '').trim() || null;
      const errors: { field: string; message: string }[] = [];
      if (!answer || [...answer].length > 2000) errors.push({ field: 'answer', message: '答案须为1–2000字' });
      if ([...question].length > 100) errors.push({ field: 'question', message: '问题须为1–100字' });
      if (answerEn && answerEn.length > 4000) errors.push({ field: 'answerEn', message: '英文答案不能超过4000字符' });
      if (errors.length) throw new ValidationError(errors);
      saved = await tx.faq.create({
        data: {
          key: `staff-${crypto.randomBytes(5).toString('hex')}`,
          category: 'LEARNED',
          question,
          alternatives: phrasings.filter((p) => p !== question).slice(0, MAX_ALTERNATIVES),
          answer,
          answerEn,
          sourceTitle: '中心工作人员答复',
        },
      });
    }
    await tx.inquiryMessage.updateMany({ where: { id: { in: misses.map((m) => m.id) } }, data: { missResolvedAt: new Date() } });
    return saved;
  });
  invalidateBot(prisma);
  return faq;
}
