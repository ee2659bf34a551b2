// Finding 2 of issue 10, behind a real reverse proxy: Debian's nginx, configured with the
// repository's deploy/nginx/cards.conf, in front of two server processes sharing rate limits
// through Redis. A client writing its own X-Forwarded-For (a new address on every guess) is still
// held to the per-address limit on password guesses, over HTTP and over WebSocket; another
// client is not. Also checks the site file's WebSocket upgrade (unbuffered Server-Sent Events:
// reverse-proxy-sse.postgres.test.ts, as both instances must share one database).
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { print } from 'graphql';
import { LoginWithPasswordDocument } from '@cards/schema';
import { LIMITS } from '../../server/src/modules/auth/rate-limits.js';
import { nginxInstalled } from '../support/nginx.js';
import { redisReachable } from '../support/redis.js';
import { newClientAddress, useProxiedInstances } from '../support/proxied-instances.js';

const inCi = process.env.CI === 'true';
const ready = nginxInstalled() && (await redisReachable());
const onPostgres = !!process.env.TEST_DATABASE_URL;

// CI installs nginx and runs Redis: there a missing one is a failure, not a skip.
describe.runIf(ready || inCi)('two instances behind nginx (deploy/nginx/cards.conf), TRUST_PROXY=1', () => {
  const proxied = useProxiedInstances(onPostgres);

  /** A password guess for an account nobody has (so only the per-address limit can refuse it). */
  const guess = (from: string, forwardedFor?: string) =>
    proxied
      .postFrom(
        from,
        { query: print(LoginWithPasswordDocument), variables: { username: `nobody-${crypto.randomUUID()}`, password: 'guess-guess-guess' } },
        forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
      )
      .then((r) => r.data.loginWithPassword.code as string);

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
    const upstreams = new Set([...proxied.nginx.accessLog().matchAll(/ (127\.0\.0\.1:\d+)$/gm)].map((m) => m[1]));
    expect(upstreams).toEqual(new Set(proxied.servers.map((s) => new URL(s.url).host)));
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
      const client = createClient({ url: `${proxied.nginx.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: FromAddress, retryAttempts: 0, lazy: true });
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
});
