// A server process's own PGlite folder, made from this run's prepared database (migrated and
// seeded once in global-setup): opening it takes a fraction of a second, where a fresh folder is
// created, migrated and seeded at every start.
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { inject } from 'vitest';

/** Fills `folder` with a copy of the prepared database; returns its DATABASE_URL. */
export async function pgliteFolderFromTemplate(folder: string): Promise<string> {
  const spec = inject('testDb');
  if (spec.kind !== 'pglite') throw new Error('the API tests run on PostgreSQL: use openTestDatabase().url');
  fs.mkdirSync(folder, { recursive: true });
  const lite = await PGlite.create(folder, { loadDataDir: new Blob([fs.readFileSync(spec.dumpFile)]), extensions: { pg_trgm } });
  await lite.close();
  return `pglite:${folder}`;
}
