// Films with real ffmpeg: uploads checked by ffprobe, transcoding, media over HTTP, public visibility.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listen, type AppServer } from '../../server/src/http/server.js';
import { FilmJobs } from '../../server/src/modules/films/film-jobs.js';
import { makeTestClip } from '../../server/src/modules/films/sample-films.js';
import { FFMPEG, FFPROBE, run } from '../../server/src/modules/media/ffmpeg.js';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient, registeredDevice, testServices } from '../support/graphql.js';
import { signInStaff } from '../support/accounts.js';
import { tusUpload } from '../support/tus.js';

process.env.TRANSCODE_PRESET ??= 'ultrafast';

let db: TestDatabase;
let app: AppServer;
let gql: ReturnType<typeof graphqlClient>;
let jobs: FilmJobs;
let staffToken: string;
let cardId: string;
const clips = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-clips-'));

beforeAll(async () => {
  db = await openTestDatabase();
  const services = testServices({ PORT: '0' });
  jobs = new FilmJobs({ prisma: db.prisma, sources: services.privateFiles, media: services.media, pollMs: 200 });
  services.filmJobs = jobs;
  await jobs.start();
  app = await listen(db, services.config, services);
  gql = graphqlClient(db, services);
  staffToken = (await signInStaff(gql, db)).token;
  cardId = (await db.prisma.card.findFirstOrThrow({ where: { status: 'PUBLISHED' }, orderBy: { slug: 'asc' } })).id;
}, 120_000);
afterAll(async () => {
  await jobs?.stop();
  await app?.close();
  await db?.close();
  fs.rmSync(clips, { recursive: true, force: true });
});

/** Every file under the server's private and media folders. */
function storedFiles(): string[] {
  const walk = (dir: string): string[] =>
    fs.existsSync(dir)
      ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
      : [];
  return [...walk(gql.services.config.privateDir), ...walk(gql.services.config.mediaDir)];
}

function waitForFilm(filmId: string, done: (f: any) => boolean, timeoutMs = 120_000) {
  return vi.waitFor(
    async () => {
      const film = await db.prisma.film.findUniqueOrThrow({ where: { id: filmId } });
      if (!done(film)) throw new Error(`film ${filmId} stuck in ${film.jobState} (${film.jobError})`);
      return film;
    },
    { timeout: timeoutMs, interval: 300 },
  );
}

const globalId = (id: string) => Buffer.from(`Film:${id}`).toString('base64');

