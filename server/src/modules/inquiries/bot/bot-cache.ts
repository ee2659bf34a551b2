import type { PrismaClient } from '../../../generated/prisma/client.js';
import { Bot } from './bot.js';

// One bot per database client, rebuilt after the FAQ or the catalogue changes.
const bots = new WeakMap<PrismaClient, Promise<Bot>>();

export function botFor(prisma: PrismaClient): Promise<Bot> {
  let bot = bots.get(prisma);
  if (!bot) {
    bot = Bot.load(prisma);
    bots.set(prisma, bot);
    bot.catch(() => bots.delete(prisma));
  }
  return bot;
}

export function invalidateBot(prisma: PrismaClient): void {
  bots.delete(prisma);
}
