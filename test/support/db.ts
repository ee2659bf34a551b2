import fs from 'node:fs';
import crypto from 'node:crypto';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../server/src/db/connection.js';

export interface TestDatabase extends Database {
  /** SQL statements Prisma sent since the last reset (for query-count assertions). */
  queries: string[];
  kind: 'pglite' | 'postgres';
  /** PostgreSQL: the connection URL of this file's database (for server processes). */
  url?: string;
}

/** A private, migrated and seeded database for one test file. */
export async function openTestDatabase(): Promise<TestDatabase> {
  const spec = inject('testDb');
  const queries: string[] = [];
  const onQuery = (sql: string) => void queries.push(sql);
  if (spec.kind === 'pglite') {
    const dump = new Blob([fs.readFileSync(spec.dumpFile)]);
    const lite = await PGlite.create({ loadDataDir: dump, extensions: { pg_trgm } });
    const db = await openDatabase('pglite:memory', { pglite: lite, onQuery });
    return Object.assign(db, { queries, kind: 'pglite' as const });
  }
  const name = `cards_t_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: spec.serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${spec.template}`);
  await admin.end();
  const url = new URL(spec.serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase(url.toString(), { onQuery });
  const close = db.close;
  return Object.assign(db, {
    queries,
    kind: 'postgres' as const,
    url: url.toString(),
    close: async () => {
      await close();
      const a = new pg.Client({ connectionString: spec.serverUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  });
}
