// Inquiries (咨询): the bot alone, and conversations with the bot and then a person.
import { staffPublicName } from '@cards/schema/rules';
import { InquiryAuthor, InquiryStatus } from '../../generated/prisma/enums.js';
import { builder } from '../../schema/builder.js';
import { UserError, ValidationError } from '../../schema/errors.js';
import { localIdOf, requireLocalId } from '../../schema/ids.js';
import { messageVisibleWhere } from './inquiries.policy.js';
import { askBot } from './bot/ask.js';
import type { BotAnswer, BotSource } from './bot/bot.js';
import * as conversations from './inquiries.service.js';

export const BotSourceRef = builder.objectRef<BotSource>('BotSource').implement({
  fields: (t) => ({ title: t.exposeString('title'), url: t.exposeString('url', { nullable: true }) }),
});

const BotAnswerRef = builder.objectRef<BotAnswer>('BotAnswer').implement({
  fields: (t) => ({
    text: t.exposeString('text'),
    confident: t.exposeBoolean('confident', { description: 'False when the bot is not sure; it then offers a person.' }),
    handoff: t.exposeBoolean('handoff', { description: 'True when a person should take over (asked for, or not sure).' }),
    sources: t.field({ type: [BotSourceRef], resolve: (a) => a.sources }),
    suggestions: t.exposeStringList('suggestions', {
      description: 'The bot was not sure: questions to tap and ask instead (您是不是想问…). Never sources.',
    }),
  }),
});

builder.queryField('botAnswer', (t) =>
  t.field({
    type: BotAnswerRef,
    description: 'The bot alone, no conversation kept: an answer from the FAQ or the card catalogue, with its sources.',
    args: { question: t.arg.string({ required: true, maxLength: conversations.MAX_MESSAGE_LENGTH }) },
    resolve: (_root, args, ctx) => askBot(ctx, args.question),
  }),
);

export const InquiryStatusEnum = builder.enumType(InquiryStatus, { name: 'InquiryStatus' });
const InquiryAuthorEnum = builder.enumType(InquiryAuthor, { name: 'InquiryAuthor' });

