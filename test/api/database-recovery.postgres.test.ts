// The database goes away under load and comes back: the server (a real process on PostgreSQL)
// keeps running, /healthz says "not ready" while the database refuses connections, and requests
// succeed again by themselves once it is back. Needs a PostgreSQL server (CI's PostgreSQL pass).
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import pg from 'pg';
import { inject } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { startServer, type RunningServer } from '../support/server.js';
import { describeOnPostgres } from '../support/services.js';

describeOnPostgres('database restarts under load', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let admin: pg.Client;
  let name: string;

  beforeAll(async () => {
    db = await openTestDatabase();
    name = new URL(db.url!).pathname.slice(1);
    server = await startServer({ env: { DATABASE_URL: db.url!, SAMPLE_FILMS: '0', DATABASE_POOL_SIZE: '4' } });
    const spec = inject('testDb');
    admin = new pg.Client({ connectionString: spec.kind === 'postgres' ? spec.serverUrl : '' });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS true`).catch(() => {});
    await admin?.end();
    await server?.stop();
    await db?.close();
  });

  const cards = async () => {
    try {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ cards(first: 5) { totalCount } }' }),
      });
      const body = (await res.json()) as { data?: { cards: { totalCount: number } } };
      return body.data?.cards.totalCount ? 'ok' : 'error';
    } catch {
      return 'down';
    }
  };
  const health = async () => (await fetch(`${server.url}/healthz`)).status;
  const terminate = () => admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name]);

  it('recovers by itself after its connections are killed in the middle of a burst', { timeout: 60_000 }, async () => {
    expect(await health()).toBe(200);
    const outcomes: string[] = [];
    let running = true;
    const load = Promise.all(
      Array.from({ length: 4 }, async () => {
        while (running) outcomes.push(await cards());
      }),
    );
    // The burst is under way (answers are coming back) when the connections are killed…
    try {
      await vi.waitFor(() => expect(outcomes.length).toBeGreaterThanOrEqual(4), { timeout: 30_000 });
      const killed = await terminate();
      expect(killed.rowCount).toBeGreaterThan(0);
      // …and goes on until every worker has had two more answers since.
      const atKill = outcomes.length;
      await vi.waitFor(() => expect(outcomes.length).toBeGreaterThanOrEqual(atKill + 8), { timeout: 30_000 });
    } finally {
      running = false;
      await load;
    }
    expect(outcomes).not.toContain('down'); // the process never stopped answering
    // And it serves normally again without a restart.
    const after = await Promise.all(Array.from({ length: 8 }, cards));
    expect(after).toEqual(Array(8).fill('ok'));
  });

  it('reports not ready while the database refuses connections, and ready again after', { timeout: 60_000 }, async () => {
    await admin.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
    await terminate();
    await expect.poll(health, { timeout: 15_000, interval: 200 }).toBe(503);
    expect(await cards()).toBe('error');
    await admin.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS true`);
    await expect.poll(health, { timeout: 15_000, interval: 200 }).toBe(200);
    expect(await cards()).toBe('ok');
    expect(server.process.exitCode).toBeNull();
  });
});
