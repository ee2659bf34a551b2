// The S3 media store against s3rver, a local server that speaks the S3 protocol (no cloud here).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3MediaStore } from '../../server/src/modules/media/s3-media-store.js';
import { makeTestClip } from '../../server/src/modules/films/sample-films.js';
import { probeFilm } from '../../server/src/modules/media/probe.js';
import { transcode } from '../../server/src/modules/media/transcode.js';

process.env.TRANSCODE_PRESET ??= 'ultrafast';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-s3-'));
let server: S3rver;
let store: S3MediaStore;
let endpoint: string;

beforeAll(async () => {
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: path.join(tmp, 'buckets'),
    configureBuckets: [{ name: 'media', configs: [] }],
  });
  const { port } = (await server.run()) as unknown as { port: number };
  endpoint = `http://127.0.0.1:${port}`;
  store = new S3MediaStore({
    endpoint,
    region: 'us-east-1',
    bucket: 'media',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    publicUrl: `${endpoint}/media`,
    forcePathStyle: true,
  });
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('S3 media store', () => {
  it('publishes a transcoded film folder with content types and immutable caching, and removes it', async () => {
    const clip = path.join(tmp, 'clip.mp4');
    await makeTestClip(clip, { seconds: 3, width: 320, height: 240 });
    const out = path.join(tmp, 'out');
    await transcode(clip, out, await probeFilm(clip), () => {});
    await store.putFolder(out, 'films/f1/rev1');
    expect(fs.existsSync(out)).toBe(false); // moved, not copied

    const master = await fetch(store.url('films/f1/rev1/master.m3u8'));
    expect(master.status).toBe(200);
    expect(master.headers.get('content-type')).toBe('application/vnd.apple.mpegurl');
    expect(master.headers.get('cache-control')).toContain('immutable');
    expect(await master.text()).toContain('720p/index.m3u8');
    const segment = await fetch(store.url('films/f1/rev1/360p/seg_000.ts'));
    expect(segment.headers.get('content-type')).toBe('video/mp2t');
    await segment.arrayBuffer();
    const mp4 = await fetch(store.url('films/f1/rev1/film.mp4'), { headers: { range: 'bytes=0-99' } });
    expect(mp4.status).toBe(206);
    expect((await mp4.arrayBuffer()).byteLength).toBe(100);

    await store.remove('films/f1/rev1');
    expect((await fetch(store.url('films/f1/rev1/master.m3u8'))).status).toBe(404);
  }, 60_000);

  it('stores a single file (subtitles)', async () => {
    const file = path.join(tmp, 'zh.vtt');
    fs.writeFileSync(file, 'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n产业名片\n');
    await store.putFile(file, 'subtitles/f1/zh-CN.vtt');
    const res = await fetch(store.url('subtitles/f1/zh-CN.vtt'));
    expect(res.headers.get('content-type')).toContain('text/vtt');
    expect(await res.text()).toContain('产业名片');
  });
});
