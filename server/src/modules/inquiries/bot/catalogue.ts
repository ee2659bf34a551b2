// The card catalogue as knowledge: questions naming a region (any level, with or without 市/县/区,
// traditional or pinyin), a card's title, an industry, a tier, a theme or a batch year are answered
// from the published cards — titles, regions and industries in the text, links to the cards — and
// counts ("广东有几张名片") from live data.
import type { Prisma, PrismaClient } from '../../../generated/prisma/client.js';
import type { CardTheme, CardTier } from '../../../generated/prisma/enums.js';
import { segmentForIndex, segmentWords, toPinyin } from '../../search/text.js';
import type { BotAnswer } from './answer.js';
import { ENGLISH_WORDS, isPinyin, type Lang, languageOf } from './language.js';
import { jiebaDictionary } from './typos.js';
import { CANONICAL } from './vocabulary.js';

interface RegionName {
  code: string;
  fullName: string;
  fullNameEn: string;
  nameEn: string;
  rank: number; // lower is preferred: has cards under it, then higher level
  /** A group of regions said as one (东北三省): the codes of its members, each with everything under it. */
  codes?: string[];
}

/** Parts of the country said as one, by the regions they are made of (东北三省 is Liaoning, Jilin and Heilongjiang). */
const REGION_GROUPS: { pattern: RegExp; fullName: string; fullNameEn: string; codes: string[] }[] = [
  {
    // (东北 alone only as asked of: 东北一共几张名片, 东北的名片; not 东北菜, 东北话.)
    pattern: /东北三省|东三省|东北地区|东北老工业基地|东北各省|东北(?=一共|总共|统共|有|的|那边|这边|几|都)|\bnorth-?east(ern)? (china|provinces)\b/,
    fullName: '东北三省',
    fullNameEn: 'the three north-eastern provinces',
    codes: ['210000', '220000', '230000'],
  },
  {
    pattern: /西北五省区?|西北地区|西北(几个|各)?省区?|\bnorth-?west(ern)? (china|provinces)\b/,
    fullName: '西北五省区',
    fullNameEn: 'the five north-western provinces and regions',
    codes: ['610000', '620000', '630000', '640000', '650000'],
  },
  {
    pattern: /长三角|长江三角洲|\byangtze (river )?delta\b/,
    fullName: '长三角',
    fullNameEn: 'the Yangtze River Delta',
    codes: ['310000', '320000', '330000', '340000'],
  },
  { pattern: /京津冀|\bbeijing-tianjin-hebei\b/, fullName: '京津冀', fullNameEn: 'Beijing-Tianjin-Hebei', codes: ['110000', '120000', '130000'] },
  // (Only as asked of, as 东北: not 江浙沪包邮, nor within 黑龙江浙江.)
  {
    pattern: /(?<!黑龙)江浙沪(?=一共|总共|统共|有|的|那边|这边|几|都|三地)/,
    fullName: '江浙沪',
    fullNameEn: 'Jiangsu, Zhejiang and Shanghai',
    codes: ['310000', '320000', '330000'],
  },
  {
    pattern: /(?<!黑龙)江浙(?=一共|总共|统共|有|的|个|那边|这边|几|都|两省)/,
    fullName: '江浙',
    fullNameEn: 'Jiangsu and Zhejiang',
    codes: ['320000', '330000'],
  },
  {
    // (The mainland's nine cities of the Greater Bay Area; Hong Kong and Macao are not in the catalogue's regions.)
    pattern: /珠三角|珠江三角洲|粤港澳大湾区|大湾区|\bpearl river delta\b|\bgreater bay area\b/,
    fullName: '粤港澳大湾区（内地九市）',
    fullNameEn: 'the Greater Bay Area (its nine mainland cities)',
    codes: ['440100', '440300', '440400', '440600', '440700', '441200', '441300', '441900', '442000'],
  },
];

interface CardEntry {
  slug: string;
  title: string;
  industries: string[];
  themes: CardTheme[];
}

export interface CatalogueQuery {
  region?: RegionName;
  slugs?: string[]; // a card named by its title
  industry?: string;
  tier?: CardTier;
  theme?: CardTheme;
  year?: number;
  count: boolean;
  /** A catalogue question that also asks what the catalogue does not hold (杭州名片的logo是谁设计的): not sure. */
  beyond?: boolean;
}

