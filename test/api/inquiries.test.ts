// Conversations: the bot answers, 转人工 queues, one staff member takes it, replies and notes,
// the visitor rates; plus history across restarts, idempotent sends, working hours, access,
// canned replies, the FAQ editor and the figures.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddInquiryNoteDocument,
  EndInquiryDocument,
  InquiryStatsDocument,
  InquiryThreadDocument,
  MyInquiriesDocument,
  RateInquiryDocument,
  RequestInquiryHumanDocument,
  SaveCannedReplyDocument,
  SaveFaqDocument,
  SendInquiryMessageDocument,
  StaffInboxDocument,
  TakeInquiryDocument,
  BotAnswerDocument,
  CannedRepliesDocument,
} from '@cards/schema';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient, testServices } from '../support/graphql.js';
import { signInOfficial, signInStaff } from '../support/accounts.js';
import { submitNewApplication } from '../support/applications.js';

let db: TestDatabase;
let gql: ReturnType<typeof graphqlClient>;
let staffA: { token: string; userId: string };
let staffB: { token: string; userId: string };

const device = () => `dev-${crypto.randomUUID()}`;
const key = () => crypto.randomUUID();

beforeAll(async () => {
  db = await openTestDatabase();
  gql = graphqlClient(db, testServices({ INQUIRY_HOURS: 'always' }));
  staffA = await signInStaff(gql, db);
  staffB = await signInStaff(gql, db);
});
afterAll(async () => {
  await gql?.services.close();
  await db?.close();
});

/** A visitor (by device) who starts a conversation with a question. */
async function visitorAsks(text: string, deviceId = device()) {
  const visitor = gql.as(null, deviceId);
  const { sendInquiryMessage: r } = await visitor.data(SendInquiryMessageDocument, { text, clientKey: key() });
  if (r.__typename !== 'SendInquiryMessageResult') throw new Error(r.message);
  return { visitor, deviceId, inquiry: r.inquiry, messages: r.messages };
}

async function queued(text = '你好，我想咨询一下申报的事') {
  const v = await visitorAsks(text);
  const { requestInquiryHuman: r } = await v.visitor.data(RequestInquiryHumanDocument, { inquiryId: v.inquiry.id });
  if (r.__typename !== 'Inquiry') throw new Error(r.message);
  return { ...v, inquiry: r };
}

describe('a conversation with the bot', () => {
  it('answers a FAQ question at once, with its source, and keeps both messages', async () => {
    const faq = await db.prisma.faq.findUniqueOrThrow({ where: { key: 'county-eligible' } });
    const { inquiry, messages, visitor } = await visitorAsks('我们是一个县，可以报名吗？');
    expect(inquiry.status).toBe('BOT');
    expect(messages.map((m) => [m.seq, m.author])).toEqual([
      [1, 'USER'],
      [2, 'BOT'],
    ]);
    expect(messages[1]).toMatchObject({ text: faq.answer, offersHuman: false, sources: [{ title: faq.sourceTitle, url: faq.sourceUrl }] });
    const { inquiry: thread } = await visitor.data(InquiryThreadDocument, { id: inquiry.id });
    expect(thread!.messages.map((m) => m.text)).toEqual(['我们是一个县，可以报名吗？', faq.answer]);
  });

  it('offers a person when it is not sure, without queueing by itself', async () => {
    const { inquiry, messages } = await visitorAsks('明天天气怎么样');
    expect(messages[1]).toMatchObject({ author: 'BOT', offersHuman: true });
    expect(inquiry.status).toBe('BOT');
  });

  it('queues on 转人工, with a notice and the queue position', async () => {
    const first = await visitorAsks('转人工');
    expect(first.messages.map((m) => m.author)).toEqual(['USER', 'BOT', 'SYSTEM']);
    expect(first.messages[2].text).toContain('已为您转接人工客服');
    const { inquiry: a } = await first.visitor.data(InquiryThreadDocument, { id: first.inquiry.id });
    expect(a!.status).toBe('QUEUED');
    const second = await queued('我想找工作人员');
    expect(second.inquiry.queuePosition).toBe(a!.queuePosition! + 1);
  });

  it('answers a signed-in official about their own application', async () => {
    const official = await signInOfficial(gql);
    const app = await submitNewApplication(gql.as(official.token));
    expect(app.status).toBe('SUBMITTED');
    const { sendInquiryMessage: r } = await gql.as(official.token).data(SendInquiryMessageDocument, { text: '我的申请进度怎么样了', clientKey: key() });
    if (r.__typename !== 'SendInquiryMessageResult') throw new Error(r.message);
    expect(r.messages[1].text).toContain(app.reference);
    expect(r.messages[1].text).toContain('已提交');
    expect(r.messages[1].sources[0].url).toContain('/pages/applications/detail/index?id=');
    // Signed out, the same question is answered from the FAQ, never with someone's application.
    const { botAnswer } = await gql.data(BotAnswerDocument, { question: '我的申请进度怎么样了' });
    expect(botAnswer.text).not.toContain(app.reference);
  });
});

