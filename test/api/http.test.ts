import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type AppServer } from '../../server/src/http/server.js';
import { loadConfig } from '../../server/src/config.js';
import { openTestDatabase, type TestDatabase } from '../support/db.js';

let db: TestDatabase;
let app: AppServer;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-http-'));

beforeAll(async () => {
  db = await openTestDatabase();
  const h5Dir = path.join(tmp, 'h5');
  fs.mkdirSync(h5Dir);
  fs.writeFileSync(path.join(h5Dir, 'index.html'), '<!doctype html><title>产业名片</title>');
  fs.mkdirSync(path.join(tmp, 'media'));
  fs.writeFileSync(path.join(tmp, 'media', 'hello.txt'), 'hello media');
  app = await listen(db, loadConfig({ PORT: '0', MEDIA_DIR: path.join(tmp, 'media'), H5_DIR: h5Dir, PRIVATE_DIR: path.join(tmp, 'private') }));
});
afterAll(async () => {
  await app?.close();
  await db?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('one port for everything', () => {
  it('reports health', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('serves GraphQL at /graphql', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ cards(first: 1) { totalCount } cardBatchYears }' }),
    });
    const body = await res.json();
    expect(body.data.cards.totalCount).toBeGreaterThanOrEqual(40);
    expect(body.data.cardBatchYears).toEqual([2025, 2024]);
  });

  it('serves the H5 app at / and falls back to index.html for app routes', async () => {
    for (const route of ['/', '/pages/cards/detail/index?slug=x']) {
      const res = await fetch(`${app.url}${route}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('产业名片');
    }
  });

  it('serves media files, and nothing outside the media folder', async () => {
    const ok = await fetch(`${app.url}/media/hello.txt`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('hello media');
    expect((await fetch(`${app.url}/media/missing.txt`)).status).toBe(404);
    expect((await fetch(`${app.url}/media/..%2fh5%2findex.html`)).status).toBe(404);
  });
});
