// A citizen in WeChat, tap by tap: the home page, a search for 東莞 (traditional characters) that
// first meets a dropped connection and recovers with 重试, the card, its film (play, like), back,
// then the chat: a question answered with its source, 转人工, and the place in the queue.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { makeTestClip } from '../../server/src/modules/films/sample-films.js';
import { tusUpload } from '../support/tus.js';
import { gql, staffToken, useHost } from './support.js';

const host = useHost();
let film: { id: string; title: string };
let card: { id: string; slug: string; title: string };

/** Staff put a short film on the 东莞 card (tus upload, transcoding, publish), as they do on H5. */
async function publishFilmOnDongguan() {
  const token = await staffToken();
  const { cards } = await gql(`{ cards(first: 5, filter: { query: "东莞" }) { edges { node { id slug title region { name } } } } }`);
  card = cards.edges.map((e: any) => e.node).find((c: any) => c.region.name.includes('东莞'));
  expect(card, 'the sample 东莞 card').toBeTruthy();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-weapp-film-'));
  const clip = path.join(dir, 'clip.mp4');
  await makeTestClip(clip, { seconds: 2, width: 320, height: 240 });
  const cardId = Buffer.from(card.id, 'base64').toString('utf8').split(':').pop()!;
  const title = `东莞制造美学 ${process.pid}`;
  const upload = await tusUpload(inject('weapp').serverUrl, clip, { cardId, title, titleEn: 'Dongguan' }, token);
  fs.rmSync(dir, { recursive: true, force: true });
  expect([200, 204], upload.body).toContain(upload.status);
  const ready = await until(async () => {
    const { films } = await gql(
      `query($slug: String!) { films(cardSlug: $slug, first: 10) { edges { node { id title job { state } } } } }`,
      { slug: card.slug },
      token,
    );
    return films.edges.map((e: any) => e.node).find((f: any) => f.title === title && f.job.state === 'READY');
  }, 'the film to be transcoded');
  const published = await gql(`mutation($id: ID!) { publishFilm(id: $id) { __typename } }`, { id: ready.id }, token);
  expect(published.publishFilm.__typename).toBe('Film');
  film = ready;
}

async function until<T>(check: () => Promise<T | undefined>, what: string, ms = 90_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(publishFilmOnDongguan, 150_000);

describe('citizen journey on weapp', () => {
  it('searches 東莞, opens the card and its film, plays and likes it', async () => {
    const h = host();
    const search = await h.waitForField('搜索城市、产业或名片');
    await h.waitFor('.card-tile');

    // The first search request is lost on the way: the list shows its error with 重试.
    h.network.failNext('request', /CardList$/);
    h.type(search, '東莞');
    h.fire(search, 'confirm', { value: '東莞' });
    const list = await h.waitForRoute('pages/cards/list/index');
    expect(decodeURIComponent(list.query.query ?? '')).toBe('東莞');
    h.tap(await h.waitForText('重试'));
    const item = await h.waitForText(card.title);
    expect(h.$$text(card.title).length).toBeGreaterThan(0);

    h.tap(item);
    await h.waitForRoute('pages/cards/detail/index');
    await h.waitForText(card.title);
    // data-* attributes live in Taro's runtime, not in the WXML: find the tile by its title.
    h.tap(await h.waitFor('.film-item', film.title));

    await h.waitForRoute('pages/films/player/index');
    await h.waitFor('.film-title', film.title);
    h.tap('.film-play');
    // The native player starts (VideoContext.play) and reports progress.
    await h.until(() => h.ui.videos.some((v) => v.method === 'play'), 'VideoContext.play()');
    const video = await h.waitFor('wx-video');
    expect(String(h.attrs(video).src)).toMatch(/\/media\/.+\.(m3u8|mp4)$/);
    h.fire(video, 'timeupdate', { currentTime: 1.2, duration: 2 });
    await h.until(() => h.network.log.some((r) => r.operationName === 'RecordFilmView' && r.status === 200), 'the view to be recorded');

    h.tap('.like-button');
    await h.waitFor('.like-button.is-liked');
    await h.until(() => h.network.log.some((r) => r.operationName === 'LikeFilm' && r.status === 200), 'the like to be sent');
    expect(h.text('.like-count')).toBe('1');
    const { film: stored } = await gql(`query($id: ID!) { film(id: $id) { likeCount viewCount } }`, { id: film.id });
    expect(stored).toEqual({ likeCount: 1, viewCount: 1 });

    // Back (the navigation bar's arrow): the player pauses and saves where it was.
    await h.back();
    await h.waitForRoute('pages/cards/detail/index');
    await h.until(() => h.network.log.some((r) => r.operationName === 'RecordFilmProgress'), 'the position to be saved on leaving');
    await h.waitForText(card.title);
  });

  it('asks the bot, gets an answer with its source, then 转人工 queues it for a person', async () => {
    const h = host();
    await h.back();
    await h.waitForRoute('pages/cards/list/index');
    await h.back();
    await h.waitForRoute('pages/home/index');
    h.tap(await h.waitFor('.ask-entry'));
    await h.waitForRoute('pages/inquiries/chat/index');

    h.type(await h.waitFor('.chat-input'), '谁可以申请产业名片？');
    h.tap('.chat-send');
    await h.waitFor('.chat-message--bot');
    const source = await h.waitFor('.chat-source');
    expect(source.textContent?.trim()).not.toBe('');

    h.type('.chat-input', '转人工');
    h.tap('.chat-send');
    const position = await h.waitFor('.chat-queue-position');
    await h.until(() => /[1-9]/.test(position.textContent ?? ''), 'a place in the queue');
    expect(h.text('.chat-status')).toMatch(/排队|队列|第/);
    // Live updates arrive over wx.connectSocket (graphql-transport-ws).
    expect(h.network.log.some((r) => r.api === 'connectSocket')).toBe(true);
  });

  it('keeps going between a card and its film past WeChat’s ten-page stack', async () => {
    const h = host();
    await h.router.reLaunch({ url: `/pages/cards/detail/index?slug=${encodeURIComponent(card.slug)}` });
    for (let hop = 0; hop < 6; hop++) {
      await h.waitForRoute('pages/cards/detail/index');
      h.tap(await h.waitFor('.film-item', film.title));
      await h.waitForRoute('pages/films/player/index');
      h.tap(await h.waitFor('.player__card'));
    }
    await h.waitForRoute('pages/cards/detail/index');
    await h.waitForText(card.title);
    expect(h.stack.length).toBeLessThanOrEqual(10);
  });

  it('at the end of the only film, 更多微纪录片 shows the films tab (a tab page opens only by switchTab)', async () => {
    const h = host();
    await h.router.reLaunch({ url: `/pages/films/player/index?id=${encodeURIComponent(film.id)}` });
    await h.waitFor('.film-title', film.title);
    const plays = h.ui.videos.filter((v) => v.method === 'play').length;
    h.tap('.film-play');
    await h.until(() => h.ui.videos.filter((v) => v.method === 'play').length > plays, 'VideoContext.play()');
    h.fire(await h.waitFor('wx-video'), 'ended', {});
    h.tap(await h.waitFor('.film-end__button--next', '更多微纪录片'));
    await h.waitForRoute('pages/films/list/index');
    await h.waitFor('.film-item', film.title);
  });
});
