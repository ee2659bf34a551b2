// Graceful shutdown of the real server process: on SIGTERM a request in flight still gets its
// answer, live subscriptions end cleanly (SSE completes, WebSocket closes with 1001 "going away"),
// and the process exits 0.
import crypto from 'node:crypto';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { print } from 'graphql';
import { InquiryEventsDocument, SendInquiryMessageDocument } from '@cards/schema';
import { startServer, type RunningServer } from '../support/server.js';
import { post, until } from '../support/live.js';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ env: { SAMPLE_FILMS: '0', INQUIRY_HOURS: 'always' } });
});
afterAll(async () => {
  await server?.stop();
});

describe('SIGTERM', () => {
  it('finishes requests in flight and closes live subscriptions cleanly', { timeout: 60_000 }, async () => {
    const visitor = { 'x-device-id': `dev-${crypto.randomUUID()}` };
    const { sendInquiryMessage: r } = await post(server.url, SendInquiryMessageDocument, { text: '你好', clientKey: crypto.randomUUID() }, visitor);
    if (r.__typename !== 'SendInquiryMessageResult') throw new Error(r.message);
    const variables = { inquiryId: r.inquiry.id };

    // An SSE subscription…
    const sse = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { ...visitor, 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: print(InquiryEventsDocument), variables }),
    });
    expect(sse.status).toBe(200);
    let sseText = '';
    const sseDone = (async () => {
      const reader = sse.body!.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return 'ended';
        sseText += new TextDecoder().decode(value);
      }
    })();

    // …a WebSocket subscription…
    let closeCode = 0;
    let wsCompleted = false;
    let connected = false;
    const ws = createClient({
      url: `${server.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: visitor,
      retryAttempts: 0,
      on: { connected: () => (connected = true), closed: (e) => (closeCode = (e as { code: number }).code) },
    });
    ws.subscribe({ query: print(InquiryEventsDocument), variables }, { next: () => {}, error: () => {}, complete: () => (wsCompleted = true) });
    await until(() => connected, 'WebSocket connected');

    // …and a request whose body is still arriving: the server has taken it (its 100 Continue says so)
    // when SIGTERM comes, and the rest of the body is sent only once the shutdown has begun.
    const body = JSON.stringify({ query: '{ cards(first: 3) { totalCount } }' });
    let req!: http.ClientRequest;
    const inFlight = new Promise<{ status: number; text: string }>((resolve, reject) => {
      req = http.request(
        `${server.url}/graphql`,
        { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), expect: '100-continue' } },
        (res) => {
          let text = '';
          res.on('data', (d) => (text += d));
          res.on('end', () => resolve({ status: res.statusCode!, text }));
        },
      );
      req.on('error', reject);
    });
    const taken = new Promise((resolve) => req.once('continue', resolve));
    req.flushHeaders();
    await taken;
    req.write(body.slice(0, 10));

    const exited = new Promise<number | null>((resolve) => server.process.once('exit', (code) => resolve(code)));
    server.process.kill('SIGTERM');

    // The SSE stream completing shows the shutdown under way; the request still gets its answer.
    expect(await sseDone).toBe('ended');
    req.end(body.slice(10));
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text).data.cards.totalCount).toBeGreaterThan(0);
    expect(sseText).toContain('event: complete');
    await until(() => closeCode !== 0, 'WebSocket closed');
    expect(closeCode).toBe(1001);
    expect(wsCompleted || closeCode === 1001).toBe(true);
    expect(await exited).toBe(0);
    void ws.dispose();
  });
});
