// Trusted documents: with TRUSTED_DOCUMENTS on (production's default) only the app's own
// operations run, named by hash, over HTTP, SSE and WebSocket; arbitrary documents are refused.
// In development both are accepted.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { PERSISTED_HASHES } from '@cards/schema/persisted';
import * as operations from '@cards/schema';
import { listen, type AppServer } from '../../server/src/http/server.js';
import { trustedDocument } from '../../server/src/http/trusted-documents.js';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient, testServices } from '../support/graphql.js';
import { until } from '../support/live.js';

let db: TestDatabase;
let app: AppServer;
let dev: ReturnType<typeof graphqlClient>;

beforeAll(async () => {
  db = await openTestDatabase();
  const services = testServices({ PORT: '0', TRUSTED_DOCUMENTS: '1', INQUIRY_HOURS: 'always' });
  app = await listen(db, services.config, services);
  dev = graphqlClient(db);
});
afterAll(async () => {
  await app?.close();
  await dev?.services.close();
  await db?.close();
});

const byHash = (name: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: PERSISTED_HASHES[name] } } }),
  });

describe('trusted documents', () => {
  it('every operation of the client is in the manifest', () => {
    const names = Object.entries(operations).filter(
      ([k, v]) => k.endsWith('Document') && (v as any).definitions?.some((d: any) => d.kind === 'OperationDefinition'),
    ).length;
    expect(Object.keys(PERSISTED_HASHES)).toHaveLength(names);
    for (const hash of Object.values(PERSISTED_HASHES)) expect(trustedDocument(hash)).toMatch(/^(query|mutation|subscription) /);
  });

  it('runs an operation sent by hash alone, and refuses any other document', async () => {
    const res = await byHash('CardList', { first: 2 });
    const body = (await res.json()) as any;
    expect(body.data.cards.edges).toHaveLength(2);

    const arbitrary = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ cards(first: 100) { totalCount } }' }),
    });
    const refused = (await arbitrary.json()) as any;
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors[0].message).toContain('只接受本应用的查询');

    const unknown = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }),
    });
    expect(((await unknown.json()) as any).errors[0].message).toContain('查询不存在或已过期');
  });

  it('subscriptions by hash over SSE and WebSocket; an arbitrary subscription over WebSocket is refused', async () => {
    const device = { 'x-device-id': `dev-${crypto.randomUUID()}` };
    const sent = (await (await byHash('SendInquiryMessage', { text: '你好', clientKey: crypto.randomUUID() }, device)).json()) as any;
    const inquiryId = sent.data.sendInquiryMessage.inquiry.id;
    const hashOnly = { query: '', variables: { inquiryId }, extensions: { persistedQuery: { version: 1, sha256Hash: PERSISTED_HASHES.InquiryEvents } } };

    const sse = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { ...device, 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify(hashOnly),
    });
    expect(sse.status).toBe(200);
    const reader = sse.body!.getReader();
    await byHash('SendInquiryMessage', { inquiryId, text: '第二条', clientKey: crypto.randomUUID() }, device);
    let text = '';
    while (!text.includes('第二条')) text += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();

    const ws = createClient({ url: `${app.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: device, retryAttempts: 0 });
    const events: unknown[] = [];
    const errors: unknown[] = [];
    ws.subscribe(hashOnly as never, { next: (e) => events.push(e), error: (e) => errors.push(e), complete: () => {} });
    ws.subscribe(
      { query: `subscription($id: ID!) { inquiryEvents(inquiryId: $id) { kind } }`, variables: { id: inquiryId } },
      { next: () => {}, error: (e) => errors.push(e), complete: () => {} },
    );
    await until(() => errors.length === 1, 'the arbitrary subscription refused');
    expect(JSON.stringify(errors)).toContain('只接受本应用的查询');
    // The trusted subscription may still be registering: send until one message is heard.
    let attempts = 0;
    await vi.waitFor(
      async () => {
        if (!JSON.stringify(events).includes('第三条')) {
          await byHash('SendInquiryMessage', { inquiryId, text: `第三条 ${++attempts}`, clientKey: crypto.randomUUID() }, device);
          throw new Error('the trusted subscription has delivered nothing yet');
        }
      },
      { timeout: 15_000, interval: 250 },
    );
    await ws.dispose();
  });

  it('in development, accepts both documents and hashes', async () => {
    expect((await dev.request('{ cards(first: 1) { totalCount } }')).data).toBeTruthy();
    const res = await dev.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ variables: { first: 1 }, extensions: { persistedQuery: { version: 1, sha256Hash: PERSISTED_HASHES.CardList } } }),
    });
    expect(((await res.json()) as any).data.cards.edges).toHaveLength(1);
  });
});
