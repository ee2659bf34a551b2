// A person's rights (issue 14): sign-in only with explicit agreement to 用户协议 and 隐私政策; see and take
// a copy of one's data; withdraw consent; 注销 leaves no personal data of the person in any table, while
// a submitted application's reference and timeline stay as the programme's records.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TERMS_VERSION } from '@cards/schema/rules';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient, testServices, type TestServices } from '../support/graphql.js';
import { newPhone, signInOfficial, signInStaff } from '../support/accounts.js';
import { SAVE_DRAFT, SUBMIT, validForm } from '../support/applications.js';
import { startWechatStub, type WechatStub } from '../support/wechat-stub.js';
import { LIMITS, RateLimits } from '../../server/src/modules/auth/rate-limits.js';

/** The row id inside a global id. */
const rowId = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1];

const CODE_LOGIN = `mutation($p: String!, $c: String!, $agree: Boolean) {
  loginWithPhoneCode(phone: $p, code: $c, agreedToTerms: $agree) { __typename ... on LoginSuccess { token } ... on Error { code message } } }`;
const WECHAT_LOGIN = `mutation($c: String!, $agree: Boolean) {
  loginWithWechat(code: $c, agreedToTerms: $agree) { __typename ... on LoginSuccess { token } ... on Error { code message } } }`;
const CLOSE = `mutation { closeMyAccount { __typename ... on Error { code message } } }`;

let db: TestDatabase;
let gql: ReturnType<typeof graphqlClient>;
let stub: WechatStub;

beforeAll(async () => {
  db = await openTestDatabase();
  stub = await startWechatStub();
  // Several sign-ins from one address: a roomier code allowance than production's.
  const roomy = new RateLimits(null, {
    ...LIMITS,
    codePerIp: { points: 1000, durationSeconds: 3600 },
    codePerPhone: { points: 1000, durationSeconds: 3600 },
  });
  gql = graphqlClient(
    db,
    testServices({ WECHAT_API_BASE: stub.url, WECHAT_APP_ID: stub.appId, WECHAT_APP_SECRET: stub.appSecret, INQUIRY_HOURS: 'always' }, { rateLimits: roomy }),
  );
});
afterAll(async () => {
  await gql?.services.close();
  await stub?.close();
  await db?.close();
});

async function codeFor(phone: string): Promise<string> {
  await gql.data(`mutation($p: String!) { requestLoginCode(phone: $p) { __typename } }`, { p: phone });
  return (gql.services as TestServices).codeSender.last(phone)!;
}

/** Every row of every table of the database, as text (to look for a person's data anywhere). */
async function everyRow(): Promise<string> {
  const tables = await db.prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
  );
  expect(tables.map((t) => t.name)).toContain('Application');
  const dumps = await Promise.all(tables.map((t) => db.prisma.$queryRawUnsafe<{ row: string }[]>(`SELECT row_to_json(x)::text AS row FROM "${t.name}" x`)));
  return dumps
    .flat()
    .map((r) => r.row)
    .join('\n');
}

describe('sign-in needs agreement', () => {
  it('refuses a code sign-in without agreement, stores nothing, and leaves the code usable', async () => {
    const phone = newPhone();
    const code = await codeFor(phone);
    for (const agree of [undefined, null, false]) {
      const { loginWithPhoneCode: r } = await gql.data(CODE_LOGIN, { p: phone, c: code, agree });
      expect(r).toMatchObject({ code: 'CONSENT_REQUIRED' });
      expect(r.message).toContain('用户协议');
    }
    expect(await db.prisma.user.count({ where: { phone } })).toBe(0);
    const { loginWithPhoneCode: ok } = await gql.data(CODE_LOGIN, { p: phone, c: code, agree: true });
    expect(ok.__typename).toBe('LoginSuccess');
    const user = await db.prisma.user.findUniqueOrThrow({ where: { phone } });
    expect(user.consentVersion).toBe(TERMS_VERSION);
    expect(user.consentedAt).toBeInstanceOf(Date);
  });

  it('refuses a WeChat sign-in without agreement before asking WeChat', async () => {
    const openid = `o-consent-${Date.now()}`;
    const code = stub.addCode(`c-${openid}`, { openid });
    const { loginWithWechat: r } = await gql.data(WECHAT_LOGIN, { c: code });
    expect(r).toMatchObject({ code: 'CONSENT_REQUIRED' });
    expect(await db.prisma.user.count({ where: { wechatOpenId: openid } })).toBe(0);
    // The WeChat code was not spent: the same code signs in once the person agrees.
    const { loginWithWechat: ok } = await gql.data(WECHAT_LOGIN, { c: code, agree: true });
    expect(ok.__typename).toBe('LoginSuccess');
    expect((await db.prisma.user.findUniqueOrThrow({ where: { wechatOpenId: openid } })).consentVersion).toBe(TERMS_VERSION);
  });
});

