// A conversation's life: BOT → QUEUED → HUMAN → ENDED (PRODUCT.md, after 微信客服).
// Every change is written first and published after, so a live event never announces a row that
// a reader could not find; a client that missed events catches up by message sequence number.
import DataLoader from 'dataloader';
import type { Inquiry, InquiryAuthor, InquiryMessage, Prisma } from '../../generated/prisma/client.js';
import type { Deps, Requester } from '../../context.js';
import { answersAsStaff, answersOthers, inquiryAccessWhere, isOwner, ownerWhere } from './inquiries.policy.js';
import { requireUserId } from '../auth/auth.policy.js';
import { UserError, ValidationError } from '../../domain/errors.js';
import { idempotencyKey, isUniqueViolation } from '../../schema/idempotency.js';
import { ensureWithinLimit } from '../auth/rate-limits.js';
import { askBot } from './bot/ask.js';
import { staffPublicName, stripControl } from '@cards/schema/rules';
import type { BotSource } from './bot/bot.js';
import { type BotOutcome, replyOutcome } from './bot/outcomes.js';
import { newEventId, type InquiryEventPayload } from './events.js';
import { describeHours, describeInstant, isOpen, nextOpening } from './working-hours.js';

export const MAX_MESSAGE_LENGTH = 1000;
export const MAX_COMMENT_LENGTH = 300;

/** The process's parts and who is asking (the GraphQL context is one; so is a job's or a script's). */
type Ctx = Deps & Requester;

export { inquiryAccessWhere, isOwner, ownerWhere };

const notFound = () => new UserError('咨询不存在或已删除', 'NOT_FOUND');

export async function findInquiry(ctx: Ctx, id: string): Promise<Inquiry> {
  const inquiry = await ctx.db.prisma.inquiry.findFirst({ where: { id, AND: [inquiryAccessWhere(ctx)] } });
  if (!inquiry) throw notFound();
  return inquiry;
}

function cleanText(text: string, field = 'text'): string {
  const clean = stripControl(text.replace(/\r\n?/g, '\n')).trim();
  if (!clean) throw new ValidationError([{ field, message: '请输入内容' }]);
  if ([...clean].length > MAX_MESSAGE_LENGTH) throw new ValidationError([{ field, message: `内容不能超过${MAX_MESSAGE_LENGTH}字` }]);
  return clean;
}

async function limit(ctx: Ctx, senderKey: string) {
  await ensureWithinLimit(ctx.services.rateLimits, 'inquiryMessagePerSender', senderKey);
  await ensureWithinLimit(ctx.services.rateLimits, 'inquiryMessagePerIp', ctx.ip);
}

interface NewMessage {
  author: InquiryAuthor;
  authorId?: string | null;
  text: string;
  sources?: BotSource[];
  offersHuman?: boolean;
  internal?: boolean;
  clientKey?: string | null;
  /** The bot's reply: tappable suggestions, the question it answered and how (for 机器人未解决). */
  suggestions?: string[];
  botQuestion?: string;
  botOutcome?: BotOutcome;
}

/** Appends messages with the next sequence numbers (the row update serialises concurrent senders). */
async function append(
  tx: Prisma.TransactionClient,
  inquiryId: string,
  messages: NewMessage[],
  data: Prisma.InquiryUpdateInput = {},
): Promise<InquiryMessage[]> {
  const { lastSeq } = await tx.inquiry.update({
    where: { id: inquiryId },
    data: { ...data, lastSeq: { increment: messages.length } },
    select: { lastSeq: true },
  });
  const first = lastSeq - messages.length + 1;
  const rows: InquiryMessage[] = [];
  for (const [i, m] of messages.entries()) {
    rows.push(
      await tx.inquiryMessage.create({
        data: {
          inquiryId,
          seq: first + i,
          author: m.author,
          authorId: m.authorId ?? null,
          text: m.text,
          sources: m.sources ? (m.sources as unknown as Prisma.InputJsonValue) : undefined,
          offersHuman: m.offersHuman ?? false,
          internal: m.internal ?? false,
          clientKey: m.clientKey ?? null,
          suggestions: m.suggestions ?? [],
          botQuestion: m.botQuestion ?? null,
          botOutcome: m.botOutcome ?? null,
        },
      }),
    );
  }
  return rows;
}

function publish(ctx: Ctx, events: InquiryEventPayload[], inbox = false) {
  const { pubsub } = ctx.services.inquiryEvents;
  for (const event of events) {
    pubsub.publish('inquiry', event.inquiryId, { ...event, eventId: newEventId() });
    if (inbox && event.kind !== 'TYPING' && !event.internal)
      pubsub.publish('inquiry-inbox', { kind: event.kind, inquiryId: event.inquiryId, eventId: newEventId() });
  }
}

