// A lone UTF-16 surrogate ("\ud800", "x\udfffy") is a valid GraphQL String and a text column takes it, but
// PostgreSQL's json refuses it. Every write that ends in a json column (card versions, audit entries, the form
// kept at each submission, the bot's sources) stores it as U+FFFD instead of ending in a database error.
// The random robustness test found the first of these (seed 1103510131); this one asks for each at once.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { SaveFaqDocument, SendInquiryMessageDocument } from '@cards/schema';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient, testServices } from '../support/graphql.js';
import { signInOfficial, signInStaff } from '../support/accounts.js';
import { submitNewApplication, validForm } from '../support/applications.js';

let db: TestDatabase;
let gql: ReturnType<typeof graphqlClient>;
let staff: string;

const UNPUBLISH = `mutation($id: ID!, $reason: String!) { unpublishCard(id: $id, reason: $reason) {
  __typename ... on Card { status offline { reason } } ... on Error { code message } } }`;
const UPDATE = `mutation($input: UpdateCardInput!) { updateCard(input: $input) {
  __typename ... on Card { title } ... on Error { code message } ... on ValidationError { fieldErrors { field message } } } }`;

beforeAll(async () => {
  db = await openTestDatabase();
  gql = graphqlClient(db, testServices({ INQUIRY_HOURS: 'always' }));
  staff = (await signInStaff(gql, db, 'ADMIN')).token;
});
afterAll(async () => {
  await gql?.services.close();
  await db?.close();
});

const cardId = async (slug: string) => {
  const row = await db.prisma.card.findFirstOrThrow({ where: { slug } });
  return { id: encodeGlobalID('Card', row.id), localId: row.id };
};

describe('lone surrogates in what people type', () => {
  it('an unpublish reason is kept with U+FFFD in the card, its version and the audit trail', async () => {
    const card = await cardId('baoding-electric-valley');
    const off = (await gql.as(staff).data(UNPUBLISH, { id: card.id, reason: '资料待核实x\udfffy' })).unpublishCard;
    expect(off).toEqual({ __typename: 'Card', status: 'OFFLINE', offline: { reason: '资料待核实x\ufffdy' } });
    const version = await db.prisma.cardVersion.findFirstOrThrow({ where: { cardId: card.localId }, orderBy: { number: 'desc' } });
    expect(JSON.stringify(version.changes)).toContain('x\ufffdy');
  });

  it('a card title edited with a lone high surrogate is saved, and its audit entry too', async () => {
    const card = await cardId('dehua-porcelain-capital');
    const saved = (await gql.as(staff).data(UPDATE, { input: { id: card.id, title: '德化白瓷\ud800' } })).updateCard;
    expect(saved).toEqual({ __typename: 'Card', title: '德化白瓷\ufffd' });
    const audit = await db.prisma.auditEntry.findFirstOrThrow({ where: { subjectId: card.localId }, orderBy: { createdAt: 'desc' } });
    expect(JSON.stringify(audit.after)).toContain('德化白瓷\ufffd');
  });

  it('an application with a lone surrogate in its lead unit is submitted and its form kept', async () => {
    const official = await signInOfficial(gql);
    const submitted = await submitNewApplication(gql.as(official.token), validForm({ leadUnit: '保定市工业和信息化局\udc00' }));
    expect(submitted).toMatchObject({ __typename: 'Application', status: 'SUBMITTED', leadUnit: '保定市工业和信息化局\ufffd' });
    const kept = await db.prisma.applicationSubmission.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
    expect((kept.form as { leadUnit: string }).leadUnit).toBe('保定市工业和信息化局\ufffd');
  });

  it("an FAQ entry's source title with a lone surrogate is the bot's source when it answers", async () => {
    const input = {
      category: 'APP',
      question: '小程序能调大字号吗？',
      alternatives: ['有没有护眼模式'],
      answer: '可以：在“我的”里打开长辈模式，字号会变大。',
      sourceTitle: '产业名片小程序说明\udbff',
      published: true,
    };
    const { saveFaq } = await gql.as(staff).data(SaveFaqDocument, { input });
    expect(saveFaq.__typename).toBe('Faq');
    const { sendInquiryMessage: r } = await gql
      .as(null, `dev-${crypto.randomUUID()}`)
      .data(SendInquiryMessageDocument, { text: '有没有护眼模式', clientKey: crypto.randomUUID() });
    if (r.__typename !== 'SendInquiryMessageResult') throw new Error(r.message);
    const reply = r.messages.at(-1)!;
    expect(reply.author).toBe('BOT');
    expect(reply.sources.map((s) => s.title)).toEqual(['产业名片小程序说明\ufffd']);
  });
});
