// Tests that need a PostgreSQL server or Redis say so. Outside CI a missing service skips them with a
// line saying why; in CI (CI=true) a missing service is a failure, never a silent skip.
import { describe } from 'vitest';
import { redisReachable, redisUrl } from './redis.js';

export const inCI = process.env.CI === 'true' || process.env.CI === '1';

/** API tests run on PostgreSQL when TEST_DATABASE_URL names a server (CI's second pass). */
export const onPostgres = !!process.env.TEST_DATABASE_URL;

/**
 * A describe block that needs a PostgreSQL server (two processes sharing a database, real races).
 * Keep such tests in `*.postgres.test.ts` files: CI's embedded-database pass leaves those files out
 * and its PostgreSQL pass runs them, so CI skips nothing.
 */
export function describeOnPostgres(name: string, body: () => void) {
  if (!onPostgres) {
    if (inCI) throw new Error(`"${name}" needs PostgreSQL: run it with TEST_DATABASE_URL (CI runs it in its PostgreSQL pass)`);
    console.warn(`[test] skipped "${name}": it needs a PostgreSQL server (set TEST_DATABASE_URL)`);
  }
  describe.runIf(onPostgres)(name, body);
}

/** Whether the tests that need Redis can run; in CI an unreachable Redis throws instead. */
export async function redisForTests(): Promise<boolean> {
  if (await redisReachable()) return true;
  if (inCI) throw new Error(`Redis is not reachable at ${redisUrl}; CI runs the tests that need it (start redis-server, or set TEST_REDIS_URL)`);
  console.warn(`[test] Redis is not reachable at ${redisUrl}: the tests that need it are skipped`);
  return false;
}
