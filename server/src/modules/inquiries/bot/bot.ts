// The bot. Intent first (a person, my application, the most-asked programme questions), then the
// card catalogue, then the FAQ (BM25 via MiniSearch over segmented, synonym-folded words). It is
// confident only when a FAQ entry, a programme document passage (the FAQ's cited source) or the
// catalogue supports the answer; otherwise it says it is not sure, offers a person, and may suggest
// FAQ questions to tap ("您是不是想问…") — suggestions, never sources.
import MiniSearch from 'minisearch';
import type { PrismaClient } from '../../../generated/prisma/client.js';
import { anonymous, type Viewer } from '../../../context.js';
import { clean, normalize, segmentWords } from '../../search/text.js';
import { AnswerCheck, type CheckedEntry, checkFeatures } from './answer-check.js';
import {
  CHECK_AGREED,
  CHECK_DOUBT,
  CLASSIFIER_DOUBT,
  CLASSIFIER_ANOTHER_QUESTION,
  CLASSIFIER_OVERRULE,
  CLASSIFIER_THRESHOLD,
  CLASSIFIER_THRESHOLD_ENGLISH,
  CLASSIFIER_CATALOGUE,
  CLASSIFIER_CATALOGUE_BEYOND,
  CLASSIFIER_THRESHOLD_FOREIGN,
  FaqClassifier,
  NO_ENTRY,
} from './faq-classifier.js';
import { applicationStatusAnswer } from './application-status.js';
import { ANCHOR_IDF, DomainGate, han, MINISTRY, saidTwice, specificity } from './domain.js';
import { asksOfTheThingItself, Catalogue, type CatalogueQuery, withoutEnglishIndustries } from './catalogue.js';
import { asksApplicationStatus, asksForPerson, asksForPersonInSoManyWords, faqIntent } from './intents.js';
import { asksWhatNoDocumentSays } from './unanswerable.js';
import { asksForAFactNotGiven } from './asked-facts.js';
import { situationsNotSpokenOf } from './situations.js';
import { COMMON_ENGLISH, COMMON_LATIN, ENGLISH_FUNCTION_WORDS, ENGLISH_WORDS, isPinyin, type Lang, languageOf } from './language.js';
import { unsaidHalves } from './phrases.js';
import { PinyinReader } from './pinyin-reading.js';
import { withoutPreamble, withoutSelfIntroduction, withoutSelfIntroductionEn, withoutWhyAsked } from './preamble.js';
import { spokenAsWritten } from './spoken.js';
import { botTokens, botWordSequence, botWords } from './tokenize.js';
import { COMPOUND_FREQUENCY, jiebaDictionary, TypoFixer } from './typos.js';
import { pleasantryAnswer, pleasantryOf } from './pleasantries.js';
import {
  APP_WORDS,
  ASKING_CONTEXT,
  CANONICAL,
  EVERYDAY_WORDS,
  GENERIC,
  OTHER_PRODUCT,
  OTHER_PROGRAMME,
  PEOPLE_WORDS,
  STOPWORDS,
  SYNONYMS,
  WORDS_JIEBA_LACKS,
} from './vocabulary.js';

export type { BotAnswer, BotSource } from './answer.js';
import type { BotAnswer } from './answer.js';

/** Tuned on the tuning part of the evaluation set (server/bench): below these the bot is not sure. */
export const MIN_SCORE = 4;
/** The best FAQ must also cover this share of the question's meaningful words. */
export const MIN_COVERAGE = 0.3;

/** How many of the strongest entries are compared by how much of the question they cover… */
const RERANK = 5;
/** …among those scoring at least this share of the strongest. */
const RERANK_SHARE = 1 / 3;
/** How specific a noun of the question must be (jieba's IDF: 公式 7.5, 直播 9.1) to need support in the entry. */
const SUPPORT_IDF = 7;
/** How specific the rest of a compound must be to make it another kind of what the entry says (钢铁 6.2; 电子 5.8). */
const KIND_IDF = 6;
/** In a question tied to the programme only by the app's words, how specific a word no entry uses must be to name what is asked (老人 6.4; 用 3.8). */
const STRICT_FOREIGN_IDF = 6;
/** How rare (jieba's IDF) a verb no entry uses must be to be a question the FAQ cannot answer (好玩 9.0; 打通 8.x is a way of saying). */
const RARE_VERB_IDF = 9;
/** The most a piece of a verb cut out by the index weighs (that of a word jieba does not know). */
const VERB_PIECE_WEIGHT = 3;
/** How specific a verb no entry uses must be to ask something no entry answers (注销 8.9, 汇算 11.4; 换 6.2). */
const FOREIGN_VERB_IDF = 8;
/** How rare a two-character word must be to be read as a small word and the next run together (和县 390, 时会 257; 要求 is common). */
const ACROSS_WORDS_FREQUENCY = 1000;
/** A verb with its direction or result (交上去, 撤回来, 写错, 换成): everyday words run together. */
const RUN_TOGETHER_VERB = /(上去|下去|上来|下来|回来|回去|出来|出去|进来|进去|过来|过去|起来|[错好完掉上成通到])$/;

/**
 * A thing said to be a place's 名片 (东方明珠是上海的名片吗), and a place's 名片 said to be a thing (城市名片是火锅吗); not
 * 产业名片, the programme's own word (杭州的产业名片是不是龙井茶 asks the catalogue).
 */
const LOOSE_CARD_SUBJECT = /([^，。？?\s]{1,10}?)(?:应该|应当|就|才|也|可以说|堪称|称得上)?(?:是不是|算不算|是|算是|算)([^，。？?是]{1,8})的(?:城市)?名片/;
const LOOSE_CARD_PREDICATE = /([^，。？?\s]{1,8})的(?:城市)?名片(?:应该|就|也)?(?:是不是|是|算是|算)([^，。？?]{1,10}?)(?:吗|吧|么|嘛|呢|啊|[？?]|$)/;
/** Somewhere abroad, which the situations read (I'm based in Taiwan. Can we take part?). */
const ABROAD_EN = /\b(taiwan|hong kong|macau|macao|abroad|overseas)\b/;

/**
 * Something going wrong with an action (收不到, 登不进去, 上传失败) or an account's binding (换绑): only an
 * entry that speaks of that trouble answers it. (Not finding something, 找不到入口, asks where it is; a
 * review that 失败 is one not passed.)
 */
const TROUBLE =
  /(登录|上传|提交|[收打登进看下加播点发传存])(?:不|没)(?:到|开|上|进去|了|出来|动)|没有?([收看])到|(?<!(?:审核|申请|申报|评选|评审|结果)[是为]?)(失败|报错|出错)|闪退|白屏|黑屏|(?<!(?:申请|申报|登记表|那份)(?:是不是|是否|还|都)+)卡住|卡死|没反应|不显示|显示不出|[换改解]绑/;
/** Every trouble an entry's text speaks of. */
const TROUBLES = new RegExp(TROUBLE.source, 'g');
/** A clause that asks something. */
const ASKS = /什么|怎么|怎样|如何|哪|吗|么|多少|几|是否|能否|可否|要求|有没有|是不是/;
/** What an entry says when it speaks of something failing, whatever the action. */
const SPEAKS_OF_FAILING = /失败|报错|出错|无法|不能|不可|提示|错误/;
/**
 * A word of pinyin left over when a question typed in pinyin is read back (le, kaolv): short. A longer
 * Latin word in a Chinese question names a product (youtube, though it splits into syllables).
 */
const leftOverPinyin = (word: string) => word.length <= 6 && isPinyin(word);
/**
 * How specific a verb no entry uses must be to be unsupported when it is the action asked whether, how or
 * where one can do (能下载吗 7.2; 召开 5.6, an everyday word for the entries' 举办): less than other verbs.
 */
const ASKED_ACTION_IDF = 7;
/** Words asking whether one may or can do something (能下载吗), and how or where (怎么关闭, 在哪下载). */
const MAY_OR_CAN = /^(能|可以|能否|能不能|可不可以)$/;
const HOW_OR_WHERE = /^(怎么|如何|咋|在哪|在哪里|在哪儿|哪里|哪儿|去哪|去哪里)$/;
/** Verbs that ask how to go about anything (怎么理解, 怎么处理): no action of their own. */
const META_VERB = /^(理解|处理|操作|办理|解决|争取|看待|评价|应对|开展|进行|实现|认识|把握|安排)$/;
/**
 * Asking which organisations of a kind (哪些企业, 哪个部门, 哪所大学); not which kind may do something
 * (哪些企业可以参与 asks who is eligible).
 */
const WHICH_KIND =
  /(?:哪些|哪几家|哪几个|哪几所|哪家|哪个|哪所|哪一级|哪级|哪位)(?:部|省|市)?(企业|公司|高校|大学|部门|处室|科室|协会|媒体|银行|学校|领导)(?![^，。？?]{0,3}(可以|能|会|可|需要))/g;
/** An entry names one of that kind (a department: 工业和信息化部; a medium: 总台), not only the kind (高校 may join). */
const NAMES_KIND: Record<string, RegExp> = {
  部门: /[\u4e00-\u9fff]{2,}(部|局|厅|委员会|中心|政府)/,
  处室: /[\u4e00-\u9fff]{2,}(处|科|室)(?![理长])/,
  科室: /[\u4e00-\u9fff]{2,}(处|科|室)(?![理长])/,
  媒体: /总台|电视台|日报|报社|新华社|[\u4e00-\u9fff]{2,}网/,
  企业: /[\u4e00-\u9fff]{2,}(公司|集团)/,
  公司: /[\u4e00-\u9fff]{2,}(公司|集团)/,
  高校: /[\u4e00-\u9fff]{2,}(大学|学院)/,
  大学: /[\u4e00-\u9fff]{2,}(大学|学院)/,
  学校: /[\u4e00-\u9fff]{2,}(学校|大学|学院)/,
  协会: /[\u4e00-\u9fff]{2,}协会/,
  银行: /[\u4e00-\u9fff]{2,}银行/,
  领导: /部长|局长|市长|县长|书记|主任|司长|厅长|省长|处长|科长|自行确定|自行决定/,
};
/** A clause that asks something (not one that tells where the asker comes from: 我孙女在成都上大学). */
const ASKING_CLAUSE = /什么|啥|怎么|咋|怎样|如何|哪|吗|么|多少|几|是否|能否|可否|有没有|是不是|[？?]/;
/** A place referred back to (那边的名片是什么, after 我下周去武汉). */
const THERE = /那边|那里|那儿|当地|这边|这里|这儿|我们这|我们那|老家/;
/** The clauses of a question, between its punctuation. */
const clausesOf = (text: string) => text.split(/[，,；;。！!？?]+/);
/** How two things differ (产业名片和地理标志产品有什么区别): the entry must speak of both. */
const DIFFERENCE =
  /([^，。？?、]{2,14})(?:和|与|跟|同)([^，。？?、]{2,14}?)(?:之间)?(?:有什么|有啥|什么|啥|的|有哪些|是)?(?:区别|不同|不一样|差别|差异|一回事|一码事)/;
