// The staff figures: how fast a person answers, how much the bot settles, how satisfied people are.
import { Prisma } from '../../generated/prisma/client.js';
import type { Deps } from '../../context.js';
import { ANSWER_OUTCOMES } from './bot/outcomes.js';

/** A bot conversation with no message for this long is over (people rarely press "end" on a bot). */
export const BOT_SETTLED_AFTER_MINUTES = 30;

export interface InquiryStats {
  days: number;
  conversations: number;
  /**
   * Share settled by the bot: over (ended, or quiet for BOT_SETTLED_AFTER_MINUTES), never handed over, and
   * its last answer was a confident one. A conversation still going is not yet settled by anyone.
   */
  botResolvedShare: number;
  /** Share handed over to a person. */
  handoffRate: number;
  waitingNow: number;
  /** Seconds from joining the queue to a person's first reply. */
  firstResponseMedianSeconds: number | null;
  firstResponseAverageSeconds: number | null;
  satisfactionAverage: number | null;
  ratings: number;
}

export async function inquiryStats(ctx: Pick<Deps, 'db'>, days: number): Promise<InquiryStats> {
  const since = new Date(Date.now() - days * 86_400_000);
  const settledBefore = new Date(Date.now() - BOT_SETTLED_AFTER_MINUTES * 60_000);
  const [row] = await ctx.db.prisma.$queryRaw<
    {
      conversations: bigint;
      handed: bigint;
      bot_resolved: bigint;
      waiting: bigint;
      median: number | null;
      average: number | null;
      satisfaction: number | null;
      ratings: bigint;
    }[]
  >`
    WITH recent AS (
      -- The bot's last answer (not its welcome, nor a thank-you answered in kind): did it offer a person?
      SELECT i.*, (SELECT m."offersHuman" FROM "InquiryMessage" m WHERE m."inquiryId" = i.id AND m.author = 'BOT' AND m."botOutcome" IN (${Prisma.join(ANSWER_OUTCOMES)}) ORDER BY m.seq DESC LIMIT 1) AS last_bot_unsure
      FROM "Inquiry" i WHERE i."createdAt" >= ${since}
    )
    SELECT
      count(*) AS conversations,
      count(*) FILTER (WHERE "queuedAt" IS NOT NULL) AS handed,
      count(*) FILTER (
        WHERE "queuedAt" IS NULL AND last_bot_unsure = false
          AND (status = 'ENDED' OR "updatedAt" < ${settledBefore})
      ) AS bot_resolved,
      (SELECT count(*) FROM "Inquiry" WHERE status = 'QUEUED') AS waiting,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM ("firstResponseAt" - "queuedAt"))) FILTER (WHERE "firstResponseAt" IS NOT NULL) AS median,
      avg(EXTRACT(EPOCH FROM ("firstResponseAt" - "queuedAt"))) FILTER (WHERE "firstResponseAt" IS NOT NULL) AS average,
      avg(rating)::float8 AS satisfaction,
      count(rating) AS ratings
    FROM recent`;
  const conversations = Number(row.conversations);
  const share = (n: bigint) => (conversations ? Number(n) / conversations : 0);
  return {
    days,
    conversations,
    botResolvedShare: share(row.bot_resolved),
    handoffRate: share(row.handed),
    waitingNow: Number(row.waiting),
    firstResponseMedianSeconds: row.median === null ? null : Number(row.median),
    firstResponseAverageSeconds: row.average === null ? null : Number(row.average),
    satisfactionAverage: row.satisfaction === null ? null : Number(row.satisfaction),
    ratings: Number(row.ratings),
  };
}
