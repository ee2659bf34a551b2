// Finding 2 of issue 10, behind a real reverse proxy: Debian's nginx, configured with the
// repository's deploy/nginx/cards.conf, in front of two server processes sharing rate limits
// through Redis. A client writing its own X-Forwarded-For (a new address on every guess) is still
// held to the per-address limit on password guesses, over HTTP and over WebSocket; another
// client is not. Also checks the site file's WebSocket upgrade and unbuffered Server-Sent Events.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { print } from 'graphql';
import { LoginWithPasswordDocument, SendInquiryMessageDocument, InquiryEventsDocument } from '@cards/schema';
import { LIMITS } from '../../server/src/modules/auth/rate-limits.js';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { pgliteFolderFromTemplate } from '../support/pglite-folder.js';
import { startServer, type RunningServer } from '../support/server.js';
import { nginxInstalled, nginxPath, startNginx, type RunningNginx } from '../support/nginx.js';
import { redisReachable, redisUrl } from '../support/redis.js';

const inCi = process.env.CI === 'true';
const ready = nginxInstalled() && (await redisReachable());
const onPostgres = !!process.env.TEST_DATABASE_URL;

// CI installs nginx and runs Redis: there a missing one is a failure, not a skip.
describe.runIf(ready || inCi)('two instances behind nginx (deploy/nginx/cards.conf), TRUST_PROXY=1', () => {
  let db: TestDatabase | undefined;
  let servers: RunningServer[] = [];
  let nginx: RunningNginx;
  const folders: string[] = [];

  beforeAll(async () => {
    if (!nginxInstalled()) throw new Error(`nginx is not installed at ${nginxPath} (apt-get install nginx; CI installs it with scripts/test-prerequisites.mjs)`);
    if (!(await redisReachable())) throw new Error(`Redis is not reachable at ${redisUrl}`);
    const env: Record<string, string> = { TRUST_PROXY: '1', REDIS_URL: redisUrl, APP_SECRET: 'shared-secret', SAMPLE_FILMS: '0', INQUIRY_HOURS: 'always' };
    // On PostgreSQL both share one database; on PGlite each has its own (one process per folder).
    if (onPostgres) {
      db = await openTestDatabase();
      env.DATABASE_URL = db.url!;
      servers = await Promise.all([startServer({ env }), startServer({ env })]);
    } else {
      for (let i = 0; i < 2; i++) {
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-proxied-'));
        folders.push(folder);
        servers.push(await startServer({ env: { ...env, DATABASE_URL: await pgliteFolderFromTemplate(path.join(folder, 'db')) } }));
      }
    }
    nginx = await startNginx(servers.map((s) => s.url));
  }, 180_000);
  afterAll(async () => {
    await nginx?.stop();
    await Promise.all(servers.map((s) => s.stop()));
    await db?.close();
    for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
  });

  /** A client machine of its own: a loopback address nobody else in this run uses. */
  const newClientAddress = () => `127.${1 + crypto.randomInt(254)}.${crypto.randomInt(256)}.${1 + crypto.randomInt(254)}`;

  function postFrom(localAddress: string, body: unknown, headers: Record<string, string> = {}): Promise<any> {
    return new Promise((resolve, reject) => {
      const req = http.request(`${nginx.url}/graphql`, { method: 'POST', localAddress, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => (res.statusCode === 200 ? resolve(JSON.parse(text)) : reject(new Error(`${res.statusCode}: ${text}`))));
      });
      req.on('error', reject);
      req.end(JSON.stringify(body));
    });
  }

  /** A password guess for an account nobody has (so only the per-address limit can refuse it). */
  const guess = (from: string, forwardedFor?: string) =>
    postFrom(
      from,
      { query: print(LoginWithPasswordDocument), variables: { username: `nobody-${crypto.randomUUID()}`, password: 'guess-guess-guess' } },
      forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
    ).then((r) => r.data.loginWithPassword.code as string);

  it('a client rotating its own X-Forwarded-For is still held to the per-address limit', { timeout: 60_000 }, async () => {
    const limit = LIMITS.loginPerIp.points;
    const attacker = newClientAddress();
    const codes: string[] = [];
    for (let i = 0; i <= limit; i++) codes.push(await guess(attacker, `198.51.100.${i % 250}, 203.0.113.${i % 250}`));
    expect(codes.slice(0, limit)).toEqual(Array(limit).fill('BAD_CREDENTIALS'));
    expect(codes[limit]).toBe('RATE_LIMITED');
    // Whatever it writes next, and with no header at all.
    expect(await guess(attacker, attacker === '127.9.9.9' ? '127.9.9.8' : '127.9.9.9')).toBe('RATE_LIMITED');
    expect(await guess(attacker)).toBe('RATE_LIMITED');
    // The limit is the attacker's, not nginx's: another client still gets an ordinary answer.
    expect(await guess(newClientAddress(), attacker)).toBe('BAD_CREDENTIALS');
    // Both instances answered: the budget was shared through Redis, not kept per process.
    const upstreams = new Set([...nginx.accessLog().matchAll(/ (127\.0\.0\.1:\d+)$/gm)].map((m) => m[1]));
    expect(upstreams).toEqual(new Set(servers.map((s) => new URL(s.url).host)));
  });

  it('over WebSocket (the upgrade goes through nginx) the same address is held to the same limit', { timeout: 60_000 }, async () => {
    const attacker = newClientAddress();
    for (let i = 0; i < LIMITS.loginPerIp.points; i++) expect(await guess(attacker, `192.0.2.${i}`)).toBe('BAD_CREDENTIALS');
    const overSocket = async (from: string) => {
      class FromAddress extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, { localAddress: from, headers: { 'x-forwarded-for': '192.0.2.200' } });
        }
      }
      const client = createClient({ url: `${nginx.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: FromAddress, retryAttempts: 0, lazy: true });
      try {
        const result = await new Promise<any>((resolve, reject) => {
          let value: any;
          client.subscribe(
            { query: print(LoginWithPasswordDocument), variables: { username: `nobody-${crypto.randomUUID()}`, password: 'guess-guess-guess' } },
            { next: (v) => (value = v), error: reject, complete: () => resolve(value) },
          );
        });
        return result.data.loginWithPassword.code as string;
      } finally {
        await client.dispose();
      }
    };
    expect(await overSocket(attacker)).toBe('RATE_LIMITED');
    expect(await overSocket(newClientAddress())).toBe('BAD_CREDENTIALS');
  });

  // Needs one database behind both instances: the conversation is written through one and followed through the other.
  it.runIf(onPostgres)('Server-Sent Events pass through unbuffered', { timeout: 60_000 }, async () => {
    const visitor = { 'x-device-id': `dev-${crypto.randomUUID()}` };
    const from = newClientAddress();
    const send = (inquiryId: string | null, text: string) =>
      postFrom(from, { query: print(SendInquiryMessageDocument), variables: { inquiryId, text, clientKey: crypto.randomUUID() } }, visitor).then((r) => r.data.sendInquiryMessage);
    const first = await send(null, '你好');
    expect(first.__typename).toBe('SendInquiryMessageResult');
    const inquiryId = first.inquiry.id as string;
    const controller = new AbortController();
    const stream = await fetch(`${nginx.url}/graphql`, {
      method: 'POST',
      signal: controller.signal,
      headers: { ...visitor, 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: print(InquiryEventsDocument), variables: { inquiryId } }),
    });
    expect(stream.status).toBe(200);
    let received = '';
    const reader = stream.body!.getReader();
    const reading = (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        received += new TextDecoder().decode(value);
      }
    })().catch(() => {});
    // A small event must arrive at once, not when a proxy buffer fills. The subscription may
    // still be registering when the first message goes out, so send until one is heard.
    const deadline = Date.now() + 30_000;
    for (let i = 0; !received.includes('流式测试'); i++) {
      if (Date.now() > deadline) throw new Error(`no event through nginx; got: ${received.slice(0, 500)}`);
      await send(inquiryId, `流式测试 ${i}`);
      await Promise.race([reading, new Promise((r) => setTimeout(r, 500))]);
    }
    controller.abort();
    await reading;
  });
});