/** One thing compared with another (跟国外那种城市品牌计划比，有什么不一样): the entry must speak of the other. */
const COMPARED_WITH =
  /(?:跟|和|与|同)([^，。？?、]{2,16}?)(?:相)?比(?:较|起来)?[，,]?[^，。？?]{0,4}(?:有什么|有啥|哪个|谁)?(?:不一样|区别|不同|差别|差异|优势|更|强|好)/;
/** A choice between two (线上电子签，还是要到北京现场签): the entry must speak of both. */
const CHOICE = /是([^，。？?]{2,12}?)[，,]?还是(?:要|得)?([^，。？?]{2,12}?)(?:[？?]|吗|呢|$)/;
/** What something is proposed to mean (“生态”指的是自然生态环境吗): the entry must say that meaning. */
const MEANS = /(?:指的?是|是指|意思是)([^，。？?]{2,14}?)(?:吗|么|嘛|[？?]|$)/;
/** The same compared with one thing, the programme understood (跟文旅部门搞的城市名片是一回事吗). */
const SAME_AS = /^(?:这个?|这计划|名片)?(?:和|与|跟|同)([^，。？?、]{2,14}?)(?:是不是|是)?(?:一回事|一码事|一样|相同)/;
/** Offices and places of work, as the asker names theirs (文化馆, 宣传部, 经信局, 社区). */
const OFFICE_WORD = /[局厅委办处科部院馆所站]$|中心$|政府$|单位$|部门$|系统$|社区$|居委会$|村委$/;
/** Words for people by how they end (老同志, 退休职工, 村支书, 老汉, 街坊), and a few roles (办事员). */
const PERSON_NOUN =
  /^[\u4e00-\u9fff]{0,4}(工人|职工|同志|干部|老汉|老头|老太|老太婆|老太太|老人|老人家|老年人|支书|书记|街坊|党员|老师|教师|学生|会计|代表|家长|市民|村民|居民|群众|百姓|大伙|大家伙|娃娃|孙子|孙女|乡长|镇长|村长)$|^(办事|经办|联络|科|网格|信息|统计|文书)员$/;
/** An office named by the words before it (农业农村局, 商务厅). */
const OFFICE_SUFFIX = /^[局厅委办部处科所院]$/;
/** A clause that asks by how it ends (还能改不, 有没得, 行吗). */
const ENDS_ASKING = /(不|没|没有|未|行吗|呢|吧)[，,。！!；;\s]*$/;
/**
 * A condition (要是领导换了), a request to the bot (你帮我改改) or what one would do in the app (在小程序上挂个号):
 * part of what is asked, however plainly said.
 */
const NO_ASIDE = /^(要是|如果|假如|万一|若是?|一旦)|(你|您)?(帮|替|给)(我|我们)|(在|用)(这个)?(小程序|本应用|应用|app)/;
/** A thing asked how to write (这个建议该怎么写, 请示怎么起草): the entry must speak of it. */
const WRITTEN = /(?:^|[，,。\s这那个的])([^，,。？?\s这那个的]{2,6}?)(?:该|要|应该|应当|得)?(?:怎么|如何|咋)(?:个|样)?(?:写|起草|撰写)/;
/** A thing asked when it happens (校招啥时候开始, 四级成绩啥时候出, 推进大会什么时候开): the entry must speak of it. */
const TIMED =
  /(?:^|[，,。\s这那个的])([^，,。？?\s这那个的]{2,10}?)(?:今年|一般|大概|大约|每年)?(?:是)?(?:什么时候|啥时候|几月份?|哪天|几号)(?:开始|开|出来|出|举行|举办|召开|公布|放榜)/;
/** An amount asked (龙头企业去年营收是多少): the entry must speak of what is measured. */
const AMOUNT = /([^，,。？?\s的]{2,6})(?:是|有|大概是?|一共是?|能有)?(?:多少|几何)(?=[？?吗呢啊呀]|$)/;
/** A matter asked about by name (帮同事问问年假的事, 关于上市的问题): the entry must speak of it. */
const MATTER = /(?:问|说|聊|关于)(?:问|一下|下)?([^，,。？?\s]{2,8}?)(?:的事情?|的问题|方面的?)/;
const NOUNS = /^(n(?![rst])|vn|j|$)/;
/**
 * The things a question asks something of, each captured by its pattern, that the answering entry must speak of. `kind`: the
 * words of the capture that count; `instructionsAsked`: a request for instructions (请示) may be what is written; `notThings`:
 * words that name no other thing (a thing's 名字); `judgedWhole`: a capture jieba reads only as characters (年假 → 年 + 假).
 */
const ASKED_THINGS: { pattern: RegExp; kind: RegExp; instructionsAsked?: boolean; notThings?: RegExp; judgedWhole?: boolean }[] = [
  { pattern: WRITTEN, kind: /^(n(?![rst])|v|$)/, instructionsAsked: true, notThings: /^(名字|名称|内容|全称)$/ },
  { pattern: MATTER, kind: NOUNS, judgedWhole: true },
  { pattern: TIMED, kind: NOUNS },
  { pattern: AMOUNT, kind: NOUNS },
];
/** In how many entries a verb is the programme's own (提交, 填写), whichever entry answers: no requirement of its own. */
const PROGRAMME_VERB_ENTRIES = 5;
/** What action is asked to be required (需要授权吗, 要不要分管领导签字): the entry must speak of it. */
const REQUIRED =
  /(?:需要|要不要|需不需要|是否需要|(?<![不需想还也就都])要(?=[\u4e00-\u9fff]{1,3}亲自|[\u4e00-\u9fff]{1,6}(?:到场|出席|在场|陪同)))(?:先|另外|额外|再)?([^，。？?]{2,12}?)(?:吗|么|呢|[？?]|$)/;
/**
 * The programme's words that name a specific thing (主题, 书籍, 补贴): an entry that never says them does not answer
 * about them. (Its everyday words, 申请, 产业名片, 中心, are in every entry's meaning, said or not.)
 */
const SPECIFIC_CANONICAL = new Set(
  '主题 书籍 复评 补贴 宣传 微纪录片 入选 撤回 退回 草稿 费用 规模 结果 强制 示例 分批 首批 主名片 特色名片 牵头单位 主导产业 简介 字数 发布 主办 筛选 目标 账号 登录 邮箱 notification'.split(
    ' ',
  ),
);
/**
 * A step of the programme a question sets its time by (名片发布以后, 已签约的, 截止之前): the entry must speak of
 * that step, or it answers for another time (editing before submission is no renaming after publication).
 * (Not being selected, 入选以后: what a card brings is spoken of without it.)
 */
const STEP_AS_TIME = /(?:已经?)(发布|签约|提交|通过|退回|上线|公示)|(发布|签约|提交|截止|退回|撤回|公示|上线|播出|通过|结束)了?(?:以后|之后|以前|之前|后|前)/g;
/** Whether a text sets its time by a step at all (STEP_AS_TIME, without the global flag's state). */
const SETS_TIME_BY_STEP = new RegExp(STEP_AS_TIME.source);
/** Why a place was chosen (为什么选了宁波, 郴州为什么能进首批): the entry must give a reason. */
const WHY = /为什么|为啥|凭什么|\bwhy\b/;
const CHOSEN = /选|入选|能进|进了|签约|试点|首批|chosen|selected|picked/;
const GIVES_REASON = /因为|由于|鉴于|基于|考虑到|原因|\bbecause\b|\bdue to\b/;
/**
 * A follow-up after what the question first restates at length (一个区域一次征集只能有一份有效申请，那两个
 * 相邻的县能不能合报一份？): the part asked. A short preface (中心说不予通过，那…) is part of the question.
 */
const FOLLOW_UP = /^[^，,；;]{10,}[，,；;]\s*那么?(?![个些张份边里样])(.{12,})$/;

const handoffAnswer = (lang: Lang): BotAnswer => ({ text: TEXT[lang].handoff, confident: true, handoff: true, sources: [], suggestions: [], basis: 'handoff' });

const TEXT = {
  zh: {
    empty: '请输入您的问题。',
    handoff: '好的，正在为您转接人工客服，请稍候。',
    unsure: '抱歉，这个问题我不太确定，不想给您不准确的答案。您可以换个说法，或点“转人工”请工作人员解答。',
    unsureWithSuggestions: '抱歉，这个问题我不太确定。您是不是想问下面的问题？也可以点“转人工”请工作人员解答。',
    twoQuestions: '您一次问了不止一个问题。请点下面的问题，我逐个回答；也可以点“转人工”请工作人员解答。',
  },
  en: {
    empty: 'Please type your question.',
    handoff: 'Sure — connecting you to a member of staff, please wait.',
    unsure: "Sorry, I'm not sure about this and don't want to give you a wrong answer. You can rephrase it, or tap “Talk to a person” to ask the staff.",
    unsureWithSuggestions: "Sorry, I'm not sure about this. Did you mean one of the questions below? You can also tap “Talk to a person”.",
    twoQuestions: "You asked more than one question at once. Tap each question below and I'll answer it, or tap “Talk to a person”.",
  },
} as const;

/**
 * Where a message goes on to ask another thing: …, and what is the deadline?; Also, …; Second question: …; …？还有…;
 * …，另外…; 顺便问下…; 第二个问题… (only after a clause has ended: 杭州还有哪些名片 asks one thing).
 */
const THEN_ASKS =
  /,\s*(?:and|also|plus)\s+(?=(?:what|how|who|when|where|which|why|can|could|is|are|do|does|will|should)\b)|(?<=[.?!]\s*)(?:also|second question|another question|and another thing)\b[,:]?\s*|(?<=[。？?！!\s])(?:还有|另外)[，,：:\s]*|(?<=[，,。？?！!\s])(?:还有|另外)[，,：:]\s*|(?<=[，,。？?！!\s])(?:顺便问(?:一?下|问)?|第二个问题|再问(?:一?下)?)[，,：:\s]*/gi;
/** The questions of a message that asks more than one (at most three; none a mere word). */
export const questionsAsked = (message: string): string[] => {
  const mark = () => (/[\u4e00-\u9fff]/.test(message) ? '？' : '? ');
  // (The last question after such words may end without a question mark: 怎么登录？还有为什么要验证手机号.)
  const joined = message.replace(THEN_ASKS, mark);
  const marked = joined === message ? message : joined.replace(/[^？?\s]\s*$/, (end) => `${end.trim()}${mark()}`);
  const asked = (marked.match(/[^？?]+[？?]+/g) ?? [])
    .map((q) =>
      q
        .replace(/^[\s？?]+/, '')
        .replace(/[，,。\s]*([？?])[？?]*$/, '$1')
        .trim(),
    )
    .filter((q) => [...q.replace(/[\p{P}\s]/gu, '')].length >= 4);
  return asked.length >= 2 && asked.length <= 3 ? asked : [];
};

/** What the classifier reads a question as (Bot.verdict): allowed by the rules' guards, or only its label when not. */
type Verdict = { kind: 'entry'; doc: FaqDoc } | { kind: 'status' } | { kind: 'handoff' } | { kind: 'blocked'; label: string };

interface FaqDoc extends CheckedEntry {
  id: string;
  key: string;
  question: string;
  questionEn: string | null;
  ask: string; // question, alternatives and the English question
  answer: string;
  /** Every word of the entry (question, alternatives, answers, source): what it supports. */
  words: Set<string>;
  /** The entry's text as read (normalised), to find names quoted whole. */
  text: string;
  /** Whether its answer names a region (泉州, 东莞): it can say which places. */
  namesPlaces: boolean;
  answerEn: string | null;
  sourceTitle: string;
  sourceUrl: string | null;
}

