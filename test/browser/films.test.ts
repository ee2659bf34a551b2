// Issue acceptance 4: a viewer opens a micro-documentary on H5, plays it, turns on Chinese subtitles,
// reloads and resumes where they were, likes it, takes the like back and likes it again (counted once).
import { describe, expect, it, vi } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { screenshot } from '../support/browser.js';
import { browserSuite, phonePage } from '../support/browser-suite.js';

const suite = browserSuite();
const gql = suite.query;

/** The sample films are made in the background after the server starts: wait for the first READY one. */
async function firstReadyFilm() {
  return vi.waitFor(
    async () => {
      const { films } = await gql(
        `{ films(first: 1) { totalCount edges { node { id title likeCount job { state } subtitles { language url } card { slug title } } } } }`,
      );
      const film = films.edges[0]?.node;
      if (film?.job.state !== 'READY') throw new Error(`no READY film after 120 s:\n${suite.server.output().slice(-2000)}`);
      return film;
    },
    { timeout: 120_000, interval: 1000 },
  );
}

const videoTime = (page: Page) => page.evaluate(() => (document.querySelector('.film-player video') as HTMLVideoElement | null)?.currentTime ?? -1);

/** Press the poster's play control; if the browser did not start (autoplay policy), call play() after the click. */
async function play(page: Page) {
  await page.locator('.film-play').click();
  await page.locator('.film-player video').waitFor({ state: 'attached' });
  await page.evaluate(() => {
    const v = document.querySelector('.film-player video') as HTMLVideoElement | null;
    if (v && v.paused) return v.play().catch(() => undefined);
  });
}

