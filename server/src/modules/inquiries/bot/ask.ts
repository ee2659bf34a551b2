import type { Context } from '../../../context.js';
import { botFor } from './bot-cache.js';
import type { BotAnswer } from './answer.js';
import { rewriteAnswer } from './rewrite.js';

/** The bot's answer to the viewer's question (rephrased by the configured chat endpoint, if any). */
export async function askBot(ctx: Pick<Context, 'db' | 'viewer' | 'services'>, question: string): Promise<BotAnswer> {
  const bot = await botFor(ctx.db.prisma);
  const answer = await bot.answer(question.slice(0, 500), ctx.db.prisma, ctx.viewer);
  return rewriteAnswer(ctx.services.config.botLlm, question, answer);
}
