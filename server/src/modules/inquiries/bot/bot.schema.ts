// The bot's feedback and what it missed: 👍/👎 on an answer (the person asking), the list
// 机器人未解决 and turning it into FAQ wording in one step (staff).
import { builder } from '../../../schema/builder.js';
import { UserError, ValidationError } from '../../../schema/errors.js';
import { type BotMissGroup, botMisses, rateBotAnswer, teachBot } from './feedback.js';
import { type BotOutcome, RATABLE_OUTCOMES } from './outcomes.js';

interface BotFeedback {
  helpful: boolean;
  reason: string | null;
  at: Date;
}

const BotFeedbackRef = builder.objectRef<BotFeedback>('BotFeedback').implement({
  description: 'The asker’s 👍/👎 on a bot answer.',
  fields: (t) => ({
    helpful: t.exposeBoolean('helpful'),
    reason: t.exposeString('reason', { nullable: true }),
    at: t.expose('at', { type: 'DateTime' }),
  }),
});

builder.prismaObjectFields('InquiryMessage', (t) => ({
  suggestions: t.exposeStringList('suggestions', {
    description: 'The bot was not sure: questions the person may tap to ask instead (您是不是想问…). Never sources.',
  }),
  feedback: t.field({
    type: BotFeedbackRef,
    nullable: true,
    select: { feedbackHelpful: true, feedbackReason: true, feedbackAt: true },
    resolve: (m) => (m.feedbackHelpful === null || !m.feedbackAt ? null : { helpful: m.feedbackHelpful, reason: m.feedbackReason, at: m.feedbackAt }),
  }),
  ratable: t.boolean({
    description: 'A bot answer the person asking may mark 👍/👎.',
    select: { author: true, botOutcome: true },
    resolve: (m) => m.author === 'BOT' && RATABLE_OUTCOMES.includes(m.botOutcome as BotOutcome),
  }),
}));

const BotMissGroupRef = builder.objectRef<BotMissGroup>('BotMissGroup').implement({
  description: 'Questions the bot answered unsure or that were marked wrong, grouped by similar wording.',
  fields: (t) => ({
    id: t.exposeID('id'),
    question: t.exposeString('question', { description: 'The latest wording.' }),
    questions: t.exposeStringList('questions', { description: 'The different wordings (at most 10).' }),
    count: t.exposeInt('count'),
    markedWrong: t.exposeInt('markedWrong'),
    unsure: t.exposeInt('unsure'),
    reasons: t.exposeStringList('reasons', { description: 'Reasons given with 👎 (at most 5).' }),
    messageIds: t.exposeIDList('messageIds'),
    lastAskedAt: t.expose('lastAskedAt', { type: 'DateTime' }),
    closestFaq: t.prismaField({
      type: 'Faq',
      nullable: true,
      description: 'The FAQ entry closest to the question: the one most likely to extend.',
      resolve: (query, g, _a, ctx) => (g.closestFaqId ? ctx.db.prisma.faq.findUnique({ ...query, where: { id: g.closestFaqId } }) : null),
    }),
  }),
});

builder.queryField('botMisses', (t) =>
  t.field({
    type: [BotMissGroupRef],
    description: '机器人未解决: what the bot could not answer, largest group first (staff).',
    authScopes: { staff: true },
    args: { first: t.arg.int({ defaultValue: 50 }) },
    resolve: (_root, args, ctx) => botMisses(ctx, args.first ?? 50),
  }),
);

const TeachBotInput = builder.inputType('TeachBotInput', {
  fields: (t) => ({
    messageIds: t.idList({ required: true, description: 'The misses (a group’s messageIds).' }),
    faqId: t.id({ description: 'Extend this entry: the questions become its other phrasings.' }),
    question: t.string({ description: 'Without faqId: the new entry’s question (default: the first wording).' }),
    answer: t.string({ description: 'Without faqId: the new entry’s answer.' }),
    answerEn: t.string({ description: 'Without faqId: its English answer (optional).' }),
  }),
});

builder.mutationFields((t) => ({
  rateBotAnswer: t.prismaField({
    type: 'InquiryMessage',
    description: '👍 (helpful: true) or 👎 on a bot answer in your own conversation, with an optional reason; a new vote replaces the old.',
    errors: { types: [ValidationError, UserError] },
    args: { messageId: t.arg.id({ required: true }), helpful: t.arg.boolean({ required: true }), reason: t.arg.string() },
    resolve: async (query, _root, args, ctx) => {
      const message = await rateBotAnswer(ctx, { messageId: String(args.messageId), helpful: args.helpful, reason: args.reason });
      return ctx.db.prisma.inquiryMessage.findUniqueOrThrow({ ...query, where: { id: message.id } });
    },
  }),
  teachBot: t.prismaField({
    type: 'Faq',
    description: 'Turns a group of misses into a new FAQ entry, or into other phrasings of an existing one; the bot uses it at once (staff).',
    authScopes: { staff: true },
    errors: { types: [ValidationError, UserError] },
    args: { input: t.arg({ type: TeachBotInput, required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const faq = await teachBot(ctx, {
        ...args.input,
        messageIds: args.input.messageIds.map(String),
        faqId: args.input.faqId ? String(args.input.faqId) : null,
      });
      return ctx.db.prisma.faq.findUniqueOrThrow({ ...query, where: { id: faq.id } });
    },
  }),
}));
