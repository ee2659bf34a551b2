// 👍/👎 on bot answers and 机器人未解决: only the asker may vote (by device or account), with a reason
// of limited length and a rate limit; misses are grouped by wording; one step turns a group into FAQ
// wording, and the bot answers from it at once.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotMissesDocument, RateBotAnswerDocument, SendInquiryMessageDocument, TeachBotDocument } from '@cards/schema';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient, testServices } from '../support/graphql.js';
import { signInOfficial, signInStaff } from '../support/accounts.js';

let db: TestDatabase;
let gql: ReturnType<typeof graphqlClient>;
let staff: { token: string; userId: string };
const device = () => `dev-${crypto.randomUUID()}`;

beforeAll(async () => {
  db = await openTestDatabase();
  gql = graphqlClient(db, testServices({ INQUIRY_HOURS: 'always' }));
  staff = await signInStaff(gql, db);
});
afterAll(async () => {
  await gql?.services.close();
  await db?.close();
});

async function visitorAsks(text: string, deviceId = device()) {
  const visitor = gql.as(null, deviceId);
  const { sendInquiryMessage: r } = await visitor.data(SendInquiryMessageDocument, { text, clientKey: crypto.randomUUID() });
  const answer = r.messages.find((m: { author: string }) => m.author === 'BOT');
  return { visitor, deviceId, inquiry: r.inquiry, answer };
}

describe('rateBotAnswer', () => {
  it('records 👎 with a reason on the asker’s own answer, and refuses anyone else', async () => {
    const { visitor, answer } = await visitorAsks('登记表要填哪些内容？');
    expect(answer.ratable).toBe(true);
    const { rateBotAnswer } = await visitor.data(RateBotAnswerDocument, { messageId: answer.id, helpful: false, reason: '没说清楚' });
    expect(rateBotAnswer.feedback).toEqual({ helpful: false, reason: '没说清楚' });

    const stranger = await gql.as(null, device()).data(RateBotAnswerDocument, { messageId: answer.id, helpful: true });
    expect(stranger.rateBotAnswer).toMatchObject({ code: 'NOT_FOUND' });
    const official = await signInOfficial(gql);
    const signedIn = await gql.as(official.token).data(RateBotAnswerDocument, { messageId: answer.id, helpful: true });
    expect(signedIn.rateBotAnswer).toMatchObject({ code: 'NOT_FOUND' });
    const row = await db.prisma.inquiryMessage.findUniqueOrThrow({ where: { id: answer.id } });
    expect(row).toMatchObject({ feedbackHelpful: false, feedbackReason: '没说清楚' });
  });

  it('lets an official vote on answers in their own conversation (by account)', async () => {
    const official = await signInOfficial(gql);
    const me = gql.as(official.token);
    const { sendInquiryMessage: r } = await me.data(SendInquiryMessageDocument, { text: '参加要收费吗', clientKey: crypto.randomUUID() });
    const answer = r.messages.find((m: { author: string }) => m.author === 'BOT');
    const { rateBotAnswer } = await me.data(RateBotAnswerDocument, { messageId: answer.id, helpful: true });
    expect(rateBotAnswer.feedback).toMatchObject({ helpful: true, reason: null });
  });

  it('refuses a reason that is too long, and votes on messages that are not bot answers', async () => {
    const { visitor, answer } = await visitorAsks('主名片是什么');
    const long = await visitor.data(RateBotAnswerDocument, { messageId: answer.id, helpful: false, reason: '太'.repeat(201) });
    expect(long.rateBotAnswer).toMatchObject({ __typename: 'ValidationError' });
    const own = await db.prisma.inquiryMessage.findFirstOrThrow({ where: { author: 'USER', text: '主名片是什么' } });
    const notBot = await visitor.data(RateBotAnswerDocument, { messageId: own.id, helpful: false });
    expect(notBot.rateBotAnswer).toMatchObject({ code: 'NOT_FOUND' });
    expect(await db.prisma.inquiryMessage.findUniqueOrThrow({ where: { id: answer.id } })).toMatchObject({ feedbackHelpful: null });
  });

  it('is rate-limited per asker', async () => {
    const { visitor, answer } = await visitorAsks('名片标识包括哪些内容');
    const results = [];
    for (let i = 0; i < 31; i++) results.push((await visitor.data(RateBotAnswerDocument, { messageId: answer.id, helpful: i % 2 === 0 })).rateBotAnswer);
    expect(results.slice(0, 30).every((r) => r.__typename === 'InquiryMessage')).toBe(true);
    expect(results[30]).toMatchObject({ code: 'RATE_LIMITED' });
  });
});

