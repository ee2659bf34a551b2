// The kind of fact a question asks for (a date, a year, a month, how long, which company, how many
// people, which places, which N things) must be in the answer: an entry on the right subject that does
// not give it ("2022大会具体是几月几号开的" against an entry that names no day) is no answer.

interface AskedFact {
  /** How the question asks for it. */
  asked: RegExp;
  /** What an answer that gives it contains. */
  given: RegExp;
  /** A time: an answer saying it is not set, or where it is announced, answers it too. */
  time?: boolean;
}

const ASKED_FACTS: AskedFact[] = [
  // a day
  {
    asked: /几月几[号日]|哪一?天|具体(日期|哪天)|\bwhat date\b|\bwhich day\b/,
    given: /\d{1,2}月\d{1,2}日|\d{1,2}日|\b(january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}\b/i,
    time: true,
  },
  // a year
  { asked: /哪一年|哪年|什么年份|\b(which|what) year\b/, given: /(19|20)\d\d/, time: true },
  // a month
  {
    asked: /几月份?|哪个月|\bwhat month\b|\bwhich month\b/,
    given: /\d{1,2}月|月份|\b(january|february|march|april|may|june|july|august|september|october|november|december)\b/i,
    time: true,
  },
  // how long
  {
    asked: /多久|多长时间|几天|几个月|\bhow long\b/,
    given: /[\d一二两三四五六七八九十半几]+\s*个?(月|天|日|年|周|星期|工作日|分钟|小时)|\b\d+\s*(minutes?|hours?|days?|weeks?|months?|years?)\b/i,
    time: true,
  },
  // a company by name
  {
    asked: /哪家(设计)?公司|哪个公司|\bwhich (company|firm)\b/,
    given: /[\u4e00-\u9fff]{2,}(公司|集团)|有限|\b(company|group|ltd)\b/i,
  },
  // how many people
  {
    asked: /有多少(个|名|位)?(工作人员|员工|职工|人)(?!口)|\bhow many (staff|employees)\b/,
    given: /\d+\s*(人|名|位)|\d+ (staff|people|employees)/,
  },
  // which N things, to be listed (哪八个部门, 哪三类)
  { asked: /哪[两二三四五六七八九十\d]+(个|家|项|类|种|条)/, given: /、|；|;|（[一二三四五六七八九十]）|\d\./ },
];

/** An answer that says when a time is not set, or where it is announced (以中心通知为准). */
const SAYS_NOT_GIVEN = /以.{0,12}为准|未(公布|明确|说明|确定)|没有(公布|明确|说明|固定)|尚未|\bnot (stated|published|announced|set|fixed)\b/i;

/** Which places something is in (建在哪几个城市): the answer must name one. */
const ASKS_WHICH_PLACES = /(在|到|是)(哪几个|哪些|哪个)(城市|省份?)|\bin which (cities|provinces)\b/;

/**
 * Whether the question asks for a kind of fact the answer does not give; `namesPlaces`: whether the
 * answer names a region.
 */
export function asksForAFactNotGiven(question: string, answer: string, namesPlaces: boolean): boolean {
  const notSet = SAYS_NOT_GIVEN.test(answer);
  return ASKED_FACTS.some((f) => f.asked.test(question) && !f.given.test(answer) && !(f.time && notSet)) || (ASKS_WHICH_PLACES.test(question) && !namesPlaces);
}
