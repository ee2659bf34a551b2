import { openDatabase, type Database, type OpenOptions } from './db/connection.js';
import { applyMigrations } from './db/migrate.js';
import { isEmpty, seed } from './db/seed.js';

/** Opens the database, applies pending migrations, and loads sample data into an empty one. */
export async function prepareDatabase(url: string, options: OpenOptions & { seedIfEmpty?: boolean; log?: (line: string) => void } = {}): Promise<Database> {
  const log = options.log ?? (() => {});
  const db = await openDatabase(url, options);
  try {
    await applyMigrations(db.sql, undefined, log);
    if (options.seedIfEmpty !== false && (await isEmpty(db.prisma))) await seed(db.prisma, log);
    return db;
  } catch (err) {
    await db.close();
    throw err;
  }
}
