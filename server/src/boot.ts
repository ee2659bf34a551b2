import { openDatabase, type Database, type OpenOptions } from './db/connection.js';
import { applyMigrations } from './db/migrate.js';
import { isEmpty, seed } from './db/seed.js';
import { seedFaq } from './modules/inquiries/knowledge/seed-faq.js';

/** Opens the database, applies pending migrations, and loads sample data into an empty one. */
export async function prepareDatabase(url: string, options: OpenOptions & { seedIfEmpty?: boolean; log?: (line: string) => void } = {}): Promise<Database> {
  const log = options.log ?? (() => {});
  const db = await openDatabase(url, options);
  try {
    await applyMigrations(db.sql, undefined, log);
    if (options.seedIfEmpty !== false) {
      if (await isEmpty(db.prisma)) await seed(db.prisma, log);
      // A database made before the FAQ existed gets the sample FAQ too.
      const faqs = await seedFaq(db.prisma);
      if (faqs) log(`sample FAQ: ${faqs} entries`);
    }
    return db;
  } catch (err) {
    await db.close();
    throw err;
  }
}