describe('机器人未解决', () => {
  it('leaves out a thank-you answered in kind, and keeps a question the bot was not sure of', async () => {
    const thanks = await visitorAsks('谢谢老师！');
    expect(thanks.answer).toMatchObject({ offersHuman: false, sources: [], ratable: false });
    expect(thanks.answer.text).toMatch(/不客气/);
    // (Nothing there to be right or wrong about: a 没帮助 on it is refused, and cannot put 谢谢 on the list.)
    const vote = await thanks.visitor.data(RateBotAnswerDocument, { messageId: thanks.answer.id, helpful: false });
    expect(vote.rateBotAnswer).toMatchObject({ code: 'NOT_FOUND' });
    const unsure = await visitorAsks('名片的奖杯是什么材质的');
    expect(unsure.answer.offersHuman).toBe(true);
    const { botMisses } = await gql.as(staff.token).data(BotMissesDocument);
    const asked = botMisses.flatMap((g: { questions: string[] }) => g.questions);
    expect(asked).toContain('名片的奖杯是什么材质的');
    expect(asked).not.toContain('谢谢老师！');
  });

  it('lists unsure and 👎 answers grouped by wording, and one step teaches the bot', async () => {
    const question = '名片的标识能不能绣在我们的工作服上';
    const first = await visitorAsks(question);
    const second = await visitorAsks('名片标识能绣在工作服上吗');
    expect(first.answer.offersHuman).toBe(true);
    await second.visitor.data(RateBotAnswerDocument, { messageId: second.answer.id, helpful: false, reason: '没回答' });

    const asStaff = gql.as(staff.token);
    const { botMisses } = await asStaff.data(BotMissesDocument);
    const group = botMisses.find((g: { questions: string[] }) => g.questions.includes(question));
    expect(group).toBeTruthy();
    expect(group.count).toBe(2);
    expect(group.questions).toContain('名片标识能绣在工作服上吗');
    expect(group.reasons).toEqual(['没回答']);

    const faq = await db.prisma.faq.findUniqueOrThrow({ where: { key: 'card-management' } });
    const { teachBot } = await asStaff.data(TeachBotDocument, { input: { messageIds: group.messageIds, faqId: faq.id } });
    expect(teachBot.alternatives).toEqual(expect.arrayContaining([question, '名片标识能绣在工作服上吗']));

    const again = await visitorAsks(question, first.deviceId);
    expect(again.answer).toMatchObject({ text: faq.answer, offersHuman: false });
    const after = (await asStaff.data(BotMissesDocument)).botMisses;
    expect(after.some((g: { questions: string[] }) => g.questions.includes(question))).toBe(false);
  });

  it('creates a new FAQ entry from a group when none fits', async () => {
    const { answer } = await visitorAsks('名片的证书什么时候寄到');
    const asStaff = gql.as(staff.token);
    const { teachBot } = await asStaff.data(TeachBotDocument, { input: { messageIds: [answer.id], answer: '证书由中心在发布后统一寄送（示例）。' } });
    expect(teachBot).toMatchObject({ question: '名片的证书什么时候寄到', answer: '证书由中心在发布后统一寄送（示例）。' });
    const { answer: again } = await visitorAsks('名片的证书什么时候寄到');
    expect(again.text).toBe('证书由中心在发布后统一寄送（示例）。');
  });

  it('answers a taught phrasing even when a rule would hold the bot back (an opinion asked)', async () => {
    const question = '你觉得名片标识哪种用法最好？';
    const { answer } = await visitorAsks(question);
    expect(answer.offersHuman).toBe(true);
    const faq = await db.prisma.faq.findUniqueOrThrow({ where: { key: 'card-management' } });
    await gql.as(staff.token).data(TeachBotDocument, { input: { messageIds: [answer.id], faqId: faq.id } });
    const { answer: again } = await visitorAsks(`  ${question.replace('？', '?')} `);
    expect(again).toMatchObject({ text: faq.answer, offersHuman: false });
  });

  it('refuses visitors and officials', async () => {
    const official = await signInOfficial(gql);
    for (const client of [gql.as(null, device()), gql.as(official.token)]) {
      const res = await client.request(BotMissesDocument);
      expect(res.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    }
  });
});
