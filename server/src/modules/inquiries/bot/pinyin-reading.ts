// A question typed in pinyin without an input method ("chanye mingpian shenqing yao jiao qian ma") is
// read back into the words it stands for, from the words the bot knows (the FAQ's, the programme's
// synonyms, question words): each run of syllables becomes the known word it spells, the programme's
// own terms first, then the most used.
import { toPinyin } from '../../search/text.js';

const HAN = /^[\u4e00-\u9fff]+$/;
/** Longest run of space-separated syllable groups read as one word ("jiao qian" → 交钱). */
const MAX_GROUPS = 4;
/** Longest spelling of one known word (6 characters of pinyin, zhuang×6). */
const LONGEST_SPELLING = 36;
/** Longer runs of letters are no question typed in pinyin. */
const MAX_GROUP = 80;

/** Units typed after a figure (6 yue 30 hao, 300 zi). */
const AFTER_A_FIGURE: Record<string, string> = {
  hao: '号',
  ri: '日',
  yue: '月',
  nian: '年',
  ge: '个',
  zhang: '张',
  zi: '字',
  tian: '天',
  ci: '次',
  pi: '批',
  wan: '万',
  yi: '亿',
  xiang: '项',
};

/**
 * Readings that win over the known words' order: shi alone is the copula 是 far more often than 市, a synonym
 * ranked before it; and how people say and type words besides the dictionary's reading (谁 as shei, erhua nar
 * 哪儿, a question word jieba keeps whole, zenmeyang 怎么样).
 */
const FIRST_READINGS: [string, string][] = [
  ['shi', '是'],
  ['shei', '谁'],
  ['nar', '哪儿'],
  ['zher', '这儿'],
  ['zenmeyang', '怎么样'],
];

export class PinyinReader {
  private spellings?: Map<string, string>;

  /**
   * `ranked`: the known words, most wanted first (a spelling keeps the first word that has it). Their
   * spellings are made at the first question typed in pinyin, not when the bot is (re)loaded.
   */
  constructor(private ranked: () => Iterable<string>) {}

  private get words(): Map<string, string> {
    if (!this.spellings) {
      this.spellings = new Map(FIRST_READINGS);
      for (const word of this.ranked()) {
        if (!HAN.test(word) || word.length > 6) continue;
        const spelled = toPinyin(word); // lü typed as lv
        if (!this.spellings.has(spelled)) this.spellings.set(spelled, word);
      }
    }
    return this.spellings;
  }

  /** The question in characters when it is pinyin only; otherwise unchanged. */
  read(text: string): string {
    // (Figures are kept as typed: "2025 nian" is 2025年.)
    if (!/^[a-z0-9\s'?!.,，。？！]+$/.test(text) || !/[a-z]/.test(text)) return text;
    const groups = text.match(/[a-z]+|\d+/g) ?? [];
    const words = this.words;
    const out: string[] = [];
    let read = 0;
    for (let i = 0; i < groups.length; ) {
      let taken = 0;
      if (/^\d/.test(groups[i])) {
        out.push(groups[i]);
        i += 1;
        continue;
      }
      // (After a figure, the unit it counts: 30 hao is 30号, not 30好.)
      const unit = /^\d/.test(groups[i - 1] ?? '') ? AFTER_A_FIGURE[groups[i]] : undefined;
      if (unit) {
        out.push(unit);
        read += 1;
        i += 1;
        continue;
      }
      for (let n = Math.min(MAX_GROUPS, groups.length - i); n >= 1 && !taken; n--) {
        const word = words.get(groups.slice(i, i + n).join(''));
        if (word) {
          out.push(word);
          taken = n;
        }
      }
      if (taken) {
        read += taken;
        i += taken;
      } else {
        const split = this.split(groups[i]);
        out.push(split ?? groups[i]);
        read += split ? 1 : 0;
        i += 1;
      }
    }
    // Mostly letters that spell no known word ("Tell me", a name): leave it as typed.
    const letters = groups.filter((g) => !/^\d/.test(g)).length;
    return read * 2 >= letters ? out.join('') : text;
  }

  /** One group of several words typed together ("dengjibiaoyaotian"): the fewest known words that spell it. */
  private split(group: string): string | undefined {
    if (group.length > MAX_GROUP) return undefined;
    // fewest[end]: how few known words spell group[0, end); from[end]: where the last of them starts.
    const fewest: number[] = [0];
    const from: number[] = [0];
    for (let end = 1; end <= group.length; end++)
      for (let start = Math.max(0, end - LONGEST_SPELLING); start < end; start++)
        if (fewest[start] !== undefined && this.words.has(group.slice(start, end)) && (fewest[end] === undefined || fewest[end] > fewest[start] + 1)) {
          fewest[end] = fewest[start] + 1;
          from[end] = start;
        }
    if (fewest[group.length] === undefined) return undefined;
    const words: string[] = [];
    for (let end = group.length; end > 0; end = from[end]) words.unshift(this.words.get(group.slice(from[end], end))!);
    return words.join('');
  }
}
