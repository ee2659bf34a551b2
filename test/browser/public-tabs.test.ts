// The public app's tab bar and the way to an application (issue 14, items 2 and 5): home → the tab bar
// (我的, 咨询, 影片, 名片) → 去申请 opens the 办事指南 (the open call's levels and deadline, the steps, a
// contact) → sign in → the form → a preview → the 承诺 → submit → the detail page with the steps still
// ahead. Then the same in English: the tab bar, the guide and the detail in English. Screenshots at 390×844.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, phoneContext, screenshot } from '../support/browser.js';
import { smsCode as smsCodeOf, startServer, type RunningServer } from '../support/server.js';

const PHONE = '13900002222';
// 福建省 → 泉州市 → 德化县 (a county: admitted by the open call).
const REGION_PATH = ['350000', '350500', '350526'];

let server: RunningServer;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  [server, chromium] = await Promise.all([startServer(), launchChromium()]);
  browser = chromium.browser;
  context = await phoneContext(browser);
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
});
afterAll(async () => {
  await context?.close().catch(() => undefined);
  await chromium?.close();
  await server?.stop();
});

const smsCode = (phone: string) => smsCodeOf(server, phone);

/** The tab bar's item with this label (Taro's H5 tab bar). */
const tab = (label: string) => page.locator('.weui-tabbar__item').filter({ hasText: label });
const tabLabels = () => page.locator('.weui-tabbar__label').allInnerTexts();
const path = () => new URL(page.url()).pathname;