describe('upload and transcode (real ffmpeg)', () => {
  it('turns a 20-second clip into a ready film with both HLS renditions, MP4 and poster', async () => {
    const clip = path.join(clips, 'twenty.mp4');
    await makeTestClip(clip, { seconds: 20, title: '测试片', width: 1280, height: 720 });
    const up = await tusUpload(app.url, clip, { cardId, title: '二十秒测试片', titleEn: 'Twenty seconds' }, staffToken);
    expect(up.status).toBe(200);
    const { filmId } = JSON.parse(up.body);
    const film = await waitForFilm(filmId, (f) => f.jobState === 'READY' || f.jobState === 'FAILED');
    expect(film.jobState, film.jobError ?? '').toBe('READY');
    expect(film.durationSeconds).toBeCloseTo(20, 0);
    expect(film.sourceKey).toBeNull(); // the source is gone once transcoded

    const { film: view } = await gql
      .as(staffToken)
      .data(`query($id: ID!) { film(id: $id) { hlsUrl mp4Url posterUrl durationSeconds job { state progress } } }`, { id: globalId(filmId) });
    expect(view.job).toEqual({ state: 'READY', progress: 100 });
    const master = await (await fetch(`${app.url}${view.hlsUrl}`)).text();
    expect(master).toContain('360p/index.m3u8');
    expect(master).toContain('720p/index.m3u8');
    for (const rendition of ['360p', '720p']) {
      const playlist = await (await fetch(new URL(`${rendition}/index.m3u8`, `${app.url}${view.hlsUrl}`))).text();
      const segments = playlist.split('\n').filter((l) => l.endsWith('.ts'));
      expect(segments.length).toBeGreaterThanOrEqual(4); // 20 s in segments of about 4 s
      const seg = await fetch(new URL(`${rendition}/${segments[0]}`, `${app.url}${view.hlsUrl}`));
      expect(seg.status).toBe(200);
      expect(seg.headers.get('cache-control')).toContain('immutable');
    }
    const probe = JSON.parse(await run(FFPROBE, ['-v', 'error', '-print_format', 'json', '-show_streams', `${app.url}${view.mp4Url}`]));
    expect(probe.streams.find((s: any) => s.codec_type === 'video').height).toBe(720);
    const poster = await fetch(`${app.url}${view.posterUrl}`);
    expect(poster.headers.get('content-type')).toBe('image/jpeg');
  }, 180_000);

  const refusals: [string, (file: string) => Promise<void>, RegExp][] = [
    ['a clip over 3 minutes (181.5 s)', (f) => makeTestClip(f, { seconds: 181.5, width: 64, height: 64, audio: false }), /超过 3 分钟上限/],
    [
      'an audio-only file',
      (f) => run(FFMPEG, ['-y', '-v', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440', '-t', '5', '-c:a', 'aac', f]).then(() => {}),
      /只有声音，没有视频画面/,
    ],
    ['a text file renamed .mp4', (f) => fs.promises.writeFile(f, '这不是视频，只是一段文字。\n'.repeat(50)), /无法识别为视频文件/],
    ['an empty file', (f) => fs.promises.writeFile(f, ''), /文件是空的/],
  ];

  it.each(refusals)(
    'refuses %s with a specific reason, and keeps nothing',
    async (_name, make, reason) => {
      const file = path.join(clips, `refused-${Math.random().toString(36).slice(2)}.mp4`);
      await make(file);
      const filesBefore = storedFiles();
      const filmsBefore = await db.prisma.film.count();
      const up = await tusUpload(app.url, file, { cardId, title: '应被拒绝' }, staffToken);
      expect(up.status).toBe(422);
      expect(JSON.parse(up.body).message).toMatch(reason);
      expect(await db.prisma.film.count()).toBe(filmsBefore);
      expect(storedFiles()).toEqual(filesBefore);
    },
    60_000,
  );

  it('takes uploads from staff only', async () => {
    const file = path.join(clips, 'short.mp4');
    await makeTestClip(file, { seconds: 1, width: 64, height: 64 });
    expect((await tusUpload(app.url, file, { cardId, title: 'x' }, 'not-a-valid-token-at-all-xxxxxxxxxx')).status).toBe(403);
  });
});

describe('media over HTTP', () => {
  it('answers a Range request with exactly the bytes asked for', async () => {
    const file = path.join(gql.services.config.mediaDir, 'films', 'range-test', 'film.mp4');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await makeTestClip(file, { seconds: 2, width: 64, height: 64 });
    const res = await fetch(`${app.url}/media/films/range-test/film.mp4`, { headers: { range: 'bytes=0-99' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-type')).toBe('video/mp4');
    expect(res.headers.get('content-range')).toMatch(/^bytes 0-99\/\d+$/);
    const body = new Uint8Array(await res.arrayBuffer());
    expect(body.length).toBe(100);
    expect(Buffer.from(body).equals(fs.readFileSync(file).subarray(0, 100))).toBe(true);
  });

  it.each([
    '/media/../package.json',
    '/media/..%2f..%2fpackage.json',
    '/media/%2e%2e/%2e%2e/package.json',
    '/media/%2e%2e%2f%2e%2e%2fpackage.json',
    '/media/films/..%5c..%5cpackage.json',
    '/media//etc/passwd',
    '/media/%252e%252e/package.json',
  ])('never serves a file outside the media folder: %s', async (target) => {
    // Raw HTTP: fetch would normalise the dots away before sending.
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL(app.url);
      http
        .get({ host: url.hostname, port: url.port, path: target }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
        .on('error', reject);
    });
    expect([400, 404]).toContain(status);
  });
});

describe('films in the API', () => {
  it('shows the public only published films of published cards', async () => {
    const cards = await db.prisma.card.findMany({ where: { status: 'PUBLISHED' }, take: 2, orderBy: { slug: 'desc' } });
    const draftCard = await db.prisma.card.create({
      data: { slug: 'film-draft-card', title: '草稿名片', tier: 'FEATURED', regionCode: cards[0].regionCode, industries: ['测试'], status: 'DRAFT' },
    });
    const make = (data: { cardId: string; status: 'DRAFT' | 'PUBLISHED'; title: string; jobState?: 'READY' | 'QUEUED' }) =>
      db.prisma.film.create({ data: { ...data, jobState: data.jobState ?? 'READY', mediaPrefix: 'films/x/y', durationSeconds: 30, publishedAt: new Date() } });
    const visible = await make({ cardId: cards[0].id, status: 'PUBLISHED', title: '公开影片' });
    const hidden = [
      await make({ cardId: cards[0].id, status: 'DRAFT', title: '未发布影片' }),
      await make({ cardId: draftCard.id, status: 'PUBLISHED', title: '草稿名片的影片' }),
      await make({ cardId: cards[1].id, status: 'PUBLISHED', title: '未转码影片', jobState: 'QUEUED' }),
    ];
    const anon = gql.as(null);
    const list = await anon.data(`{ films(first: 50) { totalCount edges { node { id title } } } }`);
    const ids = list.films.edges.map((e: any) => e.node.id);
    expect(ids).toContain(globalId(visible.id));
    for (const h of hidden) {
      expect(ids).not.toContain(globalId(h.id));
      expect((await anon.data(`query($id: ID!) { film(id: $id) { id } }`, { id: globalId(h.id) })).film).toBeNull();
      expect((await anon.data(`query($id: ID!) { node(id: $id) { id } }`, { id: globalId(h.id) })).node).toBeNull();
    }
    const byCard = await anon.data(
      `query($slug: String!) { films(first: 10, cardSlug: $slug) { edges { node { title card { slug } } } } card(slug: $slug) { films { title } } }`,
      { slug: cards[0].slug },
    );
    expect(byCard.films.edges.map((e: any) => e.node.title)).toEqual(['公开影片']);
    expect(byCard.card.films.map((f: any) => f.title)).toEqual(['公开影片']);
    // Staff see all of them.
    const staffList = await gql.as(staffToken).data(`{ films(first: 50) { edges { node { id } } } }`);
    for (const h of hidden) expect(staffList.films.edges.map((e: any) => e.node.id)).toContain(globalId(h.id));
    expect((await anon.request(`mutation($id: ID!) { publishFilm(id: $id) { __typename } }`, { id: globalId(hidden[0].id) })).errors?.[0].message).toMatch(
      /没有权限/,
    );
  });

  it('counts a like once per viewer and a view once per viewer and day, and remembers the position', async () => {
    const film = await db.prisma.film.findFirstOrThrow({ where: { title: '公开影片' } });
    const id = globalId(film.id);
    const device = (deviceId: string) => ({
      data: async (query: string, variables: Record<string, unknown>) => {
        const res = await gql.yoga.fetch('http://localhost/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-device-id': deviceId },
          body: JSON.stringify({ query, variables }),
        });
        return ((await res.json()) as any).data;
      },
    });
    // Signed out, views and likes count only with device ids the server signed (registerDevice).
    const a = device(await registeredDevice(gql, 'device-aaaaaaaa'));
    const b = device(await registeredDevice(gql, 'device-bbbbbbbb'));
    const like = `mutation($id: ID!) { likeFilm(id: $id) { __typename ... on Film { likeCount likedByViewer } } }`;
    expect((await a.data(like, { id })).likeFilm).toMatchObject({ likeCount: 1, likedByViewer: true });
    expect((await a.data(like, { id })).likeFilm).toMatchObject({ likeCount: 1 });
    expect((await b.data(like, { id })).likeFilm).toMatchObject({ likeCount: 2 });
    const view = `mutation($id: ID!) { recordFilmView(id: $id) { __typename ... on Film { viewCount } } }`;
    expect((await a.data(view, { id })).recordFilmView.viewCount).toBe(1);
    expect((await a.data(view, { id })).recordFilmView.viewCount).toBe(1);
    expect((await b.data(view, { id })).recordFilmView.viewCount).toBe(2);
    const progress = `mutation($id: ID!, $p: Float!) { recordFilmProgress(id: $id, positionSeconds: $p) { __typename ... on MutationRecordFilmProgressSuccess { data } } }`;
    await a.data(progress, { id, p: 12.5 });
    expect((await a.data(`query($id: ID!) { film(id: $id) { resumeAt } }`, { id })).film.resumeAt).toBe(12.5);
    expect((await b.data(`query($id: ID!) { film(id: $id) { resumeAt } }`, { id })).film.resumeAt).toBe(0);
    await a.data(progress, { id, p: 29 }); // within 3 s of the end: finished, start over next time
    expect((await a.data(`query($id: ID!) { film(id: $id) { resumeAt } }`, { id })).film.resumeAt).toBe(0);
    // Without any identity a like is refused with a reason.
    const anonymous = await gql.as(null).data(like, { id });
    expect(anonymous.likeFilm).toMatchObject({ __typename: 'ActionRefused' });
  });

  /** Sends a subtitle file as the staff's browser does (GraphQL multipart). */
  const attachSubtitle = async (filmId: string, text: string, language = 'zh-CN', fileName = 'subs.vtt') => {
    const form = new FormData();
    form.set(
      'operations',
      JSON.stringify({
        query: `mutation($id: ID!, $l: String!, $f: File!) { attachFilmSubtitle(id: $id, language: $l, file: $f) { __typename ... on Film { subtitles { language url } } ... on ValidationError { fieldErrors { field message } } } }`,
        variables: { id: globalId(filmId), l: language, f: null },
      }),
    );
    form.set('map', JSON.stringify({ 0: ['variables.f'] }));
    form.set('0', new Blob([text], { type: fileName.endsWith('.srt') ? 'application/x-subrip' : 'text/vtt' }), fileName);
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', body: form, headers: { authorization: `Bearer ${staffToken}` } });
    return ((await res.json()) as any).data.attachFilmSubtitle;
  };

  it('refuses subtitles that are neither WebVTT nor SRT and serves valid ones', async () => {
    const film = await db.prisma.film.findFirstOrThrow({ where: { title: '公开影片' } });
    const attach = (text: string, language = 'zh-CN') => attachSubtitle(film.id, text, language);
    expect((await attach('Just some words\nnot subtitles\n')).fieldErrors[0].message).toContain('WebVTT');
    expect((await attach('WEBVTT\n\n00:01.000 --> bad\n文字\n')).fieldErrors[0].message).toContain('时间轴');
    expect((await attach('WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n文字\n', 'fr')).fieldErrors[0].message).toContain('zh-CN 或 en');
    const ok = await attach('WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n东莞制造\n');
    expect(ok.__typename).toBe('Film');
    const res = await fetch(`${app.url}${ok.subtitles[0].url}`);
    expect(res.headers.get('content-type')).toContain('text/vtt');
    expect(await res.text()).toContain('东莞制造');
  });

  it('converts SRT subtitles to WebVTT, and refuses a malformed SRT file naming its line', async () => {
    const film = await db.prisma.film.findFirstOrThrow({ where: { title: '公开影片' } });
    const srt =
      '\uFEFF1\r\n00:00:01,000 --> 00:00:03,500\r\n<font color="#ffffff">东莞制造</font>\r\n第二行\r\n\r\n2\r\n00:00:04,000 --> 00:01:02,250\r\nMade in Dongguan\r\n';
    const ok = await attachSubtitle(film.id, srt, 'en', 'film.srt');
    expect(ok.__typename).toBe('Film');
    const en = ok.subtitles.find((s: any) => s.language === 'en');
    const res = await fetch(`${app.url}${en.url}`);
    expect(res.headers.get('content-type')).toContain('text/vtt');
    expect(await res.text()).toBe('WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.500\n东莞制造\n第二行\n\n2\n00:00:04.000 --> 00:01:02.250\nMade in Dongguan\n');
    // The public film page gets the converted file too.
    const shown = (await gql.data(`query($id: ID!) { film(id: $id) { subtitles { language url } } }`, { id: globalId(film.id) })).film.subtitles;
    expect(shown).toContainEqual({ language: 'en', url: en.url });

    const malformed = [
      // line 6: the timing uses a single arrow
      ['1\n00:00:01,000 --> 00:00:02,000\nHello\n\n2\n00:00:03,000 -> 00:00:04,000\nWorld\n', 6, '时间轴格式不正确'],
      // line 5: text where the next cue number belongs
      ['1\n00:00:01,000 --> 00:00:02,000\nHello\n\nWorld\n', 5, '字幕序号'],
      // line 2: ends before it starts
      ['1\n00:00:05,000 --> 00:00:02,000\nHello\n', 2, '结束时间早于开始时间'],
      // line 4: a cue without its blank line
      ['1\n00:00:01,000 --> 00:00:02,000\nHello\n00:00:03,000 --> 00:00:04,000\n', 4, '缺少空行'],
    ] as const;
    for (const [text, line, reason] of malformed) {
      const refused = await attachSubtitle(film.id, text, 'en', 'bad.srt');
      expect(refused.__typename).toBe('ValidationError');
      expect(refused.fieldErrors[0]).toMatchObject({ field: 'file' });
      expect(refused.fieldErrors[0].message).toContain(`第 ${line} 行`);
      expect(refused.fieldErrors[0].message).toContain(`line ${line}`);
      expect(refused.fieldErrors[0].message).toContain(reason);
    }
    // A refused file leaves the stored subtitles as they were.
    const after = (await gql.data(`query($id: ID!) { film(id: $id) { subtitles { language url } } }`, { id: globalId(film.id) })).film.subtitles;
    expect(after).toContainEqual({ language: 'en', url: en.url });
  });
});
