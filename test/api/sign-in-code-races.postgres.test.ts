// Guesses at a sign-in code are counted and compared in one statement, so a concurrent burst on
// PostgreSQL never gets more than the five guesses a code allows (PGlite runs one query at a time
// and would hide the race).
import { expect, it } from 'vitest';
import { address, useLimitedSignIn } from '../support/sign-in-limits.js';
import { newPhone } from '../support/accounts.js';
import { describeOnPostgres } from '../support/services.js';
import { CODE_MAX_ATTEMPTS } from '../../server/src/modules/auth/login-codes.js';

const REQUEST_CODE = `mutation($p: String!) { requestLoginCode(phone: $p) { __typename ... on LoginCodeSent { retryAfterSeconds expiresInSeconds } ... on Error { code message } } }`;
const CODE_LOGIN = `mutation($p: String!, $c: String!) { loginWithPhoneCode(phone: $p, code: $c, agreedToTerms: true) { __typename ... on LoginSuccess { token } ... on Error { code } } }`;

describeOnPostgres('guesses at a sign-in code, concurrently on PostgreSQL', () => {
  const api = useLimitedSignIn();

  async function freshCode() {
    const phone = newPhone();
    expect((await api.gql.data(REQUEST_CODE, { p: phone })).requestLoginCode.__typename).toBe('LoginCodeSent');
    const code = api.gql.services.codeSender.last(phone)!;
    return { phone, code, wrong: code === '000000' ? '111111' : '000000' };
  }
  const guess = (phone: string, code: string, i: number) =>
    api.gql.request(CODE_LOGIN, { p: phone, c: code }, { ip: address(i % 250) }).then((r) => r.data!.loginWithPhoneCode);
  const attemptsOf = async (phone: string) => (await api.db.prisma.loginCode.findFirstOrThrow({ where: { phone } })).attempts;

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
      const row = await api.db.prisma.loginCode.findFirstOrThrow({ where: { phone } });
      expect(row.attempts).toBeLessThanOrEqual(CODE_MAX_ATTEMPTS);
      expect(successes).toBe(row.consumedAt ? 1 : 0);
      expect((await guess(phone, code, 2)).code).toBe('BAD_CODE');
    }
  });
});
