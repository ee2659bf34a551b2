// Every list field the client shows, read with the client's own documents: the data it answers and
// the database operations it costs (model.action, in order). A list that starts reading per row, or
// reads more than it did, changes its operations and fails here.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BatchYearsDocument,
  CannedRepliesDocument,
  CardListDocument,
  FaqsDocument,
  FilmFeedDocument,
  HomeCardsDocument,
  MyApplicationsDocument,
  MyInquiriesDocument,
  NotificationsDocument,
  ProvincesDocument,
  RegionsDocument,
  SendInquiryMessageDocument,
  AuditLogDocument,
  StaffApplicationsDocument,
  StaffCardsDocument,
  StaffFilmsDocument,
  StaffFilterOptionsDocument,
  StaffInboxDocument,
} from '@cards/schema';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient } from '../support/graphql.js';
import { recordOperations, type OperationRecorder } from '../support/operations.js';
import { signInOfficial, signInStaff } from '../support/accounts.js';
import { SAVE_DRAFT, SUBMIT, TRANSITION, validForm } from '../support/applications.js';

let db: TestDatabase;
let gql: ReturnType<typeof graphqlClient>;
let recorder: OperationRecorder;
let official: { token: string };
let staff: { token: string };
let cardSlug: string;
const device = `dev-${crypto.randomUUID()}`;

/** Three of each kind of row, so that a per-row read would show as repeated operations. */
beforeAll(async () => {
  db = await openTestDatabase();
  recorder = recordOperations(db);
  gql = graphqlClient(db);
  official = await signInOfficial(gql);
  staff = await signInStaff(gql, db);
  const cards = await db.prisma.card.findMany({ where: { status: 'PUBLISHED' }, orderBy: { slug: 'asc' }, take: 3 });
  cardSlug = cards[0].slug;
  for (const [i, card] of cards.entries())
    await db.prisma.film.create({
      data: { cardId: card.id, title: `影片${i}`, status: 'PUBLISHED', jobState: 'READY', publishedAt: new Date(), durationSeconds: 60 },
    });
  const asOfficial = gql.as(official.token);
  const asStaff = gql.as(staff.token);
  for (const regionCode of ['130600', '130100', '130200']) {
    const { saveApplicationDraft: draft } = await asOfficial.data(SAVE_DRAFT, { input: validForm({ regionCode }) });
    const { submitApplication: sent } = await asOfficial.data(SUBMIT, { id: draft.id, v: draft.version });
    await asStaff.data(TRANSITION, { id: sent.id, to: 'IN_CONSULTATION', v: sent.version });
  }
  for (const text of ['转人工', '转人工', '转人工']) {
    const { sendInquiryMessage: r } = await gql.as(null, device).data(SendInquiryMessageDocument, { text, clientKey: crypto.randomUUID() });
    expect(r.__typename).toBe('SendInquiryMessageResult');
  }
  for (const title of ['问候', '材料', '进度'])
    await asStaff.data(`mutation($t: String!) { saveCannedReply(title: $t, text: "您好") { __typename } }`, { t: title });
});
afterAll(async () => {
  await gql?.services.close();
  await db?.close();
});

async function read(document: any, variables: Record<string, unknown> = {}, as: { token?: string | null; deviceId?: string } = {}) {
  const { result, operations } = await recorder.during(() => gql.request(document, variables, as));
  expect(result.errors).toBeUndefined();
  return { data: result.data as any, operations };
}

describe('public lists', () => {
  it('HomeCards', async () => {
    const { data, operations } = await read(HomeCardsDocument);
    expect(data.featured.edges.length).toBeGreaterThan(0);
    expect(data.all.totalCount).toBeGreaterThan(data.featured.edges.length);
    expect(operations).toMatchInlineSnapshot(`
      [
        "$raw.$queryRaw",
        "$raw.$queryRaw",
        "Card.findMany",
        "Card.findMany",
      ]
    `);
  });
  it('CardList', async () => {
    const { data, operations } = await read(CardListDocument, { first: 10 });
    expect(data.cards.edges).toHaveLength(10);
    expect(operations).toMatchInlineSnapshot(`
      [
        "$raw.$queryRaw",
        "Card.findMany",
      ]
    `);
  });
  it('Provinces, Regions and BatchYears', async () => {
    const provinces = await read(ProvincesDocument);
    expect(provinces.data.regions.map((r: any) => r.name)).toContain('河北省');
    expect(provinces.operations).toMatchInlineSnapshot(`
      [
        "Region.findMany",
      ]
    `);
    const cities = await read(RegionsDocument, { parentCode: '130000' });
    expect(cities.data.regions.map((r: any) => r.code)).toContain('130600');
    expect(cities.operations).toMatchInlineSnapshot(`
      [
        "Region.findMany",
      ]
    `);
    const years = await read(BatchYearsDocument);
    expect(years.data.cardBatchYears.length).toBeGreaterThan(0);
    expect(years.operations).toMatchInlineSnapshot(`
      [
        "Card.findMany",
      ]
    `);
  });
  it('FilmFeed and StaffFilms', async () => {
    const feed = await read(FilmFeedDocument, { first: 10 }, { deviceId: device });
    expect(feed.data.films.edges.map((e: any) => e.node.title).sort()).toEqual(['影片0', '影片1', '影片2']);
    expect(feed.operations).toMatchInlineSnapshot(`
      [
        "Film.findMany",
        "Film.count",
      ]
    `);
    const ofCard = await read(StaffFilmsDocument, { cardSlug }, { token: staff.token });
    expect(ofCard.data.films.edges.map((e: any) => e.node.title)).toEqual(['影片0']);
    expect(ofCard.operations).toMatchInlineSnapshot(`
      [
        "Session.findUnique",
        "Card.findFirst",
        "Film.findMany",
        "Film.count",
      ]
    `);
  });
});

