// `pnpm start` runs the server compiled to one JavaScript file (server/dist/main.js), not through tsx:
// built here as `pnpm build` builds it, then started, migrated, seeded and asked as the app asks.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PERSISTED_HASHES } from '@cards/schema/persisted';
import { startServer, type RunningServer } from '../support/server.js';

const serverDir = fileURLToPath(new URL('../../server/', import.meta.url));
let server: RunningServer;

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: serverDir, stdio: 'pipe' });
  server = await startServer({ compiled: true, env: { NODE_ENV: 'production', APP_SECRET: 'compiled-test-secret', SAMPLE_FILMS: '0' } });
}, 180_000);
afterAll(async () => {
  await server?.stop();
});

it('starts from the compiled bundle and answers the app’s own operations in production mode', async () => {
  expect(server.process.spawnargs).toContain('dist/main.js');
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ variables: {}, extensions: { persistedQuery: { version: 1, sha256Hash: PERSISTED_HASHES.HomeCards } } }),
  });
  const body = (await res.json()) as { data?: { featured: { totalCount: number } } };
  expect(body.data?.featured.totalCount).toBeGreaterThan(0);
  expect(server.output()).not.toMatch(/tsx/);
});
