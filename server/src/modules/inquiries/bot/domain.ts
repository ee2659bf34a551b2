// "Is this about the programme at all?" — a gate before intents and retrieval. Government-service
// questions share the programme's words (申请, 材料, 条件, 发布, 注册) but are about something else
// (低保, 签证, 招聘): a question is off-topic when it names a thing the programme's own texts never
// mention and nothing specific to the programme (登记表, 名片, 主名片, 牵头单位, a card's industry).
import { botWordSequence, botWords } from './tokenize.js';
import { COMPOUND_FREQUENCY, jiebaDictionary } from './typos.js';
import { COMMON_ENGLISH, ENGLISH_FUNCTION_WORDS, ENGLISH_WORDS } from './language.js';
import {
  APP_WORDS,
  ASKING_CONTEXT,
  CANONICAL,
  COMPANIES,
  OTHER_PRODUCT,
  OTHER_PROGRAMME,
  OTHER_PROGRAMMES,
  otherToken,
  PERSONAL_AFFAIRS,
  SYNONYMS,
} from './vocabulary.js';

/** Canonical words of the programme's vocabulary too general to say a question is about it. */
const GENERAL_CANONICAL = new Set(['申请', '流程', '谁', '观看', '区别', '发布', '联系', '时间', '结果', '修改', '定义', '费用', '筛选', '宣传', '企业']);
/**
 * How specific a word must be (jieba's inverse document frequency: 申请 6.0, 材料 5.7, 名片 9.4,
 * 登记表 10.6) for the programme's texts using it to make a question about the programme.
 */
export const ANCHOR_IDF = 7;
/** How specific a word the programme never uses must be to name another subject (签证 9.2, 认定 7.2; 能否 6.4). */
const FOREIGN_IDF = 7;

/** jieba's inverse document frequency of a word; words it does not know are taken as specific. */
export function specificity(word: string): number {
  return jiebaDictionary().idf.get(word) ?? Number.POSITIVE_INFINITY;
}

/**
 * The app's own words that every app and office has (微信, 登录, 账号, 表格), said of other apps and
 * spreadsheets too: a weak tie. "小程序" and "本应用" (canonical app) name this app itself.
 */
const everyAppHas = (word: string) => APP_WORDS.has(word) && word !== 'app';
/** A kind of one of the app's things (智能手机 is a 手机): as weak a tie. */
const kindOfAppThing = (word: string) => han(word) && [...APP_WORDS].some((a) => a !== word && han(a) && word.endsWith(a));
/** Levels of government (县, 市, 省) are said of every public matter (县里的扶贫项目): a weak tie. */
const LEVELS = new Set(['区县', '地级市', '省级']);
/** The ministry behind the programme is behind much else (its minister, policies, news): a weak tie. */
export const MINISTRY = '工信部';
const isWeakTie = (word: string) => everyAppHas(word) || LEVELS.has(word) || word === MINISTRY;
/** The programme's form named as such (登记表, 申请表), not any spreadsheet (表格): its own term. */
const namesTheForm = (text: string) => /登记表|申请表|报名表/.test(text);
/** The programme's films named as such (微纪录片, 3分钟, 片子…), or with the cards: not any video or documentary. */
const namesTheFilms = (text: string) => /微纪录片|微记录片|三分钟|3分钟|片子|名片|产业|mingpian|\bcards?\b|industr/.test(text);

/** Which words of a question tie it to the programme only weakly, as that question says them. */
function weakTies(text: string): (word: string) => boolean {
  const formNamed = namesTheForm(text);
  const filmsNamed = namesTheFilms(text);
  return (word) => (isWeakTie(word) && !(formNamed && word === '登记表')) || (word === '微纪录片' && !filmsNamed);
}

/** This app named as such: a question that also names another product may still be about it. */
const NAMES_THIS_APP = /小程序|本程序|本应用|这个(app|应用|程序)|产业名片|\bmini[- ]?program\b|\bthis app\b/;

/** A word the vocabulary knows as another kind of application: another programme, a person's own affair, the asker's own work. */
const knownOtherKind = (w: string | undefined) => !!w && (w.startsWith(OTHER_PROGRAMME) || PERSONAL_AFFAIRS.has(w) || ASKING_CONTEXT.has(w));

/** Applying, as the programme says it (申请, 申报, 审批). */
const APPLYING = new Set(['申请', '申报', '报名', '审批', '审核', '办理']);