const messageEvents = (rows: InquiryMessage[]): InquiryEventPayload[] =>
  rows.map((m) => ({ kind: 'MESSAGE', inquiryId: m.inquiryId, messageId: m.id, internal: m.internal }));

export interface SendResult {
  inquiry: Inquiry;
  /** The message sent and what answered it (the bot's reply, a hand-over notice). */
  messages: InquiryMessage[];
}

/**
 * A visitor's or official's message. Starts a conversation when `inquiryId` is null. While the bot
 * answers, it replies at once; asking for a person (转人工) queues the conversation.
 * `clientKey` makes a retried send return the first result instead of sending twice.
 */
export async function sendUserMessage(ctx: Ctx, input: { inquiryId: string | null; text: string; clientKey?: string | null }): Promise<SendResult> {
  const text = cleanText(input.text);
  const clientKey = idempotencyKey(input.clientKey);
  const owner = ctx.viewer.userId ? { userId: ctx.viewer.userId } : ctx.deviceId ? { deviceId: ctx.deviceId } : null;
  if (!owner) throw new UserError('请先登录或允许本设备标识后再咨询', 'NO_VIEWER');
  const prisma = ctx.db.prisma;

  let inquiry: Inquiry;
  if (input.inquiryId) {
    inquiry = await findOwned(ctx, input.inquiryId);
    if (clientKey) {
      const sent = await prisma.inquiryMessage.findUnique({ where: { inquiryId_clientKey: { inquiryId: inquiry.id, clientKey } } });
      if (sent) return replayOrAnswer(ctx, inquiry, sent);
    }
    if (inquiry.status === 'ENDED') throw new UserError('本次咨询已结束，请发起新的咨询', 'INQUIRY_ENDED');
  } else {
    if (clientKey) {
      const started = await prisma.inquiry.findUnique({ where: { clientKey } });
      if (started) {
        if (!isOwner(ctx, started)) throw new UserError('请求标识已被使用', 'DUPLICATE_KEY');
        const first = await prisma.inquiryMessage.findFirst({ where: { inquiryId: started.id, seq: 1 } });
        if (first) return replayOrAnswer(ctx, started, first);
      }
    }
    await limit(ctx, ctx.viewer.userId ?? ctx.deviceId!);
    try {
      const created = await prisma.$transaction(async (tx) => {
        const row = await tx.inquiry.create({ data: { ...owner, clientKey, subject: text.slice(0, 80) } });
        const [message] = await append(tx, row.id, [{ author: 'USER', authorId: ctx.viewer.userId, text, clientKey }]);
        return { inquiry: await tx.inquiry.findUniqueOrThrow({ where: { id: row.id } }), message };
      });
      publish(ctx, messageEvents([created.message]));
      const replies = await botTurn(ctx, created.inquiry, created.message);
      return { inquiry: await prisma.inquiry.findUniqueOrThrow({ where: { id: created.inquiry.id } }), messages: [created.message, ...replies] };
    } catch (err) {
      // The same key sent twice at once: the loser returns the winner's result.
      if (clientKey && isUniqueViolation(err)) return sendUserMessage(ctx, input);
      throw err;
    }
  }

  await limit(ctx, ctx.viewer.userId ?? ctx.deviceId!);
  let message: InquiryMessage;
  try {
    [message] = await prisma.$transaction((tx) => append(tx, inquiry.id, [{ author: 'USER', authorId: ctx.viewer.userId, text, clientKey }]));
  } catch (err) {
    if (clientKey && isUniqueViolation(err)) return sendUserMessage(ctx, input);
    throw err;
  }
  publish(ctx, messageEvents([message]), inquiry.status !== 'BOT');
  const replies = inquiry.status === 'BOT' ? await botTurn(ctx, inquiry, message) : [];
  return { inquiry: await prisma.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } }), messages: [message, ...replies] };
}

async function findOwned(ctx: Ctx, id: string): Promise<Inquiry> {
  const inquiry = await ctx.db.prisma.inquiry.findFirst({ where: { id, AND: [ownerWhere(ctx)] } });
  if (!inquiry) throw notFound();
  return inquiry;
}

