// The staff side of inquiries: the queue, their own conversations, the figures, canned replies,
// and the FAQ the bot answers from.
import crypto from 'node:crypto';
import { builder } from '../../schema/builder.js';
import { UserError, ValidationError } from '../../schema/errors.js';
import { invalidateBot } from './bot/bot-cache.js';
import { inquiryStats, type InquiryStats } from './stats.js';
import { stripControl } from '@cards/schema/rules';

/** Staff text as stored: control and bidi-override characters dropped (schema/rules). */
function cleanFaqInput<
  T extends { category: string; question: string; alternatives: string[]; answer: string; sourceTitle: string; sourceUrl?: string | null },
>(input: T): T {
  return {
    ...input,
    category: stripControl(input.category),
    question: stripControl(input.question),
    alternatives: input.alternatives.map(stripControl),
    answer: stripControl(input.answer),
    sourceTitle: stripControl(input.sourceTitle),
    sourceUrl: input.sourceUrl == null ? input.sourceUrl : stripControl(input.sourceUrl),
  };
}

const staffOnly = { staff: true } as const;

builder.queryFields((t) => ({
  inquiryQueue: t.prismaField({
    type: ['Inquiry'],
    description: 'Conversations waiting for a person, oldest first.',
    authScopes: staffOnly,
    resolve: (query, _root, _args, ctx) =>
      ctx.db.prisma.inquiry.findMany({ ...query, where: { status: 'QUEUED' }, orderBy: [{ queuedAt: 'asc' }, { id: 'asc' }], take: 200 }),
  }),
  myActiveInquiries: t.prismaField({
    type: ['Inquiry'],
    description: 'Conversations the signed-in staff member is answering.',
    authScopes: staffOnly,
    resolve: (query, _root, _args, ctx) =>
      ctx.db.prisma.inquiry.findMany({ ...query, where: { status: 'HUMAN', staffId: ctx.viewer.userId }, orderBy: { updatedAt: 'desc' }, take: 100 }),
  }),
  recentInquiries: t.prismaField({
    type: ['Inquiry'],
    description: 'Latest conversations of any state (for looking back), newest first.',
    authScopes: staffOnly,
    args: { first: t.arg.int({ defaultValue: 30 }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.prisma.inquiry.findMany({ ...query, orderBy: { updatedAt: 'desc' }, take: Math.min(Math.max(args.first ?? 30, 1), 100) }),
  }),
}));

const InquiryStatsRef = builder.objectRef<InquiryStats>('InquiryStats').implement({
  fields: (t) => ({
    days: t.exposeInt('days'),
    conversations: t.exposeInt('conversations'),
    botResolvedShare: t.exposeFloat('botResolvedShare', { description: '0–1: settled by the bot, never handed over.' }),
    handoffRate: t.exposeFloat('handoffRate', { description: '0–1: handed over to a person.' }),
    waitingNow: t.exposeInt('waitingNow'),
    firstResponseMedianSeconds: t.exposeFloat('firstResponseMedianSeconds', {
      nullable: true,
      description: 'From joining the queue to a person’s first reply.',
    }),
    firstResponseAverageSeconds: t.exposeFloat('firstResponseAverageSeconds', { nullable: true }),
    satisfactionAverage: t.exposeFloat('satisfactionAverage', { nullable: true, description: '1–5.' }),
    ratings: t.exposeInt('ratings'),
  }),
});

builder.queryField('inquiryStats', (t) =>
  t.field({
    type: InquiryStatsRef,
    authScopes: staffOnly,
    args: { days: t.arg.int({ defaultValue: 30 }) },
    resolve: (_root, args, ctx) => inquiryStats(ctx, Math.min(Math.max(args.days ?? 30, 1), 366)),
  }),
);

// Canned replies ------------------------------------------------------------------------------

const CannedReplyRef = builder.prismaObject('CannedReply', {
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    text: t.exposeString('text', { description: 'May contain {姓名} (the person asking) and {工作人员} (you).' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

function checkCanned(title: string, text: string) {
  const errors: { field: string; message: string }[] = [];
  if (!title.trim()) errors.push({ field: 'title', message: '请填写标题' });
  else if ([...title.trim()].length > 30) errors.push({ field: 'title', message: '标题不能超过30字' });
  if (!text.trim()) errors.push({ field: 'text', message: '请填写回复内容' });
  else if ([...text.trim()].length > 1000) errors.push({ field: 'text', message: '回复内容不能超过1000字' });
  if (errors.length) throw new ValidationError(errors);
}

builder.queryField('cannedReplies', (t) =>
  t.prismaField({
    type: ['CannedReply'],
    authScopes: staffOnly,
    resolve: (query, _r, _a, ctx) => ctx.db.prisma.cannedReply.findMany({ ...query, orderBy: { title: 'asc' } }),
  }),
);

builder.mutationFields((t) => ({
  saveCannedReply: t.prismaField({
    type: 'CannedReply',
    description: 'Creates (without id) or updates a canned reply.',
    authScopes: staffOnly,
    errors: { types: [ValidationError, UserError] },
    args: { id: t.arg.id(), title: t.arg.string({ required: true }), text: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const data = { title: stripControl(args.title).trim(), text: stripControl(args.text).trim() };
      checkCanned(data.title, data.text);
      if (!args.id) return ctx.db.prisma.cannedReply.create({ ...query, data });
      const updated = await ctx.db.prisma.cannedReply.updateMany({ where: { id: String(args.id) }, data });
      if (!updated.count) throw new UserError('快捷回复不存在', 'NOT_FOUND');
      return ctx.db.prisma.cannedReply.findUniqueOrThrow({ ...query, where: { id: String(args.id) } });
    },
  }),
  deleteCannedReply: t.boolean({
    authScopes: staffOnly,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => (await ctx.db.prisma.cannedReply.deleteMany({ where: { id: String(args.id) } })).count === 1,
  }),
}));

// The FAQ ----------------------------------------------------------------------------------

const FaqRef = builder.prismaObject('Faq', {
  fields: (t) => ({
    id: t.exposeID('id'),
    key: t.exposeString('key'),
    category: t.exposeString('category'),
    question: t.exposeString('question'),
    alternatives: t.exposeStringList('alternatives', { description: 'Other ways people ask the same thing.' }),
    answer: t.exposeString('answer'),
    answerEn: t.exposeString('answerEn', { nullable: true, description: 'The answer to questions asked in English.' }),
    sourceTitle: t.exposeString('sourceTitle', { description: 'Where the answer comes from (shown with it).' }),
    sourceUrl: t.exposeString('sourceUrl', { nullable: true }),
    published: t.exposeBoolean('published', { description: 'Only published entries are answered from.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const FaqInput = builder.inputType('FaqInput', {
  fields: (t) => ({
    category: t.string({ required: true }),
    question: t.string({ required: true }),
    alternatives: t.stringList({ required: true }),
    answer: t.string({ required: true }),
    sourceTitle: t.string({ required: true }),
    sourceUrl: t.string(),
    published: t.boolean({ required: true }),
  }),
});

builder.queryField('faqs', (t) =>
  t.prismaField({
    type: ['Faq'],
    description: 'The whole FAQ, unpublished entries included (staff).',
    authScopes: staffOnly,
    resolve: (query, _r, _a, ctx) => ctx.db.prisma.faq.findMany({ ...query, orderBy: [{ category: 'asc' }, { key: 'asc' }] }),
  }),
);

builder.mutationField('saveFaq', (t) =>
  t.prismaField({
    type: 'Faq',
    description: 'Creates (without id) or updates an FAQ entry; the bot answers from the new text at once.',
    authScopes: staffOnly,
    errors: { types: [ValidationError, UserError] },
    args: { id: t.arg.id(), input: t.arg({ type: FaqInput, required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const input = cleanFaqInput(args.input);
      const alternatives = [...new Set(input.alternatives.map((a) => a.trim()).filter(Boolean))];
      const errors: { field: string; message: string }[] = [];
      const len = (s: string) => [...s.trim()].length;
      if (!len(input.question) || len(input.question) > 100) errors.push({ field: 'question', message: '问题须为1–100字' });
      if (!len(input.answer) || len(input.answer) > 2000) errors.push({ field: 'answer', message: '答案须为1–2000字' });
      if (!len(input.category) || len(input.category) > 30) errors.push({ field: 'category', message: '请填写分类' });
      if (!len(input.sourceTitle) || len(input.sourceTitle) > 100) errors.push({ field: 'sourceTitle', message: '请注明答案出处' });
      if (alternatives.length > 30 || alternatives.some((a) => [...a].length > 100))
        errors.push({ field: 'alternatives', message: '其他问法最多30条，每条不超过100字' });
      if (input.sourceUrl && !/^(https?:\/\/|\/)/.test(input.sourceUrl)) errors.push({ field: 'sourceUrl', message: '出处链接须以 http(s):// 或 / 开头' });
      if (errors.length) throw new ValidationError(errors);
      const data = {
        category: input.category.trim(),
        question: input.question.trim(),
        alternatives,
        answer: input.answer.trim(),
        sourceTitle: input.sourceTitle.trim(),
        sourceUrl: input.sourceUrl?.trim() || null,
        published: input.published,
      };
      // biome-ignore lint/suspicious/noImplicitAnyLet: its type is the selection's, set by either branch
      let saved;
      if (args.id) {
        const updated = await ctx.db.prisma.faq.updateMany({ where: { id: String(args.id) }, data });
        if (!updated.count) throw new UserError('该问答不存在', 'NOT_FOUND');
        saved = await ctx.db.prisma.faq.findUniqueOrThrow({ ...query, where: { id: String(args.id) } });
      } else {
        saved = await ctx.db.prisma.faq.create({ ...query, data: { ...data, key: `staff-${crypto.randomBytes(5).toString('hex')}` } });
      }
      invalidateBot(ctx.db.prisma);
      return saved;
    },
  }),
);
