// Trains the bot's classifier (src/modules/inquiries/bot/faq-classifier.ts) on the tuning part of the evaluation set,
// never on the held-out parts, and writes faq-classifier-weights.json. `pnpm --filter @cards/server bot:train` runs it
// after the answer check's trainer.
//
// Each tuning question is one example: the question as the bot reads it, labelled with its expected entry or kind
// (NO_ENTRY). Softmax regression by AdaGrad over shuffled examples (a fixed seed: the same data gives the same weights);
// a class is updated only where it is at least a little likely or right (|gradient| ≥ SKIP), so most weights stay zero.
// `--estimate` trains both models again leaving out five groups of the writers' sets in turn, and prints what the
// classifier changes in the bot's answers to the left-out questions (`--changes`: each answer the rules gave that it changed;
// `--leaks`: each off-topic question answered confidently with the classifier).
import fs from 'node:fs';
import { prepareDatabase } from '../src/boot.js';
import { Bot } from '../src/modules/inquiries/bot/bot.js';
import { AnswerCheck } from '../src/modules/inquiries/bot/answer-check.js';
import {
  CLASSIFIER_THRESHOLD,
  CLASSIFIER_THRESHOLD_ENGLISH,
  type ClassifierWeights,
  classifierFeatures,
  FaqClassifier,
  NO_ENTRY,
} from '../src/modules/inquiries/bot/faq-classifier.js';
import { evalSet } from '../src/modules/inquiries/knowledge/eval-set.js';
import { independentSets } from '../src/modules/inquiries/knowledge/eval-tuning-sets.js';
import type { EvalCase } from '../src/modules/inquiries/knowledge/types.js';
import { tuningFingerprint } from './answer-check-fingerprint.js';
import { pairsOfTuningSet, partOf, trainCheck } from './answer-check-training.js';
import { isCorrect } from './bot-scoring.js';

const EPOCHS = 12;
const STEP = 0.3;
const L2 = 1e-4;
/** Classes far from the answer (probability under this, and wrong) are not updated for an example. */
const SKIP = 0.02;
/** Weights smaller than this are left out of the file. */
const PRUNE = 0.1;

interface Example {
  words: string[];
  text: string;
  label: string;
  /** Which part of the tuning set (answer-check-training.ts partOf). */
  set: string;
}

const labelOf = (c: EvalCase): string => {
  const e = c.expect;
  if ('faq' in e) return e.faq;
  if ('unsure' in e) return NO_ENTRY.unsure;
  if ('handoff' in e) return NO_ENTRY.handoff;
  if ('status' in e) return NO_ENTRY.status;
  return 'count' in e ? NO_ENTRY.count : NO_ENTRY.cards;
};

function train(examples: Example[]): ClassifierWeights {
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const K = labels.length;
  const index = new Map<string, number>();
  const rows = examples.map((e) => classifierFeatures(e.words, e.text).map((f) => index.get(f) ?? (index.set(f, index.size), index.size - 1)));
  const w = new Float64Array(index.size * K);
  const g2 = new Float64Array(index.size * K);
  const order = examples.map((_, i) => i);
  let seed = 1;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const p = new Float64Array(K);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const n of order) {
      const row = rows[n];
      const y = labelIndex.get(examples[n].label)!;
      p.fill(0);
      for (const f of row) for (let k = 0; k < K; k++) p[k] += w[f * K + k];
      const top = Math.max(...p);
      let sum = 0;
      for (let k = 0; k < K; k++) sum += p[k] = Math.exp(p[k] - top);
      for (let k = 0; k < K; k++) {
        const error = p[k] / sum - (k === y ? 1 : 0);
        if (Math.abs(error) < SKIP) continue;
        for (const f of row) {
          const at = f * K + k;
          const g = error + L2 * w[at];
          g2[at] += g * g;
          w[at] -= (STEP * g) / (Math.sqrt(g2[at]) + 1e-8);
        }
      }
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [feature, f] of [...index.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const pairs: number[] = [];
    for (let k = 0; k < K; k++) if (Math.abs(w[f * K + k]) >= PRUNE) pairs.push(k, Math.round(w[f * K + k] * 100) / 100);
    if (pairs.length) weights[feature] = pairs;
  }
  return { labels, weights };
}

