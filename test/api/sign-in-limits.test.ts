// Sign-in limits that no rotation of addresses walks around (README "Security"):
// - passwords: per account, a few attempts, then a pause that doubles with each failure; the right
//   password works again after the pause;
// - one-time codes: a stranger's requests spend the stranger's budget, not the phone owner's, and
//   within a minute no second SMS goes out (the code already sent is reused);
// (guesses at a code under a concurrent burst: sign-in-code-races.postgres.test.ts).
import { describe, expect, it } from 'vitest';
import type { TestDatabase } from '../support/db.js';
import { address, useLimitedSignIn, quickBackoff } from '../support/sign-in-limits.js';
import { newPhone } from '../support/accounts.js';
import { LIMITS } from '../../server/src/modules/auth/rate-limits.js';
import { hashPassword } from '../../server/src/modules/auth/passwords.js';

const LOGIN = `mutation($u: String!, $p: String!) { loginWithPassword(username: $u, password: $p) { __typename ... on LoginSuccess { token } ... on Error { code message } } }`;
const REQUEST_CODE = `mutation($p: String!) { requestLoginCode(phone: $p) { __typename ... on LoginCodeSent { retryAfterSeconds expiresInSeconds } ... on Error { code message } } }`;
const CODE_LOGIN = `mutation($p: String!, $c: String!) { loginWithPhoneCode(phone: $p, code: $c, agreedToTerms: true) { __typename ... on LoginSuccess { token } ... on Error { code } } }`;

const waitOf = (message: string) => Number(/请 (\d+) 秒后再试/.exec(message)?.[1]);

let counter = 0;
async function staffAccount(db: TestDatabase, password: string) {
  const username = `guarded${process.pid}x${++counter}`;
  await db.prisma.user.create({ data: { username, role: 'STAFF', passwordHash: await hashPassword(password) } });
  return username;
}

