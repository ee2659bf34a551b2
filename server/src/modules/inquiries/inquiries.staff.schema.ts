// The staff side of inquiries: the queue, their own conversations, the figures, canned replies,
// and the FAQ the bot answers from.
import { builder } from '../../schema/builder.js';
import { UserError, ValidationError } from '../../schema/errors.js';
import * as staff from './inquiries.staff.service.js';
import { inquiryStats, type InquiryStats } from './stats.js';

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
    resolve: async (query, _root, args, ctx) =>
      ctx.db.prisma.cannedReply.findUniqueOrThrow({
        ...query,
        where: { id: await staff.saveCannedReply(ctx, ctx.viewer, { id: args.id == null ? null : String(args.id), title: args.title, text: args.text }) },
      }),
  }),
  deleteCannedReply: t.boolean({
    authScopes: staffOnly,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => staff.deleteCannedReply(ctx, ctx.viewer, { id: String(args.id) }),
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
    resolve: async (query, _root, args, ctx) =>
      ctx.db.prisma.faq.findUniqueOrThrow({
        ...query,
        where: { id: await staff.saveFaq(ctx, ctx.viewer, { id: args.id == null ? null : String(args.id), input: args.input }) },
      }),
  }),
);
