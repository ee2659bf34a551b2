// Live inquiries over real connections: SSE (H5) and graphql-transport-ws (weapp, through our
// wx.connectSocket adapter driven by a real socket). The client-side code under test is the
// app's own (client/src/features/inquiries/live), talking to the real server on loopback.
// A cuttable proxy drops the link; messages sent meanwhile must arrive after the reconnect.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  InquiryInboxDocument,
  InquiryThreadDocument,
  RequestInquiryHumanDocument,
  SendInquiryMessageDocument,
  SetInquiryTypingDocument,
  TakeInquiryDocument,
  AddInquiryNoteDocument,
} from '@cards/schema';
import { listen, type AppServer } from '../../server/src/http/server.js';
import { sseTransport } from '../../client/src/features/inquiries/live/sse.js';
import { wsTransport } from '../../client/src/features/inquiries/live/ws.js';
import { socketClassOver } from '../../client/src/features/inquiries/live/wx-socket.js';
import type { LiveTransport } from '../../client/src/features/inquiries/live/transport.js';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient, testServices } from '../support/graphql.js';
import { signInStaff } from '../support/accounts.js';
import { cuttableProxy, type CuttableProxy } from '../support/proxy.js';
import { follow, post, sendText, until, wxConnectSocket } from '../support/live.js';

let db: TestDatabase;
let app: AppServer;
let staff: { token: string };
const transports: LiveTransport[] = [];

beforeAll(async () => {
  db = await openTestDatabase();
  const services = testServices({ INQUIRY_HOURS: 'always', PORT: '0' });
  app = await listen(db, services.config, services);
  staff = await signInStaff(graphqlClient(db, services), db);
});
afterAll(async () => {
  for (const t of transports) t.dispose();
  await app?.close();
  await db?.close();
});

const visitorHeaders = () => ({ 'x-device-id': `dev-${crypto.randomUUID()}` });
const staffHeaders = () => ({ authorization: `Bearer ${staff.token}` });

async function queuedConversation(headers: Record<string, string>) {
  const { sendInquiryMessage: r } = await post(
    app.url,
    SendInquiryMessageDocument,
    { text: '你好，我想问问申报的事', clientKey: crypto.randomUUID() },
    headers,
  );
  if (r.__typename !== 'SendInquiryMessageResult') throw new Error(r.message);
  await post(app.url, RequestInquiryHumanDocument, { inquiryId: r.inquiry.id }, headers);
  const { takeInquiry } = await post(app.url, TakeInquiryDocument, { inquiryId: r.inquiry.id }, staffHeaders());
  if (takeInquiry.__typename !== 'Inquiry') throw new Error(takeInquiry.message);
  return r.inquiry.id;
}

function sse(base: string, headers: Record<string, string>) {
  const t = sseTransport({ url: `${base}/graphql`, headers: () => headers });
  transports.push(t);
  return t;
}

function wsViaWx(base: string, params: Record<string, string>) {
  const t = wsTransport({ url: `${base.replace(/^http/, 'ws')}/graphql`, connectionParams: () => params, webSocketImpl: socketClassOver(wxConnectSocket) });
  transports.push(t);
  return t;
}

const send = sendText;

