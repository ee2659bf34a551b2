// What an operator sees of the real server process: one JSON log line per request with its
// request id (never a sign-in code, phone number, token or message text), and Prometheus metrics
// at /metrics — answered to loopback, and to another address only with METRICS_TOKEN.
import crypto from 'node:crypto';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { print } from 'graphql';
import { InquiryEventsDocument, LoginWithPhoneCodeDocument, ProvincesDocument, RequestLoginCodeDocument, SendInquiryMessageDocument } from '@cards/schema';
import { startServer, type RunningServer } from '../support/server.js';
import { openTestDatabase, type TestDatabase } from '../support/db.js';

const METRICS_TOKEN = crypto.randomBytes(24).toString('hex');
let server: RunningServer;
let db: TestDatabase;
let local: string;
let external: string;

/** An address of this machine other than loopback: a request to it arrives from a non-loopback address. */
function machineAddress(): string {
  const address = Object.values(os.networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
  if (!address) throw new Error('this test needs a network interface other than loopback (ip addr shows none)');
  return address;
}

beforeAll(async () => {
  db = await openTestDatabase();
  const database = db.kind === 'postgres' ? { DATABASE_URL: db.url!, DATABASE_POOL_SIZE: '3' } : {};
  const env = {
    SAMPLE_FILMS: '0',
    INQUIRY_HOURS: 'always',
    HOST: '0.0.0.0',
    LOG_FORMAT: 'json',
    LOG_LEVEL: 'info',
    METRICS_TOKEN,
    RESPONSE_CACHE_TTL_MS: '60000',
  };
  server = await startServer({ env: { ...env, ...database } });
  const port = new URL(server.url).port;
  local = `http://127.0.0.1:${port}`;
  external = `http://${machineAddress()}:${port}`;
});
afterAll(async () => {
  await server?.stop();
  await db?.close();
});

type Body = { data?: Record<string, any>; errors?: { message: string }[] };
/** A GraphQL request over real HTTP, with the operation's name as the app sends it. */
async function gql(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}, operationName?: string) {
  const res = await fetch(`${local}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables, operationName }),
  });
  return { res, body: (await res.json()) as Body, requestId: res.headers.get('x-request-id') };
}

interface LogLine {
  level: number;
  msg: string;
  reqId?: string;
  method?: string;
  path?: string;
  operation?: string;
  operationType?: string;
  status?: number;
  ms?: number;
  role?: string;
}
/** The server's output: JSON log lines, and the console SMS stand-in's lines (not a log). */
function output() {
  const lines = server.output().split('\n').filter(Boolean);
  const sms = lines.filter((l) => l.startsWith('[sms] '));
  const other = lines.filter((l) => !l.startsWith('[sms] '));
  return { sms, raw: other, json: other.map((l) => JSON.parse(l) as LogLine) };
}

async function metrics(): Promise<string> {
  const res = await fetch(`${local}/metrics`);
  expect(res.status).toBe(200);
  return res.text();
}
/** The value of one series, e.g. series(text, 'cards_subscriptions_open{transport="sse"}'). */
function series(text: string, name: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
}

describe('request log', () => {
  it('has one JSON line per request with its request id, and no code, phone number, token or message text', async () => {
    const phone = `139${crypto.randomInt(10_000_000, 99_999_999)}`;
    const sent = await gql(print(RequestLoginCodeDocument), { phone }, {}, 'RequestLoginCode');
    expect(sent.body.data?.requestLoginCode.__typename).toBe('LoginCodeSent');
    expect(sent.requestId).toMatch(/^[0-9a-f-]{36}$/);

    let code = '';
    await expect
      .poll(
        () =>
          (code =
            output()
              .sms.map((l) => new RegExp(`for ${phone}: (\\d{6})`).exec(l)?.[1])
              .find(Boolean) ?? ''),
      )
      .toMatch(/^\d{6}$/);
    const login = await gql(print(LoginWithPhoneCodeDocument), { phone, code, agreedToTerms: true }, {}, 'LoginWithPhoneCode');
    const token: string = login.body.data?.loginWithPhoneCode.token;
    expect(token).toBeTruthy();

    const otherPhone = `138${crypto.randomInt(10_000_000, 99_999_999)}`;
    const text = `请回电 ${otherPhone}，暗号${crypto.randomUUID().slice(0, 8)}`;
    const message = await gql(
      print(SendInquiryMessageDocument),
      { text, clientKey: crypto.randomUUID() },
      { authorization: `Bearer ${token}` },
      'SendInquiryMessage',
    );
    expect(message.body.data?.sendInquiryMessage.__typename).toBe('SendInquiryMessageResult');

    await expect.poll(() => output().json.some((l) => l.reqId === message.requestId && l.status !== undefined)).toBe(true);
    const { json, raw } = output();
    const lineOf = (requestId: string | null) => json.filter((l) => l.reqId === requestId && l.status !== undefined);
    expect(lineOf(sent.requestId)).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/graphql',
        operation: 'RequestLoginCode',
        operationType: 'mutation',
        status: 200,
        role: 'VISITOR',
        ms: expect.any(Number),
      }),
    ]);
    expect(lineOf(login.requestId)).toEqual([expect.objectContaining({ operation: 'LoginWithPhoneCode', status: 200 })]);
    expect(lineOf(message.requestId)).toEqual([
      expect.objectContaining({ operation: 'SendInquiryMessage', operationType: 'mutation', status: 200, role: 'OFFICIAL' }),
    ]);

    const log = raw.join('\n');
    for (const secret of [phone, code, token, otherPhone, text, text.slice(-10)]) expect(log).not.toContain(secret);
  });

  it('takes no request id from a client when no proxy is trusted', async () => {
    const res = await fetch(`${local}/healthz`, { headers: { 'x-request-id': 'chosen-by-the-client-1234' } });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('/metrics', () => {
  it('shows request histograms per operation, errors by code, rate-limit refusals and open subscriptions', { timeout: 60_000 }, async () => {
    for (let i = 0; i < 3; i++) expect((await gql(print(ProvincesDocument), {}, {}, 'Provinces')).res.status).toBe(200);
    await gql('{ regions { code } }'); // anonymous: counted as "other"
    await gql('query Made_Up_Name { regions { code } }'); // not one of the app's: "other" as well
    await gql('{ noSuchField }');
    const phone = `137${crypto.randomInt(10_000_000, 99_999_999)}`;
    // Asking again within a minute reuses the code already sent, but each ask spends the
    // phone+address budget (5 an hour): the sixth is refused.
    const answers: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) answers.push((await gql(print(RequestLoginCodeDocument), { phone }, {}, 'RequestLoginCode')).body.data?.requestLoginCode.code);
    expect(answers.at(-1)).toBe('RATE_LIMITED');
    expect(answers.slice(0, -1)).not.toContain('RATE_LIMITED');

    let text = await metrics();
    expect(series(text, 'cards_graphql_request_duration_seconds_count{operation="Provinces",type="query",transport="http"}')).toBeGreaterThanOrEqual(3);
    expect(series(text, 'cards_graphql_request_duration_seconds_count{operation="other",type="query",transport="http"}')).toBeGreaterThanOrEqual(2);
    expect(text).not.toContain('Made_Up_Name');
    expect(series(text, 'cards_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBeGreaterThanOrEqual(1);
    expect(series(text, 'cards_rate_limit_refusals_total{limiter="codePerPhoneAddress"}')).toBeGreaterThanOrEqual(1);
    expect(series(text, 'cards_http_request_duration_seconds_count{route="graphql",status="200"}')).toBeGreaterThanOrEqual(5);
    expect(series(text, 'cards_transcode_jobs{state="queued"}')).toBe(0);
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
    // The same signed-out query three times: executed once, then answered from the response cache.
    expect(series(text, 'cards_response_cache_requests_total{result="hit"}')).toBeGreaterThanOrEqual(2);
    expect(series(text, 'cards_response_cache_requests_total{result="miss"}')).toBeGreaterThanOrEqual(1);
    // The PostgreSQL pool's connections; PGlite has no pool.
    if (db.kind === 'postgres') {
      expect(series(text, 'cards_db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1);
      expect(series(text, 'cards_db_pool_connections{state="waiting"}')).toBe(0);
    } else {
      expect(text).not.toContain('cards_db_pool_connections{');
    }
    expect(series(text, 'cards_subscriptions_open{transport="sse"}')).toBe(0);
    expect(series(text, 'cards_subscriptions_open{transport="websocket"}')).toBe(0);

    // A conversation to follow, over SSE and over WebSocket.
    const visitor = { 'x-device-id': `dev-${crypto.randomUUID()}` };
    const started = await gql(print(SendInquiryMessageDocument), { text: '你好', clientKey: crypto.randomUUID() }, visitor, 'SendInquiryMessage');
    const variables = { inquiryId: started.body.data?.sendInquiryMessage.inquiry.id };
    const abort = new AbortController();
    const sse = await fetch(`${local}/graphql`, {
      method: 'POST',
      headers: { ...visitor, 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: print(InquiryEventsDocument), variables, operationName: 'InquiryEvents' }),
      signal: abort.signal,
    });
    expect(sse.status).toBe(200);
    await expect.poll(async () => series(await metrics(), 'cards_subscriptions_open{transport="sse"}')).toBe(1);

    const ws = createClient({ url: `${local.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: visitor, retryAttempts: 0 });
    const unsubscribe = ws.subscribe({ query: print(InquiryEventsDocument), variables }, { next: () => {}, error: () => {}, complete: () => {} });
    await expect.poll(async () => series(await metrics(), 'cards_subscriptions_open{transport="websocket"}')).toBe(1);

    unsubscribe();
    await ws.dispose();
    abort.abort();
    await sse.body?.cancel().catch(() => undefined);
    await expect
      .poll(async () => [
        series((text = await metrics()), 'cards_subscriptions_open{transport="sse"}'),
        series(text, 'cards_subscriptions_open{transport="websocket"}'),
      ])
      .toEqual([0, 0]);
    // The SSE stream's duration is in the histogram once it closed.
    expect(series(text, 'cards_graphql_request_duration_seconds_count{operation="InquiryEvents",type="subscription",transport="http"}')).toBe(1);
  });

  it('answers another address only with the token (403 otherwise), and a proxied request like any other', async () => {
    const from = (headers: Record<string, string> = {}) => fetch(`${external}/metrics`, { headers }).then((r) => r.status);
    expect(await from()).toBe(403);
    expect(await from({ authorization: `Bearer ${METRICS_TOKEN.slice(0, -1)}x` })).toBe(403);
    expect(await from({ authorization: `Bearer ${METRICS_TOKEN}` })).toBe(200);
    // The same machine's other address still serves the app: only /metrics is closed.
    expect((await fetch(`${external}/healthz`)).status).toBe(200);
    // A proxy on this machine connects from loopback on behalf of anyone.
    expect((await fetch(`${local}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } })).status).toBe(403);
  });
});
