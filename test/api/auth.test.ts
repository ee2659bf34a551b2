// Sign-in: WeChat against a local stand-in of its API, one-time codes, passwords, sessions.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient, testServices } from '../support/graphql.js';
import { newPhone, signInOfficial, signInStaff } from '../support/accounts.js';
import { startWechatStub, type WechatStub } from '../support/wechat-stub.js';
import { SAVE_DRAFT, SUBMIT, TRANSITION, validForm } from '../support/applications.js';

let db: TestDatabase;
let stub: WechatStub;
let gql: ReturnType<typeof graphqlClient>;
const logged: string[] = [];

const LOGIN = `mutation($code: String!) { loginWithWechat(code: $code, agreedToTerms: true) { __typename
  ... on LoginSuccess { token expiresAt user { id role hasPhone } } ... on Error { message code } } }`;
const VIEWER = `{ viewer { id role maskedPhone hasPhone } }`;

beforeAll(async () => {
  db = await openTestDatabase();
  stub = await startWechatStub();
  gql = graphqlClient(
    db,
    testServices({ WECHAT_API_BASE: stub.url, WECHAT_APP_ID: stub.appId, WECHAT_APP_SECRET: stub.appSecret, WECHAT_SUBSCRIBE_TEMPLATE_ID: 'tmpl-status' }),
  );
  // Everything the server prints during these tests, to prove no session_key is ever logged.
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const original = console[method];
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(args.map(String).join(' '));
      original(...args);
    });
  }
});
afterAll(async () => {
  vi.restoreAllMocks();
  await stub?.close();
  await gql?.services.close();
  await db?.close();
});

