import { openDatabase, type Database, type OpenOptions } from './db/connection.js';
import { applyMigrations } from './db/migrate.js';
import { isEmpty, seed } from './db/seed.js';
import { seedFaq } from './modules/inquiries/knowledge/seed-faq.js';
import { reindexIfStale } from './modules/search/card-index.js';
import { fillSampleEnglishIfStale } from './db/sample-english.js';
import { renameRegionsInEnglish } from './modules/regions/english-names.js';

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
      // A database loaded from older sample data gets the English of its sample cards' other fields.
      const filled = await fillSampleEnglishIfStale(db.prisma);
      if (filled) log(`sample cards: English filled in for ${filled} cards`);
      // …and the official English spellings of its regions (Urumqi, not Wulumuqi).
      const renamed = await renameRegionsInEnglish(db.prisma);
      if (renamed) log(`regions: ${renamed} renamed in English`);
    }
    // A database indexed by an older version of the search words is brought up to date once.
    const reindexed = await reindexIfStale(db.prisma);
    if (reindexed) log(`search index: ${reindexed} cards re-indexed`);
    return db;
  } catch (err) {
    await db.close();
    throw err;
  }
}
