import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.js';
import { logger } from '../observability/logger.js';

/**
 * Plain SQL access beside Prisma, for the migration runner: multi-statement scripts
 * and parameterised queries on the same database.
 */
export interface SqlDriver {
  kind: 'pglite' | 'postgres';
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs fn on one connection, so session-level locks and transactions hold. */
  withConnection<R>(fn: (conn: Pick<SqlDriver, 'exec' | 'query'>) => Promise<R>): Promise<R>;
  close(): Promise<void>;
}

export interface Database {
  url: string;
  prisma: PrismaClient;
  sql: SqlDriver;
  /** Connections of the PostgreSQL pool (for /metrics); absent on PGlite. */
  poolStats?(): { total: number; idle: number; waiting: number };
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Called with every SQL statement Prisma sends (used by tests to count queries). */
  onQuery?: (sql: string) => void;
  /** An already-open PGlite instance to use instead of opening the URL's folder. */
  pglite?: PGlite;
  /** Connections on PostgreSQL (DATABASE_POOL_SIZE). */
  poolSize?: number;
}

export function parseDatabaseUrl(url: string): { kind: 'pglite'; folder: string | null } | { kind: 'postgres'; url: string } {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return { kind: 'postgres', url };
  if (url.startsWith('pglite:')) {
    const rest = url.slice('pglite:'.length);
    return { kind: 'pglite', folder: rest === '' || rest === 'memory' ? null : path.resolve(rest) };
  }
  throw new Error(`DATABASE_URL must start with "pglite:" or "postgresql://", got "${url}"`);
}

export async function openPglite(folder: string | null): Promise<PGlite> {
  if (folder) fs.mkdirSync(folder, { recursive: true });
  const db = await PGlite.create(folder ?? undefined, { extensions: { pg_trgm } });
  return db;
}

export async function openDatabase(url: string, options: OpenOptions = {}): Promise<Database> {
  const target = parseDatabaseUrl(url);
  const log = options.onQuery ? [{ emit: 'event' as const, level: 'query' as const }] : [];

  if (target.kind === 'pglite') {
    const lite = options.pglite ?? (await openPglite(target.folder));
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(lite), log });
    if (options.onQuery) prisma.$on('query' as never, (e: { query: string }) => options.onQuery!(e.query));
    const driver: SqlDriver = {
      kind: 'pglite',
      exec: async (sql) => void (await lite.exec(sql)),
      query: async (sql, params) => (await lite.query(sql, params)).rows as never,
      withConnection: (fn) => fn(driver),
      close: async () => {
        if (!lite.closed) await lite.close();
      },
    };
    return {
      url,
      prisma,
      sql: driver,
      close: async () => {
        await prisma.$disconnect();
        await driver.close();
      },
    };
  }

  // A connection attempt gives up after 5 s, so a dead database makes requests (and /healthz) fail fast.
  const pool = new pg.Pool({ connectionString: target.url, max: options.poolSize ?? 10, connectionTimeoutMillis: 5000 });
  // An idle client that loses its server (restart, terminated backend) must not crash the process.
  pool.on('error', (err) => logger.warn({ err: { message: err.message } }, 'database: an idle connection failed'));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool), log });
  if (options.onQuery) prisma.$on('query' as never, (e: { query: string }) => options.onQuery!(e.query));
  const driver: SqlDriver = {
    kind: 'postgres',
    exec: async (sql) => void (await pool.query(sql)),
    query: async (sql, params) => (await pool.query(sql, params as unknown[])).rows,
    withConnection: async (fn) => {
      const client = await pool.connect();
      try {
        return await fn({
          exec: async (sql) => void (await client.query(sql)),
          query: async (sql, params) => (await client.query(sql, params as unknown[])).rows,
        });
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
  return {
    url,
    prisma,
    sql: driver,
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: async () => {
      await prisma.$disconnect();
      await pool.end().catch(() => {});
    },
  };
}