/** A question as typed, for matching an entry's own phrasings: simplified, lower case, no spaces or punctuation. */
const phrasing = (text: string) => clean(normalize(text));

/** The films' canonical word, its synonyms and their parts (纪录 of 纪录片). */
const isFilmWord = (word: string) => word === '微纪录片' || SYNONYMS.微纪录片.some((synonym) => synonym.includes(word));

/** The country every entry is about, in English: no more telling than 中国. */
const PLACES_EN = new Set(['china', 'chinese']);

/**
 * Whether a word a question shares with an entry is a reason to answer from it: a word of the
 * programme's vocabulary, or a noun, verb or adjective (of two characters, or a rare one: 拒) — not a
 * conjunction (还是), a numeral (一份, 1), a pronoun (哪个) or a place (中国).
 */
function isEvidence(word: string): boolean {
  if (word === MINISTRY) return false; // behind much else than the programme (its minister, policies)
  if (CANONICAL.has(word) && !GENERIC.has(word)) return true;
  if (/^[a-z]{3,}$/.test(word)) return !PLACES_EN.has(word) && !ENGLISH_FUNCTION_WORDS.has(word);
  if (/^\d{2,}$/.test(word)) return true; // a year or an amount (2024, 30), not "1"
  const tag = jiebaDictionary().kindTags.get(word) ?? '';
  if (!/^[\u4e00-\u9fff]+$/.test(word) || !(tag === '' || /^(n(?!s)|v|a|l|i|j)/.test(tag))) return false;
  // One character says something when it is rare (拒), not when it is everyday (来, 写).
  return [...word].length >= 2 || specificity(word) >= ANCHOR_IDF;
}

/** The years a question names (the 2026 conference) that the entry never mentions: another time than it speaks of. */
function yearsNotNamed(text: string, doc: FaqDoc): string[] {
  return (text.match(/20\d\d/g) ?? []).filter((year) => !doc.text.includes(year) && !doc.words.has(year));
}

export class Bot {
  /** Thresholds, tunable for the evaluation (defaults: MIN_SCORE, MIN_COVERAGE). */
  thresholds = { score: MIN_SCORE, coverage: MIN_COVERAGE };
  /** Whether the entry answers the question as a whole, after the rules (answer-check.ts); null only to train it. */
  answerCheck: AnswerCheck | null = new AnswerCheck();
  /** Which entry a question the rules are not sure of asks for (faq-classifier.ts); null only to train. */
  faqClassifier: FaqClassifier | null = new FaqClassifier();
  /** The classifier's last reading: one answer asks for it up to three times (verdict, doubted, agreedDespiteCheck). */
  private lastReading?: { text: string; classifier: FaqClassifier; words: string[]; label: string; probability: number };

  private constructor(
    private faqs: Map<string, FaqDoc>,
    private byKey: Map<string, FaqDoc>,
    private index: MiniSearch<FaqDoc>,
    private typos: TypoFixer,
    private catalogue: Catalogue,
    private documentFrequency: Map<string, number>,
    private domain: DomainGate,
    private pinyinReader: PinyinReader,
    /** Every word of the entries' questions and alternatives (not their answers). */
    private askWords: Set<string>,
    /** The English words of card titles, places and industries (optics, valley, baijiu). */
    private catalogueEnglish: Set<string>,
    /** Each entry by its question and every phrasing staff gave it, as typed (see `phrasing`). */
    private byPhrasing: Map<string, FaqDoc>,
  ) {}

