// The bot alone (botAnswer): answers from the right FAQ entry with its source, traditional and
// simplified alike, the card catalogue for regions, and a hand-over when asked or unsure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient } from '../support/graphql.js';

let db: TestDatabase;
let gql: ReturnType<typeof graphqlClient>;
const ASK = `query($q: String!) { botAnswer(question: $q) { text confident handoff sources { title url } } }`;
const ask = async (q: string) => (await gql.data(ASK, { q })).botAnswer;

beforeAll(async () => {
  db = await openTestDatabase();
  gql = graphqlClient(db);
});
afterAll(async () => {
  await gql?.services.close();
  await db?.close();
});

describe('botAnswer', () => {
  it.each([
    ['我们是一个县，可以报名吗？', 'county-eligible'],
    ['申请区域简介最多写多少字', 'form-intro'],
    ['主名片跟特色名片有啥不一样', 'tier-difference'],
    ['第一批征集什么时候截止的', 'deadline-first-call'],
    ['3分钟爱上中国产业名片是什么', 'films-what'],
  ])('answers "%s" from the FAQ entry %s, with its source', async (question, key) => {
    const faq = await db.prisma.faq.findUniqueOrThrow({ where: { key } });
    const answer = await ask(question);
    expect(answer).toMatchObject({ text: faq.answer, confident: true, handoff: false });
    expect(answer.sources).toEqual([{ title: faq.sourceTitle, url: faq.sourceUrl }]);
  });

  it('asks the same in traditional and simplified characters', async () => {
    const pairs = [
      ['誰可以申請產業名片？', '谁可以申请产业名片？'],
      ['登記表要填哪些內容', '登记表要填哪些内容'],
      ['微紀錄片在哪裡看', '微纪录片在哪里看'],
    ];
    for (const [traditional, simplified] of pairs) {
      const [a, b] = [await ask(traditional), await ask(simplified)];
      expect(a).toEqual(b);
      expect(a.handoff).toBe(false);
    }
  });

  it('answers a region question from the card catalogue, with links', async () => {
    const answer = await ask('东莞有哪些产业名片？');
    const cards = await db.prisma.card.findMany({ where: { regionCode: '441900', status: 'PUBLISHED' } });
    expect(answer.handoff).toBe(false);
    for (const card of cards) {
      expect(answer.text).toContain(card.title);
      expect(answer.sources).toContainEqual({ title: card.title, url: `/pages/cards/detail/index?slug=${card.slug}` });
    }
  });

  it.each(['转人工', '我要找工作人员', '人工客服在吗'])('hands over when asked: %s', async (question) => {
    expect(await ask(question)).toMatchObject({ handoff: true });
  });

  it.each(['明天天气怎么样', '帮我订一张去北京的机票', '推荐几只股票'])('hands over instead of answering an off-topic question: %s', async (question) => {
    const answer = await ask(question);
    expect(answer).toMatchObject({ confident: false, handoff: true });
  });
});
