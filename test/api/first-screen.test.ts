// The H5 home page arrives with its first query's answer (server/src/http/first-screen.ts): the same
// data /graphql gives, inert inside the HTML whatever the cards' text holds, and only on the home page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { HomeCardsDocument } from '@cards/schema';
import type { AppServer } from '../../server/src/http/server.js';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { listenForTests } from '../support/graphql.js';

let db: TestDatabase;
let app: AppServer;
const h5Dir = fs.mkdtempSync(path.join(os.tmpdir(), 'h5-first-'));
const HOSTILE = '</script><script>alert(1)</script><!--';

beforeAll(async () => {
  fs.writeFileSync(path.join(h5Dir, 'index.html'), '<!doctype html><html><head><title>产业名片</title></head><body><div id="app"></div></body></html>');
  db = await openTestDatabase();
  // A featured card whose text would end a <script> element if it were written raw.
  const card = await db.prisma.card.findFirstOrThrow({ where: { status: 'PUBLISHED', tier: 'MAIN' }, orderBy: { publishedAt: 'desc' } });
  await db.prisma.card.update({ where: { id: card.id }, data: { concept: HOSTILE } });
  ({ app } = await listenForTests(db, { H5_DIR: h5Dir, RESPONSE_CACHE_TTL_MS: '0' }));
});
afterAll(async () => {
  await app?.close();
  await db?.close();
  fs.rmSync(h5Dir, { recursive: true, force: true });
});

const dataBlock = (html: string) => /<script type="application\/json" id="first-screen-data" data-operation="HomeCards">([\s\S]*?)<\/script>/.exec(html);

describe('the home page with its first screen data', () => {
  it('carries the answer /graphql gives to the home query, on / and /pages/home/index', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(HomeCardsDocument) }),
    });
    const { data } = (await res.json()) as { data: unknown };
    for (const route of ['/', '/pages/home/index?mode=elder']) {
      const page = await fetch(`${app.url}${route}`);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(page.headers.get('content-security-policy')).toContain('script-src');
      const block = dataBlock(await page.text());
      expect(block, route).not.toBeNull();
      expect(JSON.parse(block![1])).toEqual(data);
    }
  });

  it('keeps card text inert: nothing in it ends the data block or opens markup', async () => {
    const html = await (await fetch(`${app.url}/`)).text();
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).not.toContain('<script>alert(1)');
    const parsed = JSON.parse(dataBlock(html)![1]) as { featured: { edges: { node: { concept: string } }[] } };
    expect(parsed.featured.edges.map((e) => e.node.concept)).toContain(HOSTILE);
  });

  it('is left out of every other page', async () => {
    for (const route of ['/pages/cards/detail/index?slug=x', '/pages/films/list/index', '//', '//%E0%A4%A']) {
      const html = await (await fetch(`${app.url}${route}`)).text();
      expect(html).toContain('产业名片');
      expect(dataBlock(html), route).toBeNull();
    }
  });
});