export const InquiryMessageRef = builder.prismaObject('InquiryMessage', {
  fields: (t) => ({
    id: t.exposeID('id'),
    seq: t.exposeInt('seq', { description: '1, 2, 3… within the conversation; fetch missed ones with messages(afterSeq).' }),
    author: t.expose('author', { type: InquiryAuthorEnum }),
    text: t.exposeString('text'),
    sources: t.field({
      type: [BotSourceRef],
      select: { sources: true },
      resolve: (m) => (Array.isArray(m.sources) ? (m.sources as unknown as BotSource[]) : []),
    }),
    offersHuman: t.exposeBoolean('offersHuman', { description: 'The bot was not sure: offer the 转人工 button.' }),
    internal: t.exposeBoolean('internal', { description: 'A private staff note (only staff ever receive these).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const maskPhone = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

export const InquiryNode = builder.prismaNode('Inquiry', {
  id: { field: 'id' },
  findUnique: (id, ctx) => ({ id, AND: [conversations.inquiryAccessWhere(ctx)] }),
  fields: (t) => ({
    status: t.expose('status', { type: InquiryStatusEnum }),
    subject: t.exposeString('subject', { description: 'The first question.' }),
    lastSeq: t.exposeInt('lastSeq', { description: 'Sequence number of the latest message.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    queuedAt: t.expose('queuedAt', { type: 'DateTime', nullable: true, description: 'When it joined the queue for a person.' }),
    takenAt: t.expose('takenAt', { type: 'DateTime', nullable: true }),
    endedAt: t.expose('endedAt', { type: 'DateTime', nullable: true }),
    queuePosition: t.int({
      nullable: true,
      description: 'While QUEUED: 1 for the next to be answered.',
      select: { id: true, status: true, queuedAt: true },
      resolve: (i, _a, ctx) => conversations.queuePosition(ctx, i),
    }),
    askerName: t.string({
      description: 'How staff address the person asking ({姓名} in canned replies).',
      select: { user: { select: { displayName: true, phone: true, role: true } } },
      resolve: (i) => i.user?.displayName || (i.user?.phone ? maskPhone(i.user.phone) : '访客'),
    }),
    askerPersonalName: t.string({
      nullable: true,
      description: 'The name the person gave, if any (not a masked phone or 访客): {姓名} in canned replies.',
      select: { user: { select: { displayName: true } } },
      resolve: (i) => i.user?.displayName?.trim() || null,
    }),
    askerIsOfficial: t.boolean({ select: { user: { select: { role: true } } }, resolve: (i) => i.user?.role === 'OFFICIAL' }),
    staffName: t.string({
      nullable: true,
      description: 'The answering staff member as citizens see them: display name and 工号, e.g. "李明（工号 A012）" (never the sign-in account).',
      select: { staff: { select: { displayName: true, staffNumber: true } } },
      resolve: (i) => (i.staff ? staffPublicName(i.staff) : null),
    }),
    takenByViewer: t.boolean({ select: { staffId: true }, resolve: (i, _a, ctx) => !!ctx.viewer.userId && i.staffId === ctx.viewer.userId }),
    rating: t.exposeInt('rating', { nullable: true }),
    ratingComment: t.exposeString('ratingComment', { nullable: true }),
    messages: t.relation('messages', {
      description: 'Oldest first. Pass afterSeq to get only what came after a message the client has.',
      args: { afterSeq: t.arg.int({ defaultValue: 0 }) },
      query: (args, ctx) => ({
        where: { seq: { gt: args.afterSeq ?? 0 }, ...messageVisibleWhere(ctx.viewer) },
        orderBy: { seq: 'asc' },
        take: 500,
      }),
    }),
    lastMessage: t.field({
      type: InquiryMessageRef,
      nullable: true,
      description: 'The latest message the viewer may see (for lists).',
      // nestedSelection: the message's own fields come in the same query (else one more read per row).
      select: (_args, ctx, nestedSelection) => ({
        messages: nestedSelection({ where: messageVisibleWhere(ctx.viewer), orderBy: { seq: 'desc' }, take: 1 }),
      }),
      resolve: (i) => i.messages[0] ?? null,
    }),
  }),
});

export const inquiryId = (globalId: string) => requireLocalId(globalId, 'Inquiry', () => new UserError('咨询不存在或已删除', 'NOT_FOUND'));

const SendResultRef = builder.objectRef<conversations.SendResult>('SendInquiryMessageResult').implement({
  fields: (t) => ({
    inquiry: t.field({ type: InquiryNode, resolve: (r) => r.inquiry }),
    messages: t.field({ type: [InquiryMessageRef], description: 'The message sent, then what answered it (the bot, a notice).', resolve: (r) => r.messages }),
  }),
});

builder.queryFields((t) => ({
  inquiry: t.prismaField({
    type: 'Inquiry',
    nullable: true,
    description: 'One conversation: your own, or any for staff.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) => {
      const id = localIdOf(args.id, 'Inquiry');
      return id ? ctx.db.prisma.inquiry.findFirst({ ...query, where: { id, AND: [conversations.inquiryAccessWhere(ctx)] } }) : null;
    },
  }),
  myInquiries: t.prismaField({
    type: ['Inquiry'],
    description: 'Your conversations (signed in: by account; signed out: by this device), newest first.',
    args: { first: t.arg.int({ defaultValue: 20 }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.prisma.inquiry.findMany({
        ...query,
        where: conversations.ownerWhere(ctx),
        orderBy: { createdAt: 'desc' },
        take: Math.min(Math.max(args.first ?? 20, 1), 50),
      }),
  }),
}));

builder.mutationFields((t) => ({
  sendInquiryMessage: t.field({
    type: SendResultRef,
    description:
      'Sends a message. Without inquiryId it starts a conversation. The person asking gets the bot’s answer at once while the bot answers; ' +
      'staff reply to a conversation they took. A retry with the same clientKey returns the first result instead of sending twice.',
    errors: { types: [ValidationError, UserError] },
    args: { inquiryId: t.arg.id(), text: t.arg.string({ required: true }), clientKey: t.arg.string() },
    resolve: (_root, args, ctx) =>
      conversations.sendMessage(ctx, { inquiryId: args.inquiryId ? inquiryId(args.inquiryId) : null, text: args.text, clientKey: args.clientKey }),
  }),
  requestInquiryHuman: t.prismaField({
    type: 'Inquiry',
    description: 'Hands the conversation to a person (转人工): it joins the queue.',
    errors: { types: [UserError] },
    args: { inquiryId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const inquiry = await conversations.requestHuman(ctx, inquiryId(args.inquiryId));
      return ctx.db.prisma.inquiry.findUniqueOrThrow({ ...query, where: { id: inquiry.id } });
    },
  }),
  endInquiry: t.prismaField({
    type: 'Inquiry',
    description: 'Ends the conversation (the person asking, or the staff member answering).',
    errors: { types: [UserError] },
    args: { inquiryId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const inquiry = await conversations.endInquiry(ctx, inquiryId(args.inquiryId));
      return ctx.db.prisma.inquiry.findUniqueOrThrow({ ...query, where: { id: inquiry.id } });
    },
  }),
  rateInquiry: t.prismaField({
    type: 'Inquiry',
    description: 'Satisfaction, 1–5 with an optional comment, once after the conversation ended.',
    errors: { types: [ValidationError, UserError] },
    args: { inquiryId: t.arg.id({ required: true }), score: t.arg.int({ required: true }), comment: t.arg.string() },
    resolve: async (query, _root, args, ctx) => {
      const inquiry = await conversations.rateInquiry(ctx, { inquiryId: inquiryId(args.inquiryId), score: args.score, comment: args.comment });
      return ctx.db.prisma.inquiry.findUniqueOrThrow({ ...query, where: { id: inquiry.id } });
    },
  }),
  setInquiryTyping: t.boolean({
    description: 'Tells the other side you are typing (not stored). False when nobody is listening for it.',
    errors: { types: [UserError], directResult: false },
    args: { inquiryId: t.arg.id({ required: true }), active: t.arg.boolean({ required: true }) },
    resolve: (_root, args, ctx) => conversations.setTyping(ctx, inquiryId(args.inquiryId), args.active),
  }),
  takeInquiry: t.prismaField({
    type: 'Inquiry',
    description: 'Staff take a waiting conversation; when two try at once, exactly one gets it.',
    authScopes: { staff: true },
    errors: { types: [UserError] },
    args: { inquiryId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const inquiry = await conversations.takeInquiry(ctx, inquiryId(args.inquiryId));
      return ctx.db.prisma.inquiry.findUniqueOrThrow({ ...query, where: { id: inquiry.id } });
    },
  }),
  addInquiryNote: t.field({
    type: InquiryMessageRef,
    description: 'A private note on a conversation, seen by staff only.',
    authScopes: { staff: true },
    errors: { types: [ValidationError, UserError] },
    args: { inquiryId: t.arg.id({ required: true }), text: t.arg.string({ required: true }), clientKey: t.arg.string() },
    resolve: async (_root, args, ctx) => {
      const result = await conversations.sendStaffMessage(ctx, {
        inquiryId: inquiryId(args.inquiryId),
        text: args.text,
        clientKey: args.clientKey,
        internal: true,
      });
      return result.messages[0];
    },
  }),
}));
