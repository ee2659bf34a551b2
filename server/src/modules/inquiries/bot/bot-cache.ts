import type { PrismaClient } from '../../../generated/prisma/client.js';
import { Bot } from './bot.js';

// One bot per database client, rebuilt at once after this process changes the FAQ, and at most a
// minute after another instance did (or the catalogue changed): an old bot keeps answering while
// the new one loads.
const MAX_AGE_MS = 60_000;
const bots = new WeakMap<PrismaClient, { bot: Promise<Bot>; loadedAt: number; refreshing?: boolean }>();

function load(prisma: PrismaClient) {
  const entry = { bot: Bot.load(prisma), loadedAt: Date.now() };
  bots.set(prisma, entry);
  entry.bot.catch(() => bots.get(prisma) === entry && bots.delete(prisma));
  return entry;
}

export function botFor(prisma: PrismaClient): Promise<Bot> {
  const entry = bots.get(prisma);
  if (!entry) return load(prisma).bot;
  if (Date.now() - entry.loadedAt > MAX_AGE_MS && !entry.refreshing) {
    entry.refreshing = true;
    const fresh = Bot.load(prisma);
    fresh.then(
      () => bots.get(prisma) === entry && bots.set(prisma, { bot: fresh, loadedAt: Date.now() }),
      () => (entry.refreshing = false),
    );
  }
  return entry.bot;
}

export function invalidateBot(prisma: PrismaClient): void {
  bots.delete(prisma);
}