/** A retried send: what followed the first attempt, or the bot's turn if the first attempt died before it. */
async function replayOrAnswer(ctx: Ctx, inquiry: Inquiry, sent: InquiryMessage): Promise<SendResult> {
  const after = await ctx.db.prisma.inquiryMessage.findMany({
    where: { inquiryId: inquiry.id, seq: { gt: sent.seq }, internal: false },
    orderBy: { seq: 'asc' },
    take: 2,
  });
  const current = await ctx.db.prisma.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } });
  if (!after.length && current.status === 'BOT') {
    const replies = await botTurn(ctx, current, sent);
    return { inquiry: await ctx.db.prisma.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } }), messages: [sent, ...replies] };
  }
  return { inquiry: current, messages: [sent, ...after.filter((m) => m.author !== 'USER')] };
}

/** The bot answers a message; an explicit request for a person queues the conversation. */
async function botTurn(ctx: Ctx, inquiry: Inquiry, question: InquiryMessage): Promise<InquiryMessage[]> {
  const answer = await askBot(ctx, question.text);
  if (answer.handoff && answer.confident) {
    const rows = await queue(ctx, inquiry.id, { author: 'BOT', text: answer.text, botQuestion: question.text, botOutcome: 'HANDOFF' });
    return rows;
  }
  // One reply per question, even when a retry races the first attempt: the reply carries a key
  // no client can send (':' is not allowed in client keys), unique within the conversation.
  const replyKey = `bot:reply:${question.seq}`;
  try {
    const rows = await ctx.db.prisma.$transaction((tx) =>
      append(tx, inquiry.id, [
        {
          author: 'BOT',
          text: answer.text,
          sources: answer.sources,
          suggestions: answer.suggestions,
          offersHuman: answer.handoff,
          clientKey: replyKey,
          botQuestion: question.text,
          botOutcome: replyOutcome(answer),
        },
      ]),
    );
    publish(ctx, messageEvents(rows));
    return rows;
  } catch (err) {
    if (isUniqueViolation(err)) return ctx.db.prisma.inquiryMessage.findMany({ where: { inquiryId: inquiry.id, clientKey: replyKey } });
    throw err;
  }
}

/** What the visitor is told when queued: now, or when someone will be at work. */
function queueNotice(ctx: Ctx, now: Date): string {
  const hours = ctx.services.config.inquiryHours;
  if (isOpen(hours, now)) return '已为您转接人工客服，请稍候，工作人员接入后会在这里回复您。';
  return `现在是非工作时间（服务时间：${describeHours(hours)}）。您的问题已登记，工作人员将于${describeInstant(hours, nextOpening(hours, now))}后回复。您可以先离开，回复会保存在咨询记录中。`;
}

/** BOT → QUEUED, with the bot's acknowledgement (when the visitor typed 转人工) and a notice. */
async function queue(ctx: Ctx, inquiryId: string, botReply?: NewMessage): Promise<InquiryMessage[]> {
  const now = new Date();
  const rows = await ctx.db.prisma.$transaction(async (tx) => {
    const moved = await tx.inquiry.updateMany({ where: { id: inquiryId, status: 'BOT' }, data: { status: 'QUEUED', queuedAt: now } });
    if (moved.count === 0) return [];
    const messages: NewMessage[] = [...(botReply ? [botReply] : []), { author: 'SYSTEM', text: queueNotice(ctx, now) }];
    return append(tx, inquiryId, messages);
  });
  if (rows.length) publish(ctx, [...messageEvents(rows), { kind: 'STATUS', inquiryId }], true);
  return rows;
}

/** The visitor asks for a person (the 转人工 button). */
export async function requestHuman(ctx: Ctx, id: string): Promise<Inquiry> {
  const inquiry = await findOwned(ctx, id);
  if (inquiry.status === 'ENDED') throw new UserError('本次咨询已结束，请发起新的咨询', 'INQUIRY_ENDED');
  if (inquiry.status === 'BOT') await queue(ctx, inquiry.id);
  return ctx.db.prisma.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } });
}

function staffName(ctx: Ctx): Promise<string> {
  return ctx.db.prisma.user
    .findUniqueOrThrow({ where: { id: requireUserId(ctx.viewer) }, select: { displayName: true, staffNumber: true } })
    .then((u) => staffPublicName(u));
}

