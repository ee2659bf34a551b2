// Load on the real server over loopback (autocannon): the public card feed, a card's page, search
// and the film feed, each at fixed concurrency for a fixed time; the same response bytes from a
// bare Node `http` server for comparison; the response cache off and on; one instance against two
// (PostgreSQL and Redis); and the server's memory after 1 and 5 minutes of load.
//
// Needs the machine's PostgreSQL (BENCH_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/test)
// and Redis (BENCH_REDIS_URL, default redis://127.0.0.1:6379): a fresh database is made and dropped.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { PERSISTED_HASHES } from '@cards/schema/persisted';
import { recordGoal } from './goals.js';
import { countStatements } from './statements.js';

const serverDir = fileURLToPath(new URL('..', import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const SOAK_MINUTES = Number(process.env.BENCH_SOAK_MINUTES ?? 5);
const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface Scenario {
  name: string;
  body: string;
}

interface Server {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export function startServer(env: Record<string, string>, nodeArgs: string[] = []): Promise<Server> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-bench-'));
  // The compiled server, as `pnpm start` runs it in production (built by `pnpm bench` first).
  const child = spawn(process.execPath, [...nodeArgs, process.env.BENCH_SERVER_SCRIPT ?? 'dist/main.js'], {
    cwd: serverDir,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      SAMPLE_FILMS: '0',
      NODE_ENV: 'production',
      APP_SECRET: 'bench',
      MEDIA_DIR: path.join(dataDir, 'media'),
      PRIVATE_DIR: path.join(dataDir, 'private'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The server logs a line per request: keep only the tail (for an error message), not minutes of load.
  let log = '';
  const keep = (d: Buffer) => (log = (log + d).slice(-64 * 1024));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log}`)), 120_000);
    child.stdout!.on('data', () => {
      const m = /serving at (http:\/\/[\d.:]+)\//.exec(log);
      if (!m) return;
      clearTimeout(timer);
      resolve({
        url: m[1],
        child,
        stop: async () => {
          if (child.exitCode === null) {
            const exited = new Promise((r) => child.once('exit', r));
            child.kill('SIGTERM');
            await exited;
          }
          fs.rmSync(dataDir, { recursive: true, force: true });
        },
      });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${log}`)));
  });
}

/**
 * The app's own operations, sent by hash as the built app sends them (trusted documents), after
 * adding published films for the film feed (no transcoding here) to a database the server seeded.
 */
export async function loadScenarios(databaseUrl: string): Promise<Scenario[]> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  await db.query(`INSERT INTO "Film" (id, "cardId", title, status, "jobState", "mediaPrefix", "durationSeconds", "publishedAt", "updatedAt")
    SELECT 'bench-film-' || c.id, c.id, '示例影片 · ' || c.title, 'PUBLISHED', 'READY', 'films/bench/x', 150, now(), now() FROM "Card" c WHERE c.status = 'PUBLISHED' LIMIT 20`);
  const { rows } = await db.query<{ slug: string }>(`SELECT slug FROM "Card" WHERE status = 'PUBLISHED' ORDER BY "publishedAt" DESC LIMIT 1`);
  await db.end();
  const op = (name: string, variables: Record<string, unknown>) =>
    JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: PERSISTED_HASHES[name] } } });
  return [
    { name: 'card feed', body: op('CardList', { first: 20 }) },
    { name: 'card detail', body: op('CardDetail', { slug: rows[0].slug }) },
    { name: 'search', body: op('CardList', { first: 20, filter: { query: '新能源' } }) },
    { name: 'film feed', body: op('FilmFeed', { first: 20 }) },
  ];
}

export async function run(url: string, scenario: Scenario, seconds = SECONDS, connections = CONNECTIONS) {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: scenario.body,
    connections,
    duration: seconds,
  });
  return {
    rps: result.requests.average,
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** A bare Node server that answers every request with the given bytes. */
export async function bareServer(bytes: Buffer): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/graphql-response+json; charset=utf-8', 'content-length': bytes.length });
      res.end(bytes);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => (server.closeAllConnections(), server.close(() => r()))) };
}

export async function responseBytes(url: string, body: string): Promise<Buffer> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const bytes = Buffer.from(await res.arrayBuffer());
  if (!res.ok || bytes.includes('"errors"')) throw new Error(`scenario failed: ${bytes.toString().slice(0, 300)}`);
  return bytes;
}

export function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

export const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));

