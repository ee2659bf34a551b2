// Text normalisation shared by the search index and the search query: one place decides how
// Chinese is segmented, how traditional characters and pinyin map to the same lexemes.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { stripControl } from '@cards/schema/rules';

let jieba: Jieba | undefined;
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

const traditionalToSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
/** Words too common to narrow a search. */
const STOPWORDS = new Set(['的', '了', '和', '与', '及', '在', '是', '有', '吗', '呢', '啊', '哪些', '什么', '怎么', '中国', '产业', '名片', '产业名片']);

/** Full-width to half-width, lower case, traditional to simplified. */
export function normalize(text: string): string {
  return traditionalToSimplified(withoutTones(stripControl(text).normalize('NFKC').toLowerCase())).trim();
}

/** Latin letters without their accents: pinyin typed with tones (zhǔ míngpiàn → zhu mingpian; ü → v, as pinyin input writes it). */
function withoutTones(text: string): string {
  return text.replace(/[\u00c0-\u024f\u1e00-\u1eff]/g, (c) => (/[üǖǘǚǜ]/.test(c) ? 'v' : c.normalize('NFD').replace(/[\u0300-\u036f]/g, '')));
}

export function hasChinese(text: string): boolean {
  return CJK.test(text);
}

/** Toneless pinyin without spaces: 东莞 → dongguan. */
export function toPinyin(word: string): string {
  return pinyin(word, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }).join('').toLowerCase();
}

/** Pinyin initials: 东莞 → dg (how people type a place name fast). */
export function toInitials(word: string): string {
  return pinyin(word, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'removed', v: true }).join('').toLowerCase();
}

/** Every word and sub-word of a Chinese text (for the index). */
export function segmentForIndex(text: string): string[] {
  const words = segmenter().cutForSearch(normalize(text), true);
  return words.map(clean).filter((w) => w.length > 0);
}

/** Letters and digits only: a lexeme never carries quotes or operators. */
/** Precise segmentation: each word once, at its longest dictionary reading (高新技术企业, not 高新 + 技术). */
export function segmentWords(text: string): string[] {
  return segmenter()
    .cut(normalize(text), true)
    .map(clean)
    .filter((w) => w.length > 0);
}

export function clean(word: string): string {
  return word.replace(/[^\p{L}\p{N}]/gu, '');
}

export interface QueryTerm {
  /** Alternatives, any of which may match (a word and its pinyin, or a pinyin run joined). */
  alternatives: string[];
  /** One more alternative: all of these words (a latin run read as English words). */
  allOf?: string[];
}

/**
 * Splits a user's query into terms that must all match. Chinese runs are segmented; a
 * run of latin letters is treated as pinyin ("dong guan" → dongguan) or as English words.
 */
export function parseQuery(raw: string): QueryTerm[] {
  const text = normalize(raw);
  const terms: QueryTerm[] = [];
  for (const word of segmenter().cut(text.replace(/[^\p{L}\p{N}]+/gu, ' '), true)) {
    const w = clean(word);
    if (!w || !hasChinese(w) || STOPWORDS.has(w)) continue;
    terms.push({ alternatives: unique([w, toPinyin(w)]) });
  }
  const latin = text
    .replace(CJK_RUN, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (latin) {
    const words = latin.split(' ');
    if (words.length === 1 || words.every(isPinyinSyllable)) terms.push({ alternatives: [words.join('')] });
    // "dong guan" is one pinyin word; "electric valley" is two English words (or a pinyin run typed in pieces).
    else terms.push({ alternatives: [words.join('')], allOf: words });
  }
  return terms;
}

const PINYIN_SYLLABLE = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(i|u|v|ü)?(a|o|e|i|u|v|ai|ei|ao|ou|an|en|ang|eng|ong|er|in|ing|un|ue|ve|ui|iu|ie)?(n|ng)?$/;

function isPinyinSyllable(word: string): boolean {
  return word.length > 0 && word.length <= 6 && PINYIN_SYLLABLE.test(word);
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}

/** PostgreSQL refuses lexemes over 2047 bytes; nobody searches for a word this long (a prefix still matches). */
const MAX_LEXEME = 100;

function lexeme(word: string): string {
  return `'${word.slice(0, MAX_LEXEME)}':*`;
}

/**
 * A tsquery (prefix match on every alternative) for parseQuery's terms; null when the
 * query has nothing searchable. Lexemes are cleaned, so the string is safe to cast.
 */
export function toTsQuery(terms: QueryTerm[]): string | null {
  const parts = terms.map((term) => {
    const alts = term.alternatives.map(lexeme);
    if (term.allOf) alts.push(`(${term.allOf.map(lexeme).join(' & ')})`);
    return alts.length === 1 ? alts[0] : `(${alts.join(' | ')})`;
  });
  return parts.length ? parts.join(' & ') : null;
}
