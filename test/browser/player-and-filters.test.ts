// Issue 14, the smaller things, on H5 at phone size: the film player's speed control and its end
// prompt (replay / next film); the region picker's search, kind labels and reopening at the chosen
// level (zh and en); filters of the card list and the film feed surviving a reload, with Back leaving
// the page. Screenshots: player and picker, zh and en.
import { describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from '../support/browser.js';
import { browserSuite, phonePage } from '../support/browser-suite.js';
import { smsCode } from '../support/server.js';

const suite = browserSuite();
const gql = suite.query;

/** A READY film that has a next film (the sample films are made in the background after the start). */
async function filmWithNext() {
  return vi.waitFor(
    async () => {
      const { films } = await gql(`{ films(first: 20) { edges { node { id title job { state } nextFilm { id title } } } } }`);
      const ready = films.edges.map((e: any) => e.node).filter((f: any) => f.job.state === 'READY' && f.nextFilm);
      if (!ready.length) throw new Error(`no READY film with a next one after 180 s:\n${suite.server.output().slice(-2000)}`);
      return ready[0] as { id: string; title: string; nextFilm: { id: string; title: string } };
    },
    { timeout: 180_000, interval: 1000 },
  );
}

const video = (page: Page) => page.locator('video').filter({ visible: true });
const videoState = (page: Page) =>
  video(page).evaluate((v: HTMLVideoElement) => ({ time: v.currentTime, rate: v.playbackRate, paused: v.paused, ended: v.ended }));

async function startPlaying(page: Page) {
  // The play control is named with the film's length (播放 2:30), or where it resumes (从 0:12 继续播放).
  await page.getByRole('button', { name: /^(播放|Play) \d|继续播放$|^Resume/ }).click();
  await video(page).waitFor({ state: 'attached' });
  await video(page).evaluate((v: HTMLVideoElement) => (v.paused ? v.play().catch(() => undefined) : undefined));
  await expect.poll(async () => (await videoState(page)).time, { timeout: 15_000 }).toBeGreaterThan(0.2);
}

/** Jump to just before the end and let it play out. */
async function playToEnd(page: Page) {
  await video(page).evaluate((v: HTMLVideoElement) => {
    v.currentTime = Math.max(0, v.duration - 0.4);
    return v.play().catch(() => undefined);
  });
}

async function signInOfficial(page: Page) {
  const phone = '13900002222';
  await gql(`mutation($p: String!) { requestLoginCode(phone: $p) { __typename } }`, { p: phone });
  const code = await smsCode(suite.server, phone);
  const { loginWithPhoneCode } = await gql(
    `mutation($p: String!, $c: String!) { loginWithPhoneCode(phone: $p, code: $c, agreedToTerms: true) { __typename ... on LoginSuccess { token } } }`,
    { p: phone, c: code },
  );
  await page.goto(`${suite.server.url}/`);
  await page.evaluate((token) => localStorage.setItem('cards.token', JSON.stringify({ data: token })), loginWithPhoneCode.token);
}

const setLang = (page: Page, lang: 'zh' | 'en') => page.evaluate((l) => localStorage.setItem('cards.lang', JSON.stringify({ data: l })), lang);

describe('H5 film player: speed and the end of a film', () => {
  // The sample films are transcoded after the server starts: up to 120 s of waiting before the page opens.
  it('changes speed (0.75–2×), offers replay and the next film at the end, in zh and en', { timeout: 240_000 }, async () => {
    const film = await filmWithNext();
    const { context, page, errors } = await phonePage(suite.browser);
    await page.goto(`${suite.server.url}/pages/films/player/index?id=${encodeURIComponent(film.id)}`);
    const speeds = page.getByRole('group', { name: '倍速' }).getByRole('button');
    await expect.poll(() => speeds.allInnerTexts()).toEqual(['0.75×', '1×', '1.25×', '1.5×', '2×']);
    expect(await page.getByRole('button', { name: '1 倍速' }).getAttribute('aria-pressed')).toBe('true');

    await startPlaying(page);
    await page.getByRole('button', { name: '1.5 倍速' }).click();
    await expect.poll(async () => (await videoState(page)).rate).toBe(1.5);
    expect(await page.getByRole('button', { name: '1.5 倍速' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: '1 倍速' }).getAttribute('aria-pressed')).toBe('false');

    // The end: 播放完毕, with 重新播放 and 下一部：<title>.
    await playToEnd(page);
    const prompt = page.getByRole('dialog', { name: '播放完毕' });
    await prompt.waitFor({ timeout: 15_000 });
    await expect.poll(() => prompt.getByRole('button').allInnerTexts()).toEqual(['重新播放', `下一部：${film.nextFilm.title}`]);
    await screenshot(page, 'film-player-end-zh');

    // Replay: from the start, still at 1.5×, the prompt gone.
    await prompt.getByRole('button', { name: '重新播放' }).click();
    await prompt.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await videoState(page)).paused).toBe(false);
    const replayed = await videoState(page);
    expect(replayed.time).toBeLessThan(3);
    expect(replayed.rate).toBe(1.5);

    // The end again; this time on to the next film.
    await playToEnd(page);
    await prompt.waitFor({ timeout: 15_000 });
    await prompt.getByRole('button', { name: `下一部：${film.nextFilm.title}` }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('id')).toBe(film.nextFilm.id);
    await expect.poll(() => page.getByText(film.nextFilm.title).filter({ visible: true }).count()).toBeGreaterThan(0);

    // English: the same controls, in English.
    await setLang(page, 'en');
    await page.goto(`${suite.server.url}/pages/films/player/index?id=${encodeURIComponent(film.id)}`);
    await page.getByRole('group', { name: 'Speed' }).waitFor();
    await startPlaying(page);
    await page.getByRole('button', { name: '1.25× speed' }).click();
    await expect.poll(async () => (await videoState(page)).rate).toBe(1.25);
    await screenshot(page, 'film-player-speed-en');
    await playToEnd(page);
    const promptEn = page.getByRole('dialog', { name: 'Finished' });
    await promptEn.waitFor({ timeout: 15_000 });
    expect(await promptEn.getByRole('button').allInnerTexts()).toEqual(['Replay', expect.stringMatching(/^Next: /)]);
    await screenshot(page, 'film-player-end-en');

    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('H5 region picker', () => {
  it('finds 长沙 by initials, names each row’s kind, and reopens at the chosen level (zh and en)', async () => {
    const { context, page, errors } = await phonePage(suite.browser);
    await signInOfficial(page);
    await page.goto(`${suite.server.url}/pages/applications/form/index`);
    const field = page.locator('.region-field').filter({ visible: true });
    await field.click();
    const search = page.getByRole('textbox', { name: '搜索地区' }).or(page.getByLabel('搜索地区').locator('input')).first();
    await search.fill('cs');
    const changsha = page.getByRole('option', { name: /^长沙市 · 省会 · 湖南省$/ });
    await changsha.waitFor();
    await expect.poll(() => page.getByRole('option', { name: /^长沙县 · 县 · 湖南省 · 长沙市$/ }).count()).toBe(1);
    await screenshot(page, 'region-picker-search-zh');

    // Into 长沙市's counties from the search, choose 宁乡市 (县级市).
    await changsha.click();
    const ningxiang = page.getByRole('option', { name: /^宁乡市 · 县级市/ });
    await ningxiang.click();
    await expect.poll(() => page.locator('.region-value').filter({ visible: true }).innerText()).toContain('宁乡市');

    // Reopens at 湖南省 · 长沙市 with 宁乡市 marked, not at 全国.
    await field.click();
    await expect.poll(() => ningxiang.getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('.region-sheet__crumb').filter({ visible: true }).allInnerTexts()).toEqual(['全国', '湖南省', '长沙市']);
    await screenshot(page, 'region-picker-reopen-zh');
    // Up to 湖南省: 长沙 is 省会, 湘西 an 自治州.
    await page.locator('.region-sheet__crumb').filter({ hasText: '湖南省' }).click();
    await page.getByRole('option', { name: /^湘西土家族苗族自治州 · 自治州$/ }).waitFor();
    await page.getByRole('option', { name: /^长沙市 · 省会$/ }).waitFor();

    // English, switched on the page (the sheet closed first): the same choice, its English kind.
    await page
      .getByRole('button', { name: 'Close' })
      .or(page.getByRole('button', { name: '关闭' }))
      .first()
      .click();
    await page.getByRole('button', { name: 'Switch to English' }).filter({ visible: true }).click();
    await field.click();
    await page.getByRole('option', { name: /^Ningxiang · County-level city$/ }).waitFor();
    const searchEn = page.getByRole('textbox', { name: 'Search regions' }).or(page.getByLabel('Search regions').locator('input')).first();
    await searchEn.fill('Xiangxi');
    await page.getByRole('option', { name: /^Xiangxi · Autonomous prefecture · Hunan$/ }).waitFor();
    await screenshot(page, 'region-picker-search-en');
    await searchEn.fill('qqqqzz');
    await page.getByRole('status').filter({ hasText: 'Nothing found for “qqqqzz”' }).waitFor();

    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('H5 filters in the address', () => {
  it('the card list and the film feed keep their filters across a reload; Back leaves the page', async () => {
    const { context, page, errors } = await phonePage(suite.browser);
    await page.goto(`${suite.server.url}/`);
    await page.goto(`${suite.server.url}/pages/cards/list/index`);
    await page.getByRole('link').and(page.locator('[data-slug]')).first().waitFor();
    const count = () => page.getByRole('status').filter({ hasText: '张名片' }).innerText();
    const all = await count();

    await page.locator('.filter-tier').filter({ visible: true }).click();
    await page.getByRole('option', { name: '特色名片' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('tier')).toBe('FEATURED');
    await expect.poll(count).not.toBe(all);
    const featured = await count();
    const search = page.getByPlaceholder('搜索城市、产业或名片').locator('input').filter({ visible: true });
    await search.fill('制造');
    await search.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('query')).toBe('制造');
    // The address changes before the search answers: wait for the narrower count.
    await expect.poll(count).not.toBe(featured);
    const both = await count();
    const historyLength = await page.evaluate(() => history.length);

    await page.reload();
    await expect.poll(count).toBe(both);
    expect(await search.inputValue()).toBe('制造');
    expect(await page.locator('.filter-tier').filter({ visible: true }).innerText()).toContain('特色名片');
    // Filters replaced the address, they did not add history entries.
    expect(await page.evaluate(() => history.length)).toBe(historyLength);

    // Clearing takes them out of the address.
    await page.getByText('清除筛选').filter({ visible: true }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect.poll(count).toBe(all);
    expect(featured).not.toBe(all);

    // The film feed's theme chip.
    await page.goto(`${suite.server.url}/pages/films/list/index`);
    const chip = page.locator('.films__chip[data-value]:not([data-value=""])').filter({ visible: true }).first();
    const theme = (await chip.getAttribute('data-value'))!;
    await chip.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('theme')).toBe(theme);
    await page.reload();
    await expect.poll(() => page.locator('.films__chip.is-active').filter({ visible: true }).getAttribute('data-value')).toBe(theme);

    // Back leaves the feed for the page before it (the list, with its address as it was left).
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/pages/cards/list/index');
    await page.getByRole('link').and(page.locator('[data-slug]')).first().waitFor();

    expect(errors).toEqual([]);
    await context.close();
  });
});