/** QUEUED → HUMAN: exactly one staff member gets it, however many try at once. */
export async function takeInquiry(ctx: Ctx, id: string): Promise<Inquiry> {
  const inquiry = await findInquiry(ctx, id);
  const name = await staffName(ctx);
  const rows = await ctx.db.prisma.$transaction(async (tx) => {
    const taken = await tx.inquiry.updateMany({
      where: { id: inquiry.id, status: 'QUEUED' },
      data: { status: 'HUMAN', staffId: ctx.viewer.userId, takenAt: new Date() },
    });
    if (taken.count === 0) return null;
    return append(tx, inquiry.id, [{ author: 'SYSTEM', text: `工作人员${name}已接入，为您服务。` }]);
  });
  if (!rows) {
    const current = await ctx.db.prisma.inquiry.findUniqueOrThrow({
      where: { id: inquiry.id },
      include: { staff: { select: { displayName: true, staffNumber: true } } },
    });
    if (current.status === 'HUMAN' && current.staffId === ctx.viewer.userId) return current;
    if (current.status === 'HUMAN') throw new UserError(`该咨询已由${current.staff ? staffPublicName(current.staff) : '其他工作人员'}接待`, 'ALREADY_TAKEN');
    throw new UserError(current.status === 'ENDED' ? '该咨询已结束' : '该咨询还没有转人工', 'NOT_QUEUED');
  }
  publish(ctx, [...messageEvents(rows), { kind: 'STATUS', inquiryId: inquiry.id }], true);
  await announceQueue(ctx);
  return ctx.db.prisma.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } });
}

/** Everyone still waiting moves up one place: tell them (the first 100; later ones see it on reload). */
async function announceQueue(ctx: Ctx) {
  const waiting = await ctx.db.prisma.inquiry.findMany({
    where: { status: 'QUEUED' },
    orderBy: [{ queuedAt: 'asc' }, { id: 'asc' }],
    select: { id: true },
    take: 100,
  });
  publish(
    ctx,
    waiting.map((w) => ({ kind: 'QUEUE' as const, inquiryId: w.id })),
  );
}

function assertAnswering(ctx: Ctx, inquiry: Inquiry) {
  if (inquiry.status === 'ENDED') throw new UserError('该咨询已结束', 'INQUIRY_ENDED');
  if (inquiry.status !== 'HUMAN') throw new UserError('请先接待该咨询再回复', 'NOT_TAKEN');
  if (inquiry.staffId !== ctx.viewer.userId) throw new UserError('该咨询由其他工作人员接待', 'ALREADY_TAKEN');
}

/** A staff reply (or, with `internal`, a private note that the visitor never sees). */
export async function sendStaffMessage(
  ctx: Ctx,
  input: { inquiryId: string; text: string; clientKey?: string | null; internal?: boolean },
  loaded?: Inquiry,
): Promise<SendResult> {
  const text = cleanText(input.text);
  const clientKey = idempotencyKey(input.clientKey);
  const inquiry = loaded ?? (await findInquiry(ctx, input.inquiryId));
  if (clientKey) {
    const sent = await ctx.db.prisma.inquiryMessage.findUnique({ where: { inquiryId_clientKey: { inquiryId: inquiry.id, clientKey } } });
    if (sent) return { inquiry, messages: [sent] };
  }
  // Notes may be left on any conversation; replies only by the one who took it.
  if (!input.internal) assertAnswering(ctx, inquiry);
  try {
    const [message] = await ctx.db.prisma.$transaction((tx) =>
      append(
        tx,
        inquiry.id,
        [{ author: 'STAFF', authorId: ctx.viewer.userId, text, internal: !!input.internal, clientKey }],
        input.internal || inquiry.firstResponseAt ? {} : { firstResponseAt: new Date() },
      ),
    );
    publish(ctx, messageEvents([message]), true);
    return { inquiry: await ctx.db.prisma.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } }), messages: [message] };
  } catch (err) {
    if (clientKey && isUniqueViolation(err)) return sendStaffMessage(ctx, input);
    throw err;
  }
}

/** `sendInquiryMessage`: staff reply to others' conversations; everyone else speaks as the person asking. */
export async function sendMessage(ctx: Ctx, input: { inquiryId: string | null; text: string; clientKey?: string | null }): Promise<SendResult> {
  if (input.inquiryId && answersOthers(ctx.viewer)) {
    const inquiry = await findInquiry(ctx, input.inquiryId);
    if (answersAsStaff(ctx, inquiry)) return sendStaffMessage(ctx, { ...input, inquiryId: inquiry.id }, inquiry);
  }
  return sendUserMessage(ctx, input);
}

