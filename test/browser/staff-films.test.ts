// Staff manage a card's micro-documentaries on H5: an audio-only file is refused with the server's
// reason, a short clip goes up with tus, is transcoded (the page polls), gets published and then
// shows in the public film list.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { phoneContext, screenshot } from '../support/browser.js';
import { browserSuite, signInStaffOnH5 } from '../support/browser-suite.js';
import { FFMPEG, run } from '../../server/src/modules/media/ffmpeg.js';
import { makeTestClip } from '../../server/src/modules/films/sample-films.js';

const STAFF = { username: 'films-staff', password: 'Films-staff-2025!' };
const FILM_TITLE = '德化白瓷三分钟';

let tmp: string;
const suite = browserSuite({ accounts: [STAFF], env: { SAMPLE_FILMS: '0', TRANSCODE_PRESET: 'ultrafast' } }, () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'staff-films-'));
  return Promise.all([
    run(FFMPEG, ['-y', '-v', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440', '-t', '3', '-c:a', 'aac', path.join(tmp, 'audio-only.m4a')]),
    makeTestClip(path.join(tmp, 'clip.mp4'), { seconds: 3, width: 320, height: 240 }),
    makeTestClip(path.join(tmp, 'long-clip.mp4'), { seconds: 20, width: 1280, height: 720 }),
  ]);
});
afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});
const gql = suite.query;
const signInStaff = (page: Page) => signInStaffOnH5(page, suite.server, STAFF);

describe('H5 staff film management', () => {
  it('refuses an audio-only file, uploads a clip, follows transcoding and publishes it', async () => {
    const { cards } = await gql(`{ cards(first: 1) { edges { node { id slug title } } } }`);
    const card = cards.edges[0].node as { id: string; slug: string; title: string };
    const before = await gql(`query($slug: String) { films(first: 50, cardSlug: $slug) { totalCount } }`, { slug: card.slug });
    expect(before.films.totalCount).toBe(0);

    const context = await phoneContext(suite.browser);
    const page = await context.newPage();
    // Staff sign in through the UI.
    await signInStaff(page);

    await page.goto(`${suite.server.url}/pages/staff/films/index?cardId=${encodeURIComponent(card.id)}&slug=${encodeURIComponent(card.slug)}`);
    await page.locator('.film-upload-submit').waitFor();

    // Local check first: the title is required.
    await page.locator('.film-upload-submit').click();
    await expect.poll(() => page.locator('.film-upload-error').innerText()).toBe('请填写影片标题');

    // Audio only: the server's refusal shows near the form, and no film is recorded.
    await page.locator('.film-upload-title input').fill('只有声音');
    await page.locator('.film-upload-input').setInputFiles(path.join(tmp, 'audio-only.m4a'));
    await page.locator('.film-upload-submit').click();
    await expect.poll(() => page.locator('.film-upload-error').innerText(), { timeout: 30_000 }).toBe('文件只有声音，没有视频画面');
    expect(await page.locator('.staff-film-item').count()).toBe(0);

    // A real clip.
    await page.locator('.film-upload-title input').fill(FILM_TITLE);
    await page.locator('.film-upload-input').setInputFiles(path.join(tmp, 'clip.mp4'));
    await page.locator('.film-upload-submit').click();
    const item = page.locator('.staff-film-item').first();
    await item.waitFor({ timeout: 30_000 });
    expect(await page.locator('.film-upload-error').count()).toBe(0);
    const filmId = await item.getAttribute('data-id');
    expect(filmId).toBeTruthy();
    await expect.poll(() => item.locator('.staff-film-state').innerText(), { timeout: 120_000, intervals: [500] }).toBe('已就绪');
    expect(await item.getAttribute('data-published')).toBe('0');
    await screenshot(page, 'staff-films');

    // Not public until published.
    const hidden = await gql(`query($slug: String) { films(first: 50, cardSlug: $slug) { edges { node { id } } } }`, { slug: card.slug });
    expect(hidden.films.edges.map((e: any) => e.node.id)).not.toContain(filmId);

    await item.locator('.publish-film').click();
    await expect.poll(() => item.getAttribute('data-published')).toBe('1');
    await expect.poll(() => item.locator('.publish-film').getAttribute('data-action')).toBe('unpublish');

    const after = await gql(`query($slug: String) { films(first: 50, cardSlug: $slug) { edges { node { id title published job { state } } } } }`, {
      slug: card.slug,
    });
    expect(after.films.edges.map((e: any) => e.node)).toContainEqual({ id: filmId, title: FILM_TITLE, published: true, job: { state: 'READY' } });

    // WebVTT subtitles: a file that is not WebVTT is refused with the field's message, a good one is listed.
    await item.locator('.subtitle-language[data-lang="en"]').click();
    await item.locator('.film-subtitle-input').setInputFiles({ name: 'bad.vtt', mimeType: 'text/vtt', buffer: Buffer.from('not subtitles') });
    await expect.poll(() => item.locator('.film-subtitle-error').innerText()).toContain('WebVTT');
    const vtt = 'WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.000\nDehua porcelain\n';
    await item.locator('.film-subtitle-input').setInputFiles({ name: 'en.vtt', mimeType: 'text/vtt', buffer: Buffer.from(vtt) });
    await expect.poll(() => item.locator('.staff-film__subs-have').innerText()).toBe('en');
    expect(await item.locator('.film-subtitle-error').count()).toBe(0);
    await context.close();
  });

  it('resumes an upload after a reload from where it stopped, instead of starting again', async () => {
    const { cards } = await gql(`{ cards(first: 2) { edges { node { id slug } } } }`);
    const card = cards.edges[1].node as { id: string; slug: string };
    const file = path.join(tmp, 'long-clip.mp4');
    const size = fs.statSync(file).size;
    const context = await phoneContext(suite.browser);
    const page = await context.newPage();
    await signInStaff(page);
    const filmsPage = `${suite.server.url}/pages/staff/films/index?cardId=${encodeURIComponent(card.id)}&slug=${encodeURIComponent(card.slug)}`;
    const tusRequests: { method: string; offset: number }[] = [];
    page.on('request', (request) => {
      if (!request.url().includes('/uploads/films')) return;
      tusRequests.push({ method: request.method(), offset: Number(request.headers()['upload-offset'] ?? -1) });
    });
    // A slow uplink, so the reload comes in the middle of the upload.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: Math.ceil(size / 8) });

    await page.goto(filmsPage);
    await page.locator('.film-upload-title input').fill('断点续传');
    await page.locator('.film-upload-input').setInputFiles(file);
    await page.locator('.film-upload-submit').click();
    await expect
      .poll(async () => Number((await page.locator('.staff-films__progress').getAttribute('aria-valuenow')) ?? 0), { timeout: 60_000 })
      .toBeGreaterThanOrEqual(30);
    expect(tusRequests[0]?.method).toBe('POST');

    // Reload: the page forgets everything but localStorage. The same file, card and title resume.
    await page.reload();
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    tusRequests.length = 0;
    await page.locator('.film-upload-title input').fill('断点续传');
    await page.locator('.film-upload-input').setInputFiles(file);
    await page.locator('.film-upload-submit').click();
    await page.locator('.staff-film-item').first().waitFor({ timeout: 60_000 });
    expect(tusRequests.map((r) => r.method)).not.toContain('POST');
    expect(tusRequests[0]?.method).toBe('HEAD');
    const firstPatch = tusRequests.find((r) => r.method === 'PATCH');
    expect(firstPatch?.offset).toBeGreaterThan(0);
    expect(await page.locator('.film-upload-error').count()).toBe(0);
    await context.close();
  });
});
