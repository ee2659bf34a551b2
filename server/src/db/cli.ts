// `pnpm migrate` | `pnpm migrate:create <name>` | `pnpm migrate:status` | `pnpm seed`
import { loadConfig } from '../config.js';
import { openDatabase } from './connection.js';
import { applyMigrations, migrationStatus } from './migrate.js';

const [command, arg] = process.argv.slice(2);
const config = loadConfig();
const log = (line: string) => console.log(line);

if (command === 'create') {
  if (!arg) throw new Error('usage: pnpm migrate:create <name>');
  const { createMigration } = await import('./schema-engine.js');
  const dir = await createMigration(arg);
  log(dir ? `created ${dir}` : 'schema.prisma matches the migrations: nothing to create');
  process.exit(0);
}

// Imported lazily: creating a migration needs neither a database nor the sample data.
const db = await openDatabase(config.databaseUrl, { poolSize: config.databasePoolSize });
try {
  if (command === 'migrate') {
    const applied = await applyMigrations(db.sql, undefined, log);
    log(applied.length ? `applied ${applied.length} migration(s)` : 'database is up to date');
  } else if (command === 'status') {
    log(JSON.stringify(await migrationStatus(db.sql), null, 2));
  } else if (command === 'seed') {
    await applyMigrations(db.sql, undefined, log);
    const { reseed } = await import('./seed.js');
    await reseed(db.prisma, log);
  } else {
    throw new Error(`unknown command "${command}"`);
  }
} finally {
  await db.close();
}
