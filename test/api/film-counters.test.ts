// View and like counters resist invented device ids: signed out, only a device id signed by the
// server (registerDevice, a few per address an hour) counts; views are also limited per address.
// A device keeps its conversations when it registers (the signed id's own part is the same).
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { MyInquiriesDocument, SendInquiryMessageDocument } from '@cards/schema';
import { LIMITS, RateLimits } from '../../server/src/modules/auth/rate-limits.js';
import { signDeviceId } from '../../server/src/modules/films/device-ids.js';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient, registeredDevice, testServices } from '../support/graphql.js';
import { signInOfficial } from '../support/accounts.js';

process.env.TRUST_PROXY = '1';

const VIEW = `mutation($id: ID!) { recordFilmView(id: $id) { __typename ... on Film { viewCount } ... on Error { code message } } }`;
const LIKE = `mutation($id: ID!) { likeFilm(id: $id) { __typename ... on Film { likeCount } ... on Error { code message } } }`;
const UNLIKE = `mutation($id: ID!) { unlikeFilm(id: $id) { __typename ... on Film { likeCount likedByViewer } ... on Error { code message } } }`;
const REGISTER = `mutation($d: String) { registerDevice(deviceId: $d) { __typename ... on RegisteredDevice { deviceId } ... on Error { code message } } }`;

let db: TestDatabase;
let gql: ReturnType<typeof graphqlClient>;
let cardId: string;

beforeAll(async () => {
  db = await openTestDatabase();
  // Likes per address out of the way: the device rule is what these tests are about.
  const limits = new RateLimits(null, { ...LIMITS, likePerViewer: { points: 100_000, durationSeconds: 60 } });
  gql = graphqlClient(db, testServices({ TRUST_PROXY: '1', INQUIRY_HOURS: 'always' }, { rateLimits: limits }));
  cardId = (await db.prisma.card.findFirstOrThrow({ where: { status: 'PUBLISHED' } })).id;
});
afterAll(async () => {
  await gql?.services.close();
  await db?.close();
});

async function newFilm(title: string) {
  const film = await db.prisma.film.create({
    data: { cardId, status: 'PUBLISHED', title, jobState: 'READY', mediaPrefix: 'films/x/y', durationSeconds: 30, publishedAt: new Date() },
  });
  return {
    id: encodeGlobalID('Film', film.id),
    counts: () => db.prisma.film.findUniqueOrThrow({ where: { id: film.id }, select: { viewCount: true, likeCount: true } }),
  };
}