describe('staff take, reply and end; the visitor rates', () => {
  it('runs the whole way, with private notes hidden from the visitor', async () => {
    const { visitor, inquiry } = await queued();
    const inbox = await gql.as(staffA.token).data(StaffInboxDocument);
    const waiting = inbox.inquiryQueue.find((i) => i.id === inquiry.id)!;
    expect(waiting).toMatchObject({ status: 'QUEUED', askerName: '访客', askerPersonalName: null, subject: '你好，我想咨询一下申报的事' });

    const { takeInquiry: taken } = await gql.as(staffA.token).data(TakeInquiryDocument, { inquiryId: inquiry.id });
    expect(taken).toMatchObject({ __typename: 'Inquiry', status: 'HUMAN', takenByViewer: true });
    const { takeInquiry: late } = await gql.as(staffB.token).data(TakeInquiryDocument, { inquiryId: inquiry.id });
    expect(late).toMatchObject({ __typename: 'ActionRefused', code: 'ALREADY_TAKEN' });

    // Only the one who took it may reply.
    const { sendInquiryMessage: intruder } = await gql
      .as(staffB.token)
      .data(SendInquiryMessageDocument, { inquiryId: inquiry.id, text: '我来回答', clientKey: key() });
    expect(intruder).toMatchObject({ __typename: 'ActionRefused', code: 'ALREADY_TAKEN' });
    const { sendInquiryMessage: reply } = await gql
      .as(staffA.token)
      .data(SendInquiryMessageDocument, { inquiryId: inquiry.id, text: '您好，请问您是哪个地区？', clientKey: key() });
    expect(reply.__typename).toBe('SendInquiryMessageResult');
    const { addInquiryNote: note } = await gql.as(staffB.token).data(AddInquiryNoteDocument, { inquiryId: inquiry.id, text: '此人上周来过电话' });
    expect(note).toMatchObject({ __typename: 'InquiryMessage', internal: true });

    const visitorView = (await visitor.data(InquiryThreadDocument, { id: inquiry.id })).inquiry!;
    expect(visitorView.messages.some((m) => m.internal || m.text.includes('上周来过电话'))).toBe(false);
    expect(visitorView.messages.at(-1)).toMatchObject({ author: 'STAFF', text: '您好，请问您是哪个地区？' });
    const staffView = (await gql.as(staffA.token).data(InquiryThreadDocument, { id: inquiry.id })).inquiry!;
    expect(staffView.messages.at(-1)).toMatchObject({ internal: true, text: '此人上周来过电话' });

    // Rating before the end is refused; after it, once.
    expect((await visitor.data(RateInquiryDocument, { inquiryId: inquiry.id, score: 5 })).rateInquiry).toMatchObject({ code: 'NOT_ENDED' });
    const { endInquiry } = await gql.as(staffA.token).data(EndInquiryDocument, { inquiryId: inquiry.id });
    expect(endInquiry).toMatchObject({ status: 'ENDED' });
    const { sendInquiryMessage: afterEnd } = await visitor.data(SendInquiryMessageDocument, { inquiryId: inquiry.id, text: '还在吗', clientKey: key() });
    expect(afterEnd).toMatchObject({ __typename: 'ActionRefused', code: 'INQUIRY_ENDED' });
    const { rateInquiry: bad } = await visitor.data(RateInquiryDocument, { inquiryId: inquiry.id, score: 6, comment: '好'.repeat(301) });
    expect(bad.__typename).toBe('ValidationError');
    if (bad.__typename === 'ValidationError') expect(bad.fieldErrors.map((e) => e.field).sort()).toEqual(['comment', 'score']);
    const { rateInquiry: rated } = await visitor.data(RateInquiryDocument, { inquiryId: inquiry.id, score: 4, comment: '回复很及时' });
    expect(rated).toMatchObject({ rating: 4, ratingComment: '回复很及时' });
    expect((await visitor.data(RateInquiryDocument, { inquiryId: inquiry.id, score: 1 })).rateInquiry).toMatchObject({ code: 'ALREADY_RATED' });
  });

  it('two staff taking the same conversation at once: exactly one gets it', async () => {
    for (let round = 0; round < 5; round++) {
      const { inquiry } = await queued(`同时接待 ${round}`);
      const results = await Promise.all([staffA, staffB].map((s) => gql.as(s.token).data(TakeInquiryDocument, { inquiryId: inquiry.id })));
      const winners = results.filter((r) => r.takeInquiry.__typename === 'Inquiry');
      expect(winners).toHaveLength(1);
      expect(results.map((r) => r.takeInquiry).find((t) => t.__typename !== 'Inquiry')).toMatchObject({ code: 'ALREADY_TAKEN' });
      const row = await db.prisma.inquiry.findUniqueOrThrow({
        where: { id: (await db.prisma.inquiry.findFirstOrThrow({ where: { subject: `同时接待 ${round}` } })).id },
      });
      const systemNotes = await db.prisma.inquiryMessage.count({ where: { inquiryId: row.id, author: 'SYSTEM', text: { contains: '已接入' } } });
      expect(systemNotes).toBe(1);
      expect(winners[0].takeInquiry).toMatchObject({ takenByViewer: true, status: 'HUMAN' });
      expect(row.staffId).not.toBeNull();
    }
  });
});

