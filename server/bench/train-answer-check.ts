// Trains the bot's answer check (src/modules/inquiries/bot/answer-check.ts) on the tuning part of the evaluation
// set, never on the held-out parts, and writes answer-check-weights.json. Run it after the bot's code, the FAQ or the
// tuning set change: `pnpm --filter @cards/server bot:train`.
//
// The pairs it learns from are (question, entry) as the bot without the check reads them: the entry the bot would
// answer with (or, when unsure, the first it would suggest), right when it is the expected entry; and the expected
// entry itself. `--estimate` trains again leaving out each part of the tuning set in turn and prints what the check would have
// done on the left-out part: a figure for questions it did not learn from (the bench's tuning figure is measured on data it learnt).
import fs from 'node:fs';
import { prepareDatabase } from '../src/boot.js';
import { ANSWER_CHECK_THRESHOLD, AnswerCheck, type CheckWeights } from '../src/modules/inquiries/bot/answer-check.js';
import { Bot } from '../src/modules/inquiries/bot/bot.js';
import { evalSet } from '../src/modules/inquiries/knowledge/eval-set.js';
import { reviewProbes } from '../src/modules/inquiries/knowledge/eval-tuning-review.js';
import { independentSets } from '../src/modules/inquiries/knowledge/eval-tuning-sets.js';
import type { EvalCase } from '../src/modules/inquiries/knowledge/types.js';
import { tuningFingerprint } from './answer-check-fingerprint.js';
import { isCorrect } from './bot-scoring.js';

/** L2 penalty on the weights (the bias is free), against the summed log-loss. */
const L2 = 1;
const ROUNDS = 1000;
const STEP = 0.5;

interface Pair {
  features: string[];
  answers: boolean;
  /** The bot answered confidently from this entry (the check's own case), and whether that was right. */
  confident?: { right: boolean; offTopic: boolean };
  /** Which part of the tuning set the question is from: 'own' (the team's), '1'…'48' (the writers' sets) or 'review'. */
  set: string;
}

/** Logistic regression by full-batch AdaGrad: deterministic, so the same pairs give the same weights. */
function train(pairs: Pair[]): CheckWeights {
  const index = new Map<string, number>();
  const rows = pairs.map((p) => p.features.map((f) => index.get(f) ?? (index.set(f, index.size), index.size - 1)));
  const w = new Float64Array(index.size);
  const g2 = new Float64Array(index.size);
  let bias = 0;
  let biasG2 = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const grad = new Float64Array(index.size);
    let biasGrad = 0;
    rows.forEach((row, i) => {
      const z = row.reduce((sum, f) => sum + w[f], bias);
      const error = 1 / (1 + Math.exp(-z)) - (pairs[i].answers ? 1 : 0);
      for (const f of row) grad[f] += error;
      biasGrad += error;
    });
    for (let f = 0; f < w.length; f++) {
      const g = grad[f] + L2 * w[f];
      g2[f] += g * g;
      w[f] -= (STEP * g) / (Math.sqrt(g2[f]) + 1e-8);
    }
    biasG2 += biasGrad * biasGrad;
    bias -= (STEP * biasGrad) / (Math.sqrt(biasG2) + 1e-8);
  }
  const weights: Record<string, number> = {};
  for (const [f, i] of [...index.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) if (Math.abs(w[i]) >= 0.05) weights[f] = Math.round(w[i] * 1000) / 1000;
  return { bias: Math.round(bias * 1e4) / 1e4, weights };
}

async function pairsOfTuningSet(): Promise<Pair[]> {
  const db = await prepareDatabase('pglite:memory');
  try {
    const bot = await Bot.load(db.prisma);
    bot.answerCheck = null;
    const faqs = await db.prisma.faq.findMany();
    const keyOf = new Map<string, string>();
    for (const f of faqs) for (const q of [f.question, f.questionEn]) if (q) keyOf.set(q, f.key);
    const entryKeys = new Set(faqs.map((f) => f.key));
    const setOf = new Map<EvalCase, string>();
    independentSets.forEach((set, i) => {
      for (const c of set) setOf.set(c, String(i + 1));
    });
    for (const c of reviewProbes) setOf.set(c, 'review');
    const pairs: Pair[] = [];
    for (const c of evalSet) {
      const a = await bot.answer(c.question, db.prisma);
      const expected = 'faq' in c.expect ? c.expect.faq : undefined;
      const fromEntry = a.confident && !a.handoff && a.basis && entryKeys.has(a.basis) ? a.basis : undefined;
      // (An entry's own phrasing is answered before the check: no case of its own.)
      const checked = fromEntry && !bot.isPhrasing(c.question);
      const candidate = fromEntry ?? (a.suggestions[0] ? keyOf.get(a.suggestions[0]) : undefined);
      const set = setOf.get(c) ?? 'own';
      if (candidate) {
        const confident = checked ? { right: isCorrect(c, a), offTopic: c.style === 'off-topic' } : undefined;
        pairs.push({ features: bot.checkFeaturesOf(c.question, candidate)!, answers: candidate === expected, confident, set });
      }
      const features = expected && expected !== candidate ? bot.checkFeaturesOf(c.question, expected) : null;
      if (features) pairs.push({ features, answers: true, set });
    }
    return pairs;
  } finally {
    await db.close();
  }
}

const pairs = await pairsOfTuningSet();
if (process.argv.includes('--estimate')) {
  // Every part in turn: the team's own questions, each writer's set and the review probes.
  const leftOut = ['own', ...independentSets.map((_, i) => String(i + 1)), 'review'];
  // (THRESHOLD=0.3 shows what another threshold would do. The threshold, L2, STEP and ROUNDS were chosen on this
  // estimate, and the rules were written on these sets: an estimate of the check, not of the bot on unseen questions.)
  const threshold = Number(process.env.THRESHOLD ?? ANSWER_CHECK_THRESHOLD);
  const total = { confident: 0, wrong: 0, offTopic: 0, wrongRefused: 0, offTopicRefused: 0, rightRefused: 0 };
  for (const set of leftOut) {
    const model = train(pairs.filter((p) => p.set !== set));
    const judged = pairs.filter((p) => p.set === set && p.confident);
    const check = new AnswerCheck(model);
    const refused = judged.filter((p) => check.probabilityOf(p.features) < threshold);
    const line = {
      confident: judged.length,
      wrong: judged.filter((p) => !p.confident!.right).length,
      offTopic: judged.filter((p) => p.confident!.offTopic).length,
      wrongRefused: refused.filter((p) => !p.confident!.right).length,
      offTopicRefused: refused.filter((p) => p.confident!.offTopic).length,
      rightRefused: refused.filter((p) => p.confident!.right).length,
    };
    for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += line[k];
    console.log(`set ${set} left out: ${JSON.stringify(line)}`);
  }
  console.log(`answer check, each set left out in turn: ${JSON.stringify(total)}`);
} else {
  const model = { trainedOn: tuningFingerprint(), ...train(pairs) };
  const file = new URL('../src/modules/inquiries/bot/answer-check-weights.json', import.meta.url);
  fs.writeFileSync(file, `${JSON.stringify(model, null, 2)}\n`);
  console.log(`answer check: ${pairs.length} pairs, ${Object.keys(model.weights).length} weights → ${file.pathname}`);
}
process.exit(0);