/** What any app does (撤回, 草稿, 英文版): the programme's words only when this app is meant. */
const WHAT_APPS_DO = new Set([
  '撤回',
  '提交',
  '草稿',
  '附件',
  '上传',
  '保存',
  '审批',
  '审核',
  '登录',
  '验证',
  '英文版',
  '英文',
  'english',
  '状态',
  '进度',
  '流程',
  'app',
]);
/** Where this app runs or is shared, and its faults (安卓, 公众号, 闪退): no other app's procedure. */
const WHERE_OURS_RUNS = new Set(['公众号', '视频号', '朋友圈', '白屏', '闪退', '安卓', '鸿蒙', 'android', 'ios'].map((w) => otherToken(OTHER_PRODUCT, w)));

/** Who people ask for (客服, 人工): anyone's, unless it is named whose. */
const SERVICE = new Set(['客服', '人工', '工作人员', '负责人']);

/** Another app or company, as the bot reads it (tokenize.ts otherToken). */
const isOtherProduct = (word: string) => word.startsWith(OTHER_PRODUCT);
/** Other products that own no person to ask for: a phone's system, a fault, where our cards are shared. */
const NO_OWNER = new Set(
  ['公众号', '视频号', '朋友圈', '健康码', '白屏', '闪退', '安卓', '鸿蒙', 'android', 'ios', '个税', '国考'].map((w) => otherToken(OTHER_PRODUCT, w)),
);

/** An owner (`owner`, a pattern) and then, within the clause, what they applied with: 申请, 登记表, 报的, 名片, 材料. */
const ownedApplication = (owner: string) => new RegExp(String.raw`${owner}[^，,。？?]{0,6}(申请|登记表|报的|交的|名片|材料)`);

/**
 * An application of someone else, a friend or another region, as its owner (我朋友在别的市报的…申请, 隔壁县的名片申请): not the
 * asker's to look up (theirs, 他们区的申请, below). Not another's named beside the asker's own (隔壁县都批下来了，我们县的申请…), nor 朋友圈, 老人家.
 */
const SOMEONE_ELSES = ownedApplication(
  String.raw`(朋友(?!圈)|亲戚|同学|邻居|别人|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|老乡|(?<!老)人家|别的(市|县|区|城市|地方|单位)|其他(市|县|区|城市|地方|单位)|隔壁(市|县|区|镇|乡)|邻(县|市|区|镇|乡)|兄弟(县|市|区|城市|单位)|周边(县|市|区))(家)?((县|市|区)里|那边)?(的|在[^，,。？?]{0,8}(报|申请|交|提交)的|(报|交|提交)(上去)?的)`,
);

/** What one applies for in the programme's own process (apply for designation, recognition, inclusion). */
const OURS_TO_APPLY_FOR_EN =
  /^(designation|recognition|inclusion|participation|membership|selection|consideration|funding|support|approval|certification|accreditation)$/;
const OTHER_APPLICATION_KIND_EN =
  /\b(visa|passport|scholarship|loan|job|grant|patent|trademark|licen[cs]e|permit|mortgage|tax|university|school|college|residence|insurance|credit card|housing|pension|subsidy|rebate) applications?\b/;

/** The asker's own application named (我们的申请, 我报的, 俺们交的登记表). */
const OWN_APPLICATION = /(?<![他她])(我|我们|俺|俺们|咱|咱们)(的|报的|交的|提交的)[^，,。？?]{0,4}(申请|登记表|名片)/;

/**
 * Theirs, or an office of theirs, not ours: 他们的申请, 我儿子在市工信局上班 他们局报的申请批下来没有, 她们单位那个名片申请, 他们那份申请,
 * 他们区报的名片, 他们在市里报的名片申请, 他们家报的.
 */
const THEIRS = ownedApplication(String.raw`[他她]们家?(((局|单位|那边|区里?|县里?|市里?|那份|那个)(的)?)|的|(在[^，,。？?]{0,8})?(报|交|提交)(上去)?的)`);

/**
 * In English, an application someone else owns or made (Has Wenzhou submitted its registration form yet? What stage is
 * Shenzhen's application at?): not the asker's, whatever place or person.
 */
