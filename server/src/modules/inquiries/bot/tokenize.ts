import { clean, normalize, segmentForIndex, segmentWords } from '../../search/text.js';
import { COMPOUND_FREQUENCY, jiebaDictionary } from './typos.js';
import { APP_WORDS, CANONICAL, OTHER_PRODUCT, OTHER_PRODUCTS, OTHER_PROGRAMME, OTHER_PROGRAMMES, otherToken, STOPWORDS } from './vocabulary.js';

/**
 * Synonyms that are phrases jieba cuts apart (登进去 → 登 + 进去): replaced by their canonical word
 * before segmenting, longest first, so that they fold like one-word synonyms.
 */
let phrases: { pattern: RegExp; canonical: Map<string, string>; inside: RegExp; otherInside: RegExp } | undefined;
function foldPhrases(text: string): string {
  if (!phrases) {
    const { frequency } = jiebaDictionary();
    // (The programme's own terms too: 特色名片. Other apps' things, 公众号, become one Latin word, which
    // jieba keeps whole: 公众号 is no 公众 + 号.)
    // (Other products of three characters or more, which jieba cuts apart: 公众号; two-character ones,
    // 京东, are read only where jieba reads them as a word, not in 北京东边.)
    // (…and two-character ones jieba knows but rarely reads as a word: 个税 in 个税汇算, which it cuts into 个 + 税.)
    // (Latin names, youtube, are words of their own already: folded, never replaced inside other words, scenarios;
    // and 个税 is not in 一个税收大县.)
    const others = [...OTHER_PRODUCTS, ...OTHER_PROGRAMMES]
      .filter((w) => /^[\u4e00-\u9fff]/.test(w) && ([...w].length >= 3 || (frequency.has(w) && frequency.get(w)! < COMPOUND_FREQUENCY)))
      .map((w) => ([...w].length === 2 ? `(?<![一这那哪每几两各某整])${w}` : w));
    const list = [...[...CANONICAL.keys()].filter((w) => /^[\u4e00-\u9fff]{2,}$/.test(w) && !frequency.has(w)), ...others];
    list.sort((a, b) => b.length - a.length);
    // "微信里", "表格上": the app's words and the programme's followed by where, which jieba would
    // otherwise cut into other words (微信里 → 信里, a letter's inside).
    const words = [...new Set([...CANONICAL.keys(), ...APP_WORDS])].filter((w) => /^[\u4e00-\u9fff]{2,}$/.test(w));
    words.sort((a, b) => b.length - a.length);
    // (…and another product of two characters followed by where: 抖音上, which jieba cuts into 抖 + 音上.)
    const twoCharOthers = [...OTHER_PRODUCTS, ...OTHER_PROGRAMMES].filter((w) => [...w].length === 2);
    phrases = {
      pattern: new RegExp(list.join('|'), 'g'),
      canonical: CANONICAL,
      inside: new RegExp(`(${words.join('|')})(?=[里上中内])`, 'g'),
      otherInside: new RegExp(`(${twoCharOthers.join('|')})(?=[里上中内])`, 'g'),
    };
  }
  const { pattern, canonical, inside, otherInside } = phrases;
  return text
    .replace(pattern, (w) => ` ${canonical.get(w) ?? other(w)} `)
    .replace(otherInside, (w) => ` ${other(w)} `)
    .replace(inside, '$1 ');
}

/** Another product or programme as one word of its own. */
const other = (name: string) => otherToken(OTHER_PROGRAMMES.has(name) ? OTHER_PROGRAMME : OTHER_PRODUCT, name);

/** American spellings, read as the British ones the FAQ's English uses. */
const BRITISH: Record<string, string> = { program: 'programme', programs: 'programme', catalog: 'catalogue', organization: 'organisation' };

/** The programme's English verbs, whose other forms (submitted, signing, withdrew) are read as them. */
const VERBS = new Set(
  'submit apply sign register edit change withdraw decline reject return review publish release upload share fill save attach contact recommend join watch log'.split(
    ' ',
  ),
);
const IRREGULAR: Record<string, string> = { withdrew: 'withdraw', withdrawn: 'withdraw' };

/** An English verb's other form as the verb (submitted → submit, applying → apply), else the word. */
function verbStem(word: string): string {
  if (IRREGULAR[word]) return IRREGULAR[word];
  const m = /^([a-z]{3,}?)(ied|ies|ed|ing|s)$/.exec(word);
  if (!m) return word;
  const [, stem, ending] = m;
  const candidates = ending === 'ied' || ending === 'ies' ? [`${stem}y`] : [stem, `${stem}e`, stem.replace(/([a-z])\1$/, '$1')];
  return candidates.find((c) => VERBS.has(c)) ?? word;
}

/** A word as the bot reads it: its synonym's canonical word, English plurals made singular, verbs' forms as the verb. */
function fold(word: string): string {
  if (OTHER_PRODUCTS.has(word) || OTHER_PROGRAMMES.has(word)) return other(word);
  const spelt = verbStem(BRITISH[word] ?? word);
  return CANONICAL.get(spelt) ?? CANONICAL.get(singular(spelt)) ?? singular(spelt);
}

/** Words of a text for the bot: simplified, segmented, synonyms folded, stopwords dropped. */
export function botTokens(text: string): string[] {
  const words = segmentForIndex(foldPhrases(normalize(text))).map(clean); // jieba keeps latin words whole
  return words.filter((word) => word && !STOPWORDS.has(word)).map(fold);
}

/** The words of a text, each once at its longest reading (for judging what a question is about). */
export function botWords(text: string): string[] {
  return segmentWords(foldPhrases(normalize(text)))
    .filter((word) => !STOPWORDS.has(word))
    .map(fold);
}

/** Every word of a text in order, stopwords kept, synonyms folded (for reading which words stand together). */
export function botWordSequence(text: string): string[] {
  return segmentWords(foldPhrases(normalize(text))).map(fold);
}

/** English words ending in s that are no plural. */
const NOT_PLURAL = new Set([
  'does',
  'news',
  'yes',
  'series',
  'whereas',
  'perhaps',
  'always',
  'sometimes',
  'towards',
  'afterwards',
  'hers',
  'ours',
  'yours',
  'theirs',
  'ourselves',
  'yourselves',
  'themselves',
]);

/** English plurals folded ("films" → "film"); Chinese words pass unchanged. */
function singular(word: string): string {
  if (!/^[a-z]{4,}$/.test(word) || /(ss|us|is)$/.test(word) || NOT_PLURAL.has(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(us|ss|ch|sh)es$/.test(word)) return word.slice(0, -2); // statuses, businesses
  return word.endsWith('s') ? word.slice(0, -1) : word;
}