describe('kept and safe', () => {
  it('keeps conversations and messages across a server restart, as the visitor’s history', async () => {
    const { deviceId, inquiry } = await visitorAsks('登记表要填哪些内容？');
    const restarted = graphqlClient(db, testServices({ INQUIRY_HOURS: 'always' }));
    try {
      const { myInquiries } = await restarted.as(null, deviceId).data(MyInquiriesDocument);
      expect(myInquiries.map((i) => i.id)).toEqual([inquiry.id]);
      expect(myInquiries[0].lastMessage).toMatchObject({ author: 'BOT', seq: 2 });
    } finally {
      await restarted.services.close();
    }
  });

  it('a retried send with the same key does not send twice', async () => {
    const deviceId = device();
    const visitor = gql.as(null, deviceId);
    const clientKey = key();
    const [a, b] = await Promise.all([1, 2].map(() => visitor.data(SendInquiryMessageDocument, { text: '主名片和特色名片有什么区别', clientKey })));
    const again = await visitor.data(SendInquiryMessageDocument, { text: '主名片和特色名片有什么区别', clientKey });
    const ids = [a, b, again].map((r) => (r.sendInquiryMessage.__typename === 'SendInquiryMessageResult' ? r.sendInquiryMessage.inquiry.id : null));
    expect(new Set(ids).size).toBe(1);
    const inquiryId = await db.prisma.inquiry.findMany({ where: { deviceId } });
    expect(inquiryId).toHaveLength(1);
    expect(await db.prisma.inquiryMessage.count({ where: { inquiryId: inquiryId[0].id } })).toBe(2);
    // Within a conversation too.
    const next = key();
    for (let i = 0; i < 2; i++) await visitor.data(SendInquiryMessageDocument, { inquiryId: ids[0], text: '转人工', clientKey: next });
    expect(await db.prisma.inquiryMessage.count({ where: { inquiryId: inquiryId[0].id, author: 'USER' } })).toBe(2);
  });

  it('refuses empty, overlong and anonymous messages with a specific reason, storing nothing', async () => {
    const before = await db.prisma.inquiry.count();
    const visitor = gql.as(null, device());
    const empty = (await visitor.data(SendInquiryMessageDocument, { text: '   ', clientKey: key() })).sendInquiryMessage;
    expect(empty).toMatchObject({ __typename: 'ValidationError', message: '请输入内容' });
    const long = (await visitor.data(SendInquiryMessageDocument, { text: '长'.repeat(1001), clientKey: key() })).sendInquiryMessage;
    expect(long).toMatchObject({ __typename: 'ValidationError', message: '内容不能超过1000字' });
    const badKey = (await visitor.data(SendInquiryMessageDocument, { text: '你好', clientKey: 'x' })).sendInquiryMessage;
    expect(badKey).toMatchObject({ __typename: 'ValidationError' });
    const nobody = (await gql.data(SendInquiryMessageDocument, { text: '你好', clientKey: key() })).sendInquiryMessage;
    expect(nobody).toMatchObject({ __typename: 'ActionRefused', code: 'NO_VIEWER' });
    expect(await db.prisma.inquiry.count()).toBe(before);
  });

  it('shows a conversation only to the one who asked and to staff', async () => {
    const { inquiry } = await visitorAsks('谁可以申请产业名片？');
    expect((await gql.as(null, device()).data(InquiryThreadDocument, { id: inquiry.id })).inquiry).toBeNull();
    const official = await signInOfficial(gql);
    expect((await gql.as(official.token).data(InquiryThreadDocument, { id: inquiry.id })).inquiry).toBeNull();
    const stranger = await gql.as(null, device()).data(SendInquiryMessageDocument, { inquiryId: inquiry.id, text: '插一句', clientKey: key() });
    expect(stranger.sendInquiryMessage).toMatchObject({ code: 'NOT_FOUND' });
    expect((await gql.as(null, device()).data(RequestInquiryHumanDocument, { inquiryId: inquiry.id })).requestInquiryHuman).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await gql.as(staffA.token).data(InquiryThreadDocument, { id: inquiry.id })).inquiry?.id).toBe(inquiry.id);
    // Staff-only operations refuse visitors and officials.
    for (const token of [null, official.token]) {
      const r = await gql.as(token, device()).request(StaffInboxDocument);
      expect(r.errors?.[0].message).toContain('没有权限');
      const take = await gql.as(token, device()).request(TakeInquiryDocument, { inquiryId: inquiry.id });
      expect(take.errors?.[0].message).toContain('没有权限');
    }
  });

  it('out of working hours, says when someone will answer', async () => {
    // A one-hour window that does not contain now.
    const hour = new Date().toLocaleString('en-US', { timeZone: 'Asia/Shanghai', hour: '2-digit', hourCycle: 'h23' });
    const start = (Number(hour) + 3) % 22;
    const hours = `0-6 ${String(start).padStart(2, '0')}:00-${String(start + 1).padStart(2, '0')}:00`;
    const closed = graphqlClient(db, testServices({ INQUIRY_HOURS: hours }));
    try {
      const { sendInquiryMessage: r } = await closed.as(null, device()).data(SendInquiryMessageDocument, { text: '转人工', clientKey: key() });
      if (r.__typename !== 'SendInquiryMessageResult') throw new Error(r.message);
      expect(r.inquiry.status).toBe('QUEUED');
      expect(r.messages.at(-1)!.text).toMatch(
        new RegExp(`现在是非工作时间（服务时间：每天 ${start}:00–${start + 1}:00）。.*将于\\d+月\\d+日（周.）${start}:00后回复`),
      );
    } finally {
      await closed.services.close();
    }
  });
});