const SOMEONE_ELSES_EN =
  /\b(?:my|our) (?:friend|cousin|brother|sister|neighbou?r|relative|classmate|uncle|aunt|son|daughter)s?'s? (?:[a-z]+ )?(?:application|submission|registration form|form)\b|(?<!\b(?:my|our) )\b(?!(?:my|our|i|we|it|this|that|what|how|where|who|there|here|let)\b)[a-z]+'s (?!my |our )(?:[a-z]+ )?(?:application|submission|registration form|form)\b|\b(?:has|have|did) (?!(?:i|we|my|our|you|it)\b)[a-z]+(?: [a-z]+)? (?:already |yet |just )?(?:submitted|applied|sent|handed in)\b/;

/** The other programmes' names, to see cheaply whether a question names one at all. */
const OTHER_PROGRAMME_NAMES = [...OTHER_PROGRAMMES];

/** What a person does about their own affairs (断缴, 报销, 续签, 养老保险审核): their affair, not an applicant's document. */
const PERSONAL_DOINGS = /断缴|补缴|报销|提取|续签|激活|挂失|迁户|转移|领取|涨了|涨多少|异地|审核|审批/;

/** Words between a programme and its steps that only ask for them (需要准备哪些, 要交什么; 哪些 is read as 谁). */
const ASKING_FOR_STEPS = new Set(['的', '需要', '要', '需', '准备', '提交', '交', '要交', '谁', '什么', '有', '有什么', '啥']);

/** A programme's steps and rules, as another programme named before them has its own. */
const PROCESS_WORDS = new Set([
  '评价',
  '指标',
  '指标体系',
  '评价体系',
  '申报',
  '申请',
  '材料',
  '申报材料',
  '申报条件',
  '申报流程',
  '名单',
  '标准',
  '条件',
  '流程',
  '认定',
  '评选',
  '截止',
  '评审',
  // (its own form: 港车北上 登记表怎么填)
  '登记表',
  '表格',
]);

/** Who people ask for in English (an agent, customer service), unless it is named whose. */
const SERVICE_EN = new Set(['service', 'agent', 'support', 'staff', 'representative', 'hotline', 'helpdesk', 'operator']);

/** An agent of a trade (a sourcing agent, a shipping agency): someone to hire, not one of ours to talk to. */
const TRADE_AGENT_EN =
  /\b(sourcing|shipping|buying|purchasing|procurement|booking|travel|estate|insurance|customs|import|export|freight|forwarding|visa|recruitment|recruiting|leasing|rental|marketing|sales|trading|patent|trademark|listing|letting) (agents?|agency|agencies)\b/;

/** What kind of service, not whose (customer service, a live agent). */
const SERVICE_KIND_EN = new Set(['customer', 'human', 'real', 'live', 'service', 'support', 'team', 'desk', 'help', 'centre', 'center']);

/** A verb said twice says how it is asked, never what about (讲讲, 聊聊, 研究研究). */
export const saidTwice = (word: string) => /^([\u4e00-\u9fff])\1$|^([\u4e00-\u9fff]{2})\2$/.test(word);

/** A Chinese word of two characters or more. */
export const han = (word: string) => /^[\u4e00-\u9fff]{2,}$/.test(word);

export class DomainGate {
  /**
   * `vocabulary`: every word of the published FAQ (questions, alternatives, answers);
   * `catalogueWords`: card titles and industries; `isPlace`: region names (neither here nor there).
   */
  constructor(
    private vocabulary: ReadonlySet<string>,
    private catalogueWords: ReadonlySet<string>,
    private isPlace: (word: string) => boolean,
    private soundsLikeKnown: (word: string) => boolean = () => false,
  ) {}

  /**
   * How surely a word says the question is about the programme: 2 for the programme's own terms
   * (登记表, 主名片, a card's industry), 1 for a specific word its texts use (牵头, 高新技术), else 0.
   */
  private anchor(word: string, weak: (word: string) => boolean): 0 | 1 | 2 {
    if (GENERAL_CANONICAL.has(word)) return 0;
    if (weak(word)) return 1;
    if (word in SYNONYMS || this.catalogueWords.has(word)) return 2;
    return this.vocabulary.has(word) && han(word) && specificity(word) >= ANCHOR_IDF ? 1 : 0;
  }

  /** Whether the programme's texts, catalogue, synonyms or places use a word. */
  private programmeSays(word: string): boolean {
    return this.vocabulary.has(word) || this.catalogueWords.has(word) || CANONICAL.has(word) || this.isPlace(word);
  }