describe('view and like counters', () => {
  // About 650 requests one after another: a generous budget for a busy machine (CI ran out of 30 s under load).
  it('300 invented device ids from one address count nothing; registering is limited per address, so at most that many count', {
    timeout: 180_000,
  }, async () => {
    const film = await newFilm('计数影片一');
    const ip = '203.0.113.10';
    for (let i = 0; i < 300; i++) {
      const invented = gql.as(null, `d-${crypto.randomBytes(16).toString('hex')}`, ip);
      expect((await invented.data(VIEW, { id: film.id })).recordFilmView).toMatchObject({ code: 'DEVICE_UNVERIFIED' });
      if (i % 10 === 0) expect((await invented.data(LIKE, { id: film.id })).likeFilm).toMatchObject({ code: 'DEVICE_UNVERIFIED' });
    }
    // A signature made up by the client is no signature.
    const forged = gql.as(null, `d-${crypto.randomBytes(16).toString('hex')}-${crypto.randomBytes(12).toString('hex')}`, ip);
    expect((await forged.data(VIEW, { id: film.id })).recordFilmView.code).toBe('DEVICE_UNVERIFIED');
    const otherSecret = gql.as(null, signDeviceId('another-secret', 'd-0123456789abcdef'), ip);
    expect((await otherSecret.data(VIEW, { id: film.id })).recordFilmView.code).toBe('DEVICE_UNVERIFIED');
    expect(await film.counts()).toEqual({ viewCount: 0, likeCount: 0 });

    // Asking the server for 300 signed ids from the same address.
    const answers = [];
    for (let i = 0; i < 300; i++) answers.push((await gql.request(REGISTER, { d: null }, { ip })).data!.registerDevice);
    const signed = answers.filter((a) => a.__typename === 'RegisteredDevice').map((a) => a.deviceId as string);
    expect(signed).toHaveLength(LIMITS.deviceIdPerIp.points);
    expect(answers.at(-1)).toMatchObject({ code: 'RATE_LIMITED' });
    for (const deviceId of signed) {
      expect((await gql.as(null, deviceId, ip).data(VIEW, { id: film.id })).recordFilmView.__typename).toBe('Film');
      expect((await gql.as(null, deviceId, ip).data(LIKE, { id: film.id })).likeFilm.__typename).toBe('Film');
    }
    expect(await film.counts()).toEqual({ viewCount: LIMITS.deviceIdPerIp.points, likeCount: LIMITS.deviceIdPerIp.points });
  });

  it('a like can be taken back once: unlike decrements only a like this viewer gave, and invented devices cannot unlike', async () => {
    const film = await newFilm('取消点赞影片');
    const ip = '203.0.113.40';
    const [a, b] = await Promise.all(['d-aaaaaaaaaaaaaaaa', 'd-bbbbbbbbbbbbbbbb'].map((d, i) => registeredDevice(gql, d, `203.0.113.4${i + 1}`)));
    const first = gql.as(null, a, ip);
    const second = gql.as(null, b, ip);
    expect((await first.data(LIKE, { id: film.id })).likeFilm.likeCount).toBe(1);
    expect((await second.data(LIKE, { id: film.id })).likeFilm.likeCount).toBe(2);
    // An unlike from a device that never liked changes nothing (it cannot take another's like away).
    const third = gql.as(null, await registeredDevice(gql, 'd-cccccccccccccccc', '203.0.113.43'), ip);
    expect((await third.data(UNLIKE, { id: film.id })).unlikeFilm).toMatchObject({ likeCount: 2, likedByViewer: false });
    // An invented or forged device cannot unlike either.
    const invented = gql.as(null, `d-${crypto.randomBytes(16).toString('hex')}`, ip);
    expect((await invented.data(UNLIKE, { id: film.id })).unlikeFilm).toMatchObject({ code: 'DEVICE_UNVERIFIED' });
    // The first device takes its like back: once, however often it asks.
    expect((await first.data(UNLIKE, { id: film.id })).unlikeFilm).toMatchObject({ likeCount: 1, likedByViewer: false });
    expect((await first.data(UNLIKE, { id: film.id })).unlikeFilm).toMatchObject({ likeCount: 1, likedByViewer: false });
    expect((await film.counts()).likeCount).toBe(1);
    // Liking again counts again, once.
    expect((await first.data(LIKE, { id: film.id })).likeFilm.likeCount).toBe(2);
    expect((await first.data(LIKE, { id: film.id })).likeFilm.likeCount).toBe(2);
    // Concurrent unlikes from the same device decrement once.
    const answers = await Promise.all([1, 2, 3, 4].map(() => first.data(UNLIKE, { id: film.id })));
    expect(answers.every((x) => x.unlikeFilm.__typename === 'Film')).toBe(true);
    expect(await film.counts()).toMatchObject({ likeCount: 1 });
    expect(await db.prisma.filmLike.count({ where: { film: { title: '取消点赞影片' } } })).toBe(1);
  });

  it('unlikes share the per-viewer like limit, so toggling cannot hammer the counter', async () => {
    const limits = new RateLimits(null, { ...LIMITS, likePerViewer: { points: 4, durationSeconds: 3600 } });
    const tight = graphqlClient(db, testServices({ TRUST_PROXY: '1' }, { rateLimits: limits }));
    try {
      const film = await newFilm('点赞限流影片');
      const official = await signInOfficial(tight);
      const viewer = tight.as(official.token, undefined, '203.0.113.50');
      const kinds = [];
      for (const q of [LIKE, UNLIKE, LIKE, UNLIKE, LIKE]) {
        const d = await viewer.data(q, { id: film.id });
        kinds.push((d.likeFilm ?? d.unlikeFilm).__typename);
      }
      expect(kinds).toEqual(['Film', 'Film', 'Film', 'Film', 'ActionRefused']);
      expect((await film.counts()).likeCount).toBe(0);
    } finally {
      await tight.services.close();
    }
  });

  it('views are limited per address, whoever records them', async () => {
    const limits = new RateLimits(null, { ...LIMITS, viewPerIp: { points: 3, durationSeconds: 3600 } });
    const tight = graphqlClient(db, testServices({ TRUST_PROXY: '1' }, { rateLimits: limits }));
    try {
      const films = await Promise.all([1, 2, 3, 4].map((n) => newFilm(`按地址限流影片${n}`)));
      const official = await signInOfficial(tight);
      const ip = '203.0.113.20';
      const viewer = tight.as(official.token, undefined, ip);
      const answers = [];
      for (const film of films) answers.push((await viewer.data(VIEW, { id: film.id })).recordFilmView);
      expect(answers.slice(0, 3).map((a) => a.__typename)).toEqual(['Film', 'Film', 'Film']);
      expect(answers[3]).toMatchObject({ __typename: 'ActionRefused', code: 'RATE_LIMITED' });
      expect((await films[3].counts()).viewCount).toBe(0);
      // Another address is not affected.
      expect((await tight.as(official.token, undefined, '203.0.113.21').data(VIEW, { id: films[3].id })).recordFilmView.__typename).toBe('Film');
    } finally {
      await tight.services.close();
    }
  });

  it('a device keeps its conversations, likes and resume position when it registers', async () => {
    const own = `d-${crypto.randomBytes(16).toString('hex')}`;
    const before = gql.as(null, own);
    await before.data(SendInquiryMessageDocument, { text: '注册设备之前的咨询', clientKey: crypto.randomUUID() });
    const film = await newFilm('设备续看影片');
    await before.data(`mutation($id: ID!) { recordFilmProgress(id: $id, positionSeconds: 12) { __typename } }`, { id: film.id });

    const signed = await registeredDevice(gql, own, '203.0.113.30');
    expect(signed.startsWith(`${own}-`)).toBe(true);
    // Registering again with the signed id gives it back without spending the address's allowance.
    expect(await registeredDevice(gql, signed, '203.0.113.30')).toBe(signed);
    const after = gql.as(null, signed);
    const { myInquiries } = await after.data(MyInquiriesDocument);
    expect(myInquiries.map((i: { subject: string }) => i.subject)).toContain('注册设备之前的咨询');
    expect((await after.data(`query($id: ID!) { film(id: $id) { resumeAt } }`, { id: film.id })).film.resumeAt).toBe(12);
    expect((await after.data(VIEW, { id: film.id })).recordFilmView.viewCount).toBe(1);
    // Signed under another secret (APP_SECRET changed): still the same device, but its views do not count.
    const stale = gql.as(null, signDeviceId('the-old-secret', own));
    expect((await stale.data(MyInquiriesDocument)).myInquiries.map((i: { subject: string }) => i.subject)).toContain('注册设备之前的咨询');
    expect((await stale.data(VIEW, { id: film.id })).recordFilmView.code).toBe('DEVICE_UNVERIFIED');
  });
});