describe('sign-in limits', () => {
  const api = useLimitedSignIn();

  const login = (u: string, p: string, ip: string) => api.gql.request(LOGIN, { u, p }, { ip }).then((r) => r.data!.loginWithPassword);

  it('passwords: forty guesses at once from forty addresses get five checked; the right password works after the pause', async () => {
    const password = 'correct horse battery';
    const username = await staffAccount(api.db, password);
    const burst = await Promise.all(Array.from({ length: 40 }, (_, i) => login(username, `guess-${i}-wrong`, address(i + 1))));
    expect(burst.filter((r) => r.code === 'BAD_CREDENTIALS')).toHaveLength(quickBackoff.freeAttempts);
    const paused = burst.filter((r) => r.code === 'RATE_LIMITED');
    expect(paused).toHaveLength(40 - quickBackoff.freeAttempts);
    expect(paused[0].message).toMatch(/^该账号登录失败次数过多，请 \d+ 秒后再试$/);

    // Paused: even the right password is not checked, from a new address too.
    expect(await login(username, password, address(200))).toMatchObject({ __typename: 'ActionRefused', code: 'RATE_LIMITED' });
    // Not a lock: after the pause the owner signs in.
    await expect.poll(async () => (await login(username, password, address(201))).__typename, { timeout: 15_000, interval: 200 }).toBe('LoginSuccess');
  });

  it('passwords: past the free attempts, one guess per pause, and each pause is longer than the last', async () => {
    const username = await staffAccount(api.db, 'another long password');
    for (let i = 0; i < quickBackoff.freeAttempts; i++) expect((await login(username, `wrong-${i}`, address(i + 1))).code).toBe('BAD_CREDENTIALS');
    const waits: number[] = [];
    for (let round = 0; round < 2; round++) {
      const refused = await login(username, 'wrong-again', address(50 + round));
      expect(refused.code).toBe('RATE_LIMITED');
      waits.push(waitOf(refused.message));
      // Once the pause is over, exactly one guess is checked, and the next pause begins.
      await expect
        .poll(async () => (await login(username, `wrong-round-${round}`, address(60 + round))).code, { timeout: 15_000, interval: 200 })
        .toBe('BAD_CREDENTIALS');
      expect((await login(username, 'wrong-at-once', address(70 + round))).code).toBe('RATE_LIMITED');
    }
    const last = waitOf((await login(username, 'wrong', address(80))).message);
    expect(waits[0]).toBeGreaterThanOrEqual(1);
    expect(waits[1]).toBeGreaterThan(waits[0]);
    expect(last).toBeGreaterThan(waits[1]);
  });

  it('passwords: an unknown account is treated exactly like a real one (nothing to learn from the limit)', async () => {
    const answers = [];
    for (let i = 0; i < quickBackoff.freeAttempts + 1; i++) answers.push((await login('no-such-account', `x-${i}`, address(i + 1))).code);
    expect(answers).toEqual([...Array(quickBackoff.freeAttempts).fill('BAD_CREDENTIALS'), 'RATE_LIMITED']);
  });

  it('codes: ten strangers asking for one phone do not stop its owner, and only one SMS goes out in the minute', async () => {
    const phone = newPhone();
    const strangers = await Promise.all(Array.from({ length: 10 }, (_, i) => api.gql.request(REQUEST_CODE, { p: phone }, { ip: address(100 + i) })));
    for (const r of strangers) expect(r.data!.requestLoginCode.__typename).toBe('LoginCodeSent');
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 10; i++) await api.gql.request(REQUEST_CODE, { p: phone }, { ip: address(100 + i) });
    }
    const sent = () => api.gql.services.codeSender.sent.filter((s) => s.phone === phone);
    expect(sent()).toHaveLength(1);

    const owner = (await api.gql.request(REQUEST_CODE, { p: phone }, { ip: address(250) })).data!.requestLoginCode;
    expect(owner).toMatchObject({ __typename: 'LoginCodeSent' });
    expect(owner.expiresInSeconds).toBeGreaterThan(0);
    expect(sent()).toHaveLength(1);
    // The code on the owner's phone signs them in.
    const signedIn = await api.gql.request(CODE_LOGIN, { p: phone, c: sent()[0].code }, { ip: address(250) });
    expect(signedIn.data!.loginWithPhoneCode.__typename).toBe('LoginSuccess');
  });

  it('codes: a stranger runs out of their own budget for a phone; the owner still gets a new code', async () => {
    const phone = newPhone();
    // The minute between two codes passes (the rows are made a minute older).
    const minutePasses = () => api.db.prisma.$executeRaw`UPDATE "LoginCode" SET "createdAt" = "createdAt" - interval '61 seconds' WHERE phone = ${phone}`;
    const ask = async (ip: string) => {
      await minutePasses();
      return (await api.gql.request(REQUEST_CODE, { p: phone }, { ip })).data!.requestLoginCode;
    };
    const answers = [];
    for (let i = 0; i < LIMITS.codePerPhoneAddress.points + 2; i++) answers.push((await ask(address(7))).__typename);
    expect(answers).toEqual([...Array(LIMITS.codePerPhoneAddress.points).fill('LoginCodeSent'), 'ActionRefused', 'ActionRefused']);
    expect(await ask(address(8))).toMatchObject({ __typename: 'LoginCodeSent', expiresInSeconds: 300 });
    const codes = api.gql.services.codeSender.sent.filter((s) => s.phone === phone).map((s) => s.code);
    expect(codes).toHaveLength(LIMITS.codePerPhoneAddress.points + 1);
    // A newer code replaces the older ones.
    const [oldest, newest] = [codes[0], codes.at(-1)!];
    if (oldest !== newest) expect((await api.gql.request(CODE_LOGIN, { p: phone, c: oldest })).data!.loginWithPhoneCode.code).toBe('BAD_CODE');
    expect((await api.gql.request(CODE_LOGIN, { p: phone, c: newest })).data!.loginWithPhoneCode.__typename).toBe('LoginSuccess');
  });
});
