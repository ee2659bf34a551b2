// Homophone typos (登计表, 申报刘程, 收废): two characters that are no word — neither in jieba's
// dictionary nor in the FAQ's own wording — but sound exactly like a word the FAQ's questions use
// are read as that word. Real words are never "corrected", and only towards real words.
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
    kinds.set(word, tag.startsWith('n') ? 'noun' : /^[vali]/.test(tag) ? 'content' : 'function');
  }
  dictionary = { pairs, kinds, frequency, kindTags, idf: idfs };
  return dictionary;
}

const twoCharacterWords = () => jiebaDictionary().pairs;

export class TypoFixer {
  private constructor(
    private known: Set<string>,
    private words: Set<string>,
    private bySound: Map<string, string>,
  ) {}

  /** `texts`: what typos are corrected towards; `alsoKnown`: more words that are never corrected. */
  static fromTexts(texts: string[], alsoKnown: string[] = []): TypoFixer {
    const words = twoCharacterWords();
    const counts = new Map<string, number>();
    const known = new Set<string>();
    for (const word of alsoKnown) for (let i = 0; i + 2 <= word.length; i++) known.add(word.slice(i, i + 2));
    for (const text of texts) {
      for (let i = 0; i + 2 <= text.length; i++) {
        const pair = text.slice(i, i + 2);
        if (HAN.test(pair)) counts.set(pair, (counts.get(pair) ?? 0) + 1);
      }
    }
    const bySound = new Map<string, { pair: string; count: number }>();
    for (const [pair, count] of counts) {
      if (!words.has(pair)) continue;
      const sound = toPinyin(pair);
      const known = bySound.get(sound);
      if (!known || count > known.count) bySound.set(sound, { pair, count });
    }
    return new TypoFixer(new Set([...counts.keys(), ...known]), words, new Map([...bySound].map(([sound, v]) => [sound, v.pair])));
  }

  /** A two-character word sounding like a word of the FAQ's questions (perhaps typed for it). */
  soundsLikeKnown(word: string): boolean {
    return HAN.test(word) && this.bySound.has(toPinyin(word));
  }

  fix(text: string): string {
    let out = text;
    for (let i = 0; i + 2 <= out.length; i++) {
      const pair = out.slice(i, i + 2);
      if (!HAN.test(pair) || this.known.has(pair) || this.words.has(pair)) continue;
      // Part of a real word with a neighbour (普通市 → not 通市): not a typo.
      if (this.words.has(out.slice(i - 1, i + 1)) || this.words.has(out.slice(i + 1, i + 3))) continue;
      const fixed = this.bySound.get(toPinyin(pair));
      if (fixed) out = out.slice(0, i) + fixed + out.slice(i + 2);
    }
    return out;
  }
}