  /** A dictionary word (noun, verb, adjective) the programme never uses: another subject. */
  private isForeign(word: string): boolean {
    // An English word of substance the programme's English texts never use (visa, scholarship).
    if (/^[a-z]{4,}$/.test(word))
      return (
        !this.vocabulary.has(word) &&
        !CANONICAL.has(word) &&
        !ENGLISH_WORDS.has(word) &&
        !ENGLISH_FUNCTION_WORDS.has(word) &&
        !COMMON_ENGLISH.has(word) &&
        !this.isPlace(word) &&
        !this.catalogueWords.has(word)
      );
    if (!han(word) || this.programmeSays(word)) return false;
    if (saidTwice(word)) return false;
    // A real word that sounds like one of the FAQ's may be a typo for it (意识 for 意思): no evidence.
    if (this.soundsLikeKnown(word)) return false;
    // Nouns and verbs name subjects; idioms, adverbs and phrases (接下来) say how something is asked.
    const { kindTags, frequency } = jiebaDictionary();
    const tag = kindTags.get(word) ?? '';
    // Rare verbs are mostly everyday words run together (交完); rare nouns still name things (商标注册, 房产证).
    const noun = /^[nj]/.test(tag);
    // A kind of a thing the programme names (民营企业 is an 企业, 电子邮箱 an 邮箱, 技术开发区 a 开发区): no other subject.
    if (
      noun &&
      [...word].some(
        (_c, i) =>
          i > 0 &&
          i <= word.length - 2 &&
          (this.vocabulary.has(word.slice(i)) || CANONICAL.has(word.slice(i))) &&
          /^[nj]/.test(kindTags.get(word.slice(i)) ?? ''),
      )
    )
      return false;
    return (noun || tag.startsWith('v')) && (noun || (frequency.get(word) ?? 0) >= COMPOUND_FREQUENCY) && specificity(word) >= FOREIGN_IDF;
  }

  /** The words of a question naming subjects the programme never speaks of (社保卡, 保税区), wherever they stand. */
  foreignWords(text: string): string[] {
    return [...new Set(botWords(text))].filter((t) => this.isForeign(t));
  }

  /** Whether the person or service asked for is another's (联通客服, 人工授精): a thing the programme never names next to it. */
  namesOtherService(text: string): boolean {
    const words = botWordSequence(text);
    const { kindTags } = jiebaDictionary();
    // (A thing, not a person: 真人客服 is still ours; 谢谢 is tagged as a name. Everyday ones too: 银行的工作人员.)
    // (A company owns its service, though the cards' stories name some and jieba reads some as people: 华为的人工客服.)
    const thing = (w: string | undefined) =>
      !!w && (COMPANIES.has(w) || (/^(n(?!r)|j)/.test(kindTags.get(w) ?? '') && !/人$/.test(w) && han(w) && !this.programmeSays(w)));
    // (人工 as made by hand: 人工授精, 人工湖; not 人工客服, 人工服务.)
    const handMade = (w: string) => w.startsWith('人工') && w !== '人工' && !/(客服|服务|坐席|对接)$/.test(w) && !this.vocabulary.has(w);
    // (…or another office's: 文旅局的工作人员, 工信厅的人.)
    // (…unless the centre's people are asked for too: 我是县工信局的工作人员，想找中心的人聊聊.)
    const centresToo = /中心的|你们的|客服|人工/.test(text);
    const office = (w: string | undefined) => !centresToo && !!w && han(w) && /[局厅委办所院]$/.test(w);
    const whose = (i: number) => thing(words[i - 1]) || (words[i - 1] === '的' && (thing(words[i - 2]) || office(words[i - 2])));
    // (In English, a name the programme never uses just before, past the kind of service: an Amazon customer service agent;
    // not how the person is, a technical support agent, an English-speaking agent, or the bot, useless, human agent now.)
    const named = (w: string | undefined) => !!w && /^[a-z]{4,}$/.test(w) && !/(ing|al|ly|ic|ive|ed|ful|less|ous|able|ible)$/.test(w) && this.isForeign(w);
    const whoseEn = (i: number) => {
      let j = i - 1;
      while (j >= 0 && SERVICE_KIND_EN.has(words[j])) j--;
      return named(words[j]);
    };
    // (Another company's app named a few words before: 顺丰快递打电话转人工, 淘宝的人工客服; not a phone's system, a fault or
    // where our cards are shared, ios上小程序打不开转人工, 分享到朋友圈打不开转人工.)
    const ownedByCompany = (i: number) => words.slice(Math.max(0, i - 4), i).some((w) => isOtherProduct(w) && !NO_OWNER.has(w));
    const served = (w: string, i: number) => (SERVICE.has(w) && (whose(i) || ownedByCompany(i))) || (SERVICE_EN.has(w) && whoseEn(i));
    return TRADE_AGENT_EN.test(text) || words.some((w, i) => handMade(w) || served(w, i));
  }

