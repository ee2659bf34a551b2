// A citizen's first journey on H5: home → search 东莞 → open the card → English → back.
import { describe, expect, it } from 'vitest';
import { phoneContext, screenshot } from '../support/browser.js';
import { browserSuite, phonePage } from '../support/browser-suite.js';

const suite = browserSuite();
const gql = suite.query;

describe('H5 catalogue journey', () => {
  it('searches, opens a card, switches to English and goes back', async () => {
    const { cards } = await gql(`{ cards(first: 5, filter: { regionCode: "441900" }) { edges { node { slug title titleEn } } } }`);
    const dongguan = cards.edges[0].node;

    const { context, page, errors } = await phonePage(suite.browser);

    await page.goto(`${suite.server.url}/`);
    await page.locator('[data-slug]').first().waitFor();
    await screenshot(page, 'home');

    const search = page.getByPlaceholder('搜索城市、产业或名片').locator('input').filter({ visible: true });
    await search.fill('东莞');
    await search.press('Enter');
    const item = page.getByRole('link', { name: dongguan.title }).and(page.locator(`[data-slug="${dongguan.slug}"]`));
    await item.waitFor();
    await expect.poll(() => page.getByRole('link').and(page.locator('[data-slug]')).first().getAttribute('data-slug')).toBe(dongguan.slug);
    await expect.poll(() => page.getByRole('status').filter({ hasText: '张名片' }).innerText()).toMatch(/\d/);
    await screenshot(page, 'list');

    await item.click();
    const title = page.getByRole('heading', { level: 1 });
    await expect.poll(() => title.innerText()).toContain(dongguan.title);
    await screenshot(page, 'detail');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => title.innerText()).toContain(dongguan.titleEn);
    await expect.poll(() => page.locator('.detail__region').last().innerText()).toContain('Guangdong · Dongguan');
    await screenshot(page, 'detail-en');

    await page.goBack();
    await page
      .getByRole('link')
      .and(page.locator(`[data-slug="${dongguan.slug}"]`))
      .waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a retry button, not a blank page, when the server cannot be reached, and recovers', async () => {
    const context = await phoneContext(suite.browser);
    const page = await context.newPage();
    let down = true;
    await page.route('**/graphql', (route) => (down ? route.abort('connectionrefused') : route.continue()));
    await page.goto(`${suite.server.url}/pages/cards/list/index`);
    const retry = page.getByRole('button', { name: '重试' });
    await retry.waitFor();
    await screenshot(page, 'list-error');
    down = false;
    await retry.click();
    await page.getByRole('link').and(page.locator('[data-slug]')).first().waitFor();
    await context.close();
  });
});
