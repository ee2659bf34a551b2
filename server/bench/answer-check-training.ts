// The answer check's training (see train-answer-check.ts): the pairs it learns from, and the fit. Its own module so that
// the classifier's estimate (train-faq-classifier.ts) can train a check that never saw the sets it leaves out.
import { prepareDatabase } from '../src/boot.js';
import type { CheckWeights } from '../src/modules/inquiries/bot/answer-check.js';
import { Bot } from '../src/modules/inquiries/bot/bot.js';
import { evalSet } from '../src/modules/inquiries/knowledge/eval-set.js';
import { reviewProbes } from '../src/modules/inquiries/knowledge/eval-tuning-review.js';
import { independentSets } from '../src/modules/inquiries/knowledge/eval-tuning-sets.js';
import type { EvalCase } from '../src/modules/inquiries/knowledge/types.js';
import { isCorrect } from './bot-scoring.js';

/** L2 penalty on the weights (the bias is free), against the summed log-loss. */
const L2 = 1;
const ROUNDS = 1000;
const STEP = 0.5;

export interface Pair {
  features: string[];
  answers: boolean;
  /** The bot answered confidently from this entry (the check's own case), and whether that was right. */
  confident?: { right: boolean; offTopic: boolean };
  /** Which part of the tuning set the question is from: 'own' (the team's), '1', '2'… (each writer's set, by its number) or 'review'. */
  set: string;
}

/** Logistic regression by full-batch AdaGrad: deterministic, so the same pairs give the same weights. */
export function trainCheck(pairs: Pair[]): CheckWeights {
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

/** Which part of the tuning set a question is from: 'own' (the team's), '1', '2'… (each writer's set, by its number) or 'review'. */
export function partOf(c: EvalCase): string {
  return parts.get(c) ?? 'own';
}
const parts = new Map<EvalCase, string>([
  ...independentSets.flatMap((set, i) => set.map((c) => [c, String(i + 1)] as const)),
  ...reviewProbes.map((c) => [c, 'review'] as const),
]);

export async function pairsOfTuningSet(): Promise<Pair[]> {
  const db = await prepareDatabase('pglite:memory');
  try {
    const bot = await Bot.load(db.prisma);
    bot.answerCheck = null;
    bot.faqClassifier = null; // (the rules' own choices: the classifier answers only where they are not sure)
    const faqs = await db.prisma.faq.findMany();
    const keyOf = new Map<string, string>();
    for (const f of faqs) for (const q of [f.question, f.questionEn]) if (q) keyOf.set(q, f.key);
    const entryKeys = new Set(faqs.map((f) => f.key));
    const pairs: Pair[] = [];
    for (const c of evalSet) {
      const a = await bot.answer(c.question, db.prisma);
      const expected = 'faq' in c.expect ? c.expect.faq : undefined;
      const fromEntry = a.confident && !a.handoff && a.basis && entryKeys.has(a.basis) ? a.basis : undefined;
      // (An entry's own phrasing is answered before the check: no case of its own.)
      const checked = fromEntry && !bot.isPhrasing(c.question);
      const candidate = fromEntry ?? (a.suggestions[0] ? keyOf.get(a.suggestions[0]) : undefined);
      const set = partOf(c);
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