describe('H5 micro-documentaries', () => {
  it('plays, shows subtitles, resumes after a reload, and counts a like once however it is toggled', async () => {
    const film = await firstReadyFilm();
    const zhVtt = await (await fetch(`${suite.server.url}${film.subtitles.find((s: any) => s.language === 'zh-CN').url}`)).text();
    const cueTexts = zhVtt
      .split(/\n\n+/)
      .map((block) =>
        block
          .split('\n')
          .filter((l) => l && !l.includes('-->') && !/^\d+$/.test(l) && l !== 'WEBVTT')
          .join('\n'),
      )
      .filter(Boolean);
    expect(cueTexts.length).toBeGreaterThan(0);

    const { context, page, errors } = await phonePage(suite.browser);
    const deviceIds = new Set<string>();
    // GraphQL requests sent and not yet answered: the like check below waits for none, not for a while.
    let graphqlInFlight = 0;
    const isGraphql = (req: Request) => req.url().endsWith('/graphql');
    page.on('request', (req) => {
      if (!isGraphql(req)) return;
      graphqlInFlight++;
      deviceIds.add(req.headers()['x-device-id'] ?? '');
    });
    const answered = (req: Request) => {
      if (isGraphql(req)) graphqlInFlight--;
    };
    page.on('requestfinished', answered);
    page.on('requestfailed', answered);

    // Debian's Chromium must decode H.264/AAC, or nothing below can play.
    await page.goto(`${suite.server.url}/pages/films/list/index`);
    const codecs = await page.evaluate(() => document.createElement('video').canPlayType('video/mp4; codecs="avc1.42E01E, mp4a.40.2"'));
    expect(codecs, 'this Chromium cannot play H.264/AAC MP4').not.toBe('');

    // The feed: posters, not players.
    await page.locator(`.film-item[data-id="${film.id}"]`).waitFor();
    expect(await page.locator('.film-item video').count()).toBe(0);
    await screenshot(page, 'films-feed');

    // Open the player from the feed.
    await page.locator(`.film-item[data-id="${film.id}"]`).click();
    await page.locator('.film-player video').waitFor({ state: 'attached' });
    await expect.poll(() => page.locator('.like-count').innerText()).toMatch(/^\d+$/);
    await play(page);
    await expect.poll(() => videoTime(page), { timeout: 15_000 }).toBeGreaterThan(0.5);

    // Chinese subtitles: the overlay shows a cue of the zh-CN WebVTT.
    await page.locator('.subtitle-switch .subtitle-option[data-lang="zh-CN"]').click();
    const subtitle = page.locator('.film-subtitle');
    await subtitle.waitFor({ timeout: 10_000 });
    expect(cueTexts).toContain((await subtitle.innerText()).trim());
    await screenshot(page, 'film-player-subtitles');

    // About 3 s in, reload: the player resumes past 2 s.
    await expect.poll(() => videoTime(page), { timeout: 15_000 }).toBeGreaterThan(3.2);
    await page.reload();
    await page.locator('.film-player video').waitFor({ state: 'attached' });
    await expect.poll(() => page.locator('.film-play').innerText()).toContain('继续播放');
    // The first position the player shows once it moves: resuming starts past 2 s, starting over near 0
    // (sampled in the page, so a slow machine cannot turn a restart into a pass or a resume into a fail).
    await page.evaluate(() => {
      const w = window as unknown as { firstPosition?: number };
      const timer = setInterval(() => {
        const time = (document.querySelector('.film-player video') as HTMLVideoElement | null)?.currentTime ?? 0;
        if (time > 0) {
          w.firstPosition = time;
          clearInterval(timer);
        }
      }, 20);
    });
    await play(page);
    const firstPosition = () => page.evaluate(() => (window as unknown as { firstPosition?: number }).firstPosition ?? 0);
    await expect.poll(firstPosition, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await firstPosition()).toBeGreaterThan(2);
    // The subtitle choice is remembered across the reload.
    await subtitle.waitFor({ timeout: 10_000 });

    // Like, then take it back, then like again: the server counts this device once at most. The button is
    // named by what it shows (点赞 / 已赞 and the count); aria-pressed says whether it is on.
    const before = Number(await page.locator('.like-count').innerText());
    const serverLikes = async () => (await gql(`query($id: ID!) { film(id: $id) { likeCount } }`, { id: film.id })).film.likeCount;
    await page.getByRole('button', { name: new RegExp(`^点赞\\s*${before}$`) }).click();
    await expect.poll(() => page.locator('.like-count').innerText()).toBe(String(before + 1));
    await expect.poll(serverLikes).toBe(before + 1);
    await expect.poll(() => graphqlInFlight).toBe(0);
    const unlike = page.getByRole('button', { name: new RegExp(`^已赞\\s*${before + 1}$`) });
    expect(await unlike.getAttribute('aria-pressed')).toBe('true');
    // (A tap while the last answer is still being applied is ignored, as a double tap is: the button says
    // aria-busy until then.)
    const tap = async () => {
      await page.locator('.like-button[aria-busy="false"]').waitFor();
      await page.locator('.like-button').click();
    };
    await tap();
    await expect.poll(() => page.locator('.like-count').innerText()).toBe(String(before));
    await expect.poll(serverLikes).toBe(before);
    await expect.poll(() => graphqlInFlight).toBe(0);
    await expect.poll(() => page.locator('.like-button').getAttribute('data-liked')).toBe('false');
    expect(await page.getByRole('button', { name: new RegExp(`^点赞\\s*${before}$`) }).count()).toBe(1);
    await tap();
    await expect.poll(serverLikes).toBe(before + 1);
    // Once every request has its answer, the page and the server agree on one like.
    await expect.poll(() => graphqlInFlight).toBe(0);
    await expect.poll(() => page.locator('.like-count').innerText()).toBe(String(before + 1));
    await expect.poll(() => page.locator('.like-button').getAttribute('data-liked')).toBe('true');

    // Every GraphQL request named the same device (the viewer's identity when signed out): its own
    // id, and once registered the same id signed by the server, with which the like counted.
    for (const id of deviceIds) expect(id).toMatch(/^[A-Za-z0-9-]{8,64}$/);
    expect(new Set([...deviceIds].map((id) => id.replace(/-[0-9a-f]{24}$/, ''))).size).toBe(1);
    expect([...deviceIds].some((id) => /-[0-9a-f]{24}$/.test(id))).toBe(true);

    // The home page shows a few posters under 3分钟爱上中国产业名片, linking to the feed.
    await page.goto(`${suite.server.url}/`);
    await page.locator(`.film-item[data-id="${film.id}"]`).waitFor();
    await page.locator('.films-entry').scrollIntoViewIfNeeded();
    await screenshot(page, 'films-home');

    // The card's page lists its films as posters.
    await page.goto(`${suite.server.url}/pages/cards/detail/index?slug=${encodeURIComponent(film.card.slug)}`);
    await page.locator(`.film-item[data-id="${film.id}"]`).waitFor();
    await page.locator('.detail__films').scrollIntoViewIfNeeded();
    await screenshot(page, 'card-films');

    expect(errors).toEqual([]);
    await context.close();
  });
});
