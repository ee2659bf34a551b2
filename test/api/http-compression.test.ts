// What goes over the wire: the H5 build precompressed (brotli/gzip as accepted) with hashed scripts and
// styles cached for a year, GraphQL answers compressed, and live event streams left uncompressed so each
// event leaves at once.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { InquiryInboxDocument, RequestInquiryHumanDocument, SendInquiryMessageDocument } from '@cards/schema';
import { listen, type AppServer } from '../../server/src/http/server.js';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient, testServices } from '../support/graphql.js';
import { signInStaff } from '../support/accounts.js';
import { post, rawSse, until } from '../support/live.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-compression-'));
const h5Dir = path.join(tmp, 'h5');
const script = `console.log(${JSON.stringify('产业名片 '.repeat(2000))});`;
let db: TestDatabase;
let app: AppServer;
let staffToken: string;

beforeAll(async () => {
  fs.mkdirSync(path.join(h5Dir, 'js'), { recursive: true });
  fs.writeFileSync(path.join(h5Dir, 'index.html'), `<!doctype html><title>产业名片</title>${'<!-- padding -->'.repeat(100)}`);
  fs.writeFileSync(path.join(h5Dir, 'js', 'app.0123abcd.js'), script);
  execFileSync(process.execPath, [path.resolve('client/scripts/precompress.mjs'), h5Dir]);
  db = await openTestDatabase();
  const services = testServices({ PORT: '0', H5_DIR: h5Dir, INQUIRY_HOURS: 'always' });
  app = await listen(db, services.config, services);
  staffToken = (await signInStaff(graphqlClient(db, services), db)).token;
});
afterAll(async () => {
  await app?.close();
  await db?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A raw GET or POST: the headers and the undecoded body (fetch would decode it for us). */
function raw(pathname: string, headers: Record<string, string>, body?: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${app.url}${pathname}`, { method: body ? 'POST' : 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The response headers of a staff inbox event stream asked for with compression accepted. */
function streamHeaders(): Promise<http.IncomingHttpHeaders> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ query: print(InquiryInboxDocument) });
    const req = http.request(`${app.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        'accept-encoding': 'gzip, br',
        authorization: `Bearer ${staffToken}`,
        'content-length': Buffer.byteLength(body),
      },
    });
    req.on('response', (res) => {
      resolve(res.headers);
      req.destroy();
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the H5 build', () => {
  it('is sent brotli- or gzip-compressed as the browser accepts, and plain to one that accepts neither', async () => {
    const br = await raw('/js/app.0123abcd.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(script);
    expect(br.body.length).toBeLessThan(Buffer.byteLength(script) / 10);

    const gz = await raw('/js/app.0123abcd.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).toString()).toBe(script);

    const plain = await raw('/js/app.0123abcd.js', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('caches hashed scripts for a year and makes the page itself revalidate', async () => {
    expect((await raw('/js/app.0123abcd.js', {})).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const page of ['/', '/pages/cards/detail/index?slug=x']) {
      const res = await raw(page, { 'accept-encoding': 'br' });
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-encoding']).toBe('br');
      expect(zlib.brotliDecompressSync(res.body).toString()).toContain('产业名片');
    }
  });
});

describe('GraphQL', () => {
  it('compresses answers above 1 KB for a client that accepts it, and leaves small ones plain', async () => {
    const query = JSON.stringify({ query: '{ cards(first: 20) { edges { node { title concept industries } } } }' });
    const big = await raw('/graphql', { 'content-type': 'application/json', 'accept-encoding': 'gzip' }, query);
    expect(big.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(zlib.gunzipSync(big.body).toString()).data.cards.edges).toHaveLength(20);

    const small = await raw('/graphql', { 'content-type': 'application/json', 'accept-encoding': 'gzip' }, JSON.stringify({ query: '{ cardBatchYears }' }));
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('keeps live event streams uncompressed, so every event arrives as it happens', async () => {
    const inbox = rawSse(app.url, { authorization: `Bearer ${staffToken}`, 'accept-encoding': 'gzip, br' }, InquiryInboxDocument, {});
    try {
      const visitor = { 'x-device-id': `dev-${crypto.randomUUID()}` };
      // Several events, so that a compressor holding them back would hold more than a few bytes.
      for (let i = 0; i < 3; i++) {
        const { sendInquiryMessage: r } = await post(app.url, SendInquiryMessageDocument, { text: `压缩测试 ${i}`, clientKey: crypto.randomUUID() }, visitor);
        if (r.__typename !== 'SendInquiryMessageResult') throw new Error(r.message);
        await post(app.url, RequestInquiryHumanDocument, { inquiryId: r.inquiry.id }, visitor);
      }
      await until(() => inbox.results.length >= 3, 'three inbox events through an uncompressed stream');
      expect(inbox.failures).toEqual([]);
      expect(await streamHeaders()).toMatchObject({ 'content-type': expect.stringContaining('text/event-stream') });
      expect(['none', undefined]).toContain((await streamHeaders())['content-encoding']);
    } finally {
      inbox.close();
    }
  });
});
