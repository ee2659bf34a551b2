// SQL statements per request, counted in process against the bench's own PostgreSQL database: the
// client's card-feed and film-feed documents at two page sizes. The figure must not grow with the
// page (a per-row read would); test/api/list-operations.test.ts asserts the same for every list.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import { CardListDocument, FilmFeedDocument } from '@cards/schema';
import { openDatabase } from '../src/db/connection.js';
import { createYogaApp } from '../src/http/server.js';
import { createServices } from '../src/services.js';
import { loadConfig } from '../src/config.js';

export interface StatementCounts {
  name: string;
  bySize: { first: number; statements: number }[];
}

export async function countStatements(databaseUrl: string): Promise<StatementCounts[]> {
  const queries: string[] = [];
  const db = await openDatabase(databaseUrl, { onQuery: (sql) => void queries.push(sql) });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-bench-sql-'));
  const config = loadConfig({ PRIVATE_DIR: path.join(dir, 'private'), MEDIA_DIR: path.join(dir, 'media'), APP_SECRET: 'bench', RESPONSE_CACHE_TTL_MS: '0' });
  const services = createServices(config);
  const yoga = createYogaApp(db, services);
  const statements = async (query: string, variables: Record<string, unknown>) => {
    queries.length = 0;
    const res = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('\n'));
    return queries.length;
  };
  try {
    const lists = [
      { name: 'card feed', query: print(CardListDocument) },
      { name: 'film feed', query: print(FilmFeedDocument) },
    ];
    const counts: StatementCounts[] = [];
    for (const list of lists) {
      await statements(list.query, { first: 20 }); // warm: one-time reads (campaign, settings) are not per request
      const bySize = [];
      for (const first of [5, 20]) bySize.push({ first, statements: await statements(list.query, { first }) });
      counts.push({ name: list.name, bySize });
    }
    return counts;
  } finally {
    await services.close();
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