describe('the public tab bar and the way to an application', () => {
  it('goes home → tabs → guide → form → preview → 承诺 → submit → detail with the steps ahead (zh)', async () => {
    await page.goto(`${server.url}/`);
    await page.locator('.apply-entry').waitFor();
    expect(await tabLabels()).toEqual(['首页', '名片', '影片', '咨询', '我的']);
    await screenshot(page, 'tabs-home-zh');

    await tab('我的').click();
    await expect.poll(path).toBe('/pages/account/me/index');
    await page.getByRole('button', { name: '登录 / 注册' }).waitFor();
    await screenshot(page, 'tabs-me-zh');

    await tab('咨询').click();
    await expect.poll(path).toBe('/pages/inquiries/ask/index');
    await page.getByRole('button', { name: '开始咨询' }).waitFor();
    expect(await page.getByText('010-68209937（示例号码）').count()).toBeGreaterThan(0);
    await screenshot(page, 'tabs-ask-zh');

    await tab('影片').click();
    await expect.poll(path).toBe('/pages/films/list/index');
    await screenshot(page, 'tabs-films-zh');

    await tab('名片').click();
    await expect.poll(path).toBe('/pages/cards/catalogue/index');
    await page.locator('.list__count').filter({ visible: true }).waitFor();
    await screenshot(page, 'tabs-cards-zh');

    // 去申请 from home opens the guide.
    await tab('首页').click();
    await expect.poll(path).toBe('/pages/home/index');
    await page.locator('.apply-entry').filter({ visible: true }).click();
    await expect.poll(path).toBe('/pages/applications/guide/index');
    await page.getByRole('heading', { name: '产业名片申请办事指南' }).waitFor();
    // The open call's admitted levels and its deadline come from the server.
    const { openCampaign } = await gqlOpenCampaign();
    // (The chips come with the open call's answer, after the heading.)
    const levels = () => page.locator('.guide__chip[data-level]').evaluateAll((els) => els.map((e) => e.getAttribute('data-level')));
    await expect.poll(levels).toEqual(openCampaign.admittedLevels);
    expect(await page.locator('.guide__date').innerText()).toContain('截止');
    expect(await page.locator('.guide__step').count()).toBe(5);
    expect(await page.locator('.guide__step').first().innerText()).toContain('征集截止前随时提交');
    expect(await page.getByText('010-68209937（示例号码）').count()).toBeGreaterThan(0);
    await screenshot(page, 'guide-zh');

    // Sign in, then the form.
    await page.getByRole('button', { name: '开始填写' }).click();
    await page.locator('.login-phone input').fill(PHONE);
    await page.locator('.send-code').click();
    await page.locator('.login-code input').fill(await smsCode(PHONE));
    await page.locator('.login__agree').click();
    await page.locator('.login-submit').click();
    await expect.poll(path).toBe('/pages/applications/form/index');

    await page.locator('.region-field').click();
    for (const code of REGION_PATH) await page.locator(`.region-option[data-code="${code}"]`).click();
    await expect.poll(() => page.locator('.region-value').innerText()).toContain('德化县');
    await page.locator('.lead-unit-input input').fill('德化县工业和信息化局');
    await page.locator('.leading-input input').fill('陶瓷');
    await page.locator('.leading-add').click();
    await page.locator('.intro-input textarea').fill('德化县是中国陶瓷文化名城，陶瓷产业是其主导产业（示例）。');
    await page.locator('.contact-name-input input').fill('陈华');
    await page.locator('.contact-title-input input').fill('科长');
    // The phone left empty: the preview is refused and the summary counts what is wrong…
    await page.getByRole('button', { name: '预览并提交' }).click();
    await expect.poll(() => page.locator('.form-message').innerText()).toBe('请修正标出的 1 处内容');
    // …and goes once it is fixed.
    await page.locator('.phone-input input').fill(PHONE);
    await expect.poll(() => page.locator('.form-message').count()).toBe(0);

    await page.getByRole('button', { name: '预览并提交' }).click();
    await page.getByRole('heading', { name: '核对登记表' }).waitFor();
    expect(await page.locator('.submit-preview').innerText()).toContain('德化县工业和信息化局');
    const pledge = page.getByRole('checkbox');
    expect(await pledge.getAttribute('aria-checked')).toBe('false');
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByRole('alert').filter({ hasText: '请先勾选承诺' }).waitFor();
    await pledge.click();
    expect(await pledge.getAttribute('aria-checked')).toBe('true');
    await screenshot(page, 'form-preview-zh');
    await page.getByRole('button', { name: '提交申请' }).click();

    await expect.poll(path, { timeout: 15_000 }).toBe('/pages/applications/detail/index');
    const ahead = page.locator('.timeline__item--ahead').filter({ visible: true });
    await expect.poll(() => ahead.count()).toBe(4);
    expect(await ahead.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))).toEqual([
      'IN_CONSULTATION',
      'AGREEMENT_SIGNED',
      'BUILDING',
      'PUBLISHED',
    ]);
    expect(await ahead.first().innerText()).toContain('待进行');
    await page.locator('.timeline').filter({ visible: true }).scrollIntoViewIfNeeded();
    await screenshot(page, 'detail-ahead-zh');
    expect(pageErrors).toEqual([]);
  });

  it('shows the tab bar, the guide, the preview and the detail in English', async () => {
    // On the detail page: switch to English.
    await page.locator('.lang-toggle').filter({ visible: true }).click();
    await expect.poll(() => page.locator('.timeline__item--ahead').filter({ visible: true }).first().innerText()).toContain('Ahead');
    await screenshot(page, 'detail-ahead-en');

    await page.goto(`${server.url}/pages/applications/guide/index`);
    await page.getByRole('heading', { name: 'How to apply for an industry card' }).waitFor();
    expect(await page.locator('.guide__date').innerText()).toContain('Closes');
    expect(await page.getByText('010-68209937 (sample number)').count()).toBeGreaterThan(0);
    await screenshot(page, 'guide-en');

    await page.goto(`${server.url}/`);
    await page.locator('.apply-entry').waitFor();
    await expect.poll(tabLabels).toEqual(['Home', 'Cards', 'Films', 'Ask', 'Me']);
    await screenshot(page, 'tabs-home-en');
    await tab('Ask').click();
    await page.getByRole('button', { name: 'Start a conversation' }).waitFor();
    await screenshot(page, 'tabs-ask-en');
    // The 咨询 page opens the chat.
    await page.getByRole('button', { name: 'Start a conversation' }).click();
    await expect.poll(path).toBe('/pages/inquiries/chat/index');
    expect(await page.locator('.weui-tabbar__item').filter({ visible: true }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});

async function gqlOpenCampaign(): Promise<{ openCampaign: { admittedLevels: string[] } }> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ openCampaign { admittedLevels } }' }),
  });
  return ((await res.json()) as { data: { openCampaign: { admittedLevels: string[] } } }).data;
}
