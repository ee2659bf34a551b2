// The application workflow on H5, end to end against the real server (issue acceptance 5):
// an official signs in with a one-time code, fills the registration form with one mistake, sees
// the field error, fixes it and submits; staff return it with a note; the official reads the
// note, edits and resubmits; staff consult, sign, build, create the card and publish it; the card
// is in the public list and the official's timeline shows every step.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, phoneContext, screenshot } from '../support/browser.js';
import { smsCode as smsCodeOf, startServer, type RunningServer } from '../support/server.js';

const STAFF = { username: 'centre.staff', password: 'staff-password-2025', role: 'STAFF' as const };
const OFFICIAL_PHONE = '13900001111';
const RETURN_NOTE = '请补充格尔木市盐湖化工产业的集群规模与代表企业情况';
// 青海省 → 海西蒙古族藏族自治州 → 格尔木市 (no sample card there, so a search finds only ours).
const REGION_PATH = ['630000', '632800', '632801'];
const CARD_TITLE = '盐湖之城';

let server: RunningServer;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  [server, chromium] = await Promise.all([startServer({ accounts: [STAFF] }), launchChromium()]);
  browser = chromium.browser;
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await chromium?.close();
  await server?.stop();
});

async function newPage(): Promise<Page> {
  const context = await phoneContext(browser);
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return page;
}

const smsCode = (phone: string) => smsCodeOf(server, phone);

/** A minimal real PDF (the server checks the file's own first bytes). */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

const statusOf = (page: Page) => page.locator('.application-status').first().getAttribute('data-status');