async function examplesOfTuningSet(): Promise<Example[]> {
  const db = await prepareDatabase('pglite:memory');
  try {
    const bot = await Bot.load(db.prisma);
    const examples: Example[] = [];
    for (const c of evalSet) {
      const { words, text } = bot.reading(c.question);
      examples.push({ words, text, label: labelOf(c), set: partOf(c) });
    }
    return examples;
  } finally {
    await db.close();
  }
}

/**
 * The bot with and without the classifier on the writers' sets, in five groups, each left out of the classifier's and
 * the answer check's training in turn: what the classifier adds, answer by answer, on questions neither model learnt.
 */
async function estimate() {
  const db = await prepareDatabase('pglite:memory');
  try {
    await estimateOn(db);
  } finally {
    await db.close();
  }
}

async function estimateOn(db: Awaited<ReturnType<typeof prepareDatabase>>) {
  const bot = await Bot.load(db.prisma);
  const pairs = await pairsOfTuningSet();
  const sets = independentSets.map((_, i) => String(i + 1));
  // What the classifier answers where the rules are not sure…
  const added = { answered: 0, right: 0, wrong: 0, offTopic: 0 };
  // …and how it changes all the bot's answers, overruling included: right answers and off-topic questions answered
  // confidently, without and with the classifier, over all left-out questions and over the English ones.
  const overall = { questions: 0, right: [0, 0], offTopicConfident: [0, 0], english: 0, englishRight: [0, 0] };
  for (let fold = 0; fold < 5; fold++) {
    const leftOut = new Set(sets.filter((_, i) => i % 5 === fold));
    const classifier = new FaqClassifier(train(examples.filter((e) => !leftOut.has(e.set))));
    bot.answerCheck = new AnswerCheck(trainCheck(pairs.filter((p) => !leftOut.has(p.set))));
    for (const [i, set] of independentSets.entries()) {
      if (!leftOut.has(String(i + 1))) continue;
      for (const c of set) {
        bot.faqClassifier = null;
        const before = await bot.answer(c.question, db.prisma);
        bot.faqClassifier = classifier;
        const after = await bot.answer(c.question, db.prisma);
        const right = [isCorrect(c, before), isCorrect(c, after)];
        overall.questions += 1;
        right.forEach((r, k) => {
          overall.right[k] += r ? 1 : 0;
          if (c.style === 'english') overall.englishRight[k] += r ? 1 : 0;
        });
        overall.english += c.style === 'english' ? 1 : 0;
        if (c.style === 'off-topic') {
          overall.offTopicConfident[0] += before.confident ? 1 : 0;
          overall.offTopicConfident[1] += after.confident ? 1 : 0;
          if (after.confident && showLeaks)
            console.log(
              `  leak (set ${i + 1}) ${c.question} → ${after.handoff ? 'handoff' : after.basis}${before.confident ? '' : ' (rules alone: not sure)'}`,
            );
        }
        if (before.confident && right[0] !== right[1] && showChanges)
          console.log(
            `  ${right[0] ? 'lost' : 'gained'} (set ${i + 1}) [${c.style}] ${c.question}: ${before.basis} → ${after.confident ? after.basis : 'not sure'}`,
          );
        if (before.confident || !after.confident) continue;
        added.answered += 1;
        if (right[1]) added.right += 1;
        else if (c.style === 'off-topic') {
          added.offTopic += 1;
          console.log(`  off-topic answered (set ${i + 1}): ${c.question} → ${after.basis}`);
        } else added.wrong += 1;
      }
    }
  }
  console.log(
    `where the rules are not sure (at ${CLASSIFIER_THRESHOLD}, English at ${CLASSIFIER_THRESHOLD_ENGLISH}), five groups of the writers' sets left out in turn: ${JSON.stringify(added)}`,
  );
  console.log(`all answers, without → with the classifier: ${JSON.stringify(overall)}`);
}

const examples = await examplesOfTuningSet();
const showChanges = process.argv.includes('--changes');
const showLeaks = process.argv.includes('--leaks');
if (process.argv.includes('--estimate')) await estimate();
else {
  const model = { trainedOn: tuningFingerprint(), ...train(examples) };
  const file = new URL('../src/modules/inquiries/bot/faq-classifier-weights.json', import.meta.url);
  fs.writeFileSync(file, `${JSON.stringify(model)}\n`);
  const count = Object.values(model.weights).reduce((n, pairs) => n + pairs.length / 2, 0);
  console.log(`faq classifier: ${examples.length} questions, ${model.labels.length} labels, ${count} weights → ${file.pathname}`);
}
process.exit(0);