  /** Builds the index from the published FAQ, and the catalogue from the published cards. */
  static async load(prisma: PrismaClient): Promise<Bot> {
    const rows = await prisma.faq.findMany({ where: { published: true } });
    const docs: FaqDoc[] = rows.map((f) => {
      const ask = [f.question, ...f.alternatives, f.questionEn ?? ''].join('\n');
      return {
        id: f.id,
        key: f.key,
        question: f.question,
        questionEn: f.questionEn,
        ask,
        answer: f.answer,
        answerEn: f.answerEn,
        sourceTitle: f.sourceTitle,
        sourceUrl: f.sourceUrl,
        words: new Set(botTokens([f.question, ...f.alternatives, f.questionEn ?? '', f.answer, f.answerEn ?? '', f.sourceTitle].join('\n'))),
        text: normalize([f.question, ...f.alternatives, f.answer, f.sourceTitle].join('\n')),
        checkText: normalize([ask, f.answer, f.answerEn ?? ''].join('\n')),
        namesPlaces: false, // below, once the catalogue is loaded
      };
    });
    const catalogue = await Catalogue.load(prisma);
    for (const d of docs) d.namesPlaces = botWords(d.answer).some((w) => catalogue.isPlaceName(w));
    const index = new MiniSearch<FaqDoc>({
      fields: ['ask', 'answer', 'answerEn'],
      storeFields: ['key'],
      tokenize: botTokens,
      processTerm: (term) => term,
      searchOptions: { boost: { ask: 3 }, prefix: false, fuzzy: false, combineWith: 'OR' },
    });
    index.addAll(docs);
    // Card titles, places and industries are words too: never "corrected"; so are everyday words jieba lacks.
    const typos = TypoFixer.fromTexts(
      docs.map((d) => normalize(d.ask)),
      [...catalogue.words(), ...WORDS_JIEBA_LACKS],
    );
    const documentFrequency = new Map<string, number>();
    for (const d of docs)
      for (const t of new Set(botTokens(`${d.ask}\n${d.answer}\n${d.answerEn ?? ''}`))) documentFrequency.set(t, (documentFrequency.get(t) ?? 0) + 1);
    // A card's title or industry, and its specific parts (瓷都, 稀土 — not 材料 from 新材料); in English
    // only a one-word industry (tungsten), not the words of a title (china, new, world, and).
    const catalogueWords = new Set(
      catalogue
        .topicWords()
        .flatMap((w) => (/[a-z]/.test(w) ? (/^[a-z]+$/.test(w) ? [w] : []) : [w, ...botTokens(w).filter((t) => specificity(t) >= ANCHOR_IDF)])),
    );
    const domain = new DomainGate(
      new Set(documentFrequency.keys()),
      catalogueWords,
      (w) => catalogue.isPlaceName(w),
      (w) => typos.soundsLikeKnown(w),
    );
    // Pinyin is read as the programme's terms first, then question words, then the FAQ's words by use, then people (pengyou).
    const pinyinReader = new PinyinReader(() => {
      const byUse = [...documentFrequency.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
      return [...Object.keys(SYNONYMS), ...CANONICAL.keys(), ...STOPWORDS, ...GENERIC, ...byUse, ...PEOPLE_WORDS, ...EVERYDAY_WORDS];
    });
    const byId = new Map(docs.map((d) => [d.id, d]));
    return new Bot(
      byId,
      new Map(docs.map((d) => [d.key, d])),
      index,
      typos,
      catalogue,
      documentFrequency,
      domain,
      pinyinReader,
      new Set(docs.flatMap((d) => botTokens(d.ask))),
      new Set(catalogue.words().flatMap((w) => botWords(w).filter((word) => /^[a-z]+$/.test(word)))),
      new Map(rows.flatMap((f) => [f.question, ...f.alternatives, f.questionEn ?? ''].filter(Boolean).map((q) => [phrasing(q), byId.get(f.id)!] as const))),
    );
  }

  /** A question as the rules read it: pinyin as words, spoken forms as written, typos fixed, who asks left out. */
  private read(question: string): { lang: Lang; normalized: string; text: string; core: string } {
    const lang = languageOf(question);
    const normalized = normalize(question);
    // Latin letters with no English word in them are pinyin (languageOf): read as the words they spell.
    const read = withoutPreamble(this.typos.fix(spokenAsWritten(lang === 'zh' ? this.pinyinReader.read(normalized) : normalized)));
    // (A self-introduction that names a thing no entry speaks of stays: 我是考研的, 我是公务员考生 may be what the
    // question is about; an office, a person, a level or the programme's words are who asks: 我是乡里分管工业的副乡长.)
    const { kindTags } = jiebaDictionary();
    const unknownThing = (w: string) =>
      [...w].length >= 2 &&
      /^(n(?![rst])|vn|j|nz)/.test(kindTags.get(w) ?? '') &&
      !this.documentFrequency.has(w) &&
      !this.isPerson(w) &&
      !GENERIC.has(w) &&
      !CANONICAL.has(w) &&
      !OFFICE_WORD.test(w) &&
      !(w.endsWith('人') && this.catalogue.isPlaceName(w.slice(0, -1))); // 泉州人: who asks, and where from
    const introduced = withoutSelfIntroduction(withoutWhyAsked(read), (clause) =>
      botWords(clause).some((w) => this.catalogue.isPlaceName(w) || unknownThing(w)),
    );
    // (…in English, one that names a place of ours or somewhere abroad says where is asked about.)
    const namesWhatIsAsked = (sentence: string) => botWords(sentence).some((w) => this.catalogue.isPlaceName(w)) || ABROAD_EN.test(sentence);
    const text = lang === 'en' ? withoutSelfIntroductionEn(introduced, namesWhatIsAsked) : introduced;
    return { lang, normalized, text, core: this.withoutAsides(text) };
  }

  /**
   * The question without the clauses that neither ask nor name anything of the programme (我老眼昏花的找半天没找着,
   * 我退休了爱看书, 想给娃娃们讲讲): what the asker tells of themselves.
   */
  private withoutAsides(text: string): string {
    const clauses = text.split(/(?<=[，,。！!；;])/);
    if (clauses.length < 2) return text;
    const programme = (w: string) => [...w].length >= 2 && this.documentFrequency.has(w) && !GENERIC.has(w) && !this.isNeutral(w);
    // (A thing named is no aside, whether the programme speaks of it or not: 我们村想搞民宿, 孩子明年上小学.)
    const { kindTags } = jiebaDictionary();
    // (jieba tags some things as places of a sort, 初中/f: anything but a verb, an adverb, a set phrase, a number, a time or a pronoun.)
    const thing = (w: string) =>
      [...w].length >= 2 && /^(n(?![rt])|vn|j|f|s|b|z)/.test(kindTags.get(w) ?? '') && !this.isPerson(w) && !this.catalogue.isPlaceName(w);
    const kept = clauses.filter(
      (clause) =>
        ASKING_CLAUSE.test(clause) ||
        ENDS_ASKING.test(clause) ||
        NO_ASIDE.test(clause.trim()) ||
        botWords(clause).some((w) => programme(w) || thing(w) || this.catalogue.isPlaceName(w)),
    );
    return kept.length ? kept.join('').trim() : text;
  }

  /**
   * Answers a question; a signed-in viewer asking about their application gets its status. A message asking two
   * things an entry and something else answer, each alone (主导产业最多填几个？联系电话能填座机吗？), is not answered
   * by one of them as if that were all: the bot says so and offers each question to tap.
   */
  async answer(question: string, prisma: PrismaClient, viewer: Viewer = anonymous): Promise<BotAnswer> {
    const answer = await this.answerAlone(question, prisma, viewer);
    if (!answer.confident || answer.handoff) return answer;
    const asked = questionsAsked(question);
    // (A phrasing staff gave an entry is answered from it, whatever it asks: 机器人未解决 taught it so.)
    if (!this.byKey.has(answer.basis ?? '') || asked.length < 2 || this.byPhrasing.has(phrasing(question))) return answer;
    const answers: BotAnswer[] = [];
    for (const one of asked) answers.push(await this.answerAlone(one, prisma, viewer));
    // (One entry answering the whole of it, 登记表有哪些栏目 for 主导产业填几个？简介限多少字？, answers it.)
    if (!answers.some((one) => one.basis === answer.basis)) return answer;
    for (const [i, other] of asked.entries()) {
      const alone = answers[i];
      const another = alone.confident && !alone.handoff && !alone.chat && alone.basis && alone.basis !== answer.basis;
      // (…a question of its own, which the classifier is sure of alone; not the first put again, which alone reads as
      // something else: How do I reach the centre? Is there a phone number?)
      if (another && this.classifiedSurelyAs(other, alone.basis!)) {
        const lang = this.read(question).lang;
        return { text: TEXT[lang].twoQuestions, confident: false, handoff: true, sources: [], suggestions: asked, basis: null };
      }
    }
    return answer;
  }

  /** Whether the classifier is sure (CLASSIFIER_ANOTHER_QUESTION) that a question has the label of an answer's basis. */
  private classifiedSurelyAs(question: string, basis: string): boolean {
    const reading = this.classified(this.read(question).text);
    const label = this.byKey.has(basis)
      ? basis
      : basis === 'applications'
        ? NO_ENTRY.status
        : basis.startsWith('count')
          ? NO_ENTRY.count
          : basis.startsWith('cards')
            ? NO_ENTRY.cards
            : null;
    return !!reading && reading.label === label && reading.probability >= CLASSIFIER_ANOTHER_QUESTION;
  }

  private async answerAlone(question: string, prisma: PrismaClient, viewer: Viewer): Promise<BotAnswer> {
    const { lang, normalized, text, core } = this.read(question);
    if (!normalized) return { text: TEXT[lang].empty, confident: false, handoff: false, sources: [], suggestions: [], basis: null };
    // (As read: 謝謝 is 谢谢, ［图片］ is [图片].)
    const pleasantry = pleasantryOf(normalized);
    if (pleasantry) return pleasantryAnswer(pleasantry.kind, pleasantry.english ? 'en' : lang);

    if (asksForPerson(text) && !this.domain.namesOtherService(text)) {
      // (A person asked for in so many words is handed over even when the classifier reads an off-topic question:
      // 能派个工作人员陪我去吗. An entry it is sure of still answers: 转人工要咋操作 asks how.)
      const other = this.kindOverruled(text);
      if (other === 'unsure') return asksForPersonInSoManyWords(text, true) ? handoffAnswer(lang) : this.retrieve(text, lang, false);
      return other ? this.faqAnswer(other, lang) : handoffAnswer(lang);
    }
    // (Not an application of another kind: the visa centre says my application is under review; 我的签证申请到哪一步了.)
    // (An English word no entry uses may name another kind of application, or only say how it is asked, "How is my
    // application doing?": then the classifier must read a status too.)
    const statusAsked = asksApplicationStatus(text) && !TROUBLE.test(text);
    // (Someone else's, 我朋友他们县报的名片到哪一步了, what's the status of my friend's application: not
    // ours to tell, and no entry about notifications or the steps answers it either.)
    const statusWords = statusAsked || /\b(status|progress|stage|update|approved|results?|outcome)\b/.test(text);
    if (statusWords && this.domain.namesSomeoneElsesApplication(text)) return this.retrieve(text, lang, false);
    if (statusAsked && !this.domain.namesOtherApplication(text)) {
      const reading = this.verdict(text, CLASSIFIER_OVERRULE, () => true);
      if (!this.foreignEnglishWords(text).length || reading?.kind === 'status') {
        const other = this.kindOverruled(text, reading);
        return other === 'unsure' ? this.retrieve(text, lang, false) : other ? this.faqAnswer(other, lang) : applicationStatusAnswer(prisma, viewer, lang);
      }
    }

    // A phrasing staff gave an entry (from 机器人未解决) is answered from it, whatever the rules below say;
    // but live data beats a fixed text (一共多少张名片 is counted).
    const taught = this.byPhrasing.get(phrasing(question));
    const parsed = this.catalogue.parse(normalized);
    if (taught && (!parsed || parsed.beyond)) return this.faqAnswer(taught, lang);

    // About something the programme never mentions (低保, 签证; in English, two words of substance no entry
    // uses: apartment prices near a park that has a card), or what no document says (unanswerable.ts):
    // not sure, whatever words it shares.
    const offTopic = this.offTopicReading(text);
    if (typeof offTopic === 'object' && offTopic) {
      // (…unless the classifier is sure nothing we answer is asked.)
      const reading = this.classified(text);
      const unsure = reading?.label === NO_ENTRY.unsure && reading.probability >= CLASSIFIER_OVERRULE;
      return unsure ? this.retrieve(text, lang, false) : this.catalogue.answer(offTopic.catalogue, prisma, lang);
    }
    if (offTopic) {
      // (In English, words no entry uses often say only how it is asked, budget, paperwork, rather than: the classifier,
      // sure of an entry the answer check accepts, answers; never past a Chinese word of another subject or a detail no
      // document gives. Two such words or more need it surer still: verdict.)
      if (lang === 'en' && offTopic === 'english words') {
        const reading = this.verdict(text, CLASSIFIER_THRESHOLD_ENGLISH, () => true, { kindThreshold: CLASSIFIER_THRESHOLD });
        if (reading?.kind === 'entry') return this.faqAnswer(reading.doc, lang);
      }
      return this.retrieve(text, lang, false);
    }

    const intent = faqIntent(text);
    const intended = intent ? this.byKey.get(intent) : undefined;
    if (intended) {
      const kept = this.supported(text, intended) && this.passesCheck(text, intended) ? this.secondOpinion(text, intended, () => true) : null;
      // (A word the entry never uses may still only say how it is asked, 哪些栏目要填: the classifier, sure of the same entry, answers.)
      if (kept) return this.faqAnswer(kept, lang);
      const same = this.verdict(text, CLASSIFIER_THRESHOLD, (doc) => doc === intended);
      return same?.kind === 'entry' ? this.faqAnswer(same.doc, lang) : this.retrieve(text, lang, false);
    }

    // (As written first; as read when that asks beyond the catalogue and the reading does not: 名片都有谁 is 名片都有哪些.)
    const asRead = parsed?.beyond ? this.catalogue.parse(text) : null;
    const query = asRead && !asRead.beyond ? asRead : (parsed ?? this.catalogue.parse(text));
    // A question about a place's cards that asks what the catalogue does not hold: an entry that names the
    // place may answer it (the 2025 conference in Dongguan), no other (杭州名片的logo是谁设计的).
    if (query?.beyond) {
      const asked = this.catalogueClause(normalized) ?? this.catalogueClause(text);
      if (asked) return this.catalogue.answer(asked, prisma, lang);
      // (…never the thing itself, which the catalogue does not read: What are the opening hours of the China Industrial Museum in Shenyang?)
      const kind = this.catalogueKindClassified(text, CLASSIFIER_CATALOGUE_BEYOND);
      const surely = kind && this.namedOfCatalogue(normalized, text, kind.count);
      if (surely) return this.catalogue.answer(surely, prisma, lang);
      return this.retrieve(text, lang, this.namingItsPlaces(text), text, { prisma, viewer });
    }
    if (query) {
      // The classifier, sure that a question naming a place, an industry or a year asks an entry (2024年发布的名单), a
      // status (俺们的名片打造到啥程度了) or nothing we answer, knows better than the catalogue's words.
      const other = this.verdict(text, CLASSIFIER_OVERRULE, this.namingItsPlaces(text));
      if (other?.kind === 'entry') return this.faqAnswer(other.doc, lang);
      if (other?.kind === 'status') return applicationStatusAnswer(prisma, viewer, lang);
      if (other?.kind === 'blocked' && other.label === NO_ENTRY.unsure) return this.retrieve(text, lang, false);
      return this.catalogue.answer(query, prisma, lang);
    }

    // (The classifier, sure that the cards or their count are asked: what the question names of the catalogue, by the one
    // clause that asks it or as a whole: 下个月去杭州玩 杭州有名片吗.)
    const kind = this.catalogueKindClassified(text, CLASSIFIER_CATALOGUE);
    const clause = kind && (this.catalogueClause(normalized) ?? this.catalogueClause(text));
    const named = kind && !clause && !this.asksOfOtherThings(text) ? this.namedOfCatalogue(normalized, text, kind.count) : null;
    const surely = kind && (clause ? { ...clause, count: clause.count || kind.count } : named);
    if (surely) return this.catalogue.answer(surely, prisma, lang);
    return this.retrieve(text, lang, () => true, core, { prisma, viewer });
  }

  /** Words no document uses (`DomainGate.foreignWords`) that name no card's industry, place or title either (景德镇瓷器 is ceramics). */
  private wordsNoCardSpeaksOf(text: string): string[] {
    return this.domain.foreignWords(text).filter((w) => !this.catalogue.parseAsCatalogue(w, false));
  }

  /**
   * Whether a question the catalogue's rules do not read names things no document or card speaks of, two or more
   * (遵义白酒厂的酒糟废水有没有污染赤水河): the classifier, reading only its place and industry, cannot tell it asks the cards.
   * (Things, not doings: 白酒产区有做成名片的吗 asks the cards; Chinese words, whose kind jieba knows.)
   */
  private asksOfOtherThings(text: string): boolean {
    const { kindTags } = jiebaDictionary();
    const things = this.wordsNoCardSpeaksOf(text).filter((w) => han(w) && !(kindTags.get(w) ?? '').startsWith('v'));
    // (…or another programme's title: 商务部首批国际消费中心城市是上海、北京…这5个吗.)
    return things.length >= 2 || botWords(text).some((w) => w.startsWith(OTHER_PROGRAMME));
  }

  /** What a question names of the catalogue, as written or else as read (Catalogue.parseAsCatalogue). */
  private namedOfCatalogue(normalized: string, text: string, count: boolean): CatalogueQuery | null {
    return this.catalogue.parseAsCatalogue(normalized, count) ?? this.catalogue.parseAsCatalogue(text, count);
  }

  /** Whether the classifier is at least `threshold` sure that the cards (count false) or their count are asked. */
  private catalogueKindClassified(text: string, threshold: number): { count: boolean } | null {
    const reading = this.classified(text);
    if (!reading || reading.probability < threshold) return null;
    if (reading.label !== NO_ENTRY.cards && reading.label !== NO_ENTRY.count) return null;
    return { count: reading.label === NO_ENTRY.count };
  }

  /** Whether a question is about something the programme never mentions, or asks what no document says: never answered from an entry. */
  private offTopicGate(text: string): boolean {
    return typeof this.offTopicReading(text) === 'string';
  }

  /**
   * Why a question is kept at the off-topic gate: only English words no entry uses ('english words'), or a Chinese word of
   * another subject or a detail no document gives ('other'); null when it is not. Words the catalogue reads as asking for
   * its cards, and nothing beyond them, are no other subject (我老家洛阳的有吗, 锂电池, Inner Mongolia?, which places are
   * known for rare earths?): then only the catalogue may answer (`catalogue`).
   */
  private offTopicReading(text: string): 'english words' | 'other' | { catalogue: CatalogueQuery } | null {
    if (
      asksWhatNoDocumentSays(text) ||
      this.thingCalledACard(text) ||
      this.domain.namesOtherProgrammesProcess(text) ||
      this.domain.namesKnownOtherKindOfApplication(text) ||
      this.domain.namesOtherApplicationEn(text)
    )
      return 'other';
    const words = this.domain.offTopicWords(text);
    // (Another company's app, even named in Latin letters, is another subject: Is DiDi available in English?)
    const held = words.some((w) => han(w) || w.startsWith(OTHER_PRODUCT))
      ? 'other'
      : words.length > 0 || this.foreignEnglishWords(text).length >= 2
        ? 'english words'
        : null;
    if (!held) return null;
    const query = this.catalogue.parse(text);
    return query && !query.beyond ? { catalogue: query } : held;
  }

  /**
   * 名片 said of a thing no card is about, in its loose sense of what a place is known for (大熊猫应该是四川的名片吧,
   * 重庆的城市名片是火锅吗): no question of the catalogue. (德化白瓷是德化的名片吗 names a card's industry: it is one.)
   */
  private thingCalledACard(text: string): boolean {
    // (A place's: 产业名片是不是纸质卡片 asks what the programme's card is.)
    const subject = LOOSE_CARD_SUBJECT.exec(text);
    const predicate = LOOSE_CARD_PREDICATE.exec(text);
    const ofPlace = (owner: string) => !!this.catalogue.parseAsCatalogue(owner, false)?.region;
    const thing = subject && ofPlace(subject[2]) ? subject[1] : predicate && ofPlace(predicate[1]) ? predicate[2] : null;
    // (Each word no document uses must be no industry of the cards either: 景德镇瓷器 is ceramics.)
    if (!thing) return false;
    const things = this.wordsNoCardSpeaksOf(thing);
    return things.length > 0 && !this.catalogue.parseAsCatalogue(thing, false)?.slugs;
  }

  /** Whether an entry names every place a question does (no other answers about a place: 杭州名片的logo是谁设计的). */
  private namingItsPlaces(text: string): (doc: FaqDoc) => boolean {
    const places = botWords(text).filter((w) => this.catalogue.isPlaceName(w));
    return (d) => places.every((p) => this.catalogue.namesPlaceWithin(`${d.answer}\n${d.answerEn ?? ''}`, p));
  }

  /**
   * The one clause of a question that asks the catalogue, when the others only tell who asks or why
   * (我孙女在成都上大学 成都有啥产业名片; 我下周去武汉采访，那边的名片是什么): that clause's query.
   */
  private catalogueClause(text: string): CatalogueQuery | null {
    // (Never the thing itself, a place's hours, whichever clause names the place: What are the opening hours of the China
    // Industrial Museum in Shenyang?)
    if (asksOfTheThingItself(text)) return null;
    const clauses = text
      .split(/(?<=[，,。！!？?；;\s])/)
      .map((clause) => clause.trim())
      .filter(Boolean);
    // (A question put as A-not-A, 招不招人, or a request, 顺便推荐两款, asks too.)
    const asking = clauses.filter((clause) => ASKING_CLAUSE.test(clause) || ENDS_ASKING.test(clause) || /(.)不\1|推荐|发我|发给我|给我|帮我/.test(clause));
    if (clauses.length < 2 || asking.length !== 1) return null;
    let [clause] = asking;
    const place = clauses.flatMap((c) => botWords(c)).find((w) => this.catalogue.isPlaceName(w));
    if (place && !clause.includes(place) && THERE.test(clause)) clause = clause.replace(THERE, place);
    const query = this.catalogue.parse(clause);
    return query && !query.beyond ? query : null;
  }

  /**
   * The question's distinctive words (not the app's own — 微信, 登录, 表格 — nor question words or
   * places) that an entry does not contain: what it asks that the entry does not say.
   */
  private unsupportedWords(text: string, doc: FaqDoc, core = text): string[] {
    const { kindTags, frequency } = jiebaDictionary();
    // Tied to the programme only by the app's words (微信, 账号): how many (两个账号), what is done
    // (插入, 转网) and to what (QQ) are part of what is asked, and the entry must say them too.
    const strict = this.domain.tiedOnlyByApp(text);
    const chinese = languageOf(text) === 'zh';
    const hanWritten = /[\u4e00-\u9fff]/.test(text);
    const foreignEnglish = this.foreignEnglishWords(text);
    const asked = this.askedActions(text);
    const coreWords = core === text ? undefined : new Set(botWords(core));
    const inCore = (w: string) => !coreWords || coreWords.has(w);
    const amountsInTheEntrysUnits = new Set(
      [...text.matchAll(/(\d{3,6})\s*(字|个|项|页|张|份|元|分钟)/g)].filter((m) => new RegExp(`\\d\\s*${m[2]}`).test(doc.text)).map((m) => m[1]),
    );
    const unsupported = (w: string): boolean => {
      if (this.isNeutral(w) || (CANONICAL.has(w) && !SPECIFIC_CANONICAL.has(CANONICAL.get(w)!)) || doc.words.has(w)) return false;
      if (w.startsWith(OTHER_PRODUCT) || w.startsWith(OTHER_PROGRAMME)) return true;
      // A Latin word in a Chinese question names a product (QQ, Excel); in an English one, any word
      // that says something (QQ, two, once) must be the entry's too.
      // Two or more English words the FAQ never uses (filing, taxes; startup, hardware) are another
      // subject, whatever programme words come with them (deadline, apply).
      // (In a Chinese question written with Chinese characters, any such word: 那个纪录片的bgm, logo是谁设计的.)
      // (…and one led by a figure, 4k or 5g, but no size or measure: 10mb.)
      if (/^[a-z][a-z0-9]+$/.test(w) || (/^\d+[a-z]+$/.test(w) && !/^\d+([kmgt]?b|px|cm|mm|km|kg|ml|min|s|h)$/.test(w)))
        return (
          (chinese && hanWritten && !leftOverPinyin(w) && !COMMON_LATIN.has(w)) ||
          (strict && (chinese || !(ENGLISH_WORDS.has(w) || COMMON_ENGLISH.has(w)))) ||
          (foreignEnglish.length >= 2 && foreignEnglish.includes(w))
        );
      // A number of three to six digits that is no year (12306, 110): a service, or a figure the entry does not give
      // (not a telephone number or an area code: 13912345678, 021).
      // (…but an amount in a unit the entry gives amounts in is the asker's own: 限多少字 我写了500字.)
      if (/^[1-9]\d{2,5}$/.test(w) && !/^20\d\d$/.test(w)) return !amountsInTheEntrysUnits.has(w);
      if (!/^[\u4e00-\u9fff]{2,}$/.test(w)) return false;
      // …and so is a thing or an action no entry ever mentions (老人, 被盗, 智能手机).
      if (strict && !this.documentFrequency.has(w) && /^(n(?![rst])|v|a)/.test(kindTags.get(w) ?? '') && specificity(w) >= STRICT_FOREIGN_IDF) return true;
      // …or a place that is no region of ours (香港, 美国: registering a company there).
      if (strict && kindTags.get(w) === 'ns') return true;
      const parts = botTokens(w).filter((part) => part !== w && [...part].length >= 2);
      // A compound is supported by its parts (手机号码 by 手机号, 电子邮箱 by 邮箱), unless the rest of it is
      // a specific word the entry does not say: then it is another kind of the thing (钢铁行业, 优惠政策).
      const said = parts.filter((part) => doc.words.has(part));
      if (said.length) {
        // (…or a part of it is: 日文版 is no 英文版, though both end in 文版.)
        const unsaidKind =
          said.some((part) => w.endsWith(part)) &&
          parts.some((part) => w.startsWith(part) && !doc.words.has(part) && /^n(?![rst])/.test(kindTags.get(part) ?? '') && specificity(part) >= KIND_IDF);
        if (unsaidKind) return true;
        const rest = said.reduce((left, part) => left.replace(part, ''), w);
        const restTag = kindTags.get(rest) ?? '';
        return (
          rest !== w &&
          [...rest].length >= 2 &&
          !doc.words.has(rest) &&
          !CANONICAL.has(rest) &&
          /^(n(?![rst])|vn|a)/.test(restTag) &&
          specificity(rest) >= KIND_IDF
        );
      }
      const tag = kindTags.get(w) ?? '';
      // A set phrase says what it ends with (个人所得税: 所得税).
      if (tag.startsWith('l')) return parts.some((part) => w.endsWith(part) && unsupported(part));
      // A rare verb or adjective no entry ever uses (好玩, 汇算) is something the FAQ cannot answer; so is a
      // less rare verb (注销), unless it is everyday words run together (交上去, 写错, 换成) or its parts are the FAQ's.
      const neverUsed = /^[va](?!n)/.test(tag) && !this.documentFrequency.has(w) && (frequency.get(w) ?? 0) >= COMPOUND_FREQUENCY;
      // (…and a less specific one when it is the action asked: 能下载吗, 怎么关闭.)
      const foreignVerb =
        tag.startsWith('v') &&
        specificity(w) >= (asked.has(w) ? ASKED_ACTION_IDF : FOREIGN_VERB_IDF) &&
        !RUN_TOGETHER_VERB.test(w) &&
        !parts.some((part) => this.documentFrequency.has(part));
      if (neverUsed && (specificity(w) >= RARE_VERB_IDF || foreignVerb)) return inCore(w);
      if (strict) {
        if (tag === 'm') return true;
        // …and a verb of its own (转网, 截屏, but not 表填: 表 and 填 are the entry's); of words run
        // together, the word they end with (交上去: 上去) or, when jieba does not know them, a noun in
        // them (网银要: 网银).
        if (!tag || tag.startsWith('v'))
          return parts.length
            ? parts.some((part) => (w.endsWith(part) || (!tag && /^n/.test(kindTags.get(part) ?? ''))) && unsupported(part))
            : specificity(w) >= SUPPORT_IDF && ![...w].some((c) => CANONICAL.has(c) || doc.words.has(c));
      }
      // Rare dictionary entries and words jieba does not know are mostly everyday words run together
      // (交上去, 干嘛, 发邮件): the word they end with says what is asked. A name (支付宝) or an
      // abbreviation (车管所) is no phrase.
      if ((frequency.get(w) ?? 0) < COMPOUND_FREQUENCY && !/^(n[rt]|j)/.test(tag)) return parts.some((part) => w.endsWith(part) && unsupported(part));
      // A place in a thing the programme names (表里: in the form) is that thing.
      if (/[里上中内]$/.test(w) && CANONICAL.has(w.slice(0, -1))) return false;
      // A verb and to whom (发给, 转给), or a rare word jieba reads across a small word and the next
      // (城市和县 → 和县, 变化时会 → 时会, 都行): no subject of its own.
      if (/^[\u4e00-\u9fff]给$/.test(w) || (/^[和与跟时要都就也还]/.test(w) && [...w].length === 2 && (frequency.get(w) ?? 0) < ACROSS_WORDS_FREQUENCY))
        return false;
      // A specific noun, or a verb used as one (直播), names what is asked.
      return /^(n|j|vn)/.test(tag) && specificity(w) >= SUPPORT_IDF;
    };
    const halves = unsaidHalves(text, { has: (w) => doc.words.has(w), isNeutral: (w) => this.isNeutral(w) });
    // A document named in book-title marks (《中国制造2025》) that the entry does not name.
    const documents = [...text.matchAll(/《([^《》]{2,40})》/g)].map((m) => m[1]).filter((title) => !doc.text.includes(title));
    // A name in quotation marks the entry does not give, whole or word by word (“5分钟爱上中国产业名片”, “金名片”): another thing.
    // (In Chinese: an English question quotes the idea it asks about, "in consultation".)
    const quoted = [...text.matchAll(/[“「『]([^“”「」『』]{2,30})[”」』]/g)]
      .map((m) => m[1])
      .filter((name) => /^[\u4e00-\u9fff\d]+$/.test(name) && !doc.text.includes(name) && botTokens(name).some((t) => !doc.words.has(t)));
    // Which companies, universities or departments (有哪些企业): the entry must speak of them.
    const kindsAsked = [...text.matchAll(WHICH_KIND)].map((m) => m[1]).filter((kind) => !NAMES_KIND[kind].test(doc.text));
    // Another batch, session or round (第二批; 第一批 is 首批, 第二次 is again) or film (第一部) than the entry
    // speaks of (an entry on batches to come speaks of any).
    const ordinals = (text.match(/第[二三四五六七八九十\d]+(批|届|轮|期)|第[一二三四五六七八九十\d]+(部|集|章|节|页)/g) ?? []).filter(
      (ordinal) => !doc.text.includes(ordinal) && !(ordinal.endsWith('批') && /批次|分批|后续/.test(doc.text)),
    );
    // A year the entry never mentions (the 2026 conference) is another time than it speaks of.
    const years = yearsNotNamed(text, doc);
    // A region an entry that names regions does not name (有没有南京 of the nine pilot cities).
    // (Asked whether it is among them or which are, not the asker's own place given as context; a
    // province is named by its cities.)
    const places =
      doc.namesPlaces && /有没有|在不在|包不包括|包括|算不算|是不是|有哪些|哪些|(多少|几)个/.test(text)
        ? botWords(text).filter((w) => this.catalogue.isPlaceName(w) && /^[\u4e00-\u9fff]+$/.test(w) && !this.catalogue.namesPlaceWithin(doc.answer, w))
        : [];
    // Whether something will happen (会被删除吗, 会不会公开): the entry must speak of that action.
    // (…or of its not happening: 看不到 answers 会看到吗.)
    const willHappen = this.actionsAskedWhetherTheyWillHappen(text).filter(
      (verb) => !doc.words.has(verb) && !doc.text.includes(`${verb[0]}不${verb.slice(1)}`),
    );
    // A step of the programme the question sets its time by: the entry must speak of it.
    // (…when the entry sets its own time by a step, 已提交: one that names no time answers for any.)
    const stepsAsked = [...text.matchAll(STEP_AS_TIME)].map((m) => m[1] ?? m[2]);
    const steps = stepsAsked.length && SETS_TIME_BY_STEP.test(doc.text) ? stepsAsked.filter((step) => !botTokens(step).some((t) => doc.words.has(t))) : [];
    // Situations the entry must speak of besides sharing words (situations.ts), why a place was chosen, both
    // sides of a difference, an action asked to be required.
    const notSaid = [
      ...situationsNotSpokenOf(text, doc.text),
      ...(this.asksWhyAPlaceWasChosen(text) && !GIVES_REASON.test(doc.text) ? ['why'] : []),
      ...this.sidesNotSpokenOf(text, doc),
      ...this.requirementsNotSpokenOf(text, doc),
      ...this.askedThingsNotSpokenOf(text, doc),
      ...this.thingNotSpokenOf(text, doc),
    ];
    return [
      ...new Set([
        ...botWords(text).filter(unsupported),
        ...halves,
        ...documents,
        ...quoted,
        ...kindsAsked,
        ...ordinals,
        ...years,
        ...places,
        ...willHappen,
        ...steps,
        ...notSaid,
      ]),
    ];
  }

  /**
   * The actions a question asks whether one may or can do, or how or where (能下载吗, 怎么关闭, 在哪下载;
   * 能把名片下载成PDF吗: the verb after what is moved), not how to go about anything (怎么理解).
   */
  private askedActions(text: string): Set<string> {
    const { kindTags } = jiebaDictionary();
    const words = segmentWords(text);
    const isVerb = (w: string) => /^[\u4e00-\u9fff]{2,}$/.test(w) && (kindTags.get(w) ?? '').startsWith('v');
    const asksAction = (i: number) =>
      MAY_OR_CAN.test(words[i - 1]) || HOW_OR_WHERE.test(words[i - 1]) || (words[i - 1] === '哪' && /^[在去到]$/.test(words[i - 2] ?? ''));
    const actions = words.flatMap((w, i) => (i > 0 && asksAction(i) ? [w === '把' ? (words.slice(i + 1, i + 6).find(isVerb) ?? '') : w] : []));
    return new Set(actions.filter((v) => isVerb(v) && !/[来着]$/.test(v) && !META_VERB.test(v)));
  }

  /** Whether a clause asks why a place was chosen (not why I must verify my phone, asked from Hangzhou). */
  private asksWhyAPlaceWasChosen(text: string): boolean {
    // (…or places spoken of as a group: 首批9个地方为啥选它们.)
    return clausesOf(text.replace(/\s+/g, '，')).some(
      (clause, i, clauses) =>
        WHY.test(clause) &&
        CHOSEN.test(clause) &&
        (botWords(clause).some((w) => this.catalogue.isPlaceName(w)) || /地方|城市|区域|它们|这些|他们/.test(`${clauses[i - 1] ?? ''}${clause}`)),
    );
  }

  /** Of what the question asks to be required (需要授权吗), the specific actions the entry does not say. */
  private requirementsNotSpokenOf(text: string, doc: FaqDoc): string[] {
    const required = REQUIRED.exec(text)?.[1];
    // (Whether it is required, not which are: 需要填写哪几项.)
    if (!required || /哪|什么|啥|多少|几/.test(required)) return [];
    return this.unsaidWords(required, doc, /^v(?!n)/).filter(
      (w) => specificity(w) >= SUPPORT_IDF && (this.documentFrequency.get(w) ?? 0) < PROGRAMME_VERB_ENTRIES,
    );
  }

  /** Of two things compared (A和B有什么区别), the nouns of one the entry does not say. */
  private sidesNotSpokenOf(text: string, doc: FaqDoc): string[] {
    // (People too: 是演员演的还是真的工人 asks which.)
    const nouns = (side: string) => this.unsaidWords(side, doc, /^(n(?![rst])|vn|$)/, true);
    // (A choice only when both sides name things the entry does not say: not 一次评完还是分批打造.)
    const choice = CHOICE.exec(text);
    if (choice && nouns(choice[1]).length && nouns(choice[2]).length) return [...nouns(choice[1]), ...nouns(choice[2])];
    const compared = DIFFERENCE.exec(text);
    // (A meaning proposed may be a set phrase: 生态环境.)
    const meaning = MEANS.exec(text);
    if (meaning && !compared) return this.unsaidWords(meaning[1], doc, /^(n(?![rst])|vn|l|$)/);
    const other = SAME_AS.exec(text) ?? COMPARED_WITH.exec(text);
    if (!compared && !other) return [];
    return (compared ? [compared[1], compared[2]] : [other![1]]).flatMap(nouns);
  }

  /** Of the things asked something of (ASKED_THINGS: 这个建议该咋写, 年假的事, 校招啥时候开始, 营收是多少), the words the entry does not say. */
  private askedThingsNotSpokenOf(text: string, doc: FaqDoc): string[] {
    return ASKED_THINGS.flatMap(({ pattern, kind, instructionsAsked, notThings, judgedWhole }) => {
      const thing = pattern.exec(text)?.[1];
      if (!thing) return [];
      if (judgedWhole && botWords(thing).every((w) => [...w].length < 2)) return doc.text.includes(thing) ? [] : [thing];
      // (A compound is said by its parts: 手机号码 by 手机号.)
      return this.unsaidWords(thing, doc, kind, false, instructionsAsked).filter(
        (w) => !notThings?.test(w) && !botTokens(w).some((t) => t !== w && doc.words.has(t)),
      );
    });
  }

  /**
   * A thing named by two nouns or more in a row (地理标志产品保护, 综合考评) of which the entry says none:
   * the question is about that thing, whatever else it shares with the entry.
   */
  private thingNotSpokenOf(text: string, doc: FaqDoc): string[] {
    const { kindTags } = jiebaDictionary();
    // (Words many entries use, 产业, are the programme's own, no other thing: 产业规划 is a plan of ours.)
    const noun = (w: string) =>
      /^[\u4e00-\u9fff]{2,}$/.test(w) && /^(n(?![rst])|nz|j)/.test(kindTags.get(w) ?? '') && (this.documentFrequency.get(w) ?? 0) < PROGRAMME_VERB_ENTRIES;
    const unsaid = (w: string) => noun(w) && !doc.words.has(w) && !this.isNeutral(w) && !botTokens(w).some((t) => doc.words.has(t));
    const sequence = [...botWordSequence(text), ''];
    let run: string[] = [];
    for (const w of sequence) {
      if (unsaid(w)) run.push(w);
      // (…not an office, 农业农村局: who asks.)
      else if (run.length >= 2 && !OFFICE_SUFFIX.test(w)) return run;
      else run = [];
    }
    return [];
  }

  /** The words of a piece of the question, of a kind (nouns; verbs), that say something and the entry does not say. */
  private unsaidWords(piece: string, doc: FaqDoc, kind: RegExp, peopleAsked = false, contextAsked = false): string[] {
    const { kindTags } = jiebaDictionary();
    // (People may be what is asked, 是演员演的还是真的工人; and a request for instructions may be what is written, 请示该怎么写.)
    const neutral = (w: string) => this.isNeutral(w) && !(peopleAsked && this.isPerson(w)) && !(contextAsked && ASKING_CONTEXT.has(w));
    return botWords(piece).filter(
      (w) => /^[\u4e00-\u9fff]{2,}$/.test(w) && kind.test(kindTags.get(w) ?? '') && !doc.words.has(w) && !CANONICAL.has(w) && !neutral(w),
    );
  }

  /** Words that say nothing of what is asked: generic ones, the app's, people and places. */
  private isNeutral(word: string): boolean {
    return GENERIC.has(word) || APP_WORDS.has(word) || this.isPerson(word) || ASKING_CONTEXT.has(word) || this.catalogue.isPlaceName(word) || saidTwice(word);
  }

  /** A person (老伴, 办事员, 老同志), as the asker may name themselves or whom they ask for; not one the FAQ speaks of (工作人员, 联系人). */
  private isPerson(word: string): boolean {
    return PEOPLE_WORDS.has(word) || (!this.documentFrequency.has(word) && PERSON_NOUN.test(word));
  }

  /**
   * The actions a question asks whether they will happen (会被删除吗, 会不会对外公开, 会获取我的位置吗): verbs
   * after 会 in a clause that asks yes or no; not how it will be done (会怎么通知我).
   */
  private actionsAskedWhetherTheyWillHappen(text: string): string[] {
    const { kindTags } = jiebaDictionary();
    if (!text.includes('会')) return []; // (most questions: no segmenting for nothing)
    return clausesOf(text).flatMap((clause) => {
      if (!/会不会|[吗么]\s*$/.test(clause)) return [];
      // (会 as a word of its own, not in 协会 or 大会.)
      const words = segmentWords(clause);
      const at = words.findIndex((w) => w === '会' || w === '会不会');
      if (at < 0) return [];
      const after = words.slice(at + 1 + (words[at + 1] === '不会' ? 1 : 0));
      if (after.some((w) => /怎么|如何|怎样|什么|哪|多少|几/.test(w))) return [];
      // (…not one that could not be done, 会不会提交不了: a trouble.)
      return after
        .filter((w, i) => /^[\u4e00-\u9fff]{2,}$/.test(w) && /^(v(?!n)|a)/.test(kindTags.get(w) ?? '') && !/^[不没]/.test(w) && !/^不/.test(after[i + 1] ?? ''))
        .flatMap((w) => botWords(w))
        .filter((w) => !META_VERB.test(w) && !GENERIC.has(w));
    });
  }

  /** English words of substance (4 letters or more) that no entry uses in either language, nor the bot's vocabulary. */
  private foreignEnglishWords(text: string): string[] {
    if (!/[a-z]{4}/.test(text)) return []; // (most questions: no segmenting for nothing)
    const known = (w: string) =>
      this.documentFrequency.has(w) || ENGLISH_WORDS.has(w) || ENGLISH_FUNCTION_WORDS.has(w) || COMMON_ENGLISH.has(w) || STOPWORDS.has(w) || CANONICAL.has(w);
    const words = botWords(withoutEnglishIndustries(text));
    // (A place of two words, "Inner Mongolia", is a place.)
    const inPlace = (i: number) =>
      this.catalogue.isPlaceName(words[i] + (words[i + 1] ?? '')) || (i > 0 && this.catalogue.isPlaceName(words[i - 1] + words[i]));
    // (Words ending in -ly or -ed say how or what was done, not about what: usually, announced.)
    return words.filter(
      (w, i) => /^[a-z]{4,}$/.test(w) && !/..(ly|ed)$/.test(w) && !known(w) && !this.catalogue.isPlaceName(w) && !inPlace(i) && !this.catalogueEnglish.has(w),
    );
  }

  /**
   * Whether the question tells of a trouble the entry does not speak of, and asks nothing else it answers
   * (附件上传失败，有什么要求 asks the entry's requirements; 收不到验证码怎么登录 how to sign in anyway).
   */
  private leavesTroubleUnanswered(text: string, doc: FaqDoc): boolean {
    const trouble = TROUBLE.exec(text);
    if (!trouble) return false;
    const [said, verb, seen, failing] = trouble;
    if (doc.text.includes(said)) return false;
    // The same action's trouble in other words (登录不了 for 登不进去, 无法提交 for 提交不了), or a failure of any kind.
    const action = verb ?? seen;
    if (action && [...doc.text.matchAll(TROUBLES)].some((m) => (m[1] ?? m[2])?.[0] === action[0])) return false;
    if (action && new RegExp(`(无法|不能|不可)${action}`).test(doc.text)) return false;
    if (failing && SPEAKS_OF_FAILING.test(doc.text)) return false;
    // (A clause that asks something, not one that tells the story: 换了新手机号.)
    const otherClauses = text.split(/[，,；;？?！!。\s]+/).filter((clause) => clause && !TROUBLE.test(clause) && ASKS.test(clause));
    if (otherClauses.some((clause) => this.covers(clause, doc))) return false;
    // How or where to do what the entry says (怎么登录, 在哪看).
    const words = segmentWords(text);
    return !words.some((w, i) => i > 0 && HOW_OR_WHERE.test(words[i - 1]) && botTokens(w).length > 0 && botTokens(w).every((t) => doc.words.has(t)));
  }

  /** Whether an entry covers what a piece of a question says (as retrieval weighs it). */
  private covers(piece: string, doc: FaqDoc): boolean {
    const hit = this.index.search(piece).find((h) => String(h.id) === String(doc.id));
    return !!hit && this.meaning(piece).coverage(hit.terms) >= this.thresholds.coverage;
  }

  /**
   * Whether an entry says what the question asks about: none of its distinctive words missing. (`core`: the
   * question without its asides, whose verbs say what the asker did, not what is asked.)
   */
  private supported(text: string, doc: FaqDoc, core = text): boolean {
    if (asksForAFactNotGiven(text, `${doc.answer}\n${doc.answerEn ?? ''}`, doc.namesPlaces)) return false;
    if (this.unsupportedWords(text, doc, core).length) return false;
    if (this.leavesTroubleUnanswered(text, doc)) return false;
    // "…，那…": what the question first says of the entry is context; what follows 那 is asked, and
    // the entry must answer that too.
    const followUp = FOLLOW_UP.exec(text)?.[1];
    if (followUp) return this.covers(followUp, doc);
    return true;
  }

  /** Whether the answer check finds that the entry answers the question (as read), when there is a check. */
  private passesCheck(text: string, doc: FaqDoc): boolean {
    return !this.answerCheck || this.answerCheck.accepts(botWords(text), text, doc);
  }

  /**
   * What the classifier reads a question as, when it is at least `threshold` sure: an entry, a status or a hand-off that
   * the rules' guards allow (`accepts`: no place the entry does not name; the answer check accepts the entry), or only
   * the label it is sure of (`blocked`), when they do not. None when it names `agreed`, the entry the rules found: agreeing
   * needs no guard (the common case, on every confident answer).
   */
  private verdict(
    text: string,
    threshold: number,
    accepts: (doc: FaqDoc) => boolean,
    { kindThreshold = threshold, agreed }: { kindThreshold?: number; agreed?: string } = {},
  ): Verdict | undefined {
    const reading = this.classified(text);
    if (!reading) return undefined;
    const { label, probability } = reading;
    if (probability < threshold || label === agreed) return undefined;
    const blocked = { kind: 'blocked', label } as const;
    // (A status or a person, surer still where `kindThreshold` says: English entries need less, these no less.)
    if ((label === NO_ENTRY.status || label === NO_ENTRY.handoff) && probability < kindThreshold) return blocked;
    // A Chinese word the programme never uses (保税区) may name another subject: then surer still. In English, two such
    // words (as at the off-topic gate): its English texts are short, and one unknown word (attach, mistake) says little.
    const foreign = this.domain.foreignWords(text).some((w) => han(w)) || this.foreignEnglishWords(text).length >= 2;
    if (foreign && probability < CLASSIFIER_THRESHOLD_FOREIGN) return blocked;
    if (label === NO_ENTRY.status) return this.domain.namesOtherApplication(text) || TROUBLE.test(text) ? blocked : { kind: 'status' };
    if (label === NO_ENTRY.handoff) return this.domain.namesOtherService(text) ? blocked : { kind: 'handoff' };
    const doc = this.byKey.get(label);
    // (A year the entry never names is another year's event, as for the rules: 2026年的大会在哪 is not the 2025 conference.)
    return doc && !yearsNotNamed(text, doc).length && accepts(doc) && this.passesCheck(text, doc) ? { kind: 'entry', doc } : blocked;
  }

  /**
   * The classifier's second opinion on an entry the rules are sure of: another entry it is sure of, when the guards allow
   * it; none (not sure) when they do not, or when it is sure nothing we answer is asked. Else the rules' entry: it agrees,
   * is not sure, or reads a kind of question the rules have already ruled out (a person asked for: 转人工要排队吗 asks
   * about the queue). (Two entries disagreeing leave neither trusted. A catalogue answer or a person or status, which no
   * entry can be, gives way only to an entry the guards allow or to an off-topic reading: the rules found what they read.)
   */
  private secondOpinion(text: string, doc: FaqDoc, accepts: (doc: FaqDoc) => boolean): FaqDoc | null {
    const other = this.verdict(text, CLASSIFIER_OVERRULE, accepts, { agreed: doc.key });
    if (other?.kind === 'entry') return other.doc;
    if (this.doubted(text, doc)) return null;
    const refused = other?.kind === 'blocked' && (this.byKey.has(other.label) || other.label === NO_ENTRY.unsure);
    return refused ? null : doc;
  }

  /** What the classifier reads a question as (its words too), once per question and classifier. */
  private classified(text: string): { words: string[]; label: string; probability: number } | null {
    const classifier = this.faqClassifier;
    if (!classifier) return null;
    const last = this.lastReading;
    if (last?.text === text && last.classifier === classifier) return last;
    const words = botWords(text);
    this.lastReading = { text, classifier, words, ...classifier.classify(words, text) };
    return this.lastReading;
  }

  /**
   * Whether the classifier, fairly sure that nothing we answer is asked, and the answer check, lukewarm about the entry,
   * together doubt an entry the rules are sure of (评价体系那28项指标的权重各是多少: the entry says they are not published).
   * Neither is sure enough alone.
   */
  private doubted(text: string, doc: FaqDoc): boolean {
    const reading = this.classified(text);
    if (!reading || !this.answerCheck) return false;
    const { words, label, probability } = reading;
    return label === NO_ENTRY.unsure && probability >= CLASSIFIER_DOUBT && this.answerCheck.probability(words, text, doc) < CHECK_DOUBT;
  }

  /**
   * Whether the classifier, sure of the entry the rules found, outweighs an answer check not quite sure of it (browse the
   * card catalogue): two readers agreeing need less of the third.
   */
  private agreedDespiteCheck(text: string, doc: FaqDoc): boolean {
    const reading = this.classified(text);
    if (!reading || !this.answerCheck) return false;
    const { words, label, probability } = reading;
    return label === doc.key && probability >= CLASSIFIER_OVERRULE && this.answerCheck.probability(words, text, doc) >= CHECK_AGREED;
  }

  /**
   * The classifier's second opinion on a request for a person or a status question, as the rules read it: an entry it is
   * sure of (转人工要咋操作 asks how; 我们的申请没被通过 还能再报不, what next), or "not sure" when it is sure that nothing we
   * answer is asked (12306的人工客服怎么转, 我的驾照换证申请通过了吗); else (undefined) the rules' reading stands. Not sure,
   * the bot still offers a person.
   */
  private kindOverruled(text: string, other = this.verdict(text, CLASSIFIER_OVERRULE, () => true)): FaqDoc | 'unsure' | undefined {
    // (Never an entry for what the off-topic gate keeps from every entry: 我想找工作人员问问低保怎么申请.)
    if (other?.kind === 'entry') return this.offTopicGate(text) ? undefined : other.doc;
    return other?.kind === 'blocked' && other.label === NO_ENTRY.unsure ? 'unsure' : undefined;
  }

  /** A question as the bot reads it: its text after typos, pinyin and phrasing are read, and its words (to train the classifier). */
  reading(question: string): { text: string; words: string[] } {
    const { text } = this.read(question);
    return { text, words: botWords(text) };
  }

  /** Whether a question is one of an entry's own phrasings (its question, alternatives, or one staff taught): answered from it, unchecked. */
  isPhrasing(question: string): boolean {
    return this.byPhrasing.has(phrasing(question));
  }

  /** What the answer check sees of a question and an entry (to train it: bench/train-answer-check.ts). */
  checkFeaturesOf(question: string, key: string): string[] | null {
    const doc = this.byKey.get(key);
    if (!doc) return null;
    const { text } = this.read(question);
    return checkFeatures(botWords(text), text, doc);
  }

  /** The published FAQ entry whose wording is closest to a question (for staff extending it). */
  closestFaqId(question: string): string | null {
    const [best] = this.index.search(this.typos.fix(normalize(question)));
    return best ? String(best.id) : null;
  }

  private faqAnswer(doc: FaqDoc, lang: Lang): BotAnswer {
    const english = lang === 'en' && doc.answerEn;
    return {
      text: english ? doc.answerEn! : doc.answer,
      confident: true,
      handoff: false,
      sources: [{ title: doc.sourceTitle, url: doc.sourceUrl }],
      suggestions: [],
      basis: doc.key,
    };
  }

  /**
   * How much a word says about what is asked: rare words in general Chinese say more (摘牌, 回音)
   * than common ones (给, 地方); a noun the FAQ never uses (猫, 天气, France) weighs most, since it
   * says the question is about something else; particles and pronouns weigh little.
   */
  private weight(term: string): number {
    const { frequency, kinds, kindTags } = jiebaDictionary();
    const latin = /^[a-z0-9]+$/.test(term);
    const inFaq = this.documentFrequency.has(term);
    // A rare verb or phrase of everyday words run together (没电, 交上去) is no rarer in meaning than
    // its parts: weighed like a word jieba does not know.
    const runTogether = !inFaq && (frequency.get(term) ?? COMPOUND_FREQUENCY) < COMPOUND_FREQUENCY && /^[vlad]/.test(kindTags.get(term) ?? '');
    const freq = runTogether ? undefined : frequency.get(term);
    let w = latin
      ? inFaq
        ? Math.log(1 + this.faqs.size / this.documentFrequency.get(term)!)
        : 6
      : freq === undefined
        ? 3
        : Math.log(1 + 100_000 / (freq + 1));
    // One character, or a phrase with 了 in it that jieba lists as a word (开了个): says how, not what.
    if (!latin && ([...term].length === 1 || (!inFaq && /.了/.test(term)))) w = Math.min(w, 1);
    // An everyday English verb or qualifier (explain, actually, usually), or a verb said twice (讲讲): how it is asked, not about what.
    if (latin && !inFaq && COMMON_ENGLISH.has(term)) return 0.5;
    if (saidTwice(term)) return 0.5;
    if (!inFaq) {
      const kind = latin ? 'noun' : kinds.get(term);
      w *= kind === 'noun' ? 2 : kind === 'function' ? 0.3 : 1;
      // A verb the FAQ never uses says how the asker speaks more often than what they ask (弄出来, 摊派, 够格):
      // it weighs at most like a common one. (What it asks is for unsupportedWords to judge: 注销, 下载.)
      if (!latin && /^v(?!n)/.test(kindTags.get(term) ?? '')) w = Math.min(w, 3);
    }
    return Math.max(w, 0.1);
  }

  /**
   * A rare verb or phrase run together from everyday words (报上去, 够不够, 怎么弄) that the FAQ never
   * uses, whose parts are words of the question too: the parts carry its meaning, so it adds no
   * weight of its own. Rare nouns (年终总结, 宣传片) still name a subject and keep theirs.
   */
  private isRunTogether(term: string, tokens: string[]): boolean {
    const { frequency, kindTags } = jiebaDictionary();
    const freq = frequency.get(term);
    if (freq === undefined || freq >= COMPOUND_FREQUENCY || this.documentFrequency.has(term) || !/^[vlad]/.test(kindTags.get(term) ?? '')) return false;
    return botTokens(term).some((part) => part !== term && tokens.includes(part));
  }

  /**
   * The words of a question that say what it asks (not places, nor generic words), each weighted by how
   * much it says, and the share of that meaning a set of matched terms covers.
   */
  private meaning(text: string): { tokens: string[]; content: string[]; weights: number[]; coverage: (terms: string[]) => number } {
    const tokens = [...new Set(botTokens(text))];
    // Place names, generic words ("how", "who") and the people who ask (我孙子, 领导) are no evidence of what is asked.
    // (…unless the question asks who they are: 这个企业的老板是谁.)
    // (Offices may be what is asked: 牵头单位写工信局还是写县政府办.)
    const asker = (t: string) =>
      this.isPerson(t) &&
      !/政府|[局厅科]里/.test(t) &&
      !text
        .split(t)
        .slice(1)
        .some((after) => /^(是谁|叫什么|姓什么|是哪)/.test(after));
    const places = tokens.filter((t) => !this.catalogue.isPlaceName(t) && !asker(t) && !ASKING_CONTEXT.has(t));
    const specific = places.filter((t) => !GENERIC.has(t));
    // Only generic words: enough when there are two of them ("县能申请吗"), never one ("你是谁").
    // One English word that no entry's question uses ("time" in "What time is it in Beijing?", said only
    // in answers) is too little to answer on.
    const content =
      specific.length === 1 && /^[a-z]+$/.test(specific[0]) && !this.askWords.has(specific[0])
        ? []
        : specific.length
          ? specific
          : places.length >= 2
            ? places
            : [];
    // The share of the question's meaning an entry covers, each word weighted by how much it
    // says: FAQ words by their rarity in the FAQ; words the FAQ never uses by their kind — a noun
    // (猫, 天气, France) says the question is about something else, a particle (因为, 就是) says little.
    // A piece of a verb the index also cut out (交上 of 交上去, a rare noun in jieba's dictionary) is no
    // subject of its own: it weighs at most like an unknown word.
    const whole = botWords(text);
    const inVerb = (t: string) => !whole.includes(t) && whole.some((w) => w !== t && w.includes(t) && /^v(?!n)/.test(jiebaDictionary().kindTags.get(w) ?? ''));
    const weights = content.map((t) => (this.isRunTogether(t, tokens) ? 0 : inVerb(t) ? Math.min(VERB_PIECE_WEIGHT, this.weight(t)) : this.weight(t)));
    const total = weights.reduce((a, b) => a + b, 0);
    // A compound the FAQ never uses is covered when its head, the noun it ends with, is (电子邮箱 by
    // 邮箱: an e-mail address is an address; 宣传片 is a film, not 宣传; 商标注册 is no 注册 of ours).
    const heads = content.map((t) =>
      this.documentFrequency.has(t) ? undefined : content.find((p) => p !== t && t.endsWith(p) && jiebaDictionary().kinds.get(p) === 'noun'),
    );
    const coverage = (terms: string[]) =>
      total ? content.reduce((sum, t, i) => sum + (terms.includes(t) || (heads[i] && terms.includes(heads[i])) ? weights[i] : 0), 0) / total : 0;
    return { tokens, content, weights, coverage };
  }

  /** The best entry's answer when it is sure of it and `accepts` the entry; else "not sure" with suggestions. */
  private retrieve(
    text: string,
    lang: Lang,
    accepts: false | ((doc: FaqDoc) => boolean) = () => true,
    core = text,
    asker?: { prisma: PrismaClient; viewer: Viewer },
  ): BotAnswer | Promise<BotAnswer> {
    // (Which entry, and how much of the question it covers, is read without the asides; whether it says all that is asked, on the whole question.)
    const { content, weights, coverage } = this.meaning(core);
    const hits = this.index.search(core);
    let overruled = false;
    if (hits.length && content.length && accepts) {
      // The strongest entry, unless it misses the question's meaning; then of the strongest few, the
      // one covering most of it: common words (申请, 哪里) can outscore the entry with the specific word (编号).
      // It must cover all the top one does: else the two read different parts of the question, and
      // which part is asked is not clear ("怎么注册一家公司": signing in, or companies?).
      let best = { id: String(hits[0].id), coverage: coverage(hits[0].terms) };
      if (best.coverage < this.thresholds.coverage) {
        const topCovers = content.filter((t) => hits[0].terms.includes(t));
        for (const h of hits.slice(1, RERANK)) {
          if (h.score < Math.max(this.thresholds.score, hits[0].score * RERANK_SHARE)) continue;
          if (!topCovers.every((t) => h.terms.includes(t))) continue;
          // …and more of it that says something (编号), not a particle or a single character (上).
          if (!content.some((t, i) => weights[i] > 1 && !topCovers.includes(t) && h.terms.includes(t))) continue;
          const c = coverage(h.terms);
          if (c > best.coverage) best = { id: String(h.id), coverage: c };
        }
      }
      const doc = this.faqs.get(best.id)!;
      const shared = hits.find((h) => String(h.id) === best.id)!.terms;
      const filmsInGeneral = this.domain.filmsOnlyInGeneral(text);
      if (
        // (Videos in general, 纪录片 or its parts, and question words are no evidence for the programme's
        // films: 纪录片怎么拍.)
        shared.some((t) => isEvidence(t) && !this.catalogue.isPlaceName(t) && !(filmsInGeneral && (isFilmWord(t) || GENERIC.has(t)))) &&
        hits[0].score >= this.thresholds.score &&
        best.coverage >= this.thresholds.coverage &&
        this.supported(text, doc, core) &&
        accepts(doc) &&
        (this.passesCheck(text, doc) || this.agreedDespiteCheck(text, doc))
      ) {
        const kept = this.secondOpinion(text, doc, accepts);
        if (kept) return this.faqAnswer(kept, lang);
        overruled = true;
      }
    }
    // Not sure by the rules (nor overruled by the classifier): the classifier may be sure, of an entry, a status or a
    // request for a person (in English, less sure: fewer questions taught it the English words).
    const guessed =
      accepts && !overruled
        ? this.verdict(text, lang === 'en' ? CLASSIFIER_THRESHOLD_ENGLISH : CLASSIFIER_THRESHOLD, accepts, { kindThreshold: CLASSIFIER_THRESHOLD })
        : undefined;
    if (guessed?.kind === 'entry') return this.faqAnswer(guessed.doc, lang);
    if (guessed?.kind === 'status' && asker) return applicationStatusAnswer(asker.prisma, asker.viewer, lang);
    if (guessed?.kind === 'handoff') return handoffAnswer(lang);
    // Not sure: offer a person, and the closest FAQ questions as tappable suggestions.
    const suggestions = hits
      .filter((h) => h.score >= this.thresholds.score / 2 && content.some((t) => h.terms.includes(t)))
      .slice(0, 3)
      .map((h) => {
        const doc = this.faqs.get(h.id)!;
        return lang === 'en' && doc.questionEn ? doc.questionEn : doc.question;
      });
    return {
      text: suggestions.length ? TEXT[lang].unsureWithSuggestions : TEXT[lang].unsure,
      confident: false,
      handoff: true,
      sources: [],
      suggestions,
      basis: null,
    };
  }
}