describe('WeChat sign-in (against the local stand-in)', () => {
  const responses: string[] = [];
  const record = <T>(r: T) => (responses.push(JSON.stringify(r)), r);

  it('exchanges a code for a session token that works', async () => {
    stub.addCode('code-ok', { openid: 'openid-alice', unionid: 'union-alice' });
    const { loginWithWechat: r } = record(await gql.data(LOGIN, { code: 'code-ok' }));
    expect(r.__typename).toBe('LoginSuccess');
    expect(r.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const viewer = record(await gql.as(r.token).data(VIEWER)).viewer;
    expect(viewer).toMatchObject({ id: r.user.id, role: 'VISITOR', hasPhone: false });
    // The same WeChat user signs in again as the same account.
    stub.addCode('code-ok-2', { openid: 'openid-alice' });
    const again = record(await gql.data(LOGIN, { code: 'code-ok-2' })).loginWithWechat;
    expect(again.user.id).toBe(r.user.id);
    const stored = await db.prisma.user.findUniqueOrThrow({ where: { id: Buffer.from(r.user.id, 'base64').toString().split(':')[1] } });
    expect(stored.wechatSessionKey).toBe(stub.sessionKeys.get('openid-alice'));
  });

  it('refuses an invalid code (40029) with a clear reason', async () => {
    const { loginWithWechat: r } = record(await gql.data(LOGIN, { code: 'never-issued' }));
    expect(r).toMatchObject({ __typename: 'AuthError', code: 'WECHAT_INVALID_CODE' });
    expect(r.message).toContain('重新登录');
  });

  it('reports WeChat rate limiting (45011)', async () => {
    stub.addCode('code-limited', { openid: 'openid-bob' });
    stub.rateLimitNext(1);
    const { loginWithWechat: r } = record(await gql.data(LOGIN, { code: 'code-limited' }));
    expect(r).toMatchObject({ __typename: 'AuthError', code: 'WECHAT_RATE_LIMITED' });
    const retry = record(await gql.data(LOGIN, { code: 'code-limited' })).loginWithWechat;
    expect(retry.__typename).toBe('LoginSuccess');
  });

  it('verifies the phone through getPhoneNumber, refreshing the access token once when it expired', async () => {
    stub.addCode('code-carol', { openid: 'openid-carol' });
    const { token } = record(await gql.data(LOGIN, { code: 'code-carol' })).loginWithWechat;
    const phone = newPhone();
    stub.addPhoneCode('phone-code-1', phone);
    const bind = `mutation($code: String!) { bindWechatPhone(code: $code) { __typename ... on User { role maskedPhone hasPhone } ... on Error { code message } } }`;
    const first = record(await gql.as(token).data(bind, { code: 'phone-code-1' })).bindWechatPhone;
    expect(first).toMatchObject({ __typename: 'User', role: 'OFFICIAL', hasPhone: true, maskedPhone: `${phone.slice(0, 3)}****${phone.slice(-4)}` });
    const tokensBefore = stub.tokenRequests;
    stub.expireAccessToken();
    stub.addPhoneCode('phone-code-2', phone);
    const second = record(await gql.as(token).data(bind, { code: 'phone-code-2' })).bindWechatPhone;
    expect(second.__typename).toBe('User');
    expect(stub.tokenRequests).toBe(tokensBefore + 1);
    const bad = record(await gql.as(token).data(bind, { code: 'no-such-code' })).bindWechatPhone;
    expect(bad).toMatchObject({ __typename: 'AuthError', code: 'WECHAT_INVALID_CODE' });
  });

  it('sends a subscribe message on a status change when the user granted one, and only then', async () => {
    stub.addCode('code-dan', { openid: 'openid-dan' });
    const { token } = (await gql.data(LOGIN, { code: 'code-dan' })).loginWithWechat;
    stub.addPhoneCode('phone-dan', newPhone());
    await gql.as(token).data(`mutation { bindWechatPhone(code: "phone-dan") { __typename } }`);
    const official = gql.as(token);
    const granted = await official.data(`mutation { recordSubscribeGrant(templateIds: ["tmpl-status", "unknown"]) }`);
    expect(granted.recordSubscribeGrant).toBe(1);
    const { saveApplicationDraft: d } = await official.data(SAVE_DRAFT, { input: validForm({ regionCode: '320500' }) });
    const { submitApplication: s } = await official.data(SUBMIT, { id: d.id, v: d.version });
    expect(s.__typename).toBe('Application');
    const staff = gql.as((await signInStaff(gql, db)).token);
    const before = stub.messages.length;
    const moved = (await staff.data(TRANSITION, { id: s.id, to: 'IN_CONSULTATION', v: s.version })).transitionApplication;
    expect(stub.messages.length).toBe(before + 1);
    expect(stub.messages.at(-1)).toMatchObject({ touser: 'openid-dan', template_id: 'tmpl-status' });
    // The grant is spent: the next change notifies in the app only.
    await staff.data(TRANSITION, { id: s.id, to: 'AGREEMENT_SIGNED', v: moved.version });
    expect(stub.messages.length).toBe(before + 1);
    expect((await official.data(`{ unreadNotificationCount }`)).unreadNotificationCount).toBe(2);
  });

  it('never puts the session_key in a response or a log line', () => {
    const keys = [...stub.sessionKeys.values()];
    expect(keys.length).toBeGreaterThan(2);
    for (const key of keys) {
      for (const text of [...responses, ...logged]) expect(text).not.toContain(key);
    }
  });
});

describe('one-time codes (H5)', () => {
  it('signs an official in, once per code', async () => {
    const phone = newPhone();
    const { token } = await signInOfficial(gql, phone);
    expect((await gql.as(token).data(VIEWER)).viewer.role).toBe('OFFICIAL');
    const code = gql.services.codeSender.last(phone)!;
    const reuse = await gql.data(
      `mutation($p: String!, $c: String!) { loginWithPhoneCode(phone: $p, code: $c, agreedToTerms: true) { __typename ... on Error { code } } }`,
      {
        p: phone,
        c: code,
      },
    );
    expect(reuse.loginWithPhoneCode).toEqual({ __typename: 'AuthError', code: 'BAD_CODE' });
  });

  it('rejects a wrong code, an expired code, and more than five guesses', async () => {
    const phone = newPhone();
    await gql.data(`mutation($p: String!) { requestLoginCode(phone: $p) { __typename } }`, { p: phone });
    const code = gql.services.codeSender.last(phone)!;
    const login = (c: string) =>
      gql.data(`mutation($p: String!, $c: String!) { loginWithPhoneCode(phone: $p, code: $c, agreedToTerms: true) { __typename } }`, { p: phone, c });
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) expect((await login(wrong)).loginWithPhoneCode.__typename).toBe('AuthError');
    expect((await login(code)).loginWithPhoneCode.__typename).toBe('AuthError'); // burnt after five guesses

    const phone2 = newPhone();
    await gql.data(`mutation($p: String!) { requestLoginCode(phone: $p) { __typename } }`, { p: phone2 });
    await db.prisma.loginCode.updateMany({ where: { phone: phone2 }, data: { expiresAt: new Date(Date.now() - 1) } });
    const expired = await gql.data(`mutation($p: String!, $c: String!) { loginWithPhoneCode(phone: $p, code: $c, agreedToTerms: true) { __typename } }`, {
      p: phone2,
      c: gql.services.codeSender.last(phone2)!,
    });
    expect(expired.loginWithPhoneCode.__typename).toBe('AuthError');
  });

  it('limits code requests per phone and per IP', async () => {
    const phone = newPhone();
    const request = (p: string) =>
      gql.data(
        `mutation($p: String!) { requestLoginCode(phone: $p) { __typename ... on LoginCodeSent { retryAfterSeconds } ... on Error { code message } } }`,
        { p },
      );
    expect((await request(phone)).requestLoginCode.__typename).toBe('LoginCodeSent');
    // Asked again within the minute: the code already sent is reused, no second SMS.
    expect((await request(phone)).requestLoginCode).toMatchObject({ __typename: 'LoginCodeSent', retryAfterSeconds: expect.any(Number) });
    expect(gql.services.codeSender.sent.filter((s) => s.phone === phone)).toHaveLength(1);
    // Once that code is spent, a new one only after the minute.
    await gql.data(`mutation($p: String!, $c: String!) { loginWithPhoneCode(phone: $p, code: $c, agreedToTerms: true) { __typename } }`, {
      p: phone,
      c: gql.services.codeSender.last(phone)!,
    });
    const cooling = (await request(phone)).requestLoginCode;
    expect(cooling).toMatchObject({ __typename: 'ActionRefused', code: 'RATE_LIMITED' });
    expect(cooling.message).toMatch(/请 \d+ 秒后再试/);
    const invalid = (await request('12345')).requestLoginCode;
    expect(invalid).toMatchObject({ code: 'INVALID_PHONE' });
    // Per IP: 20 an hour, whatever the phone (this file has used a few already).
    let refused = 0;
    for (let i = 0; i < 25; i++) if ((await request(newPhone())).requestLoginCode.__typename === 'ActionRefused') refused++;
    expect(refused).toBeGreaterThan(0);
  });
});

describe('passwords and sessions', () => {
  it('signs staff in with a password and refuses a wrong one', async () => {
    const { token } = await signInStaff(gql, db);
    expect((await gql.as(token).data(VIEWER)).viewer.role).toBe('STAFF');
    const wrong = await gql.data(`mutation { loginWithPassword(username: "nobody", password: "whatever-123") { __typename ... on Error { code message } } }`);
    expect(wrong.loginWithPassword).toEqual({ __typename: 'AuthError', code: 'BAD_CREDENTIALS', message: '账号或密码不正确' });
  });

  it('logs out: the token stops working', async () => {
    const { token } = await signInStaff(gql, db);
    expect((await gql.as(token).data(`mutation { logout }`)).logout).toBe(true);
    expect((await gql.as(token).data(VIEWER)).viewer).toBeNull();
  });

  it('ignores an unknown or malformed token (signed out, not an error)', async () => {
    expect((await gql.as('x'.repeat(43)).data(VIEWER)).viewer).toBeNull();
    expect((await gql.as('not a token').data(VIEWER)).viewer).toBeNull();
  });
});