describe('over SSE (H5)', () => {
  it('a staff reply arrives at the visitor, and the visitor’s message at staff; typing shows', async () => {
    const visitor = visitorHeaders();
    const id = await queuedConversation(visitor);
    const v = follow(sse(app.url, visitor), app.url, visitor, id);
    const s = follow(sse(app.url, staffHeaders()), app.url, staffHeaders(), id);
    await until(() => v.connections.includes('connected') && s.connections.includes('connected'), 'both connected');
    await until(() => v.texts().length >= 4 && s.texts().length >= 4, 'history caught up');

    await send(app.url, staffHeaders(), id, '您好，这里是中心工作人员。');
    await until(() => v.texts().includes('您好，这里是中心工作人员。'), 'staff reply at the visitor');
    await send(app.url, visitor, id, '我们是县级，可以申请吗？');
    await until(() => s.texts().includes('我们是县级，可以申请吗？'), 'visitor message at staff');
    await post(app.url, SetInquiryTypingDocument, { inquiryId: id, active: true }, staffHeaders());
    await until(() => v.typing.some((t) => t.by === 'STAFF' && t.active), 'typing at the visitor');

    // A private note reaches staff, never the visitor.
    await post(app.url, AddInquiryNoteDocument, { inquiryId: id, text: '内部：已电话联系' }, staffHeaders());
    await until(() => s.texts().includes('内部：已电话联系'), 'note at staff');
    await send(app.url, staffHeaders(), id, '可以的。');
    await until(() => v.texts().includes('可以的。'), 'later reply at the visitor');
    expect(v.texts()).not.toContain('内部：已电话联系');
    const seqs = v.messages.map((m) => m.seq);
    expect(new Set(seqs).size).toBe(seqs.length);
    v.following.stop();
    s.following.stop();
  });

  it('after a forced disconnect, recovers the messages sent while the link was down', async () => {
    const visitor = visitorHeaders();
    const id = await queuedConversation(visitor);
    const proxy = await cuttableProxy(app.url);
    try {
      const v = follow(sse(proxy.url, visitor), proxy.url, visitor, id);
      await until(() => v.connections.includes('connected') && v.texts().length >= 4, 'connected with history');
      // The cut destroys the link's sockets at once: what is sent now can only arrive by catching up.
      proxy.cut();
      await send(app.url, staffHeaders(), id, '断线期间的回复一');
      await send(app.url, staffHeaders(), id, '断线期间的回复二');
      expect(v.texts()).not.toContain('断线期间的回复一');
      proxy.restore();
      await until(() => v.texts().includes('断线期间的回复二'), 'missed replies after reconnect');
      expect(v.connections).toContain('reconnected');
      await send(app.url, staffHeaders(), id, '重连之后的回复');
      await until(() => v.texts().includes('重连之后的回复'), 'live again after reconnect');
      const all = (await post(app.url, InquiryThreadDocument, { id, afterSeq: 0 }, visitor)).inquiry!.messages;
      expect(v.messages.map((m) => m.seq)).toEqual(all.map((m) => m.seq));
      v.following.stop();
    } finally {
      await proxy.close();
    }
  });
});

describe('over WebSocket (weapp, through the wx.connectSocket adapter)', () => {
  it('messages flow both ways; after a forced disconnect, the missed ones are recovered', { timeout: 60_000 }, async () => {
    const visitor = visitorHeaders();
    const id = await queuedConversation(visitor);
    const proxy: CuttableProxy = await cuttableProxy(app.url);
    try {
      const v = follow(wsViaWx(proxy.url, visitor), proxy.url, visitor, id);
      const s = follow(wsViaWx(app.url, staffHeaders()), app.url, staffHeaders(), id);
      await until(() => v.connections.includes('connected') && s.connections.includes('connected'), 'both connected');
      await until(() => v.texts().length >= 4, 'history');

      await send(app.url, staffHeaders(), id, '您好，请讲。');
      await until(() => v.texts().includes('您好，请讲。'), 'staff reply at the visitor');
      await send(app.url, visitor, id, '登记表在哪里下载？');
      await until(() => s.texts().includes('登记表在哪里下载？'), 'visitor message at staff');

      proxy.cut();
      await send(app.url, staffHeaders(), id, '掉线时发的消息');
      proxy.restore();
      await until(() => v.texts().includes('掉线时发的消息'), 'missed message after reconnect', 30_000);
      expect(v.connections).toContain('reconnected');
      await send(app.url, staffHeaders(), id, '恢复后的消息');
      await until(() => v.texts().includes('恢复后的消息'), 'live again');
      const seqs = v.messages.map((m) => m.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(new Set(seqs).size).toBe(seqs.length);
      v.following.stop();
      s.following.stop();
    } finally {
      await proxy.close();
    }
  });

  it('refuses a visitor’s subscription to someone else’s conversation and to the staff inbox', async () => {
    const id = await queuedConversation(visitorHeaders());
    const stranger = wsTransport({ url: `${app.url.replace(/^http/, 'ws')}/graphql`, connectionParams: visitorHeaders, webSocketImpl: WebSocket });
    transports.push(stranger);
    const errors: unknown[] = [];
    const { InquiryEventsDocument } = await import('@cards/schema');
    stranger.subscribe(InquiryEventsDocument, { inquiryId: id }, { next: () => {}, error: (e) => errors.push(e) });
    stranger.subscribe(InquiryInboxDocument, {}, { next: () => {}, error: (e) => errors.push(e) });
    await until(() => errors.length === 2, 'both refused');
    expect(JSON.stringify(errors)).toContain('咨询不存在或已删除');
    expect(JSON.stringify(errors)).toContain('没有权限');
  });
});
