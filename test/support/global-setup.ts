// Prepares one migrated, seeded database per run; each test file then opens its own copy
// (PGlite: an in-memory clone of a data-dir dump; PostgreSQL: CREATE DATABASE … TEMPLATE).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { prepareDatabase } from '../../server/src/boot.js';
import { openPglite } from '../../server/src/db/connection.js';

declare module 'vitest' {
  export interface ProvidedContext {
    testDb: { kind: 'pglite'; dumpFile: string } | { kind: 'postgres'; serverUrl: string; template: string };
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const lite = await openPglite(null);
    const db = await prepareDatabase('pglite:memory', { pglite: lite });
    const dump = await lite.dumpDataDir('none');
    const dumpFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cards-test-')), 'template.tar');
    fs.writeFileSync(dumpFile, Buffer.from(await dump.arrayBuffer()));
    await db.close();
    console.log('[test] API tests run on embedded PGlite');
    project.provide('testDb', { kind: 'pglite', dumpFile });
    return () => fs.rmSync(path.dirname(dumpFile), { recursive: true, force: true });
  }

  const template = `cards_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  const db = await prepareDatabase(withDatabase(serverUrl, template));
  await db.close();
  console.log(`[test] API tests run on PostgreSQL (${new URL(serverUrl).host}, fresh databases from ${template})`);
  project.provide('testDb', { kind: 'postgres', serverUrl, template });
  return async () => {
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`cards_t_${process.pid}_%`]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.end();
  };
}

export function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