const TIERS: [RegExp, CardTier][] = [
  [/主名片|主卡|\b(main|flagship|top[- ]tier) (cards?|ones)\b/, 'MAIN'],
  [/特色名片|特色卡|\b(featured|specialty|speciality|characteristic) (cards?|ones)\b/, 'FEATURED'],
];
/** How Chinese speakers end an English question (Qingdao have card or not?; …in this app? I cannot find): nothing more asked. */
const CHINGLISH_ASIDES = /\bor not\b|\bi cannot find( it)?\b/g;
/** Every tier word at once, to take them out of a question (main cards is no 机械 card). */
const TIER_WORDS = new RegExp(TIERS.map(([pattern]) => pattern.source).join('|'), 'g');
/** The themes' names, in Chinese and in English (regular-expression sources). */
const THEME_NAMES: { theme: CardTheme; zh: string; en: string }[] = [
  { theme: 'TECH_HOTSPOT', zh: '科创热点|科技热点', en: 'tech(?:nology)?[- ]hotspot' },
  { theme: 'INNOVATIVE_CONSUMPTION', zh: '创新消费', en: 'innovative[- ]consumption' },
  // (Not upgraded: upgrade as a word of its own.)
  { theme: 'UPGRADE_RENEWAL', zh: '升级更新|更新升级', en: 'upgrade(?:[- ](?:and|&)[- ]renewal| ?& ?renewal)?\\b' },
];
const THEMES: [RegExp, CardTheme][] = THEME_NAMES.map(({ theme, zh, en }) => [new RegExp(`${zh}|\\b(?:${en})`), theme]);
/** Every theme's name, to take them out of a question (创新消费 is no 消费 card); in English only as a name: the tech hotspot theme. */
const THEME_WORDS_ZH = new RegExp(THEME_NAMES.map((t) => t.zh).join('|'), 'g');
const THEME_WORDS_EN = new RegExp(`\\b(?:${THEME_NAMES.map((t) => t.en).join('|')})(?= (theme|cards?|cit(y|ies))\\b)`, 'g');
const THEME_LABELS: Record<CardTheme, [string, string]> = {
  TECH_HOTSPOT: ['科创热点城市产业名片', 'tech-hotspot city cards'],
  INNOVATIVE_CONSUMPTION: ['创新消费城市产业名片', 'innovative-consumption city cards'],
  UPGRADE_RENEWAL: ['升级更新城市产业名片', 'upgrade-and-renewal city cards'],
};
/** English words for the industries named on the cards (the cards' industry lists are Chinese). */
const INDUSTRY_EN: [RegExp, string][] = [
  // (The more specific first: the first that matches names it. Construction machinery before machinery, sports shoes
  // before shoes, car batteries before cars.)
  [/\b(new energy vehicles?|nevs?|evs?|electric (cars?|vehicles?))\b/, '新能源汽车'],
  [/\b(construction machinery|excavators?|cranes?|bulldozers?)\b/, '工程机械'],
  [/\b(sportswear|sports shoes)\b/, '运动鞋服'],
  [/\b(batter(y|ies))\b/, '动力电池'],
  [/\b(ceramics?|porcelain|pottery)\b/, '陶瓷'],
  [/\brare[- ]earths?\b/, '稀土'],
  [/\b(baijiu|liquor|spirits)\b/, '白酒'],
  [/\b(grape )?wines?\b/, '葡萄酒'],
  [/\b(cars?|automotive|autos?|vehicles?)\b/, '汽车'],
  [/\bsteel\b/, '钢铁'],
  [/\b(chips?|semiconductors?|integrated circuits?)\b/, '集成电路'],
  [/\b(biomedicine|biopharma(ceuticals?)?|pharmaceuticals?|pharma|medicine|biotech)\b/, '生物医药'],
  [/\belectronics?\b/, '电子信息'],
  [/\btextiles?\b/, '纺织'],
  [/\b(knives|knife|scissors)\b/, '刀剪'],
  [/\blighting\b/, '灯饰'],
  [/\b(home )?appliances?\b/, '家电'],
  [/\b(aerospace|aviation)\b/, '航空'],
  [/\blogistics\b/, '物流'],
  [/\bnew energy\b/, '新能源'],
  [/\b(photovoltaics?|solar)\b/, '光伏'],
  [/\bmachinery\b/, '机械'],
  [/\brobots?\b/, '机器人'],
  [/\btea\b/, '茶叶'],
  [/\bflowers?\b/, '花卉'],
  [/\b(iot|internet of things)\b/, '物联网'],
  [/\bbig data\b/, '大数据'],
  [/\b(petrochemicals?|petrochemistry|oil refining)\b/, '石油化工'],
  [/\b(shoes?|footwear|sneakers?)\b/, '鞋革'],
  [/\bvineyards?\b/, '葡萄酒'],
  [/\b(garments?|clothing|apparel)\b/, '纺织服装'],
  [/\b(furniture)\b/, '家具'],
  [/\b(motorcycles?|motorbikes?)\b/, '摩托车'],
  [/\b(hydrogen)\b/, '氢能'],
  [/\b(wind power|wind energy|wind turbines?)\b/, '风电'],
  [/\b(kites?)\b/, '风筝'],
  [/\b(tungsten)\b/, '钨'],
  [/\b(e-commerce|ecommerce|online retail)\b/, '跨境电商'],
  [/\b(tourism)\b/, '文化旅游'],
  [/\bartificial intelligence\b/, '人工智能'],
  [/\b(eyewear|eyeglasses|spectacles)\b/, '眼镜'],
  [/\b(dairy|milk)\b/, '乳业'],
  [/\bmusical instruments?\b/, '乐器'],
  [/\b(shipbuilding|shipyards?)\b/, '船舶'],
  [/\bcoffee\b/, '咖啡'],
  [/\btoys?\b/, '玩具'],
  [/\bsilk\b/, '丝绸'],
  [/\b(jewelry|jewellery)\b/, '珠宝'],
  [/\bcosmetics\b/, '化妆品'],
];
/** A question about cards without the catalogue's industries named in English (rare earth, baijiu): those words name no other subject there. */
export const withoutEnglishIndustries = (text: string) =>
  // (…in a question about cards or industries: furniture and clothing to buy online are another subject.)
  /\bcards?\b|industr/.test(text) ? withoutIndustryNames(text, INDUSTRY_EN) : text;

/** A text without every name the given industry names match (each everywhere it stands). */
function withoutIndustryNames(text: string, names: [RegExp, string][]): string {
  return names.reduce((t, [pattern]) => t.replace(new RegExp(pattern.source, 'g'), ' '), text);
}

/** Everyday names of what an industry makes (菜刀, 芯片, 高铁, 挖掘机): the catalogue's industry word. */
const INDUSTRY_ZH: [RegExp, string][] = [
  [/菜刀|剪刀|刀具/, '刀剪'],
  [/瓷器|陶器|瓷砖|白瓷|青瓷|瓷都/, '陶瓷'],
  [/芯片/, '集成电路'],
  [/高铁|动车|火车|列车/, '轨道'],
  [/挖掘机|起重机|装载机|推土机|挖机/, '工程机械'],
  [/酿酒/, '白酒'],
  [/做鞋|制鞋|鞋子|皮鞋|球鞋|运动鞋(?!服)/, '鞋'],
  [/产茶|种茶|制茶|茶园|茶山/, '茶叶'],
  [/红酒|酿葡萄/, '葡萄酒'],
  [/种花|卖花|鲜花/, '花卉'],
  [/灯具|灯饰|做灯/, '灯饰'],
  [/农机|拖拉机|收割机/, '农业装备'],
  [/锂电池|锂电/, '电池'],
  [/电动汽车|新能源车(?!辆)/, '新能源汽车'],
  // Industries no card has yet (眼镜, 乐器): the catalogue says it has none, live (a card published later is found).
  [/眼镜/, '眼镜'],
  [/乳业|乳制品|牛奶/, '乳业'],
  [/乐器|钢琴|吉他/, '乐器'],
  [/造船|船舶/, '船舶'],
  [/咖啡/, '咖啡'],
  [/玩具/, '玩具'],
  [/丝绸/, '丝绸'],
  [/珠宝|黄金首饰/, '珠宝'],
  [/化妆品/, '化妆品'],
];
/** Industries the catalogue names in more than one way: a card of either is a card of both (芯片: 集成电路 and 半导体). */
const INDUSTRY_KIN: Record<string, string[]> = {
  集成电路: ['半导体'],
  半导体: ['集成电路'],
  钢铁: ['不锈钢'],
  轨道交通: ['轨道客车'],
  轨道交通装备: ['轨道客车'],
};
/** Every other name of an industry, English and everyday Chinese. */
const INDUSTRY_NAMES = [...INDUSTRY_EN, ...INDUSTRY_ZH];
/** A text without every other name of one industry (rare earth, 锂电池 for 电池). */
const withoutNamesOf = (text: string, industry: string) =>
  withoutIndustryNames(
    text,
    INDUSTRY_NAMES.filter(([, word]) => word === industry),
  );
/** Short names people use for a region (内蒙 for 内蒙古). */
const REGION_ALIASES: [string, string][] = [['内蒙', '内蒙古']];
/** Names abroad that are no spelling of the region's own (Tibet for Xizang). */
const REGION_ALIASES_EN: [string, string][] = [['tibet', '西藏']];
/** Industry words too general to name a card's industry on their own. */
const GENERIC_INDUSTRY_WORDS = new Set([
  '产业',
  '信息',
  '新一代',
  '智能',
  '高端',
  '新型',
  '特色',
  '现代',
  '文化',
  '服务',
  '中心',
  '基地',
  '制造',
  '技术',
  '产品',
  '农产品',
  '加工',
  '制品',
  '用品',
  '经济',
  '工业',
  '设备',
  '材料',
]);
/** Region short names that are everyday words. */
const AMBIGUOUS_REGION_NAMES = new Set(['市辖区', '城区', '郊区', '矿区', '新区', '中心', '城关', '开发区', '高新区']);

/** Cards listed in an answer at most (the rest are counted), and in full (more are one short line each). */
const LISTED_AT_MOST = 20;
const LISTED_IN_FULL = 8;

