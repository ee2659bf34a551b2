// The bot on the repository's evaluation set, in three parts: the tuning part (eval-set.ts), the
// held-out part (eval-heldout.ts, never tuned on) and a third part, 'held-out (fresh)' (eval-heldout-fresh.ts),
// written by someone who never saw the bot, its rules or the other sets, and never tuned on either.
// Prints accuracy per part and category, how many off-topic questions got a confident answer (must be 0),
// and answer latency in process (wall clock, and the process's CPU time per answer, which a loaded machine
// does not inflate).
// --verbose lists the tuning part's misses only: the held-out parts are never looked at to tune.
// The tuning figure includes what the answer check learnt from the tuning part; its honest figure is
// `pnpm --filter @cards/server bot:train --estimate` (each part of the tuning set left out of its training in turn).
// --tuning runs the tuning part alone, so that tuning work never even sees the held-out totals move.
import os from 'node:os';
import { prepareDatabase } from '../src/boot.js';
import { Bot, type BotAnswer } from '../src/modules/inquiries/bot/bot.js';
import { evalSet } from '../src/modules/inquiries/knowledge/eval-set.js';
import { heldOutSet } from '../src/modules/inquiries/knowledge/eval-heldout.js';
import { freshHeldOutSet } from '../src/modules/inquiries/knowledge/eval-heldout-fresh.js';
import { isCorrect } from './bot-scoring.js';

const describeAnswer = (a: BotAnswer) => `${a.confident ? '' : 'unsure '}${a.handoff ? 'handoff ' : ''}${a.basis ?? ''}`.trim();
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const pct = (ok: number, all: number) => `${((ok / all) * 100).toFixed(1)}%`;

export async function runBotBench(options: { verbose?: boolean; tuningOnly?: boolean } = {}) {
  const db = await prepareDatabase('pglite:memory');
  try {
    const bot = await Bot.load(db.prisma);
    for (const c of evalSet.slice(0, 10)) await bot.answer(c.question, db.prisma); // warm up (jieba dictionary, JIT)
    const times: number[] = [];
    const cpuTimes: number[] = []; // CPU time of the process per answer: what the bot costs, whatever else runs on the machine
    const offTopicConfident: string[] = [];
    const parts = [
      ['tuning', evalSet],
      ['held-out', heldOutSet],
      ['held-out (fresh)', freshHeldOutSet],
    ] as const;
    for (const [name, set] of options.tuningOnly ? parts.slice(0, 1) : parts) {
      const byStyle = new Map<string, { ok: number; all: number }>();
      let ok = 0;
      let confidentOffTopic = 0;
      for (const c of set) {
        const started = process.hrtime.bigint();
        const cpu = process.cpuUsage();
        const answer = await bot.answer(c.question, db.prisma);
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
        const used = process.cpuUsage(cpu);
        cpuTimes.push((used.user + used.system) / 1000);
        const correct = isCorrect(c, answer);
        ok += correct ? 1 : 0;
        if (c.style === 'off-topic' && answer.confident) confidentOffTopic += 1;
        const s = byStyle.get(c.style) ?? { ok: 0, all: 0 };
        s.all += 1;
        s.ok += correct ? 1 : 0;
        byStyle.set(c.style, s);
        if (options.verbose && !correct && name === 'tuning')
          console.log(`  miss (${name}) [${c.style}] ${c.question} → expected ${JSON.stringify(c.expect)}, got ${describeAnswer(answer)}`);
      }
      const styles = [...byStyle.entries()].map(([style, s]) => `${style} ${s.ok}/${s.all}`).join(', ');
      console.log(`bot ${name}: accuracy ${pct(ok, set.length)} (${ok}/${set.length}; ${styles})`);
      offTopicConfident.push(`${name} ${confidentOffTopic}`);
    }
    console.log(
      `bot: off-topic answered confidently: ${offTopicConfident.join(', ')}; latency p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms` +
        ` (CPU time per answer p50 ${percentile(cpuTimes, 50).toFixed(1)} ms, p95 ${percentile(cpuTimes, 95).toFixed(1)} ms; load average ${os.loadavg()[0].toFixed(1)})`,
    );
  } finally {
    await db.close();
  }
}