describe('rights over one’s data', () => {
  it('注销 erases the person everywhere; the submitted application keeps its reference and timeline', async () => {
    const official = await signInOfficial(gql);
    const me = gql.as(official.token);
    const person = { contactName: '欧阳注销', contactTitle: '注销测试科长', phone: newPhone() };
    const { saveApplicationDraft: submitted } = await me.data(SAVE_DRAFT, { input: validForm({ regionCode: '430100', ...person }) });
    expect((await me.data(SUBMIT, { id: submitted.id, v: submitted.version })).submitApplication.__typename).toBe('Application');
    const { saveApplicationDraft: draft } = await me.data(SAVE_DRAFT, { input: validForm({ regionCode: '430300', ...person }) });
    const sent = await me.data(
      `mutation { sendInquiryMessage(text: "我的名字是欧阳注销，电话${person.phone}", clientKey: "${crypto.randomUUID()}") { __typename } }`,
    );
    expect(sent.sendInquiryMessage.__typename).toBe('SendInquiryMessageResult');

    // The copy of my data holds what the app keeps about me.
    const copy = JSON.parse((await me.data(`{ myData }`)).myData);
    expect(copy.account.phone).toBe(official.phone);
    expect(copy.applications).toHaveLength(2);
    expect(copy.applications[0]).toMatchObject({ contactName: person.contactName, status: 'SUBMITTED' });
    expect(copy.inquiries[0].messages[0].text).toContain(person.contactName);

    const submittedRow = await db.prisma.application.findFirstOrThrow({
      where: { ownerId: rowId(official.userId), submittedAt: { not: null } },
      include: { events: true },
    });
    const before = await everyRow();
    for (const secret of [official.phone, person.phone, person.contactName, person.contactTitle]) expect(before).toContain(secret);

    expect((await me.data(CLOSE)).closeMyAccount.__typename).toBe('MutationCloseMyAccountSuccess');

    const after = await everyRow();
    for (const secret of [official.phone, person.phone, person.contactName, person.contactTitle]) expect(after).not.toContain(secret);
    // The programme's record stays: same reference, same timeline; the draft is gone.
    const kept = await db.prisma.application.findUniqueOrThrow({ where: { id: submittedRow.id }, include: { events: true } });
    expect(kept.reference).toBe(submittedRow.reference);
    expect(kept.events.map((e) => e.id).sort()).toEqual(submittedRow.events.map((e) => e.id).sort());
    expect(await db.prisma.application.count({ where: { id: rowId(draft.id) } })).toBe(0);
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: rowId(official.userId) } })).toMatchObject({ phone: null, erasedAt: expect.any(Date) });
    // The session is over.
    expect((await me.data(`{ viewer { id } }`)).viewer).toBeNull();
    // Signing in with the same phone later starts a new, empty account.
    const again = await signInOfficial(gql, official.phone);
    expect(again.userId).not.toBe(official.userId);
    expect(JSON.parse((await gql.as(again.token).data(`{ myData }`)).myData).applications).toEqual([]);
  });

  it('a staff account cannot be closed from the app', async () => {
    const staff = await signInStaff(gql, db, 'STAFF');
    expect((await gql.as(staff.token).data(CLOSE)).closeMyAccount).toMatchObject({ code: 'STAFF_ACCOUNT' });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: rowId(staff.userId) } })).erasedAt).toBeNull();
  });

  it('withdrawing consent ends every session; the next sign-in asks again', async () => {
    const official = await signInOfficial(gql);
    // A second device of the same account (a new code for the phone once the first one's minute is over).
    await db.prisma.loginCode.deleteMany({ where: { phone: official.phone } });
    const second = await signInOfficial(gql, official.phone);
    expect(second.userId).toBe(official.userId);
    expect((await gql.as(official.token).data(`mutation { withdrawConsent }`)).withdrawConsent).toBe(true);
    for (const token of [official.token, second.token]) expect((await gql.as(token).data(`{ viewer { id } }`)).viewer).toBeNull();
    await db.prisma.loginCode.deleteMany({ where: { phone: official.phone } });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: rowId(official.userId) } })).consentVersion).toBeNull();
    const code = await codeFor(official.phone);
    expect((await gql.data(CODE_LOGIN, { p: official.phone, c: code })).loginWithPhoneCode.code).toBe('CONSENT_REQUIRED');
  });
});
