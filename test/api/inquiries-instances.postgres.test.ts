// Two server processes on one PostgreSQL database and the machine's Redis: a visitor subscribed
// on instance A hears a staff reply sent through instance B (and the other way round over
// WebSocket). Needs a PostgreSQL server, so it runs in CI's PostgreSQL pass (TEST_DATABASE_URL);
// an embedded database cannot be shared by two processes.
import crypto from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { RequestInquiryHumanDocument, SendInquiryMessageDocument, TakeInquiryDocument } from '@cards/schema';
import { sseTransport } from '../../client/src/features/inquiries/live/sse.js';
import { wsTransport } from '../../client/src/features/inquiries/live/ws.js';
import type { LiveTransport } from '../../client/src/features/inquiries/live/transport.js';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient, testServices } from '../support/graphql.js';
import { signInStaff } from '../support/accounts.js';
import { startServer, type RunningServer } from '../support/server.js';
import { follow, post, sendText, until } from '../support/live.js';
import { redisUrl } from '../support/redis.js';
import { describeOnPostgres, redisForTests } from '../support/services.js';

describeOnPostgres('two instances, PostgreSQL and Redis', () => {
  let db: TestDatabase;
  let a: RunningServer;
  let b: RunningServer;
  let staff: { token: string };
  const transports: LiveTransport[] = [];

  beforeAll(async () => {
    if (!(await redisForTests())) throw new Error('two instances share live events through Redis: start redis-server');
    db = await openTestDatabase();
    const gql = graphqlClient(db, testServices());
    staff = await signInStaff(gql, db);
    await gql.services.close();
    const env = { DATABASE_URL: db.url!, REDIS_URL: redisUrl, INQUIRY_HOURS: 'always', SAMPLE_FILMS: '0', APP_SECRET: 'shared-secret' };
    [a, b] = await Promise.all([startServer({ env }), startServer({ env })]);
  });
  afterAll(async () => {
    for (const t of transports) t.dispose();
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.close();
  });

  it('a reply sent through B reaches a visitor subscribed on A, and back', { timeout: 60_000 }, async () => {
    const visitor = { 'x-device-id': `dev-${crypto.randomUUID()}` };
    const asStaff = { authorization: `Bearer ${staff.token}` };
    const { sendInquiryMessage: r } = await post(a.url, SendInquiryMessageDocument, { text: '你好', clientKey: crypto.randomUUID() }, visitor);
    if (r.__typename !== 'SendInquiryMessageResult') throw new Error(r.message);
    const id = r.inquiry.id;
    await post(a.url, RequestInquiryHumanDocument, { inquiryId: id }, visitor);
    const { takeInquiry } = await post(b.url, TakeInquiryDocument, { inquiryId: id }, asStaff);
    expect(takeInquiry.__typename).toBe('Inquiry');

    // The visitor listens on A over SSE; staff listen on B over WebSocket.
    const onA = sseTransport({ url: `${a.url}/graphql`, headers: () => visitor });
    const onB = wsTransport({ url: `${b.url.replace(/^http/, 'ws')}/graphql`, connectionParams: () => asStaff, webSocketImpl: WebSocket });
    transports.push(onA, onB);
    const v = follow(onA, a.url, visitor, id);
    const s = follow(onB, b.url, asStaff, id);
    await until(() => v.connections.includes('connected') && s.connections.includes('connected'), 'both connected');
    await until(() => v.messages.length > 0 && s.messages.length > 0, 'history');
    // Both instances have subscribed to the conversation's Redis channel before the live messages.
    // Live events are published per conversation on the channel inquiry:<database id>.
    const localId = Buffer.from(id, 'base64')
      .toString()
      .replace(/^Inquiry:/, '');
    const redis = new Redis(redisUrl);
    try {
      await vi.waitFor(
        async () => {
          const [, subscribers] = (await redis.pubsub('NUMSUB', `inquiry:${localId}`)) as [string, number];
          expect(subscribers).toBeGreaterThanOrEqual(2);
        },
        { timeout: 15_000, interval: 20 },
      );
    } finally {
      redis.disconnect();
    }
    const caughtUp = v.messages.length;

    await sendText(b.url, asStaff, id, '您好，我是通过实例B回复的。');
    await until(() => v.texts().includes('您好，我是通过实例B回复的。'), 'B’s reply at the visitor on A');
    await sendText(a.url, visitor, id, '收到，谢谢。');
    await until(() => s.texts().includes('收到，谢谢。'), 'A’s message at staff on B');
    // The visitor's own message comes back to them live too (through Redis, as at B: wait for it).
    await until(() => v.texts().includes('收到，谢谢。'), 'the visitor’s own message back on A');
    // Delivered live, not by a later catch-up: the visitor's stream never reconnected.
    expect(v.connections).toEqual(['connected']);
    expect(v.messages.length).toBe(caughtUp + 2);
    v.following.stop();
    s.following.stop();
  });
});
