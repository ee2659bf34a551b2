// The kind of fact a question asks for (a date, a year, a month, which company, how many
// people, which places, which N things) must be in the answer: an entry on the right subject that does
// not give it ("2022大会具体是几月几号开的" against an entry that names no day) is no answer.

interface AskedFact {
  /** How the question asks for it. */
  asked: RegExp;
  /** What an answer that gives it contains. */
  given: RegExp;
}

const ASKED_FACTS: AskedFact[] = [
  // a day
  {
    asked: /几月几[号日]|哪一?天|具体(日期|哪天)|\bwhat date\b|\bwhich day\b/,
    given: /\d{1,2}月\d{1,2}日|\d{1,2}日|\b(january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}\b/i,
  },
  // a year
  { asked: /哪一年|哪年|什么年份|\b(which|what) year\b/, given: /(19|20)\d\d/ },
  // a month
  {
    asked: /几月份?|哪个月|\bwhat month\b|\bwhich month\b/,
    given: /\d{1,2}月|月份|\b(january|february|march|april|may|june|july|august|september|october|november|december)\b/i,
  },
  // a company or organisation by name
  { asked: /哪家|什么公司|哪个公司|\bwhich (company|firm|agency)\b/, given: /公司|集团|有限|机构|中心|台|\b(company|group|ltd|agency|centre|center)\b/i },
  // how many people
  { asked: /多少(个|名|位)?(工作人员|员工|职工|人)(?!口)|\bhow many (staff|people|employees)\b/, given: /\d+\s*(人|名|位)|\d+ (staff|people|employees)/ },
  // which places
  { asked: /(哪几个|哪些|哪个)(城市|地方|省份?|区县|县|市)/, given: /[\u4e00-\u9fff]{1,6}(省|市|县|区)|、/ },
  // which N things, to be listed (哪八个部门, 哪三类)
  { asked: /哪[两二三四五六七八九十\d]+(个|家|项|类|种|条)/, given: /、|；|;|（[一二三四五六七八九十]）|\d\./ },
];

/** An answer that says the fact is not set or not published answers the question too. */
const SAYS_NOT_GIVEN = /以.{0,12}为准|未(公布|明确|说明|确定)|没有(公布|明确|说明|固定)|尚未|\bnot (stated|published|announced|set|fixed)\b/i;

/** Whether the question asks for a kind of fact the answer does not give. */
export function asksForAFactNotGiven(question: string, answer: string): boolean {
  return ASKED_FACTS.some((f) => f.asked.test(question) && !f.given.test(answer)) && !SAYS_NOT_GIVEN.test(answer);
}
