// Which language to answer in: English when the question is written in English words (pinyin such
// as "hangzhou you shenme mingpian" is Chinese typed without an input method, answered in Chinese).
export const ENGLISH_WORDS = new Set(
  'a an the what which who whom whose where when why how is are was were do does did can could may might will would should shall i me my we our us you your it its there this that these those have has had to of in on for about with from and or not no please tell show many much any some cards card apply application form help want talk speak person human staff someone deadline'.split(
    ' ',
  ),
);

/** English words that say nothing of what is asked (which, with, there): no reason to pick an answer. */
export const ENGLISH_FUNCTION_WORDS = new Set(
  'what which who whom whose where when why how was were did could may might will would should shall me my our us your its there this that these those have has had with from and not many much any some tell show want'.split(
    ' ',
  ),
);

/** Everyday English verbs and qualifiers: how something is asked, never another subject (makes, actually, ourselves). */
export const COMMON_ENGLISH = new Set(
  'make made get got getting take took give gave need know knew like think look come came go going doing done walk keep hear heard call mean meant suppose pick finish happen try tried let put use used wish hope ask say said talk tell told find found into onto through instead exactly usually just also even ever only still well sure able really actually overall simple simply explain kind several great fine nice easy hard soon later next whole full maybe perhaps possible thing more most other another same every each whole good best right wrong else ourselves yourself yourselves themselves myself someone anyone everyone something anything everything somebody anybody nothing going already hold holds body yesterday today tomorrow somewhere start started again half word terms qualify haven hasn isn aren didn doesn don wasn weren won wouldn couldn shouldn three four five seven eight nine week month ago available usually heard came called once forever later particular whether short brief little quick quickly'.split(
    ' ',
  ),
);

/** Latin words a Chinese question may hold without naming another product: file formats, and ok. */
export const COMMON_LATIN = new Set(['pdf', 'pfd', 'jpg', 'jpeg', 'png', 'gif', 'doc', 'docx', 'xls', 'xlsx', 'word', 'ok']);

export type Lang = 'zh' | 'en';

/** A syllable of pinyin, loosely (an initial and a final): enough to tell pinyin from English words. */
const SYLLABLE =
  /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|ua|uo|ue|ui|a|o|e|i|u|v)$/;

/** Whether a word splits into syllables of pinyin ("mingpian", "you"; not "ceramics", "how"). */
export function isPinyin(word: string): boolean {
  const ends = new Set([0]);
  for (let end = 1; end <= word.length; end++)
    for (let start = Math.max(0, end - 6); start < end; start++)
      if (ends.has(start) && SYLLABLE.test(word.slice(start, end))) {
        ends.add(end);
        break;
      }
  return ends.has(word.length);
}

export function languageOf(text: string): Lang {
  if (/[\u3400-\u9fff]/.test(text)) return 'zh';
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  // Pinyin typed without an input method ("hangzhou you shenme mingpian"), though "you" is English too.
  // (At least one of them no English word: "Can we?" is English.)
  if (words.length >= 2 && words.every(isPinyin) && words.some((w) => !ENGLISH_WORDS.has(w))) return 'zh';
  return words.some((w) => ENGLISH_WORDS.has(w)) ? 'en' : 'zh';
}