describe('an official’s lists', () => {
  it('MyApplications', async () => {
    const { data, operations } = await read(MyApplicationsDocument, {}, { token: official.token });
    expect(data.myApplications.map((a: any) => a.status)).toEqual(['IN_CONSULTATION', 'IN_CONSULTATION', 'IN_CONSULTATION']);
    expect(operations).toMatchInlineSnapshot(`
      [
        "Session.findUnique",
        "Application.findMany",
      ]
    `);
  });
  it('Notifications', async () => {
    const { data, operations } = await read(NotificationsDocument, { first: 20 }, { token: official.token });
    expect(data.notifications.edges ?? data.notifications).toHaveLength(3);
    expect(operations).toMatchInlineSnapshot(`
      [
        "Session.findUnique",
        "Notification.findMany",
      ]
    `);
  });
  it('MyInquiries (a signed-out device)', async () => {
    const { data, operations } = await read(MyInquiriesDocument, {}, { deviceId: device });
    expect(data.myInquiries.edges ?? data.myInquiries).toHaveLength(3);
    expect(operations).toMatchInlineSnapshot(`
      [
        "Inquiry.findMany",
        "$raw.$queryRaw",
      ]
    `);
  });
});

describe('staff lists', () => {
  it('StaffApplications', async () => {
    const { data, operations } = await read(StaffApplicationsDocument, { first: 20 }, { token: staff.token });
    expect(data.applications.totalCount).toBe(3);
    expect(operations).toMatchInlineSnapshot(`
      [
        "Session.findUnique",
        "Application.findMany",
        "Application.count",
      ]
    `);
  });
  it('StaffCards', async () => {
    const { data, operations } = await read(StaffCardsDocument, { first: 20 }, { token: staff.token });
    expect(data.staffCards.edges).toHaveLength(20);
    expect(data.staffCards.totalCount).toBeGreaterThanOrEqual(40);
    expect(operations).toMatchInlineSnapshot(`
      [
        "Session.findUnique",
        "Card.findMany",
        "Card.count",
      ]
    `);
  });
  it('AuditLog', async () => {
    const admin = await signInStaff(gql, db, 'ADMIN');
    const { data, operations } = await read(AuditLogDocument, { first: 20 }, { token: admin.token });
    expect(data.auditLog.totalCount).toBeGreaterThanOrEqual(3);
    expect(operations).toMatchInlineSnapshot(`
      [
        "Session.findUnique",
        "AuditEntry.findMany",
        "AuditEntry.count",
      ]
    `);
  });
  it('StaffFilterOptions', async () => {
    const { data, operations } = await read(StaffFilterOptionsDocument, {}, { token: staff.token });
    expect(data.campaigns.length).toBeGreaterThan(0);
    expect(operations).toMatchInlineSnapshot(`
      [
        "Session.findUnique",
        "Campaign.findMany",
        "Region.findMany",
      ]
    `);
  });
  it('StaffInbox', async () => {
    const { data, operations } = await read(StaffInboxDocument, {}, { token: staff.token });
    expect(data.inquiryQueue).toHaveLength(3);
    expect(data.myActiveInquiries).toEqual([]);
    expect(operations).toMatchInlineSnapshot(`
      [
        "Session.findUnique",
        "Inquiry.findMany",
        "Inquiry.findMany",
        "$raw.$queryRaw",
      ]
    `);
  });
  it('CannedReplies and Faqs', async () => {
    const canned = await read(CannedRepliesDocument, {}, { token: staff.token });
    expect(canned.data.cannedReplies.map((c: any) => c.title)).toEqual(['材料', '进度', '问候'].sort());
    expect(canned.operations).toMatchInlineSnapshot(`
      [
        "Session.findUnique",
        "CannedReply.findMany",
      ]
    `);
    const faqs = await read(FaqsDocument, {}, { token: staff.token });
    expect(faqs.data.faqs.length).toBeGreaterThan(3);
    expect(faqs.operations).toMatchInlineSnapshot(`
      [
        "Session.findUnique",
        "Faq.findMany",
      ]
    `);
  });
});
