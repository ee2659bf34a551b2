import { builder } from '../../schema/builder.js';
import { botFor } from './bot/bot-cache.js';
import type { BotAnswer } from './bot/bot.js';

const BotSourceRef = builder.objectRef<{ title: string; url: string | null }>('BotSource').implement({
  fields: (t) => ({ title: t.exposeString('title'), url: t.exposeString('url', { nullable: true }) }),
});

const BotAnswerRef = builder.objectRef<BotAnswer>('BotAnswer').implement({
  fields: (t) => ({
    text: t.exposeString('text'),
    confident: t.exposeBoolean('confident', { description: 'False when the bot is not sure; it then offers a person.' }),
    handoff: t.exposeBoolean('handoff', { description: 'True when a person should take over (asked for, or not sure).' }),
    sources: t.field({ type: [BotSourceRef], resolve: (a) => a.sources }),
  }),
});

builder.queryField('botAnswer', (t) =>
  t.field({
    type: BotAnswerRef,
    description: 'The bot alone, no conversation kept: an answer from the FAQ or the card catalogue, with its sources.',
    args: { question: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => (await botFor(ctx.db.prisma)).answer(args.question.slice(0, 500), ctx.db.prisma),
  }),
);