/** Asking for a number of cards (not how many a region may have, or the programme's target). */
const COUNT = /(几张|几涨|几个|几多|多少|数量|一共|总共|how many|number of|\bcount of|ji ?zhang|duo ?shao)/;
/** Not a count of cards: targets, what may be, prices (多少钱) and sales (一年卖多少亿); nor "which ones" (哪几个城市, 都是啥), a listing. */
const NOT_A_COUNT =
  /(打造|目标|计划|可以|能|最多|要|多少钱|价格|价钱|多少元|多少(亿|万|吨)|卖(了|出)?多少|销售额|营收|营业额|target|plan|may|can|how much|price|哪几|边几|都是啥|都是什么|都是哪|分别是|which|dazao|mubiao|jihua|keyi)/;
const TOTAL = /(一共|总共|全部|总数|现在|目前|所有|in total|altogether|total|all)/;
/** Questions that name a place or a card but ask something else (events, sharing, applying, travel, how two things differ). */
const ELSEWHERE =
  /((和|(?<!参)与|跟)[^，。？?,]{1,10}(有)?(啥|什么|哪些)?(区别|差别|差异)|(和|(?<!参)与|跟)[^，。？?,]{1,10}有(啥|什么)不同|不同(在哪|之处)|大会|会议|新书|书里|书中|这本书|那本书|发给|分享|转发|筛|申请|报名|申报|签约|试点|拍|纪录片|片子|视频|门票|好吃|好玩|去哪|玩|坐车|怎么去|导航|路线|天气|气温|温度|多少度|下雨|下雪|买|便宜|酒店|美食|房价|上市公司|股票|股价|概念股|龙头股|打印|印刷|印制|印名片|apply|share|film|video|weather|hotel|travel|\b(restaurants?|food|eat|tickets?|buy|cheap|fun|tourists?|sightseeing|print|printed|printing|business cards?|stocks?|listed compan(y|ies))\b)/;
/** What a thing is for or how it is made (用途, 原理, 怎么烧出来的), or a place's hours: the thing itself asked of, not its cards. */
const THE_THING_ITSELF =
  /用途|用处|功效|原理|用在(哪|什么)|(是)?怎么(做|造|生产|烧|酿|制)(出来)?的|开放时间|几点开门|\b(opening hours|open hours|admission|used for|made of)\b/;
/** Whether a question asks of a thing itself (what it is for, a place's hours), anywhere in it: no clause of it asks its cards. */
export const asksOfTheThingItself = (text: string) => THE_THING_ITSELF.test(text);
/** Whether a question naming a place or a card asks something else of it (ELSEWHERE) or asks of the thing itself. */
const asksElsewhere = (text: string) => ELSEWHERE.test(text) || asksOfTheThingItself(text);
/** Words that make a question about the catalogue. */
const CUE = /(名片|产业|目录|那张|这张|card|industr|mingpian|chanye|做什么的|是做什么|干嘛的|是哪里的|哪里的|什么产业|啥产业)/;
const LISTING =
  /(有哪些|哪些|哪几|边啲|边些|边几|有什么|有啥|有没有|有冇|列表|名单|列出|列一下|列举|列个|单子|清单|\bwhich\b|\blist\b|\bshow\b|naxie|youshenme|you shenme)/;
