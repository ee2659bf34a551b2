// Issue 15, content: a card's logo and cover image uploaded by staff (real images only, audited as
// an edit), and films edited after upload: titles and card, a poster frame chosen by time (real
// ffmpeg), and their order within a card. Non-staff are refused.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { makeTestClip } from '../../server/src/modules/films/sample-films.js';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient } from '../support/graphql.js';
import { signInOfficial, signInStaff } from '../support/accounts.js';
import { postUpload, uploadForm } from '../support/applications.js';

let db: TestDatabase;
let gql: ReturnType<typeof graphqlClient>;
let staff: string;
let official: string;
let card: { id: string; localId: string; slug: string };
let other: { id: string; localId: string };

beforeAll(async () => {
  db = await openTestDatabase();
  gql = graphqlClient(db);
  staff = (await signInStaff(gql, db, 'STAFF')).token;
  official = (await signInOfficial(gql)).token;
  const [a, b] = await db.prisma.card.findMany({ where: { status: 'PUBLISHED' }, orderBy: { slug: 'asc' }, take: 2 });
  card = { id: encodeGlobalID('Card', a.id), localId: a.id, slug: a.slug };
  other = { id: encodeGlobalID('Card', b.id), localId: b.id };
});
afterAll(async () => {
  await gql?.services.close();
  await db?.close();
});

const mediaFile = (url: string) => path.join(gql.services.config.mediaDir, decodeURIComponent(url.replace(/^\/media\//, '')));

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const WEBP = new Uint8Array([0x52, 0x49, 0x46, 0x46, 8, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38, 0x20]);
const GIF = new TextEncoder().encode('GIF89a....');

const IMAGE = `mutation($cardId: ID!, $kind: CardImageKind!, $file: File!) { uploadCardImage(cardId: $cardId, kind: $kind, file: $file) {
  __typename ... on Card { version logoUrl coverUrl } ... on ValidationError { fieldErrors { field code } } ... on Error { code message } } }`;
const uploadImage = (kind: string, bytes: Uint8Array, name: string, token = staff, type = 'image/png') =>
  postUpload(gql.yoga, 'http://localhost/graphql', uploadForm(IMAGE, { cardId: card.id, kind }, new Blob([bytes], { type }), name), token);

describe('card images', () => {
  it('stores a real PNG or WebP as the logo or cover, as an audited edit of the card', async () => {
    const logo = (await uploadImage('LOGO', PNG, 'logo.png')).data.uploadCardImage;
    expect(logo.__typename).toBe('Card');
    expect(logo.logoUrl).toMatch(new RegExp(`^/media/cards/${card.localId}/logo-[0-9a-f-]+\\.png$`));
    expect(new Uint8Array(fs.readFileSync(mediaFile(logo.logoUrl)))).toEqual(PNG);
    const cover = (await uploadImage('COVER', WEBP, 'cover.webp', staff, 'image/webp')).data.uploadCardImage;
    expect(cover.coverUrl).toMatch(/\/cover-[0-9a-f-]+\.webp$/);
    expect(cover.logoUrl).toBe(logo.logoUrl);

    // The public card shows them.
    const { card: pub } = await gql.data(`query($slug: String!) { card(slug: $slug) { logoUrl coverUrl } }`, { slug: card.slug });
    expect(pub).toEqual({ logoUrl: logo.logoUrl, coverUrl: cover.coverUrl });
    const { cardVersions } = await gql.as(staff).data(`query($id: ID!) { cardVersions(cardId: $id) { action changes { field after } } }`, { id: card.id });
    expect(cardVersions[0].changes).toEqual([{ field: 'coverUrl', after: cover.coverUrl }]);
    const entries = await db.prisma.auditEntry.findMany({ where: { action: 'card.update', subjectId: card.localId }, orderBy: { createdAt: 'asc' } });
    expect(entries.map((e) => e.after)).toEqual([{ logoUrl: logo.logoUrl }, { coverUrl: cover.coverUrl }]);
  });

  it('refuses other files, oversized ones, and anyone but staff, storing nothing', async () => {
    const before = await db.prisma.card.findUniqueOrThrow({ where: { id: card.localId }, select: { version: true, logoUrl: true } });
    const gif = (await uploadImage('LOGO', GIF, 'a.gif', staff, 'image/gif')).data.uploadCardImage;
    expect(gif).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ field: 'file', code: 'NOT_IMAGE' }] });
    const fake = (await uploadImage('LOGO', new TextEncoder().encode('<svg onload=alert(1)>'), 'x.png')).data.uploadCardImage;
    expect(fake).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ field: 'file', code: 'NOT_IMAGE' }] });
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(PNG);
    const tooBig = (await uploadImage('COVER', big, 'big.png')).data.uploadCardImage;
    expect(tooBig).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ field: 'file', code: 'FILE_TOO_LARGE' }] });
    const byOfficial = await uploadImage('LOGO', PNG, 'logo.png', official);
    expect(byOfficial.errors?.[0].message).toMatch(/没有权限|Not allowed/);
    expect(await db.prisma.card.findUniqueOrThrow({ where: { id: card.localId }, select: { version: true, logoUrl: true } })).toEqual(before);
  });
});