export async function runLoadBench() {
  const database = await benchDatabase('load');
  if (typeof database === 'string') return console.log(`load: ${database}`);
  const dbUrl = new URL(database.url);
  const servers: Server[] = [];
  const start = async (env: Record<string, string> = {}) => {
    const s = await startServer({ DATABASE_URL: dbUrl.toString(), ...env });
    servers.push(s);
    return s;
  };
  try {
    console.log(`load: ${CONNECTIONS} connections, ${SECONDS} s per run, PostgreSQL ${dbUrl.host}, Redis ${REDIS_URL}`);
    // The first start migrates and seeds.
    const plain = await start({ RESPONSE_CACHE_TTL_MS: '0' });
    const scenarios = await loadScenarios(dbUrl.toString());

    const sql = await countStatements(dbUrl.toString());
    for (const list of sql) {
      const figures = list.bySize.map((s) => `${s.statements} (${s.first} rows)`).join(', ');
      const counts = list.bySize.map((s) => s.statements);
      const met = Math.max(...counts) <= 3 && new Set(counts).size === 1;
      console.log(`SQL statements per ${list.name} request: ${figures} — goal ≤ 3, constant in page size`);
      recordGoal(`SQL statements per ${list.name} request`, figures, '≤ 3, constant in page size', met);
    }

    console.log(
      '\n| scenario | ours rps | p50 ms | p99 ms | errors | bare http rps | ours / bare (goal ≥ 0.15) | cached rps | cached p99 ms | cached / bare (goal ≥ 0.5 for the feed) |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    const cached = await start({ RESPONSE_CACHE_TTL_MS: '60000' });
    for (const scenario of scenarios) {
      const bytes = await responseBytes(plain.url, scenario.body);
      await run(plain.url, scenario, 2); // warm up
      const ours = await run(plain.url, scenario);
      const bare = await bareServer(bytes);
      const baseline = await run(bare.url, scenario);
      await bare.close();
      await responseBytes(cached.url, scenario.body);
      const hot = await run(cached.url, scenario);
      const share = ours.rps / baseline.rps;
      const cachedShare = hot.rps / baseline.rps;
      console.log(
        `| ${scenario.name} | ${fmt(ours.rps)} | ${ours.p50} | ${ours.p99} | ${ours.errors} | ${fmt(baseline.rps)} | ${share.toFixed(3)} | ${fmt(hot.rps)} | ${hot.p99} | ${cachedShare.toFixed(3)} |`,
      );
      recordGoal(
        `${scenario.name}, uncached, share of bare http`,
        `${share.toFixed(3)} (${fmt(ours.rps)} / ${fmt(baseline.rps)} rps)`,
        '≥ 0.15',
        share >= 0.15,
      );
      if (scenario.name === 'card feed')
        recordGoal('card feed, response cache on, share of bare http', `${cachedShare.toFixed(3)} (${fmt(hot.rps)} rps)`, '≥ 0.5', cachedShare >= 0.5);
    }
    await cached.stop();

    // One instance against two (PostgreSQL, Redis, no response cache); the load is split between
    // the two by the client (round-robin by connection), as a proxy would.
    const withRedis = { REDIS_URL, RESPONSE_CACHE_TTL_MS: '0' };
    await plain.stop();
    const a = await start(withRedis);
    const b = await start(withRedis);
    const feed = scenarios[0];
    await run(a.url, feed, 2);
    await run(b.url, feed, 2);
    const one = await run(a.url, feed);
    const [half1, half2] = await Promise.all([run(a.url, feed, SECONDS, CONNECTIONS / 2), run(b.url, feed, SECONDS, CONNECTIONS / 2)]);
    const two = half1.rps + half2.rps;
    console.log(
      `\ninstances (card feed, uncached): one ${fmt(one.rps)} rps (p99 ${one.p99} ms); two ${fmt(two)} rps (p99 ${Math.max(half1.p99, half2.p99)} ms); two / one ${(two / one.rps).toFixed(2)} on ${os.cpus().length} cores`,
    );
    await b.stop();

    // Memory under mixed load: RSS after 1 minute and at the end.
    const soakEnd = Date.now() + SOAK_MINUTES * 60_000;
    const rss: string[] = [`start ${fmt(rssMiB(a.child.pid!))} MiB`];
    let minute = 0;
    let requests = 0;
    let errors = 0;
    while (Date.now() < soakEnd) {
      for (const scenario of scenarios) {
        const r = await run(a.url, scenario, 15);
        requests += r.rps * 15;
        errors += r.errors;
      }
      const elapsed = Math.floor((SOAK_MINUTES * 60_000 - (soakEnd - Date.now())) / 60_000);
      if (elapsed >= 1 && minute < 1) rss.push(`1 min ${fmt(rssMiB(a.child.pid!))} MiB`);
      minute = elapsed;
    }
    rss.push(`${SOAK_MINUTES} min ${fmt(rssMiB(a.child.pid!))} MiB`);
    console.log(
      `memory (RSS of one instance under mixed load, ${Math.round(requests)} requests, ${errors} errors): ${rss.join(', ')} — goal ≤ 200 MiB after 5 min`,
    );
    const endRss = rssMiB(a.child.pid!);
    recordGoal(`server RSS after ${SOAK_MINUTES} min of mixed load`, `${fmt(endRss)} MiB (${rss[0]})`, '≤ 200 MiB', endRss <= 200);
  } finally {
    for (const s of servers) await s.stop().catch(() => {});
    await database.drop();
  }
}

/** A fresh database on the machine's PostgreSQL for one bench, or why there is none. */
export async function benchDatabase(purpose: string): Promise<{ url: string; drop(): Promise<void> } | string> {
  const admin = new pg.Client({ connectionString: PG_URL });
  try {
    await admin.connect();
  } catch (err) {
    return `skipped — needs PostgreSQL at ${PG_URL} (${(err as Error).message})`;
  }
  const name = `cards_bench_${purpose.replace(/\W/g, '_')}_${process.pid}`;
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
      await admin.end();
    },
  };
}
