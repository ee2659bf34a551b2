// Property-based tests (fast-check): random and hostile input to the application form, inquiry
// messages and the card filters. Never a server error; every refusal is a specific one (a known
// field, a Chinese message); a refused write leaves nothing behind.
import crypto from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient, testServices } from '../support/graphql.js';
import { signInOfficial, signInStaff } from '../support/accounts.js';
import { LIMITS, RateLimits } from '../../server/src/modules/auth/rate-limits.js';
import { stripControl } from '@cards/schema/rules';

let db: TestDatabase;
let gql: ReturnType<typeof graphqlClient>;
let official: { token: string };

const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);
const CHINESE = /[\u4e00-\u9fff]/;
/** The typed refusals a mutation may answer with. */
const TYPED = '... on ValidationError { fieldErrors { field message } } ... on Error { code message }';
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
  fc.constantFrom(
    '\'; DROP TABLE "Application"; --',
    '<script>alert(1)</script>',
    '\u0000',
    '\u202e反转',
    '🏭'.repeat(200),
    ' ',
    '１３９１２３４５６７８',
    '010-68209937',
    '东莞市工业和信息化局',
    '%',
    '\\',
  ),
  fc.string({ maxLength: 400 }).map((s) => s.repeat(3)),
);

describe('property: the text rule (schema/rules)', () => {
  const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
  const REMOVED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;
  it('bidi overrides and isolates slipped in anywhere are dropped, and every other character stays', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !REMOVED.test(s));
    const slips = fc.array(fc.tuple(fc.nat(), fc.constantFrom(...BIDI)), { maxLength: 6 });
    fc.assert(
      fc.property(text, slips, (clean, inserts) => {
        const chars = [...clean];
        for (const [at, ch] of inserts) chars.splice(at % (chars.length + 1), 0, ch);
        expect(stripControl(chars.join(''))).toBe(clean);
      }),
      { numRuns: RUNS * 5 },
    );
  });
});

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
        const r = await gql
          .as(official.token)
          .request(
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
    const message = fc.record({
      text: hostileString,
      clientKey: fc.oneof(
        fc.constant(null),
        fc.constant('ok-key-0000').map(() => crypto.randomUUID()),
        hostileString,
      ),
    });
    await fc.assert(
      fc.asyncProperty(message, async ({ text, clientKey }) => {
        const before = await db.prisma.inquiryMessage.count();
        const r = await gql
          .as(null, `dev-${crypto.randomUUID()}`)
          .request(
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
        const r = await gql.request(`query($f: CardFilter, $first: Int) { cards(first: $first, filter: $f) { totalCount edges { node { id } } } }`, {
          f,
          first,
        });
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

// The inputs the hostile review reached the database with. Every one must now be answered with a
// validation error before SQL: typed (ValidationError with a field and a Chinese message) where the
// field has typed errors, else a GraphQL error with code BAD_USER_INPUT — in production settings,
// where anything unexpected would read "Unexpected error.".
describe('property: hostile input never reaches the database', () => {
  let prod: ReturnType<typeof graphqlClient>;
  let staffToken: string;
  let officialToken: string;
  const DATABASE_TEXT = /prisma|invalid byte sequence|tsquery|violates|syntax error|out of range|Unexpected error|invalid input/i;

  beforeAll(async () => {
    const roomy = Object.fromEntries(Object.entries(LIMITS).map(([k, v]) => [k, { ...v, points: 100_000 }])) as typeof LIMITS;
    const noBackoff = { freeAttempts: 100_000, windowSeconds: 60, firstPauseSeconds: 1, maxPauseSeconds: 1, memorySeconds: 60 };
    prod = graphqlClient(
      db,
      testServices(
        { NODE_ENV: 'production', TRUSTED_DOCUMENTS: '0', RESPONSE_CACHE_TTL_MS: '0', INQUIRY_HOURS: 'always' },
        { rateLimits: new RateLimits(null, roomy, noBackoff) },
      ),
    );
    staffToken = (await signInStaff(prod, db)).token;
    officialToken = (await signInOfficial(prod)).token;
  });
  afterAll(async () => {
    await prod?.services.close();
  });

  const withNul = fc.oneof(
    fc.constantFrom('\u0000', 'a\u0000b', '130600\u0000', '\u0000'.repeat(50)),
    fc.tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 })).map(([a, b]) => `${a}\u0000${b}`),
  );
  const huge = fc.constantFrom('a'.repeat(3000), 'dongguan'.repeat(400), '东'.repeat(2500), 'x'.repeat(70_000));
  const anyText = fc.oneof(hostileString, withNul, huge);
  /** Global IDs around real ones: wrong shapes, and the right shape with hostile ids inside. */
  const hostileId = fc.oneof(
    anyText,
    fc
      .tuple(fc.constantFrom('Card', 'Film', 'Application', 'Inquiry', 'Region', 'User', 'Campaign'), anyText)
      .map(([type, id]) => Buffer.from(`${type}:${id}`).toString('base64')),
  );
  const offsetCursor = (n: string) => Buffer.from(`OffsetConnection:${n}`).toString('base64');
  const hostileCursor = fc.oneof(
    fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map((n) => offsetCursor(String(n))),
    fc.constantFrom(offsetCursor('-1'), offsetCursor('99999999999999999999'), offsetCursor('1e9'), offsetCursor('NaN'), offsetCursor(''), 'not-a-cursor', ''),
    anyText.map((s) => Buffer.from(s).toString('base64')),
  );

  interface Probe {
    name: string;
    query: string;
    token?: () => string;
    /** The typed result (field name), when the field has typed errors. */
    typed?: string;
  }
  const probes: Probe[] = [
    { name: 'regions(parentCode)', query: `query($v: String) { regions(parentCode: $v) { code } }` },
    { name: 'films(cardSlug)', query: `query($v: String) { films(cardSlug: $v, first: 3) { totalCount } }` },
    { name: 'card(slug)', query: `query($v: String!) { card(slug: $v) { id } }` },
    { name: 'cards(filter)', query: `query($v: String) { cards(first: 3, filter: { query: $v, industry: $v, regionCode: $v }) { totalCount } }` },
    { name: 'cards(filter.query)', query: `query($v: String) { cards(first: 3, filter: { query: $v }) { totalCount } }` },
    { name: 'botAnswer', query: `query($v: String!) { botAnswer(question: $v) { text } }` },
    {
      name: 'loginWithPassword(username)',
      query: `mutation($v: String!) { loginWithPassword(username: $v, password: "a-long-password") { __typename ${TYPED} } }`,
      typed: 'loginWithPassword',
    },
    { name: 'requestLoginCode(phone)', query: `mutation($v: String!) { requestLoginCode(phone: $v) { __typename ${TYPED} } }`, typed: 'requestLoginCode' },
    { name: 'markNotificationsRead(ids)', query: `mutation($v: ID!) { markNotificationsRead(ids: [$v]) }`, token: () => officialToken },
    {
      name: 'applications(filter) as staff',
      query: `query($v: String) { applications(first: 3, filter: { query: $v, provinceCode: $v }) { totalCount } }`,
      token: () => staffToken,
    },
    {
      name: 'saveCannedReply',
      query: `mutation($v: String!) { saveCannedReply(title: $v, text: $v) { __typename ${TYPED} } }`,
      token: () => staffToken,
      typed: 'saveCannedReply',
    },
    { name: 'recordSubscribeGrant', query: `mutation($v: String!) { recordSubscribeGrant(templateIds: [$v]) }`, token: () => officialToken },
  ];
  const idProbes: Probe[] = [
    { name: 'node(id)', query: `query($v: ID!) { node(id: $v) { id } }` },
    { name: 'film(id)', query: `query($v: ID!) { film(id: $v) { id } }` },
    { name: 'inquiry(id)', query: `query($v: ID!) { inquiry(id: $v) { id } }` },
    { name: 'application(id)', query: `query($v: ID!) { application(id: $v) { id } }`, token: () => officialToken },
    { name: 'node(id) as staff', query: `query($v: ID!) { node(id: $v) { id } }`, token: () => staffToken },
    {
      name: 'applications(campaignId) as staff',
      query: `query($v: ID) { applications(first: 3, filter: { campaignId: $v }) { totalCount } }`,
      token: () => staffToken,
    },
    { name: 'markNotificationsRead(ids)', query: `mutation($v: ID!) { markNotificationsRead(ids: [$v]) }`, token: () => officialToken },
    {
      name: 'saveCannedReply(id)',
      query: `mutation($v: ID) { saveCannedReply(id: $v, title: "标题", text: "内容") { __typename ${TYPED} } }`,
      token: () => staffToken,
      typed: 'saveCannedReply',
    },
    { name: 'likeFilm(id)', query: `mutation($v: ID!) { likeFilm(id: $v) { __typename ${TYPED} } }`, typed: 'likeFilm' },
    {
      name: 'submitApplication(id)',
      query: `mutation($v: ID!) { submitApplication(id: $v, expectedVersion: 1) { __typename ${TYPED} } }`,
      token: () => officialToken,
      typed: 'submitApplication',
    },
  ];
  const cursorProbes: Probe[] = [
    { name: 'cards(after)', query: `query($v: String) { cards(first: 3, after: $v) { totalCount } }` },
    { name: 'cards(before)', query: `query($v: String) { cards(last: 3, before: $v) { totalCount } }` },
    { name: 'films(after)', query: `query($v: String) { films(first: 3, after: $v) { totalCount } }` },
    { name: 'applications(after) as staff', query: `query($v: String) { applications(first: 3, after: $v) { totalCount } }`, token: () => staffToken },
  ];

  /** An answer is acceptable when it is data, or a refusal that names the input, in Chinese. */
  async function expectHandled(probe: Probe, value: unknown) {
    const r = await prod.request(probe.query, { v: value }, { token: probe.token?.() ?? null, deviceId: 'device-hostile-01' });
    const text = JSON.stringify(r);
    expect(text, probe.name).not.toMatch(DATABASE_TEXT);
    if (r.errors?.length) {
      for (const e of r.errors) {
        // GraphQL's own coercion (a variable of the wrong type) or our input guard.
        if (/^Variable "\$v"/.test(e.message)) continue;
        expect(e.extensions?.code, `${probe.name}: ${e.message}`).toBe('BAD_USER_INPUT');
        expect(e.message).toMatch(CHINESE);
      }
      return;
    }
    if (!probe.typed) return;
    const result = (r.data as Record<string, any>)[probe.typed];
    if (result.__typename === 'ValidationError') {
      expect(result.fieldErrors.length).toBeGreaterThan(0);
      for (const e of result.fieldErrors) expect(e.message).toMatch(CHINESE);
    } else if (result.code) {
      expect(result.message).toMatch(CHINESE);
    }
  }

  it('texts with NUL, huge texts and search words: refused before SQL, or answered', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...probes), anyText, expectHandled), { numRuns: RUNS * 4 });
  });

  it('every listed input with NUL is refused as a validation error (not a database error)', async () => {
    for (const probe of [...probes, ...idProbes]) {
      const value = probe.query.includes('ID') ? Buffer.from('Card:a\u0000b').toString('base64') : 'a\u0000b';
      const r = await prod.request(probe.query, { v: value }, { token: probe.token?.() ?? null });
      const refusal = probe.typed ? (r.data as Record<string, any>)?.[probe.typed] : null;
      if (refusal)
        expect(refusal, probe.name).toMatchObject({
          __typename: 'ValidationError',
          fieldErrors: [{ field: expect.any(String), message: expect.stringMatching(CHINESE) }],
        });
      else expect(r.errors?.[0]?.extensions?.code, probe.name).toBe('BAD_USER_INPUT');
    }
  });

  it('a 3000-character latin search word is refused with a clear error', async () => {
    const r = await prod.request(`query($q: String) { cards(first: 3, filter: { query: $q }) { totalCount } }`, { q: 'a'.repeat(3000) });
    expect(r.errors?.[0]).toMatchObject({ message: expect.stringMatching(/不能超过 100 个字/), extensions: { code: 'BAD_USER_INPUT' } });
    // At the limit, a long latin word is searched, not an error.
    const longest = await prod.request(`query($q: String) { cards(first: 3, filter: { query: $q }) { totalCount } }`, { q: 'z'.repeat(100) });
    expect(longest.errors).toBeUndefined();
  });

  it('IDs: hostile global and plain IDs are refused or not found, never a database error', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...idProbes), hostileId, expectHandled), { numRuns: RUNS * 4 });
  });

  it('page cursors with negative, huge or invented offsets are refused', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...cursorProbes), hostileCursor, expectHandled), { numRuns: RUNS * 2 });
    for (const probe of cursorProbes) {
      for (const cursor of [offsetCursor('-5'), offsetCursor('99999999999999999999')]) {
        const r = await prod.request(probe.query, { v: cursor }, { token: probe.token?.() ?? null });
        expect(r.errors?.[0], probe.name).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/游标/) });
      }
    }
  });
});
