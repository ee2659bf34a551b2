// The centre's FAQ (常见问题) as sample data, and the bot's evaluation set.
export type FaqCategory =
  | 'PROGRAMME' // 计划概况
  | 'ELIGIBILITY' // 申报条件
  | 'HOW_TO_APPLY' // 申报方式
  | 'FORM' // 登记表填写
  | 'DEADLINES' // 时间节点
  | 'TIERS' // 主名片 / 特色名片
  | 'CENTRE_SERVICES' // 中心提供的服务
  | 'EVALUATION' // 评价体系
  | 'FILMS' // 微纪录片
  | 'EVENTS' // 大会与发布
  | 'CONTACT' // 联系方式
  | 'APP'; // 本应用使用

export interface FaqSeed {
  /** Stable id, lowercase ascii with hyphens, e.g. "who-may-apply". */
  key: string;
  category: FaqCategory;
  question: string;
  /** Other ways people ask the same thing (colloquial, short, with typos is fine). */
  alternatives: string[];
  /** Faithful to the source; Chinese; 1–4 sentences. */
  answer: string;
  /** Where the answer comes from, shown to users. */
  source: { title: string; url?: string };
}

export type EvalExpectation =
  | { faq: string } // answered confidently from this FAQ key
  | { handoff: true } // the person asked for a person: hand over at once
  | { unsure: true } // off-topic: never a confident answer; say so and offer a person
  | { cards: string[] } // answered from the card catalogue, linking at least these card slugs ([]: "none there")
  | { count: number } // a count from the live catalogue, with this number in the text
  | { status: true }; // "my application's status": answered from the asker's applications

export type EvalStyle =
  | 'plain'
  | 'colloquial'
  | 'typo'
  | 'traditional'
  | 'pinyin'
  | 'english'
  | 'region'
  | 'industry'
  | 'count'
  | 'status'
  | 'off-topic'
  | 'handoff';

export interface EvalCase {
  question: string;
  expect: EvalExpectation;
  /** How the question is phrased or what it asks about: accuracy is reported by this. */
  style: EvalStyle;
}
