// Live subscriptions under hostile use, over real SSE and WebSocket connections:
// - counted per viewer (account or device) and per address, SSE and WebSocket together; one more is
//   refused with a GraphQL error that has a code and a Chinese message; a closed one frees its place;
// - an event's rows are read once, however many subscribers it reaches (query counts);
// - signing out ends the session's subscriptions, a change of role ends the user's: the stream
//   completes and the staff reply that follows never arrives.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  InquiryEventsDocument,
  InquiryInboxDocument,
  LogoutDocument,
  RequestInquiryHumanDocument,
  SendInquiryMessageDocument,
  TakeInquiryDocument,
} from '@cards/schema';
import { listen, type AppServer } from '../../server/src/http/server.js';
import { createInquiryEvents, type InquiryEvents } from '../../server/src/modules/inquiries/events.js';
import { createSession } from '../../server/src/modules/auth/sessions.js';
import { LIMITS, RateLimits } from '../../server/src/modules/auth/rate-limits.js';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient, testServices } from '../support/graphql.js';
import { newPhone, signInOfficial, signInStaff } from '../support/accounts.js';
import { post, rawSse, rawWs, sendText, until, type RawSubscription } from '../support/live.js';
import { redisUrl } from '../support/redis.js';
import { redisForTests } from '../support/services.js';

const redisUp = await redisForTests();
const instances: AppServer[] = [];

const PER_VIEWER = 3;
const PER_ADDRESS = 6;

let db: TestDatabase;
let app: AppServer;
let events: InquiryEvents;
let gql: ReturnType<typeof graphqlClient>;
let staff: { token: string };
const open: RawSubscription[] = [];