describe('staff tools', () => {
  it('canned replies: create, edit, refuse bad input; staff only', async () => {
    const staff = gql.as(staffA.token);
    const { saveCannedReply: created } = await staff.data(SaveCannedReplyDocument, { title: '问候', text: '{姓名}您好，我是{工作人员}。' });
    expect(created).toMatchObject({ __typename: 'CannedReply', title: '问候' });
    if (created.__typename !== 'CannedReply') return;
    const { saveCannedReply: edited } = await staff.data(SaveCannedReplyDocument, { id: created.id, title: '问候语', text: '{姓名}您好！' });
    expect(edited).toMatchObject({ title: '问候语', text: '{姓名}您好！' });
    const { saveCannedReply: bad } = await staff.data(SaveCannedReplyDocument, { title: '', text: '' });
    expect(bad.__typename).toBe('ValidationError');
    expect((await staff.data(CannedRepliesDocument)).cannedReplies.map((c) => c.title)).toContain('问候语');
    const official = await signInOfficial(gql);
    expect((await gql.as(official.token).request(SaveCannedReplyDocument, { title: 'x', text: 'y' })).errors?.[0].message).toContain('没有权限');
  });

  it('an FAQ entry that staff add is answered from at once', async () => {
    const input = {
      category: 'APP',
      question: '小程序支持深色模式吗？',
      alternatives: ['有没有夜间模式'],
      answer: '目前暂不支持深色模式，后续版本会考虑。',
      sourceTitle: '产业名片小程序说明',
      published: true,
    };
    const { saveFaq } = await gql.as(staffA.token).data(SaveFaqDocument, { input });
    expect(saveFaq).toMatchObject({ __typename: 'Faq', question: input.question });
    const { botAnswer } = await gql.data(BotAnswerDocument, { question: '有没有夜间模式' });
    expect(botAnswer).toMatchObject({ text: input.answer, confident: true, sources: [{ title: '产业名片小程序说明' }] });
    const { saveFaq: bad } = await gql.as(staffA.token).data(SaveFaqDocument, { input: { ...input, question: '', sourceTitle: '' } });
    expect(bad.__typename).toBe('ValidationError');
  });

  it('figures: first response, bot-resolved share, hand-off rate, satisfaction', async () => {
    const staff = gql.as(staffA.token);
    const { inquiry, visitor } = await queued('统计用的咨询');
    await staff.data(TakeInquiryDocument, { inquiryId: inquiry.id });
    await staff.data(SendInquiryMessageDocument, { inquiryId: inquiry.id, text: '您好', clientKey: key() });
    await staff.data(EndInquiryDocument, { inquiryId: inquiry.id });
    await visitor.data(RateInquiryDocument, { inquiryId: inquiry.id, score: 2 });
    // A conversation the bot settled: answered confidently, and quiet for an hour (so it is over).
    const settled = await visitorAsks('我们是一个县，可以报名吗？');
    await db.prisma
      .$executeRaw`UPDATE "Inquiry" SET "updatedAt" = now() - interval '1 hour' WHERE id = ${Buffer.from(settled.inquiry.id, 'base64').toString().split(':')[1]}`;
    const { inquiryStats: s } = await staff.data(InquiryStatsDocument, { days: 30 });
    const all = await db.prisma.inquiry.findMany();
    const handed = all.filter((i) => i.queuedAt).length;
    const rated = all.filter((i) => i.rating !== null);
    expect(s.conversations).toBe(all.length);
    expect(s.handoffRate).toBeCloseTo(handed / all.length, 5);
    expect(s.botResolvedShare).toBeGreaterThan(0);
    expect(s.botResolvedShare + s.handoffRate).toBeLessThanOrEqual(1);
    expect(s.ratings).toBe(rated.length);
    expect(s.satisfactionAverage).toBeCloseTo(rated.reduce((n, i) => n + i.rating!, 0) / rated.length, 5);
    expect(s.firstResponseMedianSeconds).not.toBeNull();
    expect(s.firstResponseMedianSeconds!).toBeGreaterThanOrEqual(0);
  });

  it('the inbox costs the same number of queries for 3 waiting conversations as for 12 (no N+1)', async () => {
    const count = async () => {
      db.queries.length = 0;
      await gql.as(staffA.token).data(StaffInboxDocument);
      return db.queries.length;
    };
    await queued('N+1 a');
    const few = await count();
    for (let i = 0; i < 9; i++) await queued(`N+1 ${i}`);
    const many = await count();
    expect(many).toBe(few);
  });
});
