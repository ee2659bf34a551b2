// Homophone typos (登计表, 申报刘程, 收废): two characters that are no word — neither in jieba's
// dictionary nor in the FAQ's own wording — but sound exactly like a word the FAQ's questions use
// are read as that word; a real word only where the FAQ's word fits its neighbours as the FAQ
// writes them (什么意识 → 什么意思), as does a word sounding only nearly like the FAQ's (s/sh, n/l,
// in/ing). Only towards real words.
import { dict, idf } from '@node-rs/jieba/dict.js';
import { toPinyin } from '../../search/text.js';

const HAN = /^[\u4e00-\u9fff]{2}$/;

interface Dictionary {
  pairs: Set<string>; // two-character words
  kinds: Map<string, 'noun' | 'content' | 'function'>; // nouns; verbs, adjectives, idioms; the rest
  frequency: Map<string, number>; // how common a word is in general Chinese
  kindTags: Map<string, string>; // jieba's part-of-speech tag
  idf: Map<string, number>; // how specific to few documents a word is (jieba's keyword weights)
}
let dictionary: Dictionary | undefined;

/**
 * Dictionary entries rarer than this are mostly everyday words run together (交完, 没电), which
 * say how something is asked, not about what.
 */
export const COMPOUND_FREQUENCY = 20;

/** jieba's dictionary, read once: its two-character words and what kind of word each word is. */
export function jiebaDictionary(): Dictionary {
  if (dictionary) return dictionary;
  const pairs = new Set<string>();
  const kinds = new Map<string, 'noun' | 'content' | 'function'>();
  const frequency = new Map<string, number>();
  const kindTags = new Map<string, string>();
  const idfs = new Map<string, number>();
  for (const line of new TextDecoder().decode(idf).split('\n')) {
    const [word, value] = line.split(' ');
    if (word && value) idfs.set(word, Number(value));
  }
  for (const line of new TextDecoder().decode(dict).split('\n')) {
    const [word, freq, tag = ''] = line.split(' ');
    if (!word) continue;
    if (HAN.test(word)) pairs.add(word);
    frequency.set(word, Number(freq) || 0);
    kindTags.set(word, tag);
    // Abbreviations (j: 房产证, 社保) are names of things.
    kinds.set(word, /^[nj]/.test(tag) ? 'noun' : /^[vali]/.test(tag) ? 'content' : 'function');
  }
  dictionary = { pairs, kinds, frequency, kindTags, idf: idfs };
  return dictionary;
}

const COPULA_BEFORE = /[我你您他她它们这那就也都还便即正乃俺咱谁]/;

const twoCharacterWords = () => jiebaDictionary().pairs;

export class TypoFixer {
  private constructor(
    private known: Set<string>,
    private words: Set<string>,
    private bySound: Map<string, string>,
    private trigrams: Set<string>,
    private byFuzzySound: Map<string, string[]>,
  ) {}

  /** `texts`: what typos are corrected towards; `alsoKnown`: more words that are never corrected. */
  static fromTexts(texts: string[], alsoKnown: string[] = []): TypoFixer {
    // (The words never corrected are words too: their neighbours are no typo, 非遗工坊 is no 非一共坊.)
    const words = new Set([...twoCharacterWords(), ...alsoKnown.filter((w) => HAN.test(w))]);
    const counts = new Map<string, number>();
    const known = new Set<string>();
    const trigrams = new Set<string>();
    for (const word of alsoKnown) for (let i = 0; i + 2 <= word.length; i++) known.add(word.slice(i, i + 2));
    for (const text of texts) {
      for (let i = 0; i + 2 <= text.length; i++) {
        const pair = text.slice(i, i + 2);
        if (HAN.test(pair)) counts.set(pair, (counts.get(pair) ?? 0) + 1);
        const three = text.slice(i, i + 3);
        if (/^[\u4e00-\u9fff]{3}$/.test(three)) trigrams.add(three);
      }
    }
    const bySound = new Map<string, { pair: string; count: number }>();
    for (const [pair, count] of counts) {
      if (!words.has(pair)) continue;
      const sound = toPinyin(pair);
      const known = bySound.get(sound);
      if (!known || count > known.count) bySound.set(sound, { pair, count });
    }
    // Every word of the FAQ's, by its sound with confusable sounds folded, most used first.
    const byFuzzySound = new Map<string, string[]>();
    for (const [pair] of [...counts].filter(([p]) => words.has(p)).sort((a, b) => b[1] - a[1])) {
      const sound = fuzzySound(pair);
      byFuzzySound.set(sound, [...(byFuzzySound.get(sound) ?? []), pair]);
    }
    const best = (m: Map<string, { pair: string }>) => new Map([...m].map(([sound, v]) => [sound, v.pair]));
    return new TypoFixer(new Set([...counts.keys(), ...known]), words, best(bySound), trigrams, byFuzzySound);
  }

  /** A two-character word sounding like a word of the FAQ's questions (perhaps typed for it). */
  soundsLikeKnown(word: string): boolean {
    return HAN.test(word) && this.bySound.has(toPinyin(word));
  }

  fix(text: string): string {
    let out = text;
    for (let i = 0; i + 2 <= out.length; i++) {
      const pair = out.slice(i, i + 2);
      if (!HAN.test(pair) || this.known.has(pair)) continue;
      // 是 after a pronoun or an adverb is the verb "to be", whatever follows (我是市里的 is no 实施).
      if (pair[0] === '是' && COPULA_BEFORE.test(out[i - 1] ?? '')) continue;
      let fixed: string | undefined;
      if (!this.words.has(pair)) {
        // Part of a real word with a neighbour (普通市 → not 通市), or the end of one of the FAQ's three-character words
        // (登记表是不是: not 标识): not a typo.
        if (this.words.has(out.slice(i - 1, i + 1)) || this.words.has(out.slice(i + 1, i + 3))) continue;
        if (i >= 2 && this.trigrams.has(out.slice(i - 2, i + 1)) && jiebaDictionary().frequency.has(out.slice(i - 2, i + 1))) continue;
        fixed = this.bySound.get(toPinyin(pair));
      }
      if (!fixed) {
        // A real word, or one sounding only nearly like the FAQ's (s/sh, n/l, in/ing): a typo only
        // where the FAQ's word fits its neighbours as the FAQ writes them ("么意思", not "么意识").
        const before = i > 0 ? out[i - 1] : '';
        const after = out[i + 2] ?? '';
        fixed = this.byFuzzySound.get(fuzzySound(pair))?.find((w) => w !== pair && (this.trigrams.has(before + w) || this.trigrams.has(w + after)));
      }
      if (!fixed || fixed === pair) continue;
      out = out.slice(0, i) + fixed + out.slice(i + 2);
    }
    return out;
  }
}

/**
 * A word's sound with the distinctions people often miss when typing pinyin folded (模糊音):
 * zh/ch/sh as z/c/s, l as n, -ng as -n (意识 yishi ~ 意思 yisi).
 */
function fuzzySound(word: string): string {
  return [...word]
    .map((c) =>
      toPinyin(c)
        .replace(/^([zcs])h/, '$1')
        .replace(/^l/, 'n')
        .replace(/ng$/, 'n'),
    )
    .join(' ');
}
