import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.js';
import type { SqlDriver } from './connection.js';

export const migrationsDir = path.join(projectRoot, 'server', 'prisma', 'migrations');

// The advisory-lock key `prisma migrate` uses, so our runner and the CLI exclude each other.
const PRISMA_MIGRATE_LOCK = 72707369;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = migrationsDir): MigrationFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, 'migration.sql')))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: crypto.createHash('sha256').update(sql).digest('hex') };
    });
}

// The table exactly as `prisma migrate deploy` creates it.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
);`;

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
  /** Applied migrations whose file changed since (a history problem to fix by hand). */
  modified: string[];
  /** Started but never finished: a failed migration blocks further ones, as with Prisma. */
  failed: string[];
}

async function appliedRows(conn: Pick<SqlDriver, 'query'>): Promise<AppliedRow[]> {
  return conn.query<AppliedRow>('SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at');
}

function compare(files: MigrationFile[], rows: AppliedRow[]): MigrationStatus {
  const live = rows.filter((r) => !r.rolled_back_at);
  const done = new Map(live.filter((r) => r.finished_at).map((r) => [r.migration_name, r.checksum]));
  return {
    applied: files.filter((f) => done.has(f.name)).map((f) => f.name),
    pending: files.filter((f) => !live.some((r) => r.migration_name === f.name)).map((f) => f.name),
    modified: files.filter((f) => done.has(f.name) && done.get(f.name) !== f.checksum).map((f) => f.name),
    failed: live.filter((r) => !r.finished_at).map((r) => r.migration_name),
  };
}

export async function migrationStatus(sql: SqlDriver, dir = migrationsDir): Promise<MigrationStatus> {
  const files = readMigrations(dir);
  const [{ exists }] = await sql.query<{ exists: boolean }>('SELECT to_regclass(\'"_prisma_migrations"\') IS NOT NULL AS exists');
  return compare(files, exists ? await appliedRows(sql) : []);
}

/**
 * Applies pending migrations in name order, each in its own transaction, under Prisma's
 * advisory lock, recording them in `_prisma_migrations` the way `prisma migrate deploy` does.
 */
export async function applyMigrations(sql: SqlDriver, dir = migrationsDir, log: (line: string) => void = () => {}): Promise<string[]> {
  const files = readMigrations(dir);
  return sql.withConnection(async (conn) => {
    await conn.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK]);
    try {
      await conn.exec(CREATE_MIGRATIONS_TABLE);
      const status = compare(files, await appliedRows(conn));
      if (status.failed.length) throw new Error(`Migration ${status.failed[0]} failed earlier; fix the database and mark it rolled back.`);
      if (status.modified.length) throw new Error(`Migration ${status.modified[0]} was changed after it was applied.`);
      const applied: string[] = [];
      for (const file of files.filter((f) => status.pending.includes(f.name))) {
        log(`applying migration ${file.name}`);
        await conn.exec('BEGIN');
        try {
          await conn.exec(file.sql);
          await conn.query(
            `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, started_at, applied_steps_count)
             VALUES ($1, $2, now(), $3, NULL, now(), 1)`,
            [crypto.randomUUID(), file.checksum, file.name],
          );
          await conn.exec('COMMIT');
        } catch (err) {
          await conn.exec('ROLLBACK');
          throw new Error(`Migration ${file.name} failed: ${(err as Error).message}`);
        }
        applied.push(file.name);
      }
      return applied;
    } finally {
      await conn.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATE_LOCK]);
    }
  });
}
