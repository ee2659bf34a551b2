// A question typed in pinyin without an input method ("chanye mingpian shenqing yao jiao qian ma") is
// read back into the words it stands for, from the words the bot knows (the FAQ's, the programme's
// synonyms, question words): each run of syllables becomes the known word it spells, the programme's
// own terms first, then the most used.
import { pinyin } from 'pinyin-pro';

const HAN = /^[\u4e00-\u9fff]+$/;
/** Longest run of space-separated syllable groups read as one word ("jiao qian" → 交钱). */
const MAX_GROUPS = 4;

export class PinyinReader {
  private constructor(private words: Map<string, string>) {}

  /** `ranked`: the known words, most wanted first (a spelling keeps the first word that has it). */
  static fromWords(ranked: Iterable<string>): PinyinReader {
    const words = new Map<string, string>();
    for (const word of ranked) {
      if (!HAN.test(word) || word.length > 6) continue;
      const spelled = pinyin(word, { toneType: 'none', type: 'array' }).join('');
      if (!words.has(spelled)) words.set(spelled, word);
    }
    return new PinyinReader(words);
  }

  /** The question in characters when it is pinyin only; otherwise unchanged. */
  read(text: string): string {
    if (!/^[a-z\s'?!.,，。？！]+$/.test(text)) return text;
    const groups = text.match(/[a-z]+/g) ?? [];
    if (groups.length < 2) return text;
    const out: string[] = [];
    let read = 0;
    for (let i = 0; i < groups.length; ) {
      let taken = 0;
      for (let n = Math.min(MAX_GROUPS, groups.length - i); n >= 1 && !taken; n--) {
        const word = this.words.get(groups.slice(i, i + n).join(''));
        if (word) {
          out.push(word);
          taken = n;
        }
      }
      if (taken) {
        read += taken;
        i += taken;
      } else {
        out.push(this.split(groups[i]) ?? groups[i]);
        i += 1;
      }
    }
    // Mostly English or names after all ("hangzhou", "Tell me"): leave it as typed.
    return read * 2 >= groups.length ? out.join('') : text;
  }

  /** One group of several words typed together ("dengjibiaoyaotian"): the fewest known words that spell it. */
  private split(group: string): string | undefined {
    const best: (string[] | undefined)[] = [[]];
    for (let end = 1; end <= group.length; end++)
      for (let start = Math.max(0, end - 24); start < end; start++) {
        const before = best[start];
        const word = before && this.words.get(group.slice(start, end));
        if (word && (!best[end] || best[end]!.length > before.length + 1)) best[end] = [...before, word];
      }
    return best[group.length]?.join('');
  }
}