/** Leftovers that still make a bare question ("杭州", "柘荣县", "Tell me about Dongguan"). */
/** English words the catalogue reads past (the card words, questions about a place). */
const FILLER_EN = new Set([
  'card',
  'cards',
  'industry',
  'industries',
  'region',
  'regions',
  'place',
  'city',
  'cities',
  'county',
  'counties',
  'province',
  'known',
  'famous',
  'main',
  'featured',
]);
const FILLER =
  /(请问|介绍一下|介绍|一下|看看|有哪些|有什么|有啥|有没有|是什么|是啥|什么|哪些|哪里|哪张|哪个|相关|方面|行业|领域|有关|做|的|了|吗|呢|啊|呀|吧|呗|省|市|县|区|有|是|名片|产业|\b(what's|whats|what|which|cards?|does|do|have|has|are|is|there|in|of|the|about|tell|me|show|please|industry|industries|cit(y|ies)|regions?|places?|towns?|hubs?|areas?|prefectures?|districts?|count(y|ies)|provinces?|known|ones?|you|anything|for|any|shenme|mingpian|chanye|de|naxie)\b|我们|我|俺们|俺|咱们|咱|老家|家乡|那边|那儿|这边|[\s\d,.?!，。？！、·'"“”]+)/g;

/**
 * Whether the words left beside a place name a thing (大学, 超市, universities), as nouns do; 几张,
 * 多少, 城市 (the place's own kind) or the card words do not.
 */
function namesAThing(rest: string): boolean {
  const { kindTags } = jiebaDictionary();
  return segmentWords(rest).some((w) => {
    if (/^[a-z]{3,}$/.test(w)) return !ENGLISH_WORDS.has(w) && !FILLER_EN.has(w);
    return /^[\u4e00-\u9fff]{2,}$/.test(w) && !CANONICAL.has(w) && !CUE.test(w) && /^n(?![rs])/.test(kindTags.get(w) ?? '');
  });
}

/**
 * Words a question about a place's or an industry's cards may hold besides the place, the industry and
 * the card words: asking to list, count, introduce or find them. Any other word of substance asks
 * something the catalogue does not hold (产值, 电话, 领导, 翻译, 讲话稿, 名额, logo, partner).
 */
const CATALOGUE_ASKING = new Set([
  '目录',
  '单子',
  '清单',
  '列出',
  '介绍',
  '了解',
  '知道',
  '告诉',
  '查',
  '查查',
  '查询',
  '查找',
  '收录',
  '看到',
  '小程序',
  '程序',
  '应用',
  '本应用',
  '找',
  '看',
  '看看',
  '想',
  '想要',
  '请',
  '帮',
  '帮忙',
  '麻烦',
  '发布',
  '印发',
  '公布',
  '颁发',
  '授予',
  '评选',
  '认定',
  '已经',
  '目前',
  '现在',
  '当前',
  '一共',
  '总共',
  '全部',
  '所有',
  '都',
  '还',
  '也',
  '就',
  '共',
  '这个',
  '那个',
  '这些',
  '那些',
  '入选',
  '上榜',
  '获得',
  '拿到',
  '打造',
  '评上',
  '选上',
  '名单',
  '列表',
  '目录',
  '地方',
  '城市',
  '地区',
  '区域',
  '省份',
  '城区',
  '特色',
  '主',
  '批',
  '批次',
  '年',
  '主题',
  '名称',
  '叫',
  '叫做',
  '什么样',
  '怎么样',
  '具体',
  '主要',
  '分别',
  '代表',
  '出名',
  '有名',
  '著名',
  '知名',
  '产业',
  '行业',
  '领域',
  '相关',
  '方面',
  '属于',
  '哪里',
  '哪儿',
  '哪',
  '哪些',
  '哪几',
  '多少',
  '几张',
  '几个',
  '数量',
  '总数',
  '做',
  '做什么',
  '干嘛',
  '干什么',
  '搞',
  '靠',
  '以',
  '为',
  '的',
  '是',
  '有',
  '在',
  '和',
  '与',
  '及',
  '或',
  '吗',
  '呢',
  '啊',
  '呀',
  '吧',
  '我',
  '我们',
  '你',
  '你们',
  '咱',
  '咱们',
  '它',
  '它们',
  '他们',
  '一下',
  '下',
  '些',
  '个',
  '张',
  '一张',
  '几',
  '么',
  '啥',
  '什么',
  '列',
  '列出',
  '列一下',
  '给',
  '瞧瞧',
  '瞅瞅',
  '方向',
  '有关',
  '跟',
  '关于',
  '老家',
  '家乡',
  '算',
  '算上',
  '算不算',
  '下面',
  '下属',
  '里',
  '县里',
  '市里',
  '省里',
  '主打',
  '讲',
  '讲的是',
  '说',
  '说的是',
  '没有',
  '没',
  '咧',
  '嘛',
  '哈',
  '全国',
  '出名',
  '造',
  '生产',
  '制造',
  '那张',
  '这张',
  '哪张',
  '听说',
  '你好',
  '您好',
  '请问',
  '谢谢',
  '多谢',
  '清单',
  '名字',
  '信息',
  '情况',
  '概况',
  '代表性',
  '代表',
  '级别',
  '层级',
  '层次',
  '涉及',
  '包括',
  '包含',
  '涵盖',
  '简介',
  '拥有',
  '时候',
  '什么时候',
  '全称',
  '亮点',
  '详情',
  '详细',
  '重点',
  '能不能',
  '可以',
  '能否',
  '是否',
]);
/** English words of the same kind (and how Chinese speakers write them: Sichuan sheng card; 'or not' is CHINGLISH_ASIDES). */
const CATALOGUE_ASKING_EN = new Set(
  'tell show list give find see look know want like about hello hi thanks thank when tier tiers level details detail covered cover include includes including awarded called name names catalogue catalog directory chinese china heard hear got get from any cards city would could should can from whose where what which is are was were does do did have has had there any some many much how number total all published known famous for of in on at the a an and or me us you please cards card industry industries region regions city cities county counties province place places main featured batch year theme name named called their its them they it this that these those pls plz come comes located based listed available exist exists belong belongs related business sector sectors field kind kinds sort type types app right now currently today themes town towns hub hubs area areas one ones prefecture district districts flagship specialty characteristic count yet already so far been came out released launched issued unveiled carry carries hold holds dated fall falls under your sheng shi xian'.split(
    ' ',
  ),
);

function describeIndustries(industries: string[]) {
  return industries.join('、');
}

/** A card's industries in English, each in Chinese where staff left it untranslated (as the client shows them). */
function describeIndustriesEn(card: { industries: string[]; industriesEn: string[] }) {
  return card.industries.map((zh, i) => card.industriesEn[i]?.trim() || zh).join(', ');
}

/** Names listed in English: Hangzhou and Ningbo; Xi'an, Lanzhou and Yinchuan. */
const listedEn = (names: string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

/** Several regions asked about as one (a part of the country, or places listed): a region made of their codes. */
const regionMadeOf = (codes: string[], fullName: string, nameEn: string): RegionName => ({
  code: codes.join('+'),
  fullName,
  fullNameEn: nameEn,
  nameEn,
  rank: 0,
  codes,
});

/** What the codes of a region and of those within it begin with: region codes nest (330000 浙江 holds 3301xx 杭州, which holds 330114). */
const codePrefix = (code: string) => code.replace(/(00)+$/, '');

/** Whether region `b` lies within region `a` (330114 within 330100 and 330000). */
const isWithin = (a: string, b: string) => a !== b && b.startsWith(codePrefix(a));

/** Places named together (杭州和宁波, 哈尔滨长春沈阳) as one region, called by their own names. */
const regionOfPlaces = (codes: string[], places: { region: RegionName }[]): RegionName =>
  regionMadeOf(codes, places.map((p) => p.region.fullName.split(' · ').pop()).join('、'), listedEn(places.map((p) => p.region.nameEn)));

/** A part of the country a question names as one (东北三省, 长三角), as a region made of its members. */
function findRegionGroup(text: string): { region: RegionName; name: string } | null {
  for (const group of REGION_GROUPS) {
    const said = group.pattern.exec(text)?.[0];
    if (said)
      return {
        region: regionMadeOf(group.codes, group.fullName, group.fullNameEn),
        name: said,
      };
  }
  return null;
}

/** A name as it stands inside a sentence: Ceramics, Rare earths → ceramics, rare earths; IoT, Internet of Things stay. */
const inSentence = (name: string) => (/^[A-Z][^A-Z]*$/.test(name) ? name[0].toLowerCase() + name.slice(1) : name);

/** An industry word in English, as a card that lists it says it (陶瓷 → ceramics); undefined when none does. */
function industryInEnglish(word: string, cards: { industries: string[]; industriesEn: string[] }[]): string | undefined {
  for (const card of cards) {
    const at = card.industries.indexOf(word);
    if (at >= 0 && card.industriesEn[at]?.trim()) return card.industriesEn[at].trim();
  }
  return undefined;
}

/** What is asked of a card named by its title that the card itself tells: where it is, what the title means, its English name. */
const TITLE_ASKED =
  /哪儿|哪里|哪个(城市|地方|省|市|县|区)|在哪|是哪|位于|意思|含义|寓意|英文名|英语名|英文叫|\bwhere\b|\bwhich (city|place|province|region)\b|\bwhat does\b.{0,30}\bmean\b/;
const TITLE_ASKED_ALL = new RegExp(TITLE_ASKED.source, 'g');

export class Catalogue {
  private constructor(
    private regionNames: Map<string, RegionName>,
    private pinyinRegions: Map<string, RegionName>,
    private titles: Map<string, string[]>,
    private industryWords: Map<string, number>,
    private cards: CardEntry[],
    private years: Set<number>,
  ) {}

  static async load(prisma: PrismaClient): Promise<Catalogue> {
    const cards = await prisma.card.findMany({
      where: { status: 'PUBLISHED' },
      select: {
        slug: true,
        title: true,
        titleEn: true,
        industries: true,
        themes: true,
        batchYear: true,
        region: { select: { code: true, ancestorCodes: true } },
      },
    });
    const withCards = new Set(cards.flatMap((c) => [c.region.code, ...c.region.ancestorCodes]));
    const regions = await prisma.region.findMany({
      where: { OR: [{ level: { in: ['PROVINCE', 'SUB_PROVINCIAL_CITY', 'PREFECTURE_CITY'] } }, { code: { in: [...withCards] } }] },
      select: { code: true, name: true, shortName: true, fullName: true, fullNameEn: true, nameEn: true, pinyin: true, level: true },
    });
    const levelRank = { PROVINCE: 0, SUB_PROVINCIAL_CITY: 1, PREFECTURE_CITY: 1, COUNTY: 2, INDUSTRIAL_ZONE: 3 } as const;
    const regionNames = new Map<string, RegionName>();
    const pinyinRegions = new Map<string, RegionName>();
    const put = (map: Map<string, RegionName>, name: string, entry: RegionName) => {
      if (name.length < 2 || AMBIGUOUS_REGION_NAMES.has(name)) return;
      const known = map.get(name);
      if (!known || entry.rank < known.rank) map.set(name, entry);
    };
    for (const r of regions) {
      const entry = {
        code: r.code,
        fullName: r.fullName,
        fullNameEn: r.fullNameEn,
        nameEn: r.nameEn,
        rank: (withCards.has(r.code) ? 0 : 10) + levelRank[r.level],
      };
      put(regionNames, r.name, entry);
      put(regionNames, r.shortName, entry);
      if (r.pinyin.length >= 4) put(pinyinRegions, r.pinyin, entry);
      const english = r.nameEn.toLowerCase();
      if (english.length >= 4) put(pinyinRegions, english.replace(/[^a-z]/g, ''), entry);
    }
    for (const [alias, name] of REGION_ALIASES) {
      const region = regionNames.get(name);
      if (region) put(regionNames, alias, region);
    }
    for (const [alias, name] of REGION_ALIASES_EN) {
      const region = regionNames.get(name);
      if (region) put(pinyinRegions, alias, region);
    }
    const titles = new Map<string, string[]>();
    const addTitle = (t: string, slug: string) => t.length >= 3 && titles.set(t, [...new Set([...(titles.get(t) ?? []), slug])]);
    for (const c of cards) {
      const title = c.title.replace(/[·\s]/g, '');
      addTitle(title, c.slug);
      for (const part of c.title.split('·')) if (part.length >= 4) addTitle(part, c.slug);
      if (c.titleEn && c.titleEn.length >= 6) addTitle(c.titleEn.toLowerCase(), c.slug);
    }
    const industryWords = new Map<string, number>();
    for (const c of cards) {
      for (const industry of c.industries) {
        industryWords.set(industry, (industryWords.get(industry) ?? 0) + 1);
        for (const word of segmentForIndex(industry)) {
          if (word.length >= 2 && !GENERIC_INDUSTRY_WORDS.has(word)) industryWords.set(word, (industryWords.get(word) ?? 0) + 1);
        }
      }
    }
    const years = new Set(cards.map((c) => c.batchYear).filter((y): y is number => y !== null));
    return new Catalogue(
      regionNames,
      pinyinRegions,
      titles,
      industryWords,
      cards.map((c) => ({ slug: c.slug, title: c.title, industries: c.industries, themes: c.themes })),
      years,
    );
  }

  /** The cards (of the loaded snapshot) of an industry or of the other name the catalogue gives it (INDUSTRY_KIN). */
  private slugsOfIndustry(industry: string): string[] {
    const kin = [industry, ...(INDUSTRY_KIN[industry] ?? [])];
    return this.cards.filter((c) => c.industries.some((i) => kin.some((k) => i.includes(k)))).map((c) => c.slug);
  }

  /** Whether a question naming only a tier, a theme or a year asks something else of them too. */
  private asksBeyondItsYear(named: string, yearMatch: RegExpMatchArray | null): boolean {
    return this.asksBeyond(named, yearMatch ? [yearMatch[1]] : []);
  }

  /** Whether words beside a place or an industry ask something the catalogue does not hold (see CATALOGUE_ASKING). */
  private asksBeyond(text: string, names: string[]): boolean {
    const { kindTags } = jiebaDictionary();
    // (Pinyin typed without an input method is Chinese: mingpian, naxie.)
    const pinyinTyped = languageOf(text) === 'zh';
    // (The everyday names first: 菜刀剪刀 holds the industry word 刀剪.)
    let left = text;
    left = withoutIndustryNames(left, INDUSTRY_NAMES);
    for (const name of names) left = left.replaceAll(name, ' ');
    const ofTheCatalogue = (w: string) => {
      if (this.industryWords.has(w)) return true;
      for (const title of this.titles.keys()) if (title.includes(w)) return true;
      return false;
    };
    return segmentWords(left).some((w) => {
      if (/^[a-z][a-z0-9]*$/.test(w))
        return w.length >= 3 && !CATALOGUE_ASKING_EN.has(w) && !FILLER_EN.has(w) && !(pinyinTyped && isPinyin(w)) && !this.isPlaceName(w) && !ofTheCatalogue(w);
      if (!/^[\u4e00-\u9fff]+$/.test(w) || CATALOGUE_ASKING.has(w) || CUE.test(w) || LISTING.test(w) || COUNT.test(w) || TOTAL.test(w)) return false;
      if (ofTheCatalogue(w) || this.isPlaceName(w)) return false;
      // One character says something when it asks who, or for a judgement, a text or food and fun (谁, 最, 诗, 菜); so
      // do the characters of a run jieba does not know (我列: 我 + 列).
      const tag = kindTags.get(w);
      if ([...w].length === 1 || tag === undefined) return [...w].some((c) => /[谁最更比诗写译钱价牛强好菜吃喝玩]/.test(c));
      return /^(n|v|a|l|i|j)/.test(tag);
    });
  }

  /** Every title, place and industry name (the typo fixer leaves them alone). */
  words(): string[] {
    return [...this.regionNames.keys(), ...this.titles.keys(), ...this.industryWords.keys()];
  }

  /** Card titles and industry words: what the catalogue is about (places say only where). */
  topicWords(): string[] {
    return [...this.titles.keys(), ...this.industryWords.keys()];
  }

  /** Whether a text names a place or a place within it (杭州 names 浙江), in Chinese or English. */
  namesPlaceWithin(text: string, place: string): boolean {
    const region = this.regionNames.get(place) ?? this.pinyinRegions.get(place);
    const lower = text.toLowerCase();
    if (!region) return lower.includes(place);
    const prefix = codePrefix(region.code);
    for (const [name, r] of this.regionNames) if (r.code.startsWith(prefix) && lower.includes(name)) return true;
    for (const r of this.pinyinRegions.values()) if (r.code.startsWith(prefix) && r.nameEn && lower.includes(r.nameEn.toLowerCase())) return true;
    return false;
  }

  /** A place name: says where, not what is asked (never evidence for a FAQ answer). */
  isPlaceName(word: string): boolean {
    return this.regionNames.has(word) || this.pinyinRegions.has(word);
  }

  /** The longest region name in the text; a homophone typo ("杭洲") when the text asks about cards. */
  private findRegion(text: string): { region: RegionName; name: string } | null {
    let best: { region: RegionName; name: string } | null = null;
    const consider = (name: string, region: RegionName | undefined) => {
      if (region && (!best || name.length > best.name.length || (name.length === best.name.length && region.rank < best.region.rank))) best = { region, name };
    };
    for (let i = 0; i < text.length; i++)
      for (let n = 2; n <= 8 && i + n <= text.length; n++) consider(text.slice(i, i + n), this.regionNames.get(text.slice(i, i + n)));
    for (const word of text.match(/[a-z]+/g) ?? []) consider(word, this.pinyinRegions.get(word));
    for (const [a, b] of pairs(text.match(/[a-z]+/g) ?? [])) consider(`${a} ${b}`, this.pinyinRegions.get(a + b));
    if (best || !CUE.test(text)) return best;
    // Homophone typos: 2–4 characters that sound like a region with cards (鄂尔多丝, 乌鲁木其).
    for (let n = 4; n >= 2; n--) {
      for (let i = 0; i + n <= text.length; i++) {
        const part = text.slice(i, i + n);
        if (!/^[\u4e00-\u9fff]+$/.test(part) || /[的了是有在名片产业]/.test(part)) continue;
        const region = this.pinyinRegions.get(toPinyin(part));
        if (region && region.rank < 10) return { region, name: part };
      }
    }
    return null;
  }

  /**
   * A place, with one within it said to be counted too (杭州有哪些名片？钱塘区的也算上, 杭州（含钱塘区）有几张名片): the outer
   * one, whose cards hold the inner one's.
   */
  private findRegionIncluding(text: string): { region: RegionName; name: string } | null {
    const inner = this.findRegion(text);
    if (!inner) return null;
    const at = text.indexOf(inner.name);
    const counted =
      /^[省市县区]?(的)?(也算上?|也包括|也列|在内)/.test(text.slice(at + inner.name.length)) || /(?<!不)(含|包括|包含|连同)$/.test(text.slice(0, at));
    const outer = counted ? this.findRegion(text.replace(inner.name, ' ')) : null;
    return outer && isWithin(outer.region.code, inner.region.code) ? outer : null;
  }

  /**
   * Several places listed (陕西、甘肃、宁夏有哪些名片, 杭州和宁波的名片): one region made of them. The first piece may follow a
   * lead-in and ends with a place, the last begins with one, those between are places alone; a clause before or after
   * that names none is left aside.
   */
  private findRegionList(text: string): { region: RegionName; name: string } | null {
    // (和, 与, 及 inside a place's name do not split it: 和田, 和平区.)
    const pieces = text.split(/[、，,/]|和(?![田平林顺龙县静政])|(?<!参)与|及|跟|\band\b/).map((p) => p.trim());
    // (…after or before a clause that names none: 搞矿的城市有没有名片，比如郴州、包头、赣州; 义乌和临沂，哪个在目录里有名片.)
    while (pieces.length > 2 && !this.findRegion(pieces[0])) pieces.shift();
    while (pieces.length > 2 && !this.findRegion(pieces[pieces.length - 1])) pieces.pop();
    if (pieces.length < 2) return this.findRegionRun(text);
    const places: { region: RegionName; name: string }[] = [];
    for (const [i, piece] of pieces.entries()) {
      const found = this.findRegion(piece);
      const first = i === 0;
      const last = i === pieces.length - 1;
      const alone = found && piece.replace(found.name, '').replace(/^[省市县区]?(的)?$/, '') === '';
      // (The first may follow a lead-in, 我想看看杭州和宁波的名片, what cards do Hangzhou and Ningbo have; the last may be followed
      // by the question; those between are places alone.)
      const fits = found && (alone || (first && piece.replace(/[省市县区]?(的)?$/, '').endsWith(found.name)) || (last && piece.startsWith(found.name)));
      // (Not a list of places: perhaps places run together before it, 哈尔滨长春沈阳，这几个有什么名片.)
      if (!found || !fits) return this.findRegionRun(text);
      places.push(found);
    }
    const codes = [...new Set(places.map((p) => p.region.code))];
    if (codes.length < 2) return this.findRegionRun(text);
    const name = text.slice(text.indexOf(places[0].name), text.indexOf(places[places.length - 1].name) + places[places.length - 1].name.length);
    return {
      region: regionOfPlaces(codes, places),
      name,
    };
  }

  /**
   * Places named one after another with nothing between (哈尔滨长春沈阳这几个老工业城市, 包头鄂尔多斯有没有): as one region made of
   * them, or the place named elsewhere they are all within. A place and one within it (吉林长春, 泉州德化) ask where the second
   * is.
   */
  private findRegionRun(text: string): { region: RegionName; name: string } | null {
    const nameAt = (at: number) => {
      for (let length = Math.min(8, text.length - at); length >= 2; length--) {
        const name = text.slice(at, at + length);
        const region = this.regionNames.get(name);
        if (region) return { region, name };
      }
      return null;
    };
    for (let start = 0; start < text.length - 3; start++) {
      const run: { region: RegionName; name: string }[] = [];
      for (let at = start, found = nameAt(at); found; at += found.name.length, found = nameAt(at)) run.push(found);
      const codes = [...new Set(run.map((p) => p.region.code))];
      if (codes.length < 2) continue;
      const name = run.map((p) => p.name).join('');
      // (A place and those within it, 吉林长春, 泉州德化晋江: where the ones within are; unless the outer one is asked about
      // elsewhere, 江苏省有几张名片 我是江苏无锡的.)
      const inner = run.filter((p) => !codes.some((code) => isWithin(p.region.code, code)));
      const innerCodes = [...new Set(inner.map((p) => p.region.code))];
      const elsewhere = this.findRegion(text.replace(name, ' '));
      if (elsewhere && codes.includes(elsewhere.region.code) && !innerCodes.includes(elsewhere.region.code)) return null;
      if (innerCodes.length < codes.length) return { region: innerCodes.length === 1 ? inner[0].region : regionOfPlaces(innerCodes, inner), name };
      // (Places within one named elsewhere ask that one's: 我们泉州的名片有哪几张 德化晋江算不算, 内蒙古那边有哪些名片 包头鄂尔多斯有没有.)
      if (elsewhere && codes.every((code) => isWithin(elsewhere.region.code, code))) return elsewhere;
      return {
        region: regionOfPlaces(codes, run),
        name,
      };
    }
    return null;
  }

  private findTitle(text: string): { slugs: string[]; name: string } | null {
    const flat = text.replace(/[·\s]/g, '');
    let best: { slugs: string[]; name: string } | null = null;
    for (const [title, slugs] of this.titles) {
      const hay = /[a-z]/.test(title) ? text : flat;
      if (hay.includes(title) && (!best || title.length > best.name.length)) best = { slugs, name: title };
    }
    return best;
  }

  private findIndustry(text: string): string | null {
    for (const [pattern, word] of INDUSTRY_NAMES) if (pattern.test(text)) return word;
    let best: string | null = null;
    let words: string[] | undefined;
    for (const word of this.industryWords.keys()) {
      if (!text.includes(word) || (best && word.length <= best.length)) continue;
      // Part of a longer word that is no industry (电子 in 电子邮箱, 家电 in 国家电网): not named.
      words ??= segmentWords(text);
      // (汽车产业, 刀剪行业: the industry itself.)
      const longer = (w: string) => w !== word && w.includes(word) && !/^(产业|行业|业)$/.test(w.replace(word, ''));
      if (words.some((w) => longer(w) && jiebaDictionary().frequency.has(w) && !this.industryWords.has(w))) continue;
      best = word;
    }
    return best;
  }

  /**
   * Whether the industry is named next to the cards (白酒的城市有名片吗, 名片是做菜刀剪刀的), not somewhere
   * else in a question about cards (名片能不能印到汽车车牌上).
   */
  private cardsOfIndustry(text: string, industry: string): boolean {
    const card = text.indexOf('名片');
    const aliases = INDUSTRY_NAMES.filter(([, word]) => word === industry).map(([pattern]) => pattern.exec(text)?.[0]);
    return [industry, ...aliases].some((said) => {
      const at = said ? text.indexOf(said) : -1;
      if (!said || at < 0 || card < 0) return false;
      return card > at ? card - (at + said.length) <= 8 : at - (card + 2) <= 8;
    });
  }

  /** What a question asks of the catalogue, or null when it is not a catalogue question. */
  parse(text: string): CatalogueQuery | null {
    if (asksElsewhere(text)) return null;
    return this.decide(text, this.named(text));
  }

  /**
   * What a question the classifier is sure asks the catalogue (a count or the cards) names of it, whatever else it says
   * (how many cards are in the catalogue right now? 风筝也能当产业名片？有吗): null when it names nothing the catalogue
   * holds and is no count of all the cards, or asks something else of a place (its weather, travel, shopping).
   */
  parseAsCatalogue(text: string, count: boolean): CatalogueQuery | null {
    // (Never past what is asked of a place besides its cards: 杭州明天天气怎么样, 去德化买瓷器.)
    if (asksElsewhere(text)) return null;
    const { query, named, title, region, industry, yearMatch } = this.named(text);
    const asked = { ...query, count };
    if (title || region || industry) return asked;
    // (A tier, theme or year alone, only when nothing else is asked of it: 创新消费城市的名片有没有配套发消费券.)
    if (query.tier || query.theme || query.year) return this.asksBeyondItsYear(named, yearMatch) ? null : asked;
    return count && /(名片|cards?|mingpian)/.test(text) ? asked : null;
  }

  /** The tier, theme, card, place, industry and year a question names. */
  private named(text: string) {
    const tier = TIERS.find(([p]) => p.test(text))?.[1];
    const theme = THEMES.find(([p]) => p.test(text))?.[1];
    // Tier and theme words are not industries ("创新消费" is no 消费 card).
    // (…in English too, as names of tiers and themes: main cards, the tech hotspot theme; not upgrade as a verb.)
    let named = text.replace(TIER_WORDS, ' ').replace(THEME_WORDS_ZH, ' ').replace(THEME_WORDS_EN, ' ').replace(CHINGLISH_ASIDES, ' ');
    const title = this.findTitle(named);
    const group = title ? null : findRegionGroup(named);
    // (A member named beside its group is the one asked about, and the group says only where it is: 长三角的合肥有哪些名片.)
    // (…not when it lists them: 辽宁、吉林、黑龙江这东北三省, 东北老工业基地，沈阳、长春、哈尔滨; places run together are one,
    // 东北的哈尔滨长春沈阳.)
    const members = group
      ? named
          .replace(group.name, ' ')
          .split(/[、，,和与及]/)
          .flatMap((piece) => this.findRegionRun(piece) ?? this.findRegion(piece) ?? [])
      : [];
    const member = members.length === 1 ? members[0] : null;
    if (member && group) named = named.replace(group.name, ' ');
    const region = title ? null : ((member || group) ?? this.findRegionIncluding(named) ?? this.findRegionList(named) ?? this.findRegion(named));
    const industry = title || region ? null : this.findIndustry(named);
    const yearMatch = text.match(/(20\d\d)/);
    // (A year said short, 目录里25年的有几张: the batch year, not a number of years, 干了25年.)
    const said = yearMatch?.[1] ?? text.match(/(?:^|[\s，,。？?！!里在])(2[2-9])年/)?.[1]?.replace(/^/, '20');
    const year = said && this.years.has(Number(said)) ? Number(said) : undefined;
    // (这几个 points at what is named, 这几个西北省区有哪些名片, and 西北几个省区 is a group's name: no count.)
    const count = COUNT.test(text.replace(group?.name ?? '', ' ').replace(/[这那]几个/g, '')) && !NOT_A_COUNT.test(text.replace(/可以有|能有/, ''));
    const query: CatalogueQuery = {
      count,
      region: region?.region,
      slugs: title ? [...new Set(title.slugs)] : undefined,
      industry: industry ?? undefined,
      tier,
      theme,
      year,
    };
    return { query, named, title, region, industry, yearMatch };
  }

  /** Whether what a question names is asked of the catalogue (and whether it asks beyond it). */
  private decide(text: string, { query, named, title, region, industry, yearMatch }: ReturnType<Catalogue['named']>): CatalogueQuery | null {
    const { tier, theme, year, count } = query;
    if (title || region || industry) {
      // Named a place, card or industry: a catalogue question when it mentions cards, or says nothing else.
      // (An industry named in English or everyday words, rare earth, 锂电池, first: its words are no other thing.)
      let rest = industry ? withoutNamesOf(named, industry) : named;
      for (const name of [title?.name, region?.name, industry].filter(Boolean) as string[]) rest = rest.replace(name, ' ');
      const alsoRegion = this.findRegion(rest);
      if (alsoRegion) rest = rest.replace(alsoRegion.name, ' ');
      const alsoIndustry = this.findIndustry(rest);
      if (alsoIndustry) rest = withoutNamesOf(rest, alsoIndustry).replace(alsoIndustry, ' ');
      // (An industry no card has, named without a word of cards, is some other thing: 杭州有咖啡吗, any coffee in Hangzhou?)
      const unheld = [industry, alsoIndustry].some((w) => w && !this.slugsOfIndustry(w).length);
      if (unheld && !CUE.test(text)) return { ...query, beyond: true };
      // (A place and an industry: that industry's cards there, 杭州的数字经济名片.)
      const asked = alsoIndustry && region && !title ? { ...query, industry: alsoIndustry } : query;
      const other = namesAThing(rest); // before the fillers go: 超市 is no 市
      const beyond = (asking = named) =>
        this.asksBeyond(
          asking,
          [title?.name, region?.name, industry, alsoRegion?.name, alsoIndustry].filter((n): n is string => !!n),
        )
          ? { ...asked, beyond: true }
          : asked;
      rest = rest.replace(FILLER, '').replace(/\p{Extended_Pictographic}/gu, '');
      if (!rest) return beyond();
      // Listing or counting something in a place: cards, unless it names another thing (好大学, 超市) or
      // the places in it (广东有几个市, how many cities does Guangdong have).
      // (Of an industry alone, the cities asked for are its cards': 做稀土的是哪几个城市.)
      const itsPlaces = /(几个|多少个?|哪些)(地级市|城市|市|县|区)/.test(text) && !(industry && !region && !title);
      const itsPlacesOrPeople = itsPlaces || /(多少|几)个?人(?!工)|\bhow many (cities|counties|districts|people)\b/.test(text);
      if ((count || LISTING.test(text)) && !CUE.test(text) && itsPlacesOrPeople) return { ...query, beyond: true };
      if ((count || LISTING.test(text)) && (CUE.test(text) || !other)) return beyond();
      // An industry's cards asked for as such (白酒的名片, 做菜刀的名片, 有名片吗).
      if (industry && /(的|有|哪些|哪几个|哪个)(产业)?名片|名片(吗|是哪|有哪)/.test(text) && this.cardsOfIndustry(text, industry)) return beyond();
      // …in English (rare earth industry cards?, any cards about baijiu).
      // (…or its cities: home appliance cities?)
      if (industry && /\b(cards?|cities|regions?|places|towns|hubs|areas|ones)\b/.test(text) && languageOf(text) === 'en') return beyond();
      // Where a card is, what its title means or is in English (中国电谷是哪儿的, 芯屏汽合是啥意思, 手撕钢之城在哪个城市): the card says.
      if (title && !region && TITLE_ASKED.test(text)) return beyond(named.replace(TITLE_ASKED_ALL, ' '));
      // A place or a card's title with 名片/产业 is about the catalogue; an industry word alone may not be.
      if ((title || region) && CUE.test(text)) return beyond();
      return null;
    }
    if (tier || theme || year) {
      // Only a tier, theme or year: when asking for the list or the number, not what they mean.
      if (
        /(定义|什么是|是什么|区别|什么分别|啥分别|咩分别|不同|不一样|差别|差异|意思|首次|举行|大会|名单|上榜|选择|冲|difference|what is|what are the)/.test(
          text,
        )
      )
        return null;
      const rest = named.replace(
        /(20\d\d)年?份?|(?<!\d)2[2-9]年|发布的|发布|批次|主题|城市|的|名片|产业|\b(the|cards?|theme|cit(y|ies)|pls|please|plz)\b|[\s?？]/g,
        '',
      );
      if (((count || LISTING.test(text)) && (CUE.test(text) || tier || theme)) || (!rest && (tier || CUE.test(text))))
        // (…unless it asks something else of them: then it is no catalogue question, 到2025年要打造多少张名片.)
        return this.asksBeyondItsYear(named, yearMatch) ? null : query;
      return null;
    }
    // (…not the people: 负责产业名片的工作人员一共有几个人.)
    if (count && TOTAL.test(text) && /(名片|cards?|mingpian)/.test(text) && !/(几|多少)(个|名|位)?人(?!工)|工作人员|\b(people|staff)\b/.test(text))
      return query;
    return null;
  }

  async answer(q: CatalogueQuery, prisma: PrismaClient, lang: Lang): Promise<BotAnswer> {
    const where: Prisma.CardWhereInput = { status: 'PUBLISHED' };
    if (q.region) where.region = { OR: (q.region.codes ?? [q.region.code]).flatMap((code) => [{ code }, { ancestorCodes: { has: code } }]) };
    // Industries and themes are matched on the loaded snapshot (substrings of industry names; enum
    // arrays are awkward to filter through the driver adapter), then read live by slug.
    const { industry, theme } = q;
    let slugs = q.slugs;
    if (industry) slugs = this.slugsOfIndustry(industry);
    if (theme) slugs = this.cards.filter((c) => c.themes.includes(theme) && (!slugs || slugs.includes(c.slug))).map((c) => c.slug);
    if (slugs) where.slug = { in: slugs };
    if (q.tier) where.tier = q.tier;
    if (q.year) where.batchYear = q.year;
    const cards = await prisma.card.findMany({
      where,
      select: {
        slug: true,
        title: true,
        titleEn: true,
        tier: true,
        batchYear: true,
        industries: true,
        industriesEn: true,
        conceptEn: true,
        region: { select: { fullName: true, fullNameEn: true } },
      },
      orderBy: [{ tier: 'asc' }, { batchYear: 'asc' }, { regionCode: 'asc' }],
    });
    // (A place's cards of an industry, none there: the place's cards, which say what it does — is Luoyang's card machinery?)
    if (!cards.length && q.region && q.industry && !q.count) return this.answer({ ...q, industry: undefined }, prisma, lang);
    if (q.industry) {
      // Cards whose industry is exactly the word first (汽车 before 新能源汽车).
      const word = q.industry;
      cards.sort((a, b) => Number(b.industries.includes(word)) - Number(a.industries.includes(word)));
    }
    // (Every card of a tier or theme asked for is shown, 15 main cards; a long list is one short line a card, so it fits a phone.)
    const shown = cards.slice(0, LISTED_AT_MOST);
    const compact = shown.length > LISTED_IN_FULL;
    const en = lang === 'en';
    const scope = this.describeScope(q, lang, q.industry ? industryInEnglish(q.industry, cards) : undefined);
    const basis = `${q.count ? 'count' : 'cards'}:${[q.region?.code, q.slugs?.join('+'), q.industry, q.tier, q.theme, q.year].filter(Boolean).join('/') || 'all'}`;
    const sources = shown.map((c) => ({ title: en ? (c.titleEn ?? c.title) : c.title, url: `/pages/cards/detail/index?slug=${c.slug}` }));
    const lines = shown.map((c) =>
      compact
        ? en
          ? `“${c.titleEn ?? c.title}” (${c.region.fullNameEn || c.region.fullName})`
          : `「${c.title}」（${c.region.fullName}）`
        : en
          ? `“${c.titleEn ?? c.title}” (${c.region.fullNameEn || c.region.fullName}; ${c.tier === 'MAIN' ? 'main card' : 'featured card'}${c.batchYear ? `, ${c.batchYear}` : ''}; ${describeIndustriesEn(c)})${c.conceptEn ? ` — ${c.conceptEn}` : ''}`
          : `「${c.title}」（${c.region.fullName}，${c.tier === 'MAIN' ? '主名片' : '特色名片'}${c.batchYear ? `，${c.batchYear}年` : ''}，产业：${describeIndustries(c.industries)}）`,
    );
    const more =
      cards.length > shown.length
        ? en
          ? `\n…and ${cards.length - shown.length} more in the catalogue.`
          : `\n……另有${cards.length - shown.length}张，可在名片目录中查看。`
        : '';
    let text: string;
    if (!cards.length) {
      text = en ? `There are no published industry cards ${scope} yet.` : `${scope}目前还没有已发布的产业名片（0张）。`;
      sources.push({ title: en ? 'Card catalogue' : '产业名片目录', url: '/pages/cards/list/index' });
    } else if (q.count) {
      text = en
        ? `There ${cards.length === 1 ? 'is 1 published industry card' : `are ${cards.length} published industry cards`} ${scope}:\n${lines.join('\n')}${more}`
        : `${scope}已发布的产业名片共${cards.length}张：\n${lines.join('\n')}${more}`;
    } else {
      text = en
        ? `Published industry cards ${scope} (${cards.length}):\n${lines.join('\n')}${more}\nTap a card below to open it.`
        : `${scope}已发布的产业名片（${cards.length}张）：\n${lines.join('\n')}${more}\n点击下方名片查看详情。`;
    }
    return { text, confident: true, handoff: false, sources, suggestions: [], basis };
  }

  /** Which cards an answer lists, in words (industryEn: the industry's English name, if a card gives it). */
  private describeScope(q: CatalogueQuery, lang: Lang, industryEn?: string): string {
    if (lang === 'en') {
      const parts = [
        q.region && `in ${q.region.fullNameEn || q.region.nameEn}`,
        q.slugs && 'with that name',
        q.industry && (industryEn ? `in ${inSentence(industryEn)}` : 'in that industry'),
        q.tier && `(${q.tier === 'MAIN' ? 'main cards' : 'featured cards'})`,
        q.theme && `(${THEME_LABELS[q.theme][1]})`,
        q.year && `of the ${q.year} batch`,
      ].filter(Boolean);
      return parts.length ? parts.join(' ') : 'in the catalogue';
    }
    const parts = [
      q.year && `${q.year}年批次`,
      q.region?.fullName,
      q.industry && `与“${q.industry}”相关`,
      q.slugs && '该名称',
      q.theme && THEME_LABELS[q.theme][0],
      q.tier && (q.tier === 'MAIN' ? '主名片中' : '特色名片中'),
    ].filter(Boolean);
    return parts.length ? parts.join('') : '目录中';
  }
}

function* pairs<T>(xs: T[]): Generator<[T, T]> {
  for (let i = 0; i + 1 < xs.length; i++) yield [xs[i], xs[i + 1]];
}
