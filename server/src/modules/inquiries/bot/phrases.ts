// Words that stand together name one thing: a general noun before another noun (数字经济, 制造业工资)
// or a word before a number (中国制造2025, 工业4.0). An entry sharing only one half is about
// something else (数字藏品, 2025年的名单), however many words it shares.
import { ANCHOR_IDF, han, specificity } from './domain.js';
import { botTokens, botWordSequence } from './tokenize.js';
import { jiebaDictionary } from './typos.js';
import { CANONICAL, STOPWORDS } from './vocabulary.js';

export interface PhraseContext {
  /** Whether the entry says the word. */
  has: (word: string) => boolean;
  /** Words that never name the thing asked about (question words, the app's words, places, people). */
  isNeutral: (word: string) => boolean;
}

/**
 * The halves of the question's two-word names that the entry does not say: the noun a general word
 * of the entry qualifies (经济 of 数字经济; not 条件 of 申请条件, since 申请 is the programme's own
 * term, nor 成员 of 方阵成员, since 方阵 is specific), and the word before a number the entry does
 * not name with it (制造 of 中国制造2025).
 */
export function unsaidHalves(text: string, entry: PhraseContext): string[] {
  const { kindTags } = jiebaDictionary();
  const sequence = botWordSequence(text);
  const unsaid: string[] = [];
  for (let i = 1; i < sequence.length; i++) {
    const [first, second] = [sequence[i - 1], sequence[i]];
    if (/^\d+$/.test(second)) {
      if (han(first) && !STOPWORDS.has(first) && !CANONICAL.has(first) && !entry.isNeutral(first) && !(entry.has(first) && entry.has(second)))
        unsaid.push(first);
      continue;
    }
    if (!han(first) || !han(second) || !entry.has(first) || entry.has(second) || entry.isNeutral(second) || CANONICAL.has(second)) continue;
    const qualifierIsGeneral = /^(n(?![rs])|vn)/.test(kindTags.get(first) ?? '') && !CANONICAL.has(first) && specificity(first) < ANCHOR_IDF;
    const secondIsThing = /^(n(?![rs])|vn|l)/.test(kindTags.get(second) ?? '');
    // A compound the entry says a part of (结构调整 when it says 调整) is not unsaid.
    const partSaid = botTokens(second).some((part) => part !== second && entry.has(part));
    if (qualifierIsGeneral && secondIsThing && !partSaid) unsaid.push(second);
  }
  return unsaid;
}
