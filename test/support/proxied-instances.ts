// Two real server processes behind Debian's nginx, configured with the repository's
// deploy/nginx/cards.conf, sharing rate limits (and live events) through Redis. On PostgreSQL both
// share one database; on PGlite each has its own (one process per folder).
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openTestDatabase, type TestDatabase } from './db.js';
import { pgliteFolderFromTemplate } from './pglite-folder.js';
import { startServer, type RunningServer } from './server.js';
import { nginxInstalled, nginxPath, startNginx, type RunningNginx } from './nginx.js';
import { redisReachable, redisUrl } from './redis.js';

export interface ProxiedInstances {
  nginx: RunningNginx;
  servers: RunningServer[];
  stop(): Promise<void>;
}

export async function startProxiedInstances(shareDatabase: boolean): Promise<ProxiedInstances> {
  if (!nginxInstalled()) throw new Error(`nginx is not installed at ${nginxPath} (apt-get install nginx; CI installs it with scripts/test-prerequisites.mjs)`);
  if (!(await redisReachable())) throw new Error(`Redis is not reachable at ${redisUrl}`);
  const env: Record<string, string> = { TRUST_PROXY: '1', REDIS_URL: redisUrl, APP_SECRET: 'shared-secret', SAMPLE_FILMS: '0', INQUIRY_HOURS: 'always' };
  let db: TestDatabase | undefined;
  let servers: RunningServer[] = [];
  const folders: string[] = [];
  if (shareDatabase) {
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
  const nginx = await startNginx(servers.map((s) => s.url));
  return {
    nginx,
    servers,
    stop: async () => {
      await nginx.stop();
      await Promise.all(servers.map((s) => s.stop()));
      await db?.close();
      for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** A client machine of its own: a loopback address nobody else in this run uses. */
export const newClientAddress = () => `127.${1 + crypto.randomInt(254)}.${crypto.randomInt(256)}.${1 + crypto.randomInt(254)}`;

/** A GraphQL POST through nginx from the given local address. */
export function postFrom(baseUrl: string, localAddress: string, body: unknown, headers: Record<string, string> = {}): Promise<any> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${baseUrl}/graphql`, { method: 'POST', localAddress, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => (res.statusCode === 200 ? resolve(JSON.parse(text)) : reject(new Error(`${res.statusCode}: ${text}`))));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

/** Starts the instances before the enclosing block's tests and stops them after; `postFrom` goes through nginx. */
export function useProxiedInstances(shareDatabase: boolean) {
  const proxied = {
    postFrom: (localAddress: string, body: unknown, headers: Record<string, string> = {}) => postFrom(proxied.nginx.url, localAddress, body, headers),
  } as ProxiedInstances & { postFrom: (localAddress: string, body: unknown, headers?: Record<string, string>) => Promise<any> };
  let running: ProxiedInstances | undefined;
  beforeAll(async () => {
    running = await startProxiedInstances(shareDatabase);
    Object.assign(proxied, { nginx: running.nginx, servers: running.servers });
  }, 180_000);
  afterAll(() => running?.stop());
  return proxied;
}