describe('H5 application workflow', () => {
  it('goes from a sign-in code to a published card, with every step on the official’s timeline', async () => {
    const official = await newPage();

    // --- The official signs in with a one-time code (from the home page's 申请产业名片 entry).
    await official.goto(`${server.url}/`);
    await official.locator('.apply-entry').click();
    // 去申请 opens the 办事指南; 开始填写 leads on to sign-in.
    await official.getByRole('button', { name: '开始填写' }).click();
    await official.locator('.login-phone input').fill(OFFICIAL_PHONE);
    await official.locator('.send-code').click();
    await official.locator('.code-sent').waitFor();
    await expect.poll(() => official.locator('.send-code').innerText()).toMatch(/\d+ 秒后重发/);
    await official.locator('.login-code input').fill(await smsCode(OFFICIAL_PHONE));
    // Without ticking 我已阅读并同意《用户协议》和《隐私政策》 the sign-in goes nowhere.
    await official.locator('.login-submit').click();
    await expect.poll(() => official.locator('.login-error').innerText()).toContain('用户协议');
    expect(await official.locator('.login__agree').getAttribute('aria-checked')).toBe('false');
    await official.locator('.login__agree').click();
    await official.locator('.login-submit').click();

    // --- The form: region from the tree, lead unit, industries, intro, contact, phone.
    await official.locator('.region-field').waitFor();
    await official.locator('.region-field').click();
    for (const code of REGION_PATH) await official.locator(`.region-option[data-code="${code}"]`).click();
    await expect.poll(() => official.locator('.region-value').innerText()).toContain('格尔木市');

    await official.locator('.lead-unit-input input').fill('格尔木市工业和信息化局');
    for (const industry of ['盐湖化工', '新能源']) {
      await official.locator('.leading-input input').fill(industry);
      await official.locator('.leading-add').click();
    }
    // A duplicate is refused on the spot.
    await official.locator('.leading-input input').fill('盐湖化工');
    await official.locator('.leading-add').click();
    await expect.poll(() => official.locator('.tag-refusal').innerText()).toBe('主导产业不能重复');
    await official.locator('.leading-input input').fill('');
    expect(await official.locator('.leading-tag').count()).toBe(2);
    await official.locator('.featured-input input').fill('锂电材料');
    await official.locator('.featured-add').click();

    const intro = '格尔木市地处柴达木盆地腹地，依托察尔汗盐湖资源，形成钾肥、锂盐、镁基材料为主的盐湖化工产业，光伏与风电装机规模持续扩大。';
    await official.locator('.intro-input textarea').fill(intro);
    await expect.poll(() => official.locator('.intro-counter').innerText()).toBe(`${Array.from(intro).length}/300`);
    await official.locator('.contact-name-input input').fill('李明');
    await official.locator('.contact-title-input input').fill('副局长');

    // One mistake: a phone number that is neither a mobile nor a landline.
    await official.locator('.phone-input input').fill('1390000');
    await official.locator('.phone-input input').blur();
    const phoneError = official.locator('.field-phone .field-error');
    await expect.poll(() => phoneError.innerText()).toContain('联系电话格式不正确');
    await official.locator('.field-phone').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(official, 'application-form-error');

    // Fixed: the error goes away as the official types.
    await official.locator('.phone-input input').fill(OFFICIAL_PHONE);
    await expect.poll(() => phoneError.count()).toBe(0);

    // The draft saves itself; an attachment goes up as a GraphQL multipart request.
    await expect.poll(() => official.locator('.save-state').getAttribute('data-status'), { timeout: 10_000 }).toBe('saved');
    const chooser = official.waitForEvent('filechooser');
    await official.locator('.attach-button').click();
    await (await chooser).setFiles({ name: '格尔木市产业情况.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect.poll(() => official.locator('.attachment-item').getAttribute('data-name')).toBe('格尔木市产业情况.pdf');
    await screenshot(official, 'application-form');

    // A preview, then the 承诺 ticked, then the submit.
    await official.getByRole('button', { name: '预览并提交' }).click();
    await official.getByRole('checkbox').click();
    await official.locator('.submit-application').click();
    await expect.poll(() => statusOf(official), { timeout: 15_000 }).toBe('SUBMITTED');
    const reference = (await official.locator('.application-reference').innerText()).trim();
    expect(reference).toMatch(/^CY\d{4}-\d{5}$/);
    const detailUrl = official.url();

    // --- Staff sign in (another browser) and find it in the list.
    const staff = await newPage();
    await staff.goto(`${server.url}/`);
    await staff.locator('.account-entry').click();
    await staff.locator('.staff-entry').click();
    await staff.locator('.login-username input').fill(STAFF.username);
    await staff.locator('.login-password input').fill(STAFF.password);
    await staff.locator('.login-submit').click();
    const item = staff.locator(`.staff-application[data-reference="${reference}"]`);
    await item.waitFor();
    await expect.poll(() => staff.locator('.staff-total').innerText()).toBe('共 1 份申请');
    // The text search finds it by region name (after a search that finds nothing, so that the count
    // the search shows cannot be the one from before it).
    const search = staff.getByPlaceholder('编号、区域、单位、联系人或产业').locator('input').filter({ visible: true });
    await search.fill('没有这个区域');
    await search.press('Enter');
    await expect.poll(() => staff.locator('.staff-total').innerText()).toBe('共 0 份申请');
    await search.fill('格尔木');
    await search.press('Enter');
    await expect.poll(() => staff.locator('.staff-total').innerText()).toBe('共 1 份申请');
    await item.waitFor();
    await screenshot(staff, 'staff-list');
    // Export the filtered list: an .xlsx download through a signed /files/ link.
    const [download] = await Promise.all([staff.waitForEvent('download'), staff.locator('.export-button').click()]);
    expect(download.suggestedFilename()).toMatch(/^产业名片申请_\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(
      fs
        .readFileSync(await download.path())
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK'); // a zip: .xlsx

    // Return it with a note (the note is required: first try without one).
    await item.click();
    await expect.poll(() => statusOf(staff)).toBe('SUBMITTED');
    expect(await staff.locator('.attachment-link').getAttribute('data-name')).toBe('格尔木市产业情况.pdf');
    const fileUrl = await staff.locator('.attachment-link').getAttribute('data-url');
    const file = await staff.request.get(`${server.url}${fileUrl}`);
    expect(file.status()).toBe(200);
    expect((await file.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');
    await staff.locator('.transition-button[data-to="RETURNED"]').click();
    await expect.poll(() => staff.locator('.note-error').innerText()).toContain('请填写原因');
    await staff.locator('.transition-note textarea').fill(RETURN_NOTE);
    await staff.locator('.transition-button[data-to="RETURNED"]').click();
    await expect.poll(() => statusOf(staff)).toBe('RETURNED');

    // --- The official sees the note, edits and resubmits.
    await official.goto(detailUrl);
    await expect.poll(() => statusOf(official)).toBe('RETURNED');
    await expect.poll(() => official.locator('.timeline-item[data-status="RETURNED"] .timeline-note').innerText()).toBe(RETURN_NOTE);
    await screenshot(official, 'application-returned');
    await official.locator('.edit-application').click();
    await expect.poll(() => official.locator('.return-reason').innerText()).toContain(RETURN_NOTE);
    const introInput = official.locator('.intro-input textarea');
    await introInput.fill(`${intro}盐湖化工集群规模超过五百亿元，代表企业包括多家钾肥与锂盐生产企业（示例）。`);
    await expect.poll(() => official.locator('.save-state').getAttribute('data-status'), { timeout: 10_000 }).toBe('saved');
    await official.getByRole('button', { name: '预览并提交' }).click();
    await official.getByRole('checkbox').click();
    await official.locator('.submit-application').click();
    await expect.poll(() => statusOf(official), { timeout: 15_000 }).toBe('SUBMITTED');

    // --- Staff consult, sign and build.
    await staff.reload();
    await expect.poll(() => statusOf(staff)).toBe('SUBMITTED');
    for (const to of ['IN_CONSULTATION', 'AGREEMENT_SIGNED', 'BUILDING']) {
      await staff.locator(`.transition-button[data-to="${to}"]`).click();
      await expect.poll(() => statusOf(staff)).toBe(to);
    }

    // --- Create the card, edit it and publish it.
    await staff.locator('.create-card').click();
    await staff.locator('.card-title-input input').waitFor();
    await staff.locator('.card-title-input input').fill(CARD_TITLE);
    await staff.locator('.card-title-en-input input').fill('City of Salt Lakes');
    await staff.locator('.theme-option[data-value="UPGRADE_RENEWAL"]').click();
    await staff.locator('.card-concept-input input').fill('察尔汗盐湖上的绿色化工之城');
    await staff.locator('.card-color-input input').fill('#1F6F5C');
    await screenshot(staff, 'staff-card-editor');
    await staff.locator('.publish-card').click();
    await staff.locator('.taro-model__confirm').click();
    // Back on the application, now published.
    await expect.poll(() => statusOf(staff), { timeout: 15_000 }).toBe('PUBLISHED');
    await expect.poll(() => staff.locator('.staff-card-title').innerText()).toBe(CARD_TITLE);

    // The overview counts it.
    await staff.goto(`${server.url}/pages/staff/overview/index`);
    await expect.poll(() => staff.locator('.overview-total').innerText()).toBe('1');
    expect(await staff.locator('.overview-status-bar[data-key="PUBLISHED"]').getAttribute('data-count')).toBe('1');
    expect(await staff.locator('.overview-province-bar[data-key="630000"]').getAttribute('data-count')).toBe('1');
    await screenshot(staff, 'staff-overview');

    // --- The card is in the public list: a visitor searches the region's name.
    const visitor = await newPage();
    await visitor.goto(`${server.url}/pages/cards/list/index`);
    await visitor.getByPlaceholder('搜索城市、产业或名片').locator('input').filter({ visible: true }).fill('格尔木');
    await visitor.getByPlaceholder('搜索城市、产业或名片').locator('input').filter({ visible: true }).press('Enter');
    await expect.poll(() => visitor.getByRole('link').and(visitor.locator('[data-slug]')).first().locator('.card-item__title').innerText()).toBe(CARD_TITLE);

    // --- The official's timeline shows every step, with who and the note.
    await official.goto(detailUrl);
    await expect.poll(() => statusOf(official)).toBe('PUBLISHED');
    const steps = await official.locator('.timeline-item').evaluateAll((els) => els.map((el) => el.getAttribute('data-status')));
    expect(steps).toEqual(['SUBMITTED', 'RETURNED', 'SUBMITTED', 'IN_CONSULTATION', 'AGREEMENT_SIGNED', 'BUILDING', 'PUBLISHED']);
    expect(await official.locator('.timeline-item[data-status="RETURNED"] .timeline-note').innerText()).toBe(RETURN_NOTE);
    expect(await official.locator('.timeline-item').last().innerText()).toContain('工业文化发展中心');
    await official.locator('.view-card').waitFor();
    // The whole timeline on screen, just under the top bar.
    await official.locator('.timeline').evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      let scroller: Element | null = el.parentElement;
      while (scroller && !(scroller.scrollHeight > scroller.clientHeight && /auto|scroll/.test(getComputedStyle(scroller).overflowY)))
        scroller = scroller.parentElement;
      (scroller ?? document.scrollingElement!).scrollBy(0, -110);
    });
    await screenshot(official, 'application-timeline');

    // Notifications: the 我的 entry shows the unread count; opening the list reads them.
    await official.goto(`${server.url}/pages/account/me/index`);
    await official.locator('.my-application').first().waitFor();
    const unread = Number(await official.locator('.unread-badge').innerText());
    expect(unread).toBe(5); // every move staff made: returned, consulting, signed, building, published
    await screenshot(official, 'account');
    await official.locator('.notifications-entry').click();
    await expect.poll(() => official.locator('.notification-item').count()).toBe(unread);
    await screenshot(official, 'notifications');
    await official.waitForLoadState('networkidle');
    await official.goBack();
    await expect.poll(() => official.locator('.unread-badge').count()).toBe(0);

    expect(pageErrors).toEqual([]);
  });
});