beforeAll(async () => {
  db = await openTestDatabase();
  events = createInquiryEvents(null, { perViewer: PER_VIEWER, perAddress: PER_ADDRESS });
  const roomy = new RateLimits(null, { ...LIMITS, codePerIp: { points: 1000, durationSeconds: 3600 }, loginPerIp: { points: 1000, durationSeconds: 600 } });
  const services = testServices({ INQUIRY_HOURS: 'always', PORT: '0' }, { inquiryEvents: events, rateLimits: roomy });
  app = await listen(db, services.config, services);
  gql = graphqlClient(db, services);
  staff = await signInStaff(gql, db);
});
afterAll(async () => {
  for (const s of open) s.close();
  for (const server of instances) await server.close();
  await app?.close();
  await db?.close();
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const device = () => ({ 'x-device-id': `dev-${crypto.randomUUID()}` });

function track(s: RawSubscription) {
  open.push(s);
  return s;
}

/** A conversation of `asker`, waiting in the queue for a person. */
async function queued(asker: Record<string, string>) {
  const { sendInquiryMessage: r } = await post(app.url, SendInquiryMessageDocument, { text: '你好，请问怎么申报？', clientKey: crypto.randomUUID() }, asker);
  if (r.__typename !== 'SendInquiryMessageResult') throw new Error(r.message);
  await post(app.url, RequestInquiryHumanDocument, { inquiryId: r.inquiry.id }, asker);
  return r.inquiry.id as string;
}

/** A conversation of `asker`, queued and taken by staff (so that staff can reply). */
async function conversation(asker: Record<string, string>) {
  const id = await queued(asker);
  const { takeInquiry } = await post(app.url, TakeInquiryDocument, { inquiryId: id }, bearer(staff.token));
  if (takeInquiry.__typename !== 'Inquiry') throw new Error(takeInquiry.message);
  return id;
}

const texts = (s: RawSubscription) => s.results.map((r) => r.data?.inquiryEvents?.message?.text).filter(Boolean);
const errorsOf = (s: RawSubscription) =>
  [...s.results.flatMap((r) => r.errors ?? []), ...s.failures.flatMap((f) => (Array.isArray(f) ? f : [f]))] as {
    message: string;
    extensions?: Record<string, unknown>;
  }[];

async function waitLive(count: number) {
  await until(() => events.liveCount() === count, `${count} live subscriptions`);
}

describe('live subscription limits', () => {
  it('per viewer: SSE and WebSocket count together; one more is refused with a code and a Chinese message; closing frees a place', async () => {
    const visitor = device();
    const id = await conversation(visitor);
    const base = events.liveCount();
    const first = [rawSse, rawWs, rawSse].map((open) => track(open(app.url, visitor, InquiryEventsDocument, { inquiryId: id })));
    await waitLive(base + PER_VIEWER);

    for (const extra of [
      rawSse(app.url, visitor, InquiryEventsDocument, { inquiryId: id }),
      rawWs(app.url, visitor, InquiryEventsDocument, { inquiryId: id }),
    ]) {
      track(extra);
      await until(() => errorsOf(extra).length > 0, 'the refusal');
      const [error] = errorsOf(extra);
      expect(error.extensions?.code).toBe('TOO_MANY_SUBSCRIPTIONS');
      expect(error.message).toMatch(/实时连接过多（最多 3 个）/);
    }
    expect(events.liveCount()).toBe(base + PER_VIEWER);

    // The subscriptions that were let in still work.
    await sendText(app.url, bearer(staff.token), id, '限额内的订阅照常收到');
    await until(() => first.every((s) => texts(s).includes('限额内的订阅照常收到')), 'the reply on every admitted subscription');

    first[0].close();
    await waitLive(base + PER_VIEWER - 1);
    const again = track(rawWs(app.url, visitor, InquiryEventsDocument, { inquiryId: id }));
    await waitLive(base + PER_VIEWER);
    expect(errorsOf(again)).toEqual([]);
    for (const s of [...first, again]) s.close();
    await waitLive(base);
  });

  it('per address: many invented devices from one address are bounded too', async () => {
    const base = events.liveCount();
    const subscriptions: RawSubscription[] = [];
    for (let i = 0; i < PER_ADDRESS; i++) {
      const visitor = device();
      const id = await conversation(visitor);
      subscriptions.push(track((i % 2 ? rawWs : rawSse)(app.url, visitor, InquiryEventsDocument, { inquiryId: id })));
    }
    await waitLive(base + PER_ADDRESS);
    const visitor = device();
    const refused = track(rawSse(app.url, visitor, InquiryEventsDocument, { inquiryId: await conversation(visitor) }));
    await until(() => errorsOf(refused).length > 0, 'the refusal');
    expect(errorsOf(refused)[0]).toMatchObject({
      message: expect.stringMatching(/本网络地址同时打开的实时连接过多/),
      extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' },
    });
    for (const s of subscriptions) s.close();
    await waitLive(base);
  });

  it('an event costs the same queries for one subscriber as for three', async () => {
    // Waiting in the queue, every event also carries the queue position (a query of its own).
    const visitor = device();
    const id = await queued(visitor);
    const base = events.liveCount();
    async function replyCost(subscribers: number, text: string) {
      const subs = Array.from({ length: subscribers }, (_, i) => track((i % 2 ? rawWs : rawSse)(app.url, visitor, InquiryEventsDocument, { inquiryId: id })));
      await waitLive(base + subscribers);
      db.queries.length = 0;
      await sendText(app.url, visitor, id, text);
      await until(() => subs.every((s) => texts(s).includes(text)), 'the message at every subscriber');
      const cost = db.queries.length;
      for (const s of subs) s.close();
      await waitLive(base);
      return cost;
    }
    const one = await replyCost(1, '一位订阅者');
    const three = await replyCost(PER_VIEWER, '三位订阅者');
    expect(three).toBe(one);
  });
});

describe('subscriptions end with the session', () => {
  it('sign-out completes the SSE and WebSocket streams of that session; the staff reply never reaches them', async () => {
    const official = await signInOfficial(gql, newPhone());
    const other = await createSession(db.prisma, (await db.prisma.session.findFirstOrThrow({ where: { user: { phone: official.phone } } })).userId);
    const id = await conversation(bearer(official.token));
    const base = events.liveCount();
    const sse = track(rawSse(app.url, bearer(official.token), InquiryEventsDocument, { inquiryId: id }));
    const ws = track(rawWs(app.url, bearer(official.token), InquiryEventsDocument, { inquiryId: id }));
    // The same user on another device (another session) stays connected.
    const otherDevice = track(rawSse(app.url, bearer(other.token), InquiryEventsDocument, { inquiryId: id }));
    const staffSide = track(rawSse(app.url, bearer(staff.token), InquiryInboxDocument, {}));
    await waitLive(base + 4);

    await gql.as(official.token).data(`mutation { logout }`);
    await until(() => sse.completed() && ws.completed(), 'both streams completed');
    await sendText(app.url, bearer(staff.token), id, '登出之后的回复');
    await until(() => texts(otherDevice).includes('登出之后的回复'), 'the reply at the session still signed in');
    expect(texts(sse)).not.toContain('登出之后的回复');
    expect(texts(ws)).not.toContain('登出之后的回复');
    expect(otherDevice.completed()).toBe(false);
    for (const s of [otherDevice, staffSide]) s.close();
    await waitLive(base);
  });

  it('a change of role ends the user’s subscriptions', async () => {
    const phone = newPhone();
    const user = await db.prisma.user.create({ data: { phone, role: 'VISITOR' } });
    const { token } = await createSession(db.prisma, user.id);
    const id = await conversation(bearer(token));
    const base = events.liveCount();
    const sse = track(rawSse(app.url, bearer(token), InquiryEventsDocument, { inquiryId: id }));
    const ws = track(rawWs(app.url, bearer(token), InquiryEventsDocument, { inquiryId: id }));
    await waitLive(base + 2);
    // Signing in with a code for the phone makes the visitor an official.
    await gql.data(`mutation($p: String!) { requestLoginCode(phone: $p) { __typename } }`, { p: phone });
    const login = await gql.data(`mutation($p: String!, $c: String!) { loginWithPhoneCode(phone: $p, code: $c, agreedToTerms: true) { __typename } }`, {
      p: phone,
      c: gql.services.codeSender.last(phone)!,
    });
    expect(login.loginWithPhoneCode.__typename).toBe('LoginSuccess');
    await until(() => sse.completed() && ws.completed(), 'both streams completed');
    await waitLive(base);
  });

  it.runIf(redisUp)('with Redis, signing out through one instance ends the stream held by another', async () => {
    const [a, b] = await Promise.all(
      [0, 1].map(async () => {
        const services = testServices({ INQUIRY_HOURS: 'always', PORT: '0', REDIS_URL: redisUrl });
        const server = await listen(db, services.config, services);
        instances.push(server);
        return server;
      }),
    );
    const official = await signInOfficial(graphqlClient(db, a.services), newPhone());
    const id = await conversation(bearer(official.token));
    const onA = track(rawWs(a.url, bearer(official.token), InquiryEventsDocument, { inquiryId: id }));
    await until(() => a.services.inquiryEvents.liveCount() === 1, 'subscribed on instance A');
    await post(b.url, LogoutDocument, {}, bearer(official.token));
    await until(() => onA.completed(), 'the stream on instance A completed');
    expect(a.services.inquiryEvents.liveCount()).toBe(0);
  });
});