/** → ENDED, by the person asking or by staff (not by another staff member while one is answering). */
export async function endInquiry(ctx: Ctx, id: string): Promise<Inquiry> {
  const inquiry = await findInquiry(ctx, id);
  const owner = isOwner(ctx, inquiry);
  if (!owner && inquiry.status === 'HUMAN' && inquiry.staffId !== ctx.viewer.userId) throw new UserError('该咨询由其他工作人员接待', 'ALREADY_TAKEN');
  if (inquiry.status === 'ENDED') return inquiry;
  const rows = await ctx.db.prisma.$transaction(async (tx) => {
    const ended = await tx.inquiry.updateMany({ where: { id: inquiry.id, status: { not: 'ENDED' } }, data: { status: 'ENDED', endedAt: new Date() } });
    if (ended.count === 0) return [];
    return append(tx, inquiry.id, [
      { author: 'SYSTEM', text: owner ? '您已结束本次咨询，欢迎为本次服务评分。' : '工作人员已结束本次咨询，欢迎为本次服务评分。' },
    ]);
  });
  if (rows.length) {
    publish(ctx, [...messageEvents(rows), { kind: 'STATUS', inquiryId: inquiry.id }], true);
    if (inquiry.status === 'QUEUED') await announceQueue(ctx);
  }
  return ctx.db.prisma.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } });
}

/** The satisfaction rating, once, after the conversation ended. */
export async function rateInquiry(ctx: Ctx, input: { inquiryId: string; score: number; comment?: string | null }): Promise<Inquiry> {
  const inquiry = await findOwned(ctx, input.inquiryId);
  const errors: { field: string; message: string }[] = [];
  if (!Number.isInteger(input.score) || input.score < 1 || input.score > 5) errors.push({ field: 'score', message: '评分须为1到5分' });
  const comment = input.comment ? stripControl(input.comment).trim() || null : null;
  if (comment && [...comment].length > MAX_COMMENT_LENGTH) errors.push({ field: 'comment', message: `评价不能超过${MAX_COMMENT_LENGTH}字` });
  if (errors.length) throw new ValidationError(errors);
  if (inquiry.status !== 'ENDED') throw new UserError('咨询结束后才能评价', 'NOT_ENDED');
  const rated = await ctx.db.prisma.inquiry.updateMany({
    where: { id: inquiry.id, ratedAt: null },
    data: { rating: input.score, ratingComment: comment, ratedAt: new Date() },
  });
  if (rated.count === 0) throw new UserError('您已评价过本次咨询', 'ALREADY_RATED');
  publish(ctx, [{ kind: 'STATUS', inquiryId: inquiry.id }], true);
  return ctx.db.prisma.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } });
}

/** "Typing…": published, never stored. */
export async function setTyping(ctx: Ctx, id: string, active: boolean): Promise<boolean> {
  const inquiry = await findInquiry(ctx, id);
  const by = isOwner(ctx, inquiry) ? 'USER' : 'STAFF';
  if (by === 'STAFF' && inquiry.staffId !== ctx.viewer.userId) return false;
  if (inquiry.status === 'ENDED') return false;
  publish(ctx, [{ kind: 'TYPING', inquiryId: inquiry.id, typing: { by, active } }]);
  return true;
}

/**
 * 1 for the next to be taken; null unless waiting. Positions asked for together (a list of
 * conversations) are read in one query; nothing is cached, so a live subscription always reads anew.
 */
export function queuePosition(ctx: Pick<Deps, 'db'>, inquiry: Pick<Inquiry, 'id' | 'status' | 'queuedAt'>): Promise<number | null> | null {
  if (inquiry.status !== 'QUEUED' || !inquiry.queuedAt) return null;
  // A row shared by the subscribers of one live event is asked once for all of them.
  const known = positionOfRow.get(inquiry);
  if (known) return known;
  const position = loadPosition(ctx, inquiry.id);
  positionOfRow.set(inquiry, position);
  return position;
}

function loadPosition(ctx: Pick<Deps, 'db'>, id: string): Promise<number | null> {
  let loader = positionLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader<string, number | null>(
      async (ids) => {
        const rows = await ctx.db.prisma.$queryRaw<{ id: string; position: bigint }[]>`
          SELECT id, position FROM (
            SELECT id, row_number() OVER (ORDER BY "queuedAt", id) AS position FROM "Inquiry" WHERE status = 'QUEUED'
          ) q WHERE id = ANY(${[...ids]})`;
        const byId = new Map(rows.map((r) => [r.id, Number(r.position)]));
        return ids.map((id) => byId.get(id) ?? null);
      },
      { cache: false },
    );
    positionLoaders.set(ctx, loader);
  }
  return loader.load(id);
}

const positionLoaders = new WeakMap<object, DataLoader<string, number | null>>();
const positionOfRow = new WeakMap<object, Promise<number | null>>();
