// Hardening of the HTTP layer: request body limits, CORS only for configured origins, and
// security headers on the H5 pages.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type AppServer } from '../../server/src/http/server.js';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { testServices } from '../support/graphql.js';

let db: TestDatabase;
let app: AppServer;
const h5Dir = fs.mkdtempSync(path.join(os.tmpdir(), 'h5-'));

beforeAll(async () => {
  fs.writeFileSync(path.join(h5Dir, 'index.html'), '<!doctype html><title>产业名片</title>');
  db = await openTestDatabase();
  const services = testServices({ PORT: '0', H5_DIR: h5Dir, CORS_ORIGINS: 'https://partner.example.cn' });
  app = await listen(db, services.config, services);
});
afterAll(async () => {
  await app?.close();
  await db?.close();
  fs.rmSync(h5Dir, { recursive: true, force: true });
});

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('request bodies', () => {
  it('refuses a JSON body over 256 KB with 413 and a reason, before reading it', async () => {
    const res = await post(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(300 * 1024) } }));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors: { message: string }[] }).errors[0].message).toContain('请求内容过大');
  });

  it('refuses a chunked body without a length with 411', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        `${app.url}/graphql`,
        { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } },
        (res) => {
          res.resume();
          resolve(res.statusCode!);
        },
      );
      req.on('error', reject);
      req.write('{"query":"{ __typename }"}');
      req.end();
    });
    expect(status).toBe(411);
  });

  it('serves a normal request', async () => {
    const res = await post(JSON.stringify({ query: '{ __typename }' }));
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    fetch(`${app.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });

  it('allows a configured origin', async () => {
    const res = await preflight('https://partner.example.cn');
    await res.body?.cancel();
    expect(res.headers.get('access-control-allow-origin')).toBe('https://partner.example.cn');
  });

  it('does not allow any other origin', async () => {
    const res = await preflight('https://evil.example.com');
    await res.body?.cancel();
    expect(res.headers.get('access-control-allow-origin')).not.toBe('https://evil.example.com');
    expect(res.headers.get('access-control-allow-origin')).not.toBe('*');
  });
});

describe('H5 pages', () => {
  it('carry security headers', async () => {
    const res = await fetch(`${app.url}/pages/cards/list/index`);
    await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });
});
