// Rate limits on likes and inquiry messages: a specific refusal once spent, nothing written; with
// Redis, two instances (two sets of services) share one budget.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { Redis } from 'ioredis';
import { SendInquiryMessageDocument } from '@cards/schema';
import { LIMITS, RateLimits } from '../../server/src/modules/auth/rate-limits.js';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient, registeredDevice, testServices } from '../support/graphql.js';
import { redisUrl } from '../support/redis.js';
import { redisForTests } from '../support/services.js';

const redisUp = await redisForTests();
const tight = { ...LIMITS, likePerViewer: { points: 3, durationSeconds: 60 }, inquiryMessagePerSender: { points: 3, durationSeconds: 60 } };

let db: TestDatabase;
let filmIds: string[];
const clients: ReturnType<typeof graphqlClient>[] = [];
const redis: Redis[] = [];

beforeAll(async () => {
  db = await openTestDatabase();
  const card = await db.prisma.card.findFirstOrThrow({ where: { status: 'PUBLISHED' } });
  filmIds = [];
  for (let i = 0; i < 5; i++) {
    const film = await db.prisma.film.create({
      data: {
        cardId: card.id,
        status: 'PUBLISHED',
        title: `限流影片${i}`,
        jobState: 'READY',
        mediaPrefix: 'films/x/y',
        durationSeconds: 30,
        publishedAt: new Date(),
      },
    });
    filmIds.push(encodeGlobalID('Film', film.id));
  }
});
afterAll(async () => {
  for (const c of clients) await c.services.close();
  for (const r of redis) await r.quit();
  await db?.close();
});

function client(limits: RateLimits) {
  const c = graphqlClient(db, testServices({ INQUIRY_HOURS: 'always' }, { rateLimits: limits }));
  clients.push(c);
  return c;
}

const like = `mutation($id: ID!) { likeFilm(id: $id) { __typename ... on Film { likeCount } ... on Error { message code } } }`;

describe('rate limits', () => {
  it('likes: a viewer may like a few films a minute, then is told to wait; no like is counted', async () => {
    const gql = client(new RateLimits(null, tight));
    const viewer = gql.as(null, await registeredDevice(gql));
    for (const id of filmIds.slice(0, 3)) expect((await viewer.data(like, { id })).likeFilm.__typename).toBe('Film');
    const refused = (await viewer.data(like, { id: filmIds[3] })).likeFilm;
    expect(refused).toMatchObject({ __typename: 'ActionRefused', code: 'RATE_LIMITED' });
    expect(refused.message).toMatch(/操作过于频繁，请 \d+ 秒后再试/);
    expect(await db.prisma.filmLike.count({ where: { film: { title: '限流影片3' } } })).toBe(0);
  });

  it.runIf(redisUp)('inquiry messages, shared by two instances through Redis', async () => {
    const [a, b] = [0, 1].map(() => {
      const r = new Redis(redisUrl);
      redis.push(r);
      return client(new RateLimits(r, tight));
    });
    const deviceId = `dev-${crypto.randomUUID()}`;
    const send = (c: typeof a) => c.as(null, deviceId).data(SendInquiryMessageDocument, { text: '你好', clientKey: crypto.randomUUID() });
    const results = [await send(a), await send(b), await send(a), await send(b)].map((r) => r.sendInquiryMessage);
    expect(results.slice(0, 3).map((r) => r.__typename)).toEqual(['SendInquiryMessageResult', 'SendInquiryMessageResult', 'SendInquiryMessageResult']);
    expect(results[3]).toMatchObject({ __typename: 'ActionRefused', code: 'RATE_LIMITED' });
    expect(await db.prisma.inquiry.count({ where: { deviceId } })).toBe(3);
  });
});
