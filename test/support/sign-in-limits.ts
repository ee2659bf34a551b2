// The setup the sign-in limit tests share: the real limits with the per-address ones out of the way and
// short pauses, behind a trusted proxy (requests carry their address in X-Forwarded-For, TRUST_PROXY=1).
import { afterAll, beforeAll } from 'vitest';
import { LIMITS, RateLimits, type BackoffRule } from '../../server/src/modules/auth/rate-limits.js';
import { openTestDatabase, type TestDatabase } from './db.js';
import { graphqlClient, testServices, type TestServices } from './graphql.js';

/** Per-address limits out of the way: these tests are about the per-account and per-phone ones. */
const roomyPerAddress = { ...LIMITS, loginPerIp: { points: 100_000, durationSeconds: 600 }, codePerIp: { points: 100_000, durationSeconds: 3600 } };
/** The real rule with short pauses, so a test can wait one out. */
export const quickBackoff: BackoffRule = { freeAttempts: 5, windowSeconds: 900, firstPauseSeconds: 1, maxPauseSeconds: 4, memorySeconds: 3600 };
/** The i-th client address (as the proxy reports it). */
export const address = (i: number) => `198.51.100.${i}`;

/** A fresh database and an in-process client with these limits (in memory, no Redis) for the enclosing block's tests. */
export function useLimitedSignIn() {
  const api = {} as { db: TestDatabase; gql: ReturnType<typeof graphqlClient> & { services: TestServices } };
  beforeAll(async () => {
    api.db = await openTestDatabase();
    const services = testServices({ TRUST_PROXY: '1' }, { rateLimits: new RateLimits(null, roomyPerAddress, quickBackoff) });
    api.gql = graphqlClient(api.db, services) as typeof api.gql;
  });
  afterAll(async () => {
    await api.gql?.services.close();
    await api.db?.close();
  });
  return api;
}