  /** Whether an application named is of another kind (我的签证申请, 贷款审批进度): a word the programme never uses right before it. */
  namesOtherApplication(text: string): boolean {
    const words = botWordSequence(text);
    // (Chinese words only: in English, foreignEnglishWords reads the question.)
    // (…or a programme the vocabulary knows as another's: 我们报的绿色工厂, 申报的专精特新.)
    // (…or a person's own affair with another office, or the asker's own work: 我们的贷款审批进度, 公积金提取申请, 采访申请.)
    const other = (w: string | undefined) => w !== undefined && ((han(w) && this.isForeign(w)) || knownOtherKind(w));
    // (Who applies is no kind of application: 街道办申请的, 管委会申报的.)
    const applicant = (w: string | undefined) => w === '名下' || /[办局委厅府部处所会司厂镇乡村区县市省]$/.test(w ?? '');
    // (…or a word before that, what is done to it between, a verb: 驾照换证申请, 护照续签申请; not 的, 我们集团的申请.)
    const { kindTags } = jiebaDictionary();
    const done = (w: string | undefined) => !!w && han(w) && (kindTags.get(w) ?? '').startsWith('v');
    const before = (i: number) => !applicant(words[i - 1]) && (other(words[i - 1]) || (!applicant(words[i - 2]) && done(words[i - 1]) && other(words[i - 2])));
    // …or right after it: 申请的技改补贴.
    const after = (i: number) => other(words[i + 1] === '的' ? words[i + 2] : words[i + 1]);
    return this.namesSomeoneElsesApplication(text) || words.some((w, i) => APPLYING.has(w) && (before(i) || after(i)));
  }

  /**
   * Whether an application named is of a kind the vocabulary knows as another's, right before it (采访申请, 贷款申请, 专精特新申报):
   * another application, whatever is asked of it. (Not a word merely unknown: 参与 and 报 read as 申请 after many words.)
   */
  namesKnownOtherKindOfApplication(text: string): boolean {
    const words = botWordSequence(text);
    return words.some((w, i) => APPLYING.has(w) && knownOtherKind(words[i - 1]));
  }

  /**
   * In English, an application for something the programme never speaks of (applying for a scholarship, my visa application):
   * another application, whatever is asked of it.
   */
  namesOtherApplicationEn(text: string): boolean {
    const applied = [...text.matchAll(/\b(?:apply|applying|applied|applications?) (?:for|to) (?:a |an |the |his |her |their )?([a-z]+)/g)];
    // (Before the word, only a kind of application: a separate or submitted application is ours.)
    const named = OTHER_APPLICATION_KIND_EN.test(text);
    return named || applied.some((m) => this.isForeign(m[1]) && !OURS_TO_APPLY_FOR_EN.test(m[1]));
  }

  /** Whether an application named is someone else's (朋友的申请, 隔壁县报的; my friend's application, Xiamen's application). */
  namesSomeoneElsesApplication(text: string): boolean {
    // (Not when the asker's own is asked beside it: 隔壁县的名片都批下来了，我们的申请到哪一步了.)
    if (OWN_APPLICATION.test(text)) return false;
    return SOMEONE_ELSES.test(text) || THEIRS.test(text) || SOMEONE_ELSES_EN.test(text);
  }

