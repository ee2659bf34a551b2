// Property-based tests (fast-check): random and hostile input to the application form, inquiry
// messages and the card filters. Never a server error; every refusal is a specific one (a known
// field, a Chinese message); a refused write leaves nothing behind.
import crypto from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient, testServices } from '../support/graphql.js';
import { signInOfficial } from '../support/accounts.js';
import { LIMITS, RateLimits } from '../../server/src/modules/auth/rate-limits.js';

let db: TestDatabase;
let gql: ReturnType<typeof graphqlClient>;
let official: { token: string };

const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);
const CHINESE = /[\u4e00-\u9fff]/;
const FORM_FIELDS = ['regionCode', 'leadUnit', 'leadingIndustries', 'featuredIndustries', 'intro', 'contactName', 'contactTitle', 'phone'];

beforeAll(async () => {
  db = await openTestDatabase();
  // Generous limits: this test is about input, not about rate limiting.
  const roomy = Object.fromEntries(Object.entries(LIMITS).map(([k, v]) => [k, { ...v, points: 100_000 }])) as typeof LIMITS;
  gql = graphqlClient(db, testServices({ INQUIRY_HOURS: 'always' }, { rateLimits: new RateLimits(null, roomy) }));
  official = await signInOfficial(gql);
});
afterAll(async () => {
  await gql?.services.close();
  await db?.close();
});

/** Strings people and attackers send: any unicode, control characters, SQL, markup, huge ones. */
const hostileString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom("'; DROP TABLE \"Application\"; --", '<script>alert(1)</script>', '\u0000', '\u202e反转', '🏭'.repeat(200), ' ', '１３９１２３４５６７８', '010-68209937', '东莞市工业和信息化局', '%', '\\'),
  fc.string({ maxLength: 400 }).map((s) => s.repeat(3)),
);

describe('property: hostile input', () => {
  it('the application form: a draft or a specific refusal, never an error, nothing half-written', async () => {
    const input = fc.record(
      {
        regionCode: fc.oneof(hostileString, fc.constantFrom('130600', '441900', '000000', '110000')),
        leadUnit: hostileString,
        leadingIndustries: fc.array(hostileString, { maxLength: 6 }),
        featuredIndustries: fc.array(hostileString, { maxLength: 6 }),
        intro: hostileString,
        contactName: hostileString,
        contactTitle: hostileString,
        phone: fc.oneof(hostileString, fc.constantFrom('13912345678', '010-68209937', '12345')),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(input, async (form) => {
        const before = await db.prisma.application.count();
        const r = await gql.as(official.token).request(
          `mutation($input: ApplicationInput!) { saveApplicationDraft(input: $input) { __typename ... on ValidationError { message fieldErrors { field message } } ... on Error { message code } } }`,
          { input: form },
        );
        if (r.errors) {
          // Only GraphQL's own input coercion may refuse (e.g. a lone surrogate is not a String).
          expect(r.errors.map((e) => e.message).join()).toMatch(/Variable "\$input"/);
          expect(await db.prisma.application.count()).toBe(before);
          return;
        }
        const result = r.data!.saveApplicationDraft;
        if (result.__typename === 'Application') return;
        expect(result.__typename).toBe('ValidationError');
        expect(result.fieldErrors.length).toBeGreaterThan(0);
        for (const e of result.fieldErrors) {
          expect(FORM_FIELDS).toContain(e.field);
          expect(e.message).toMatch(CHINESE);
        }
        expect(await db.prisma.application.count()).toBe(before);
      }),
      { numRuns: RUNS },
    );
  });

  it('inquiry messages: sent, or refused with a specific reason and nothing stored', async () => {
    const message = fc.record({ text: hostileString, clientKey: fc.oneof(fc.constant(null), fc.constant('ok-key-0000').map(() => crypto.randomUUID()), hostileString) });
    await fc.assert(
      fc.asyncProperty(message, async ({ text, clientKey }) => {
        const before = await db.prisma.inquiryMessage.count();
        const r = await gql.as(null, `dev-${crypto.randomUUID()}`).request(
          `mutation($text: String!, $key: String) { sendInquiryMessage(text: $text, clientKey: $key) { __typename ... on SendInquiryMessageResult { messages { author } } ... on ValidationError { fieldErrors { field message } } ... on Error { message code } } }`,
          { text, key: clientKey },
        );
        if (r.errors) {
          expect(r.errors.map((e) => e.message).join()).toMatch(/Variable "\$(text|key)"/);
          expect(await db.prisma.inquiryMessage.count()).toBe(before);
          return;
        }
        const result = r.data!.sendInquiryMessage;
        if (result.__typename === 'SendInquiryMessageResult') {
          expect(result.messages[0].author).toBe('USER');
          return;
        }
        if (result.__typename === 'ActionRefused') {
          // A key that another device already used (the generator repeats constants).
          expect(result).toMatchObject({ code: 'DUPLICATE_KEY', message: expect.stringMatching(CHINESE) });
          expect(await db.prisma.inquiryMessage.count()).toBe(before);
          return;
        }
        expect(result.__typename).toBe('ValidationError');
        for (const e of result.fieldErrors) {
          expect(['text', 'clientKey']).toContain(e.field);
          expect(e.message).toMatch(CHINESE);
        }
        expect(await db.prisma.inquiryMessage.count()).toBe(before);
      }),
      { numRuns: RUNS },
    );
  });

  it('card filters: always a list, never an error', async () => {
    const filter = fc.record(
      {
        query: hostileString,
        regionCode: hostileString,
        industry: hostileString,
        batchYear: fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }),
        tier: fc.constantFrom('MAIN', 'FEATURED'),
        theme: fc.constantFrom('TECH_HOTSPOT', 'INNOVATIVE_CONSUMPTION', 'UPGRADE_RENEWAL'),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(filter, fc.integer({ min: -5, max: 500 }), async (f, first) => {
        const r = await gql.request(`query($f: CardFilter, $first: Int) { cards(first: $first, filter: $f) { totalCount edges { node { id } } } }`, { f, first });
        if (r.errors) {
          // Refusals must be about the input, in words a client can show.
          expect(r.errors.map((e) => e.message).join()).toMatch(/Variable "\$f"|first|每页|不能/);
          return;
        }
        expect(r.data!.cards.totalCount).toBeGreaterThanOrEqual(0);
        expect(r.data!.cards.edges.length).toBeLessThanOrEqual(Math.max(first, 0) || 100);
      }),
      { numRuns: RUNS },
    );
  });
});
