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
    out.push(CANONICAL.get(word) ?? word);
  }
  return out;
}
