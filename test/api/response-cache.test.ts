// The response cache for public reads: a repeated anonymous read costs no database query; a staff
// change to the catalogue is visible at once; signed-in and device-dependent reads are never
// cached; with Redis, instances share the cache and its invalidation.
import crypto from 'node:crypto';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { InquiryThreadDocument, SendInquiryMessageDocument } from '@cards/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient, testServices } from '../support/graphql.js';
import { redisUrl } from '../support/redis.js';
import { redisForTests } from '../support/services.js';
import { signInStaff } from '../support/accounts.js';

const redisUp = await redisForTests();

let db: TestDatabase;
let gql: ReturnType<typeof graphqlClient>;
let staff: string;
const extra: ReturnType<typeof graphqlClient>[] = [];

beforeAll(async () => {
  db = await openTestDatabase();
  gql = graphqlClient(db, testServices({ RESPONSE_CACHE_TTL_MS: '60000', INQUIRY_HOURS: 'always' }));
  staff = (await signInStaff(gql, db)).token;
});
afterAll(async () => {
  for (const c of [gql, ...extra]) await c?.services.close();
  await db?.close();
});

const FEED = `{ cards(first: 5) { totalCount edges { node { id title } } } }`;
const hit = (r: { extensions?: any }) => r.extensions?.responseCache?.hit === true;

describe('response cache', () => {
  it('serves a repeated anonymous read without touching the database', async () => {
    const first = await gql.request(FEED);
    expect(hit(first)).toBe(false);
    db.queries.length = 0;
    const second = await gql.request(FEED);
    expect(hit(second)).toBe(true);
    expect(second.data).toEqual(first.data);
    expect(db.queries).toEqual([]);
  });

  it('shows a staff edit and an unpublished card at once', async () => {
    const before = (await gql.request(FEED)).data!.cards;
    const card = before.edges[0].node;
    await gql.as(staff).data(`mutation($id: ID!) { updateCard(input: { id: $id, title: "缓存失效测试" }) { __typename } }`, { id: card.id });
    const edited = await gql.request(FEED);
    expect(hit(edited)).toBe(false);
    expect(edited.data!.cards.edges.map((e: any) => e.node.title)).toContain('缓存失效测试');
    await gql.request(FEED); // cached again
    await gql.as(staff).data(`mutation($id: ID!) { unpublishCard(id: $id, reason: "缓存测试下线") { __typename } }`, { id: card.id });
    const after = await gql.request(FEED);
    expect(hit(after)).toBe(false);
    expect(after.data!.cards.totalCount).toBe(before.totalCount - 1);
  });

  it('does not cache signed-in reads, device-dependent fields, or let refused mutations flush it', async () => {
    const signedIn = [await gql.as(staff).request(FEED), await gql.as(staff).request(FEED)];
    expect(signedIn.some(hit)).toBe(false);
    const film = await db.prisma.film.create({
      data: {
        cardId: (await db.prisma.card.findFirstOrThrow({ where: { status: 'PUBLISHED' } })).id,
        status: 'PUBLISHED',
        title: '缓存影片',
        jobState: 'READY',
        mediaPrefix: 'films/x/y',
        durationSeconds: 30,
        publishedAt: new Date(),
      },
    });
    const liked = `query($id: ID!) { film(id: $id) { title likedByViewer } }`;
    const id = encodeGlobalID('Film', film.id);
    const reads = [await gql.as(null, 'device-aaaaaaaa').request(liked, { id }), await gql.as(null, 'device-aaaaaaaa').request(liked, { id })];
    expect(reads.some(hit)).toBe(false);
    await gql.request(FEED);
    expect(hit(await gql.request(FEED))).toBe(true);
    await gql.request(`mutation($id: ID!) { unpublishCard(id: $id, reason: "缓存测试下线") { __typename } }`, {
      id: (await gql.request(FEED)).data!.cards.edges[0].node.id,
    });
    expect(hit(await gql.request(FEED))).toBe(true);
  });

  it('never serves one device’s answer to another: a stranger’s empty answer for a conversation does not reach its owner', async () => {
    const owner = gql.as(null, 'device-owner-0001');
    const stranger = gql.as(null, 'device-stranger-01');
    const sent = await owner.data(SendInquiryMessageDocument, { text: '缓存测试：我的咨询', clientKey: crypto.randomUUID() });
    const id = sent.sendInquiryMessage.__typename === 'SendInquiryMessageResult' ? sent.sendInquiryMessage.inquiry.id : '';
    const reads = [
      [InquiryThreadDocument, { id, afterSeq: 0 }, (d: any) => d.inquiry],
      [`query($id: ID!) { node(id: $id) { id ... on Inquiry { subject } } }`, { id }, (d: any) => d.node],
      [`{ myInquiries { id } }`, {}, (d: any) => d.myInquiries[0] ?? null],
    ] as const;
    for (const [doc, variables, pick] of reads) {
      // The stranger asks first (twice, so a cache would have it) and is told nothing.
      for (let i = 0; i < 2; i++) expect(pick((await stranger.request(doc as any, variables)).data)).toBeNull();
      const mine = await owner.request(doc as any, variables);
      expect(hit(mine)).toBe(false);
      expect(pick(mine.data)).toMatchObject({ id });
    }
  });

  it.runIf(redisUp)('is shared by instances through Redis, invalidation included', async () => {
    const [a, b] = [0, 1].map(() => graphqlClient(db, testServices({ RESPONSE_CACHE_TTL_MS: '60000', REDIS_URL: redisUrl })));
    extra.push(a, b);
    const query = `{ cards(first: 3, filter: { tier: MAIN }) { edges { node { id title } } } }`;
    await a.services.responseCache!.invalidateCatalogue();
    expect(hit(await a.request(query))).toBe(false);
    expect(hit(await b.request(query))).toBe(true);
    const id = (await b.request(query)).data!.cards.edges[0].node.id;
    await a.as(staff).data(`mutation($id: ID!) { updateCard(input: { id: $id, title: "两实例缓存" }) { __typename } }`, { id });
    const fresh = await b.request(query);
    expect(hit(fresh)).toBe(false);
    expect(fresh.data!.cards.edges.map((e: any) => e.node.title)).toContain('两实例缓存');
  });
});
