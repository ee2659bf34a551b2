// Race tests need real concurrency, which only a PostgreSQL server gives (PGlite runs one query at
// a time). On PostgreSQL (TEST_DATABASE_URL) they use the file's database. Outside CI on PGlite they
// are reported as skipped. In CI (CI=true) they never silently pass: without TEST_DATABASE_URL they
// make a migrated, seeded PostgreSQL database of their own (CI_POSTGRES_URL, else the machine's
// server) and run; if there is none, they fail.
import crypto from 'node:crypto';
import pg from 'pg';
import { describe } from 'vitest';
import { prepareDatabase } from '../../server/src/boot.js';
import { openTestDatabase, type TestDatabase } from './db.js';

const inCi = process.env.CI === 'true' || process.env.CI === '1';
const ownServer = !process.env.TEST_DATABASE_URL && inCi ? (process.env.CI_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/test') : null;

/** Whether race tests run in this pass. */
export const racesRun = !!process.env.TEST_DATABASE_URL || !!ownServer;

/** `describe` for tests that need PostgreSQL's real concurrency (see above). */
export const describeOnPostgres: typeof describe.skip = racesRun ? describe : describe.skip;

/** A PostgreSQL database for this file: the pass's own, or (CI on PGlite) a fresh one. */
export async function openPostgresDatabase(): Promise<TestDatabase> {
  if (!ownServer) {
    const db = await openTestDatabase();
    if (db.kind !== 'postgres') throw new Error('race tests need PostgreSQL (TEST_DATABASE_URL)');
    return db;
  }
  const name = `cards_race_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  await admin(ownServer, `CREATE DATABASE ${name}`);
  const url = new URL(ownServer);
  url.pathname = `/${name}`;
  const queries: string[] = [];
  const db = await prepareDatabase(url.toString(), { onQuery: (sql) => void queries.push(sql) });
  const close = db.close;
  return Object.assign(db, {
    queries,
    kind: 'postgres' as const,
    url: url.toString(),
    close: async () => {
      await close();
      await admin(ownServer, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  });
}

async function admin(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
