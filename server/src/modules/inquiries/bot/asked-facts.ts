// The kind of fact a question asks for (a date, a year, a month, how long, which company, how many
// people, which places, which N things) must be in the answer: an entry on the right subject that does
// not give it ("2022大会具体是几月几号开的" against an entry that names no day) is no answer.

interface AskedFact {
  /** How the question asks for it. */
  asked: RegExp;
  /** What an answer that gives it contains. */
  given: RegExp;
  /** A time or a number: an answer saying it is not set, or where it is announced, answers it too. */
  mayBeUnset?: boolean;
}

const ASKED_FACTS: AskedFact[] = [
  // a day
  {
    asked: /几月几[号日]|(?<!手)几号|哪一?天|具体(日期|哪天)|\bwhat date\b|\bwhich day\b/,
    given: /\d{1,2}月\d{1,2}日|\d{1,2}日|\b(january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}\b/i,
    mayBeUnset: true,
  },
  // a year
  { asked: /哪一年|哪年|什么年份|\b(which|what) year\b/, given: /(19|20)\d\d/, mayBeUnset: true },
  // a month
  {
    asked: /几月份?|哪个月|\bwhat month\b|\bwhich month\b/,
    given: /\d{1,2}月|月份|\b(january|february|march|april|may|june|july|august|september|october|november|december)\b/i,
    mayBeUnset: true,
  },
  // how long
  {
    asked: /多久|多长时间|几天|几个月|\bhow long\b/,
    given: /[\d一二两三四五六七八九十半几]+\s*个?(月|天|日|年|周|星期|工作日|分钟|小时)|\b\d+\s*(minutes?|hours?|days?|weeks?|months?|years?)\b/i,
    mayBeUnset: true,
  },
  // an amount of money (投多少钱, 总金额)
  {
    asked: /多少钱|金额|投(入)?多少|花多少|(费用|经费|资金|成本)(大概|大约|一共)?(是)?多少|多少(经费|资金|费用)|\bhow much (money|does it cost)\b|\bcost\b/,
    given: /\d+(\.\d+)?\s*(万|亿)?元|免费|不收|无需(支付|缴纳|付费)|\bfree\b|\byuan\b|\brmb\b/i,
    mayBeUnset: true,
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
  // how many of something (几轮, 多少家, 总规模多大): a number
  {
    asked:
      /(?<![这那哪])几(轮|次|家|位|张|项|批|个|名|人|类|种|份|条|所|座|部|集)|多少(轮|次|家|位|张|项|批|个|名|人|钱|资金|经费|费用|万|亿|元)|规模(有)?多大|\bhow (many|much)\b/,
    given:
      /[\d一二两三四五六七八九十百千万多]+\s*(轮|次|家|位|张|项|批|个|名|人|类|种|份|条|所|座|部|集|元|万|亿|%)|\b(one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b/i,
    mayBeUnset: true,
  },
  // which N things, to be listed (哪八个部门, 哪三类)
  { asked: /哪[两二三四五六七八九十\d]+(个|家|项|类|种|条)/, given: /、|；|;|（[一二三四五六七八九十]）|\d\./ },
];

/** An answer that says when a time is not set, or where it is announced (以中心通知为准). */
const SAYS_NOT_GIVEN = /以.{0,12}为准|未(公布|明确|说明|确定)|没有(公布|明确|说明|固定)|尚未|\bnot (stated|published|announced|set|fixed)\b/i;

/** Which places something is in (建在哪几个城市): the answer must name one. */
const ASKS_WHICH_PLACES = /(在|到|是)(哪几个|哪些|哪个|哪座)(城市|省份?)|\bin which (cities|provinces)\b/;

/**
 * Whether the question asks for a kind of fact the answer does not give; `namesPlaces`: whether the
 * answer names a region.
 */
export function asksForAFactNotGiven(question: string, answer: string, namesPlaces: boolean): boolean {
  const notSet = SAYS_NOT_GIVEN.test(answer);
  return (
    ASKED_FACTS.some((f) => f.asked.test(question) && !f.given.test(answer) && !(f.mayBeUnset && notSet)) || (ASKS_WHICH_PLACES.test(question) && !namesPlaces)
  );
}
