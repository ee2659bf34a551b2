// Issue 14, acceptance 3: an English card page shows no CJK character outside proper names that have
// no English. Every sample card's page is opened in English (one phone-sized context, one page) and its
// visible text, accessible names and document title are searched for Chinese.
//
// Fallback allowlist — what may stay Chinese on an English page, and why:
// - `.lang-toggle`: the language switch names Chinese in Chinese ("中", aria-label "切换到中文"), as
//   language pickers do, so a reader of Chinese can find it.
// Nothing else: every sample field has its English (names of companies in their established English,
// places in pinyin), and every region has a romanised name, so no data field falls back on these cards.
// Fields do fall back, one by one, on a card staff have not translated (features/cards/localizeCard.ts).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, settle } from '../support/browser.js';
import { browserSuite, phonePage } from '../support/browser-suite.js';

const ALLOWED = ['.lang-toggle'];

const suite = browserSuite();

/** Visible text, accessible names and the title that contain a CJK character, outside the allowlist. */
function chineseOnPage(page: Page): Promise<string[]> {
  return page.evaluate((allowed) => {
    const cjk = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
    const exempt = (el: Element) => allowed.some((selector) => el.closest(selector));
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !cjk.test(node.textContent ?? '') || exempt(parent)) continue;
      if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      found.push(`text "${node.textContent}" in .${[...parent.classList].join('.')}`);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [alt], [placeholder], [title]')) {
      if (exempt(el) || !el.checkVisibility()) continue;
      for (const attr of ['aria-label', 'alt', 'placeholder', 'title'])
        if (cjk.test(el.getAttribute(attr) ?? '')) found.push(`${attr} "${el.getAttribute(attr)}" on .${[...el.classList].join('.')}`);
    }
    if (cjk.test(document.title)) found.push(`title "${document.title}"`);
    return found;
  }, ALLOWED);
}

describe('English card pages', () => {
  it('show no Chinese on any of the 50 sample cards, nor on the home page and the list', { timeout: 300_000 }, async () => {
    const { cards } = await suite.query(`{ cards(first: 100) { totalCount edges { node { slug titleEn isSample } } } }`);
    const all = cards.edges.map((e: any) => e.node);
    expect(all.length).toBe(50);
    expect(all.every((c: any) => c.isSample && c.titleEn)).toBe(true);

    const { context, page, errors } = await phonePage(suite.browser);
    await page.goto(`${suite.server.url}/`);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => page.locator('.home__title').innerText()).toBe('Industry Cards');
    await page.locator('[data-slug]').first().waitFor();
    // Wait for the English content of the list items, not only the English labels around them.
    await expect.poll(() => page.locator('.card-item__tags').first().innerText()).not.toMatch(/[\u4e00-\u9fff]/);
    // Everything found, page by page, so one run names every field that is still Chinese.
    const found: Record<string, string[]> = {};
    const check = async (name: string) => {
      const chinese = await chineseOnPage(page);
      if (chinese.length) found[name] = chinese;
    };
    await check('home');
    await screenshot(page, 'home-en');

    await page.goto(`${suite.server.url}/pages/cards/list/index`);
    await page.locator('[data-slug]').nth(5).waitFor();
    await settle(page);
    await check('list');

    const heading = page.getByRole('heading', { level: 1 });
    for (const card of all) {
      await page.goto(`${suite.server.url}/pages/cards/detail/index?slug=${card.slug}`);
      await expect.poll(() => heading.innerText(), { message: card.slug }).toBe(card.titleEn);
      // The last part of the page is there: the whole card has rendered.
      await page.locator('.detail__source-text').first().waitFor();
      await check(card.slug);
    }
    expect(found).toEqual({});
    for (const slug of ['dongguan-manufacturing-aesthetics', 'dehua-porcelain-capital']) {
      await page.goto(`${suite.server.url}/pages/cards/detail/index?slug=${slug}`);
      await page.locator('.detail__source-text').first().waitFor();
      await screenshot(page, `card-en-${slug}`);
      // The whole card at once: the page scrolls inside its own container, so a tall window shows it all.
      await page.setViewportSize({ width: 390, height: 3000 });
      await screenshot(page, `card-en-${slug}-whole`);
      await page.setViewportSize({ width: 390, height: 844 });
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
