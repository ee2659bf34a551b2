// The bot on the repository's evaluation set: accuracy (the right FAQ entry, the right region's
// cards, or a hand-over where one is expected) and answer latency.
import { prepareDatabase } from '../src/boot.js';
import { Bot } from '../src/modules/inquiries/bot/bot.js';
import { evalSet } from '../src/modules/inquiries/knowledge/eval-set.js';
import type { EvalCase } from '../src/modules/inquiries/knowledge/types.js';
import type { BotAnswer } from '../src/modules/inquiries/bot/bot.js';

export function isCorrect(c: EvalCase, a: BotAnswer): boolean {
  if ('handoff' in c.expect) return a.handoff;
  if ('faq' in c.expect) return !a.handoff && a.basis === c.expect.faq;
  return !a.handoff && a.basis === `cards:${c.expect.cardsOfRegion}`;
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

export async function runBotBench(options: { verbose?: boolean } = {}) {
  const db = await prepareDatabase('pglite:memory');
  try {
    const bot = await Bot.load(db.prisma);
    for (const c of evalSet.slice(0, 5)) await bot.answer(c.question, db.prisma); // warm up (jieba dictionary, JIT)
    const times: number[] = [];
    const byStyle = new Map<string, { ok: number; all: number }>();
    let ok = 0;
    for (const c of evalSet) {
      const started = process.hrtime.bigint();
      const answer = await bot.answer(c.question, db.prisma);
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
      const correct = isCorrect(c, answer);
      ok += correct ? 1 : 0;
      const s = byStyle.get(c.style) ?? { ok: 0, all: 0 };
      s.all += 1;
      s.ok += correct ? 1 : 0;
      byStyle.set(c.style, s);
      if (options.verbose && !correct)
        console.log(`  miss [${c.style}] ${c.question} → expected ${JSON.stringify(c.expect)}, got ${answer.handoff ? 'handoff' : answer.basis}`);
    }
    const styles = [...byStyle.entries()].map(([style, s]) => `${style} ${s.ok}/${s.all}`).join(', ');
    console.log(
      `bot: accuracy ${((ok / evalSet.length) * 100).toFixed(1)}% (${ok}/${evalSet.length}; ${styles}); latency median ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`,
    );
  } finally {
    await db.close();
  }
}
