// Situations a question may ask about that an entry on the right subject must also speak of, whatever words
// they share: someone abroad taking part, what a part of a quoted name stands for, which of a group known
// only roughly, writing for the applicant, one item in two places, moving an application to someone else,
// another kind of organisation. (Those that need the catalogue or the entry's words are in bot.ts.)

/**
 * Places and people outside the mainland taking part (香港的区能参加吗, foreign companies join): only an entry
 * that speaks of them answers for them. (Not a friend abroad the card is shown to.)
 */
const ABROAD =
  /(香港|澳门|台湾|外国|国外|境外|海外|特别行政区|\bforeign\b|\boverseas\b|\bhong kong\b|\bmacau\b|\bmacao\b|\btaiwan\b)[^，。？?]{0,16}(参加|参与|申请|报名|加入|申报|\bjoin|\bapply|\btake part|\bparticipate|\beligible)/;
/** An entry that speaks for everyone, at home and abroad, or says who may not (企业不能作为申请主体). */
const FOR_ANYONE = /国内外|海内外|任何人|所有人|不能|不可以?|不作为|不属于|\b(anyone|everyone|cannot|not eligible)\b/;
/**
 * What a part of a quoted name stands for (“政产学研金介用”里的“介”): the entry must say it, when the part is one
 * character of an abbreviation or a word it does not use.
 */
const QUOTED_PART = /[“「]([^”」]{2,30})[”」](?:里面?|中)的[“「]?([\u4e00-\u9fff]{1,4})[”」]?(?:分别)?(?:指|是|代表)/;
/** Which of a group known only roughly (70多个城市里哪些没签约, 浙江占了几个): no entry lists them (it may list those signed). */
const OF_A_ROUGH_GROUP = /\d+多(个|家|座)[^？?]{0,24}(没有?签|未签|没有?入选|没选上|占了?几|都是哪|具体是哪|具体有哪|(哪些|哪几个)是)/;
/** One item in two places (同一个产业既填主导产业又填特色产业): the entry must speak of the same item twice. */
const SAME_ITEM_TWICE = /同一个?[^，。？?]{0,6}(产业|主导产业|特色产业)[^，。？?]{0,16}(既|又|分别|再|两|都)|再填一遍|既[^，。？?]{1,12}又/;
/** Moving an application or a number to another person or number (转到同事的账号, 换成新的手机号). */
const TRANSFER = /(转到|转给|转移到?|过户|换成|迁到)[^，。？?]{0,8}(账号|手机号|新号|号上|名下|同事)/;
/** Filling in or writing for the applicant (第三方代写, 中心的人代填). */
const DONE_FOR_THEM = /代(填|写|报|办|为)/;
/** Another kind of organisation than an entry names (行业协会, 筹备组, 自治州, 发展和改革委员会). */
const ORGANISATION = /[\u4e00-\u9fff]{1,8}?(协会|委员会|筹备组|自治州|自治县|联合会|商会|研究院)/g;

/** The situations the question asks about that an entry's text does not speak of (empty: none). */
export function situationsNotSpokenOf(question: string, entry: string): string[] {
  const abroad = ABROAD.exec(question)?.[1];
  const part = QUOTED_PART.exec(question);
  const explains = (name: string) => new RegExp(`${name}(指|是|即|代表|为|包括|包含|含|等|：|:|（|\\()`).test(entry);
  return [
    ...(abroad && !entry.includes(abroad) && !FOR_ANYONE.test(entry) ? [abroad] : []),
    ...(part && (part[2].length === 1 || !entry.includes(part[2])) && !explains(part[2]) ? [part[2]] : []),
    ...(OF_A_ROUGH_GROUP.test(question) ? ['which of them'] : []),
    ...(DONE_FOR_THEM.test(question) && !DONE_FOR_THEM.test(entry) ? ['代填'] : []),
    ...(SAME_ITEM_TWICE.test(question) && !/同一|两者都|既可以/.test(entry) ? ['同一'] : []),
    ...(TRANSFER.test(question) && !/转移|换绑|更换|变更|transfer/.test(entry) ? ['转移'] : []),
    ...[...question.matchAll(ORGANISATION)].map((m) => m[0]).filter((name) => !entry.includes(name) && !entry.includes(name.slice(-3))),
  ];
}
