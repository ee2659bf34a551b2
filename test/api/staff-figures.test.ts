// The figures staff read, each once wrong (issue 15): the bot-resolved share counted conversations still
// going, the Excel file was named with the UTC date, and a phone fragment found no application.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportApplicationsDocument, InquiryStatsDocument, SendInquiryMessageDocument, StaffApplicationsDocument } from '@cards/schema';
import { exportFileName } from '../../server/src/modules/applications/export.js';
import { BOT_SETTLED_AFTER_MINUTES } from '../../server/src/modules/inquiries/stats.js';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient, testServices } from '../support/graphql.js';
import { signInOfficial, signInStaff } from '../support/accounts.js';
import { submitNewApplication, validForm } from '../support/applications.js';

let db: TestDatabase;
let gql: ReturnType<typeof graphqlClient>;
let staff: ReturnType<ReturnType<typeof graphqlClient>['as']>;

beforeAll(async () => {
  db = await openTestDatabase();
  gql = graphqlClient(db, testServices({ INQUIRY_HOURS: 'always' }));
  staff = gql.as((await signInStaff(gql, db)).token);
});
afterAll(async () => {
  await gql?.services.close();
  await db?.close();
});

/** A visitor's conversation in which the bot answered a FAQ question confidently. */
async function settledByBotIfOver() {
  const visitor = gql.as(null, `dev-${crypto.randomUUID()}`);
  const { sendInquiryMessage: r } = await visitor.data(SendInquiryMessageDocument, { text: '我们是一个县，可以报名吗？', clientKey: crypto.randomUUID() });
  if (r.__typename !== 'SendInquiryMessageResult') throw new Error(r.message);
  expect(r.messages.at(-1)).toMatchObject({ author: 'BOT', offersHuman: false });
  return r.inquiry.id as string;
}
const localId = (id: string) => Buffer.from(id, 'base64').toString().split(':')[1];

describe('staff figures', () => {
  it('the bot-resolved share counts only conversations that are over: ended, or quiet for half an hour', async () => {
    await settledByBotIfOver(); // still going: settled by no one yet
    const quiet = await settledByBotIfOver();
    const ended = await settledByBotIfOver();
    await db.prisma
      .$executeRaw`UPDATE "Inquiry" SET "updatedAt" = now() - make_interval(mins => ${BOT_SETTLED_AFTER_MINUTES + 5}) WHERE id = ${localId(quiet)}`;
    await db.prisma.inquiry.update({ where: { id: localId(ended) }, data: { status: 'ENDED', endedAt: new Date() } });

    const { inquiryStats: s } = await staff.data(InquiryStatsDocument, { days: 30 });
    expect(s.conversations).toBe(3);
    expect(s.botResolvedShare).toBeCloseTo(2 / 3, 5);
  });

  it('does not count a thank-you answered in kind, or a greeting alone, as the bot resolving the conversation', async () => {
    const resolved = (s: { conversations: number; botResolvedShare: number }) => Math.round(s.conversations * s.botResolvedShare);
    const before = (await staff.data(InquiryStatsDocument, { days: 30 })).inquiryStats;
    const say = async (deviceId: string, text: string, inquiryId?: string) => {
      const { sendInquiryMessage: r } = await gql.as(null, deviceId).data(SendInquiryMessageDocument, { inquiryId, text, clientKey: crypto.randomUUID() });
      return r;
    };
    const unsureThenThanks = `dev-${crypto.randomUUID()}`;
    const first = await say(unsureThenThanks, '名片的奖杯是什么材质的');
    expect(first.messages.at(-1)).toMatchObject({ author: 'BOT', offersHuman: true });
    expect((await say(unsureThenThanks, '好的，谢谢', first.inquiry.id)).messages.at(-1)).toMatchObject({ author: 'BOT', offersHuman: false });
    const greetingOnly = await say(`dev-${crypto.randomUUID()}`, '你好');
    for (const id of [first.inquiry.id, greetingOnly.inquiry.id])
      await db.prisma.inquiry.update({ where: { id: localId(id) }, data: { status: 'ENDED', endedAt: new Date() } });

    const after = (await staff.data(InquiryStatsDocument, { days: 30 })).inquiryStats;
    expect(after.conversations).toBe(before.conversations + 2);
    expect(resolved(after)).toBe(resolved(before));
  });

  it('names the Excel export with the date in Beijing', async () => {
    // 07:38 on 2 December in Beijing is still 1 December in UTC.
    expect(exportFileName(new Date('2026-12-01T23:38:00Z'))).toBe('产业名片申请_2026-12-02.xlsx');
    expect(exportFileName(new Date('2026-12-02T16:30:00Z'))).toBe('产业名片申请_2026-12-03.xlsx');
    const { exportApplications } = await staff.data(ExportApplicationsDocument, {});
    expect(exportApplications.fileName).toBe(exportFileName());
  });

  it('finds an application by any fragment of its contact number', async () => {
    const official = gql.as((await signInOfficial(gql)).token);
    const d = await submitNewApplication(official, validForm({ regionCode: '430100', phone: '0731-88886666' }));
    expect(d.__typename).toBe('Application');
    for (const fragment of ['0731', '8888', '0731-8888']) {
      const { applications } = await staff.data(StaffApplicationsDocument, { first: 10, filter: { query: fragment } });
      expect(
        applications.edges.map((e: { node: { id: string } }) => e.node.id),
        fragment,
      ).toEqual([d.id]);
    }
  });
});
