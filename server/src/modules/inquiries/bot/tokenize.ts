import { clean, normalize, segmentForIndex } from '../../search/text.js';
import { CANONICAL, STOPWORDS } from './vocabulary.js';

/** Words of a text for the bot: simplified, segmented, synonyms folded, stopwords dropped. */
export function botTokens(text: string): string[] {
  const normalized = normalize(text);
  const words = segmentForIndex(normalized); // jieba keeps latin words whole
  const out: string[] = [];
  for (const raw of words) {
    const word = clean(raw);
    if (!word || STOPWORDS.has(word)) continue;
    out.push(CANONICAL.get(word) ?? CANONICAL.get(singular(word)) ?? singular(word));
  }
  return out;
}

/** English plurals folded ("films" → "film"); Chinese words pass unchanged. */
function singular(word: string): string {
  if (!/^[a-z]{4,}$/.test(word) || word.endsWith('ss')) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  return word.endsWith('s') ? word.slice(0, -1) : word;
}
