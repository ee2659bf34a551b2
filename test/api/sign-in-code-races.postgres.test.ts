// Guesses at a sign-in code are counted and compared in one statement, so a concurrent burst on
// PostgreSQL never gets more than the five guesses a code allows (PGlite runs one query at a time
// and would hide the race).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient, testServices } from '../support/graphql.js';
import { newPhone } from '../support/accounts.js';
import { describeOnPostgres } from '../support/services.js';
import { LIMITS, RateLimits, type BackoffRule } from '../../server/src/modules/auth/rate-limits.js';
import { CODE_MAX_ATTEMPTS } from '../../server/src/modules/auth/login-codes.js';

const REQUEST_CODE = `mutation($p: String!) { requestLoginCode(phone: $p) { __typename ... on LoginCodeSent { retryAfterSeconds expiresInSeconds } ... on Error { code message } } }`;
const CODE_LOGIN = `mutation($p: String!, $c: String!) { loginWithPhoneCode(phone: $p, code: $c, agreedToTerms: true) { __typename ... on LoginSuccess { token } ... on Error { code } } }`;
const roomyPerAddress = { ...LIMITS, loginPerIp: { points: 100_000, durationSeconds: 600 }, codePerIp: { points: 100_000, durationSeconds: 3600 } };
const quickBackoff: BackoffRule = { freeAttempts: 5, windowSeconds: 900, firstPauseSeconds: 1, maxPauseSeconds: 4, memorySeconds: 3600 };
const address = (i: number) => `198.51.100.${i}`;

describeOnPostgres('guesses at a sign-in code, concurrently on PostgreSQL', () => {
  let db: TestDatabase;
  let gql: ReturnType<typeof graphqlClient>;
  beforeAll(async () => {
    db = await openTestDatabase();
    gql = graphqlClient(db, testServices({ TRUST_PROXY: '1' }, { rateLimits: new RateLimits(null, roomyPerAddress, quickBackoff) }));
  });
  afterAll(async () => {
    await gql?.services.close();
    await db?.close();
  });

  async function freshCode() {
    const phone = newPhone();
    expect((await gql.data(REQUEST_CODE, { p: phone })).requestLoginCode.__typename).toBe('LoginCodeSent');
    const code = gql.services.codeSender.last(phone)!;
    return { phone, code, wrong: code === '000000' ? '111111' : '000000' };
  }
  const guess = (phone: string, code: string, i: number) =>
    gql.request(CODE_LOGIN, { p: phone, c: code }, { ip: address(i % 250) }).then((r) => r.data!.loginWithPhoneCode);
  const attemptsOf = async (phone: string) => (await db.prisma.loginCode.findFirstOrThrow({ where: { phone } })).attempts;

  it('300 wrong guesses at once: five are counted, and then the right code does not sign in', async () => {
    const { phone, code, wrong } = await freshCode();
    const burst = await Promise.all(Array.from({ length: 300 }, (_, i) => guess(phone, wrong, i)));
    expect(burst.every((r) => r.code === 'BAD_CODE')).toBe(true);
    expect(await attemptsOf(phone)).toBe(CODE_MAX_ATTEMPTS);
    expect((await guess(phone, code, 1)).code).toBe('BAD_CODE');
  });

  it('the right code in the middle of a burst: at most one sign-in, never past the fifth guess', { timeout: 120_000 }, async () => {
    for (let trial = 0; trial < 8; trial++) {
      const { phone, code, wrong } = await freshCode();
      const burst = await Promise.all(Array.from({ length: 40 }, (_, i) => guess(phone, i === 15 ? code : wrong, i)));
      const successes = burst.filter((r) => r.__typename === 'LoginSuccess').length;
      const row = await db.prisma.loginCode.findFirstOrThrow({ where: { phone } });
      expect(row.attempts).toBeLessThanOrEqual(CODE_MAX_ATTEMPTS);
      expect(successes).toBe(row.consumedAt ? 1 : 0);
      expect((await guess(phone, code, 2)).code).toBe('BAD_CODE');
    }
  });
});
