// The last check before a FAQ answer is given as confident: does this entry answer this question? The rules
// (bot.ts) judge what a question shares with an entry word by word; this judges the question and the entry as
// a pair, by a logistic model learnt from the tuning part of the evaluation set (`pnpm --filter @cards/server
// bot:train` writes answer-check-weights.json). It learns what the rules cannot list: which words left unsaid
// by an entry mean another subject (房价, 周末, 部长), and which are only how people ask (几天, 一般).
// Only a refusal: it can make an answer unsure, never make one confident.
import weights from './answer-check-weights.json' with { type: 'json' };

/** Below this probability that the entry answers the question, the bot is not sure (chosen leaving each part of the tuning set out in turn: bench/train-answer-check.ts --estimate). */
export const ANSWER_CHECK_THRESHOLD = 0.2;

/** An entry as the check reads it. */
export interface CheckedEntry {
  key: string;
  /** Every word of the entry, as the bot reads words (synonyms folded). */
  words: Set<string>;
  /** Its questions, phrasings and answers in both languages, normalised: to find the question's characters in. */
  checkText: string;
}

/** Two letters in a row, Chinese or Latin (English questions have pairs too), not digits, spaces or punctuation. */
const LETTER_PAIR = /^\p{L}{2}$/u;

/**
 * What the model sees of a question and an entry, each a named feature: `b:` the entry; `q:` each word of the
 * question and `u:` each it does not contain; `Q:` each pair of letters of the question and `G:` each missing from
 * the entry's text; `nu:` how many words it does not contain (8 or more alike) and `fr:` what share, in quarters.
 */
export function checkFeatures(words: string[], text: string, entry: CheckedEntry): string[] {
  const distinct = [...new Set(words)];
  const unsaid = distinct.filter((w) => !entry.words.has(w));
  const chars = [...text];
  const pairs = [...new Set(chars.slice(1).map((c, i) => chars[i] + c))].filter((p) => LETTER_PAIR.test(p));
  return [
    `b:${entry.key}`,
    ...distinct.map((w) => `q:${w}`),
    ...unsaid.map((w) => `u:${w}`),
    ...pairs.map((p) => `Q:${p}`),
    ...pairs.filter((p) => !entry.checkText.includes(p)).map((p) => `G:${p}`),
    `nu:${Math.min(unsaid.length, 8)}`,
    `fr:${Math.round((4 * unsaid.length) / Math.max(1, distinct.length))}`,
  ];
}

export interface CheckWeights {
  /** The fingerprint of the tuning set, FAQ and bot code it was trained on (bench/answer-check-fingerprint.ts). */
  trainedOn?: string;
  bias: number;
  weights: Record<string, number>;
}

export class AnswerCheck {
  constructor(private model: CheckWeights = weights as CheckWeights) {}

  /** The probability that the entry answers the question. */
  probability(words: string[], text: string, entry: CheckedEntry): number {
    return this.probabilityOf(checkFeatures(words, text, entry));
  }

  /** …from the features already drawn (checkFeatures). */
  probabilityOf(features: string[]): number {
    const z = features.reduce((sum, f) => sum + (this.model.weights[f] ?? 0), this.model.bias);
    return 1 / (1 + Math.exp(-z));
  }

  /** Whether the entry may answer the question confidently. */
  accepts(words: string[], text: string, entry: CheckedEntry): boolean {
    return this.probability(words, text, entry) >= ANSWER_CHECK_THRESHOLD;
  }
}