  /**
   * Whether another programme is named just before a step or rule of its own (营商环境评价指标体系, 专精特新的申报材料): its
   * process, not ours. (专精特新企业 is a kind of applicant; 跟高企认定不一样吧，申请要交哪些材料 and 专精特新申报产业名片能加分吗 ask
   * ours.)
   */
  namesOtherProgrammesProcess(text: string): boolean {
    // (Cheap checks first: this runs on every question at the off-topic gate.)
    if (/(申报|申请|报)(产业)?名片/.test(text) || !OTHER_PROGRAMME_NAMES.some((name) => text.includes(name))) return false;
    // (…past only words of asking for them, within a clause: 农业产业强镇需要准备哪些申报材料; not past a kind of applicant,
    // 专精特新企业能不能申请, nor into the next clause, 我们是专精特新，需要准备哪些材料.)
    return text.split(/[，,。！!？?；;]/).some((clause) => {
      const words = botWordSequence(clause);
      const stepsAfter = (i: number) => {
        let j = i + 1;
        while (j < words.length && ASKING_FOR_STEPS.has(words[j])) j++;
        return PROCESS_WORDS.has(words[j] ?? '');
      };
      return words.some((w, i) => w.startsWith(OTHER_PROGRAMME) && stepsAfter(i));
    });
  }

  /** Whether the question's only mention of films is of videos in general (短视频怎么拍, 纪录片推荐). */
  filmsOnlyInGeneral(text: string): boolean {
    return weakTies(text)('微纪录片') && botWords(text).includes('微纪录片');
  }

  /**
   * Whether only the app's own words (微信, 登录, 账号, 表格) tie the question to the programme: then
   * an answer must say everything the question asks about, not just share those words.
   */
  tiedOnlyByApp(text: string): boolean {
    const tokens = [...new Set(botWords(text))];
    const weak = weakTies(text);
    // The app's words or general films (视频), not a level of government alone.
    const appOrFilm = (t: string) => kindOfAppThing(t) || ((everyAppHas(t) || t === '微纪录片' || t === MINISTRY) && weak(t));
    return tokens.some(appOrFilm) && tokens.every((t) => this.anchor(t, weak) <= 1 && (weak(t) || this.anchor(t, weak) === 0));
  }

  /**
   * The words naming another subject, when nothing in the question is specific to the programme; or
   * the action asked about (认定, 办理) is one the programme never mentions and only one word its
   * texts happen to use (高新技术) ties the question to it.
   */
  offTopicWords(text: string): string[] {
    const tokens = [...new Set(botWords(text))];
    const weak = weakTies(text);
    const anchors = tokens.map((t) => this.anchor(t, weak));
    // (A person's own affairs, 社保断缴了 过了截止时间还能补交吗: beside the programme's own words only with what a person does
    // about them; never when asked as an applicant's document or compared with ours, 要提供员工社保缴纳记录吗, 跟社保卡一样吗.)
    const affairs = tokens.filter(
      (t) =>
        PERSONAL_AFFAIRS.has(t) &&
        (!anchors.includes(2) || PERSONAL_DOINGS.test(text)) &&
        !new RegExp(`(跟|和|像|与)${t}.{0,3}(一样|似的|类似|差不多)|(要不要|需不需要|需要|要|提供|附|填|交)[^，,。？?]{0,6}${t}`).test(text),
    );
    if (affairs.length) return affairs;
    // (Another company's product is its own subject, whatever app words come with it: 12306登录不上去, 淘宝账号被封; and
    // whatever an app does, 淘宝退款申请提交以后还能撤回吗, 12306怎么切换英文版. …unless this app is named too: 小程序能用支付宝登录吗.)
    const others = NAMES_THIS_APP.test(text) ? [] : tokens.filter((t) => isOtherProduct(t) && !this.vocabulary.has(t));
    const othersOwned = others.filter((t) => !NO_OWNER.has(t));
    const otherApps = others.filter((t) => !WHERE_OURS_RUNS.has(t));
    if (otherApps.length && tokens.every((t, i) => anchors[i] < 2 || WHAT_APPS_DO.has(t))) return otherApps;
    if (anchors.includes(2)) return [];
    const foreign = tokens.filter((t) => this.isForeign(t));
    if (othersOwned.length) return othersOwned;
    // The app's everyday words and levels of government together are one weak tie at most.
    const ties = anchors.filter((a, i) => a === 1 && !weak(tokens[i])).length + (tokens.some(weak) ? 1 : 0);
    if (ties === 0) return foreign;
    if (ties > 1) return [];
    const { kindTags } = jiebaDictionary();
    return foreign.filter((t) => (kindTags.get(t) ?? '').startsWith('v'));
  }
}