const FILM = 'id title titleEn position posterUrl posterSeconds card { id }';
const UPDATE_FILM = `mutation($input: UpdateFilmInput!) { updateFilm(input: $input) {
  __typename ... on Film { ${FILM} } ... on ValidationError { fieldErrors { field code } } ... on Error { code message } } }`;
const POSTER = `mutation($id: ID!, $s: Float!) { setFilmPosterFrame(id: $id, seconds: $s) {
  __typename ... on Film { ${FILM} } ... on ValidationError { fieldErrors { field code } } ... on Error { code message } } }`;
const REORDER = `mutation($cardId: ID!, $ids: [ID!]!) { reorderCardFilms(cardId: $cardId, filmIds: $ids) {
  __typename ... on MutationReorderCardFilmsSuccess { data { id position } } ... on ValidationError { fieldErrors { field code } } ... on Error { code message } } }`;

async function film(cardId: string, title: string, mediaPrefix: string | null = null) {
  const row = await db.prisma.film.create({
    data: { cardId, title, status: 'PUBLISHED', publishedAt: new Date(), jobState: 'READY', durationSeconds: 4, mediaPrefix: mediaPrefix ?? `films/${title}/v1` },
  });
  return encodeGlobalID('Film', row.id);
}

describe('films', () => {
  it('staff change the titles and the card; the trail keeps before and after', async () => {
    const id = await film(card.localId, 'edit-me');
    const r = (await gql.as(staff).data(UPDATE_FILM, { input: { id, title: '  新片名 ', titleEn: 'New title', cardId: other.id } })).updateFilm;
    expect(r).toMatchObject({ __typename: 'Film', title: '新片名', titleEn: 'New title', card: { id: other.id } });
    const entry = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: 'film.update' } });
    expect([entry.before, entry.after]).toEqual([
      { title: 'edit-me', titleEn: null, cardId: card.localId },
      { title: '新片名', titleEn: 'New title', cardId: other.localId },
    ]);
    const blank = (await gql.as(staff).data(UPDATE_FILM, { input: { id, title: ' ', titleEn: 'x'.repeat(121) } })).updateFilm;
    expect(blank.fieldErrors).toEqual([
      { field: 'title', code: 'REQUIRED' },
      { field: 'titleEn', code: 'TOO_LONG' },
    ]);
    const noCard = (await gql.as(staff).data(UPDATE_FILM, { input: { id, cardId: encodeGlobalID('Card', 'nope') } })).updateFilm;
    expect(noCard).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ field: 'cardId', code: 'NOT_FOUND' }] });
    const byOfficial = await gql.as(official).request(UPDATE_FILM, { input: { id, title: '偷改' } });
    expect(byOfficial.errors?.[0].message).toMatch(/没有权限|Not allowed/);
    expect((await db.prisma.film.findFirstOrThrow({ where: { title: '新片名' } })).cardId).toBe(other.localId);
  });

  it('a poster frame chosen by time is cut from the film with ffmpeg', async () => {
    const prefix = 'films/poster-test/v1';
    const mp4 = path.join(gql.services.config.mediaDir, prefix, 'film.mp4');
    fs.mkdirSync(path.dirname(mp4), { recursive: true });
    await makeTestClip(mp4, { seconds: 4, width: 320, height: 180, audio: false });
    const id = await film(card.localId, 'poster', prefix);

    const r = (await gql.as(staff).data(POSTER, { id, s: 2.5 })).setFilmPosterFrame;
    expect(r).toMatchObject({ __typename: 'Film', posterSeconds: 2.5 });
    expect(r.posterUrl).toMatch(/^\/media\/films\/poster-test\/v1\/poster-[0-9a-f]{8}\.jpg$/);
    const jpeg = fs.readFileSync(mediaFile(r.posterUrl));
    expect([...jpeg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);

    // Another frame replaces it (the earlier file goes); a time outside the film is refused.
    const again = (await gql.as(staff).data(POSTER, { id, s: 1 })).setFilmPosterFrame;
    expect(again.posterUrl).not.toBe(r.posterUrl);
    expect(fs.existsSync(mediaFile(r.posterUrl))).toBe(false);
    const late = (await gql.as(staff).data(POSTER, { id, s: 10 })).setFilmPosterFrame;
    expect(late).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ field: 'seconds', code: 'OUT_OF_RANGE' }] });
    const byOfficial = await gql.as(official).request(POSTER, { id, s: 1 });
    expect(byOfficial.errors?.[0].message).toMatch(/没有权限|Not allowed/);
    const entries = await db.prisma.auditEntry.findMany({ where: { action: 'film.poster' }, orderBy: { createdAt: 'asc' } });
    expect(entries.map((e) => [e.before, e.after])).toEqual([
      [{ posterSeconds: null }, { posterSeconds: 2.5 }],
      [{ posterSeconds: 2.5 }, { posterSeconds: 1 }],
    ]);
  });

  it('staff order the films of a card; the public card lists them in that order', async () => {
    const fresh = await db.prisma.card.create({
      data: { slug: `order-${process.pid}`, title: '排序测试', tier: 'FEATURED', themes: [], regionCode: '130600', industries: ['测试'], clusters: [], status: 'PUBLISHED', publishedAt: new Date() },
    });
    const cardId = encodeGlobalID('Card', fresh.id);
    const a = await film(fresh.id, 'order-a');
    const b = await film(fresh.id, 'order-b');
    const c = await film(fresh.id, 'order-c');
    const r = (await gql.as(staff).data(REORDER, { cardId, ids: [c, a, b] })).reorderCardFilms;
    expect(r.data).toEqual([
      { id: c, position: 0 },
      { id: a, position: 1 },
      { id: b, position: 2 },
    ]);
    const { card: pub } = await gql.data(`query($slug: String!) { card(slug: $slug) { films { id } } }`, { slug: fresh.slug });
    expect(pub.films.map((f: { id: string }) => f.id)).toEqual([c, a, b]);

    const missing = (await gql.as(staff).data(REORDER, { cardId, ids: [a, b] })).reorderCardFilms;
    expect(missing).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ field: 'filmIds', code: 'NOT_ALL_FILMS' }] });
    const twice = (await gql.as(staff).data(REORDER, { cardId, ids: [a, a, b] })).reorderCardFilms;
    expect(twice.__typename).toBe('ValidationError');
    const byOfficial = await gql.as(official).request(REORDER, { cardId, ids: [a, b, c] });
    expect(byOfficial.errors?.[0].message).toMatch(/没有权限|Not allowed/);
    expect((await gql.data(`query($slug: String!) { card(slug: $slug) { films { id } } }`, { slug: fresh.slug })).card.films.map((f: { id: string }) => f.id)).toEqual([c, a, b]);
    const entry = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: 'film.reorder', subjectId: fresh.id } });
    expect((entry.after as { filmIds: string[] }).filmIds).toHaveLength(3);
  });

  it('unpublishing a film takes it off the public card (audited)', async () => {
    const id = await film(card.localId, 'unpublish-me');
    const r = (await gql.as(staff).data(`mutation($id: ID!) { unpublishFilm(id: $id) { __typename ... on Film { published } } }`, { id })).unpublishFilm;
    expect(r).toEqual({ __typename: 'Film', published: false });
    const { card: pub } = await gql.data(`query($slug: String!) { card(slug: $slug) { films { id } } }`, { slug: card.slug });
    expect(pub.films.map((f: { id: string }) => f.id)).not.toContain(id);
    expect(await db.prisma.auditEntry.count({ where: { action: 'film.unpublish' } })).toBe(1);
  });
});

