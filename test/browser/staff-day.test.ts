// A day in the back office at 1366 × 900 (issue 15, acceptance 2): staff find an application by a
// fragment of its phone number in the applications table, read what the official changed when
// resubmitting, comment, sign it with the signed agreement attached, build its card (figures,
// enterprises, landmarks, logo and cover), preview it in Chinese and English, publish it; then answer
// an inquiry with the queue and the conversation side by side. One phone-sized look at the same desk.
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { phoneContext } from '../support/browser.js';
import { browserSuite, desktopPage, screenshotsIn } from '../support/browser-suite.js';
import { SAVE_DRAFT, SUBMIT, TRANSITION, validForm } from '../support/applications.js';

const STAFF = { username: 'desk.staff', password: 'Desk-staff-2025!' };
const PHONE = '13907314455';
const CARD = { title: '星城智造', titleEn: 'Star City Smart Manufacturing', concept: '工程机械之都', conceptEn: 'Capital of construction machinery' };
const QUESTION = '县级区域可以申请产业名片吗？';
const REPLY = '您好，县级区域可以申请，请在小程序中填写登记表。';

const suite = browserSuite({ accounts: [STAFF], env: { SAMPLE_FILMS: '0', INQUIRY_HOURS: 'always' } });

async function gql(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(`${suite.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('\n'));
  return body.data;
}

/** The official signs in with the code the console SMS sender printed. */
async function officialToken(phone: string): Promise<string> {
  await gql('mutation($p: String!) { requestLoginCode(phone: $p) { __typename } }', { p: phone });
  let code = '';
  await expect
    .poll(() => (code = [...suite.server.output().matchAll(new RegExp(`\\[sms\\] sign-in code for ${phone}: (\\d{6})`, 'g'))].at(-1)?.[1] ?? ''))
    .toMatch(/^\d{6}$/);
  const { loginWithPhoneCode: r } = await gql(
    'mutation($p: String!, $c: String!) { loginWithPhoneCode(phone: $p, code: $c, agreedToTerms: true) { __typename ... on LoginSuccess { token } } }',
    { p: phone, c: code },
  );
  return r.token;
}

/** Submitted, returned by staff with a note, edited and resubmitted: the application staff open today. */
async function arrangeResubmission() {
  const official = await officialToken(PHONE);
  const { loginWithPassword: s } = await gql(
    'mutation($u: String!, $p: String!) { loginWithPassword(username: $u, password: $p) { ... on LoginSuccess { token } } }',
    {
      u: STAFF.username,
      p: STAFF.password,
    },
  );
  const form = validForm({
    regionCode: '430100',
    leadUnit: '长沙市工业和信息化局',
    leadingIndustries: ['工程机械'],
    featuredIndustries: [],
    phone: PHONE,
    intro: '长沙是工程机械之都。',
  });
  const { saveApplicationDraft: draft } = await gql(SAVE_DRAFT, { input: form }, official);
  const { submitApplication: sent } = await gql(SUBMIT, { id: draft.id, v: draft.version }, official);
  const { transitionApplication: back } = await gql(TRANSITION, { id: sent.id, to: 'RETURNED', note: '请补充产业规模', v: sent.version }, s.token);
  const edited = { ...form, leadUnit: '长沙市工业和信息化局（产业科）', intro: '长沙是工程机械之都，产业规模超过三千亿元。' };
  const { saveApplicationDraft: again } = await gql(SAVE_DRAFT, { id: back.id, input: edited, expectedVersion: back.version }, official);
  const { submitApplication: resent } = await gql(SUBMIT, { id: again.id, v: again.version }, official);
  expect(resent.status).toBe('SUBMITTED');
  return resent.reference as string;
}

/** A real PNG (solid colour), as the image upload checks the file itself. */
function png(width: number, height: number, rgb: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

const shot = screenshotsIn('staff-day');

/** Staff sign in from the home page, as on the phone; the back office opens on the applications table. */
async function signIn(page: Page, table = true) {
  await page.goto(`${suite.server.url}/`);
  await page.locator('.account-entry').click();
  await page.locator('.staff-entry').click();
  await page.locator('.login-username input').fill(STAFF.username);
  await page.locator('.login-password input').fill(STAFF.password);
  await page.locator('.login-submit').click();
  if (table) await page.getByRole('table', { name: '申请管理' }).waitFor();
}

/** Types into a Taro field found by its placeholder (the nth when a list repeats it). */
const field = (page: Page, placeholder: string, nth = 0) =>
  page.locator(`input[placeholder="${placeholder}"], textarea[placeholder="${placeholder}"]`).filter({ visible: true }).nth(nth);

describe('a staff day in the desktop back office', () => {
  it('finds, reviews, signs and publishes an application’s card, then answers an inquiry beside the queue', async () => {
    const reference = await arrangeResubmission();
    const { context, page, errors } = await desktopPage(suite.browser);
    await signIn(page);

    // The back office: a sidebar with the sections, the applications as a table.
    const nav = page.getByRole('navigation', { name: '工作台' });
    await expect
      .poll(() => nav.getByRole('link').allInnerTexts())
      .toEqual(expect.arrayContaining([expect.stringContaining('申请管理'), expect.stringContaining('名片管理')]));
    expect(await nav.getByRole('link', { name: /申请管理/ }).getAttribute('aria-current')).toBe('page');

    // Found by a fragment of the phone number (after a search that finds nothing, so that the rows
    // cannot be the ones from before it).
    await field(page, '编号、区域、单位、联系人或产业').fill('没有这个区域');
    await field(page, '编号、区域、单位、联系人或产业').press('Enter');
    await expect.poll(() => page.locator('.staff-total').innerText()).toBe('共 0 份申请');
    await field(page, '编号、区域、单位、联系人或产业').fill('0731');
    await field(page, '编号、区域、单位、联系人或产业').press('Enter');
    const table = page.getByRole('table', { name: '申请管理' });
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    await expect.poll(() => table.getByRole('row').nth(1).innerText()).toContain(reference);
    await shot(page, '01-applications-found-by-phone');

    // The resubmission's changes, field by field.
    await table.getByRole('row').nth(1).click();
    const diff = page.getByRole('table', { name: /重新提交的修改/ });
    await diff.waitFor();
    const leadUnit = diff.getByRole('row').filter({ hasText: '牵头单位' });
    await expect.poll(() => leadUnit.innerText()).toContain('长沙市工业和信息化局（产业科）');
    expect(await leadUnit.getByRole('cell').nth(1).innerText()).toBe('长沙市工业和信息化局');

    // An internal comment.
    await field(page, '写一条内部评论').fill('规模数据已补充，可以进入协商');
    await page.getByRole('button', { name: '发表评论' }).click();
    await expect.poll(() => page.getByRole('list', { name: /内部评论/ }).innerText()).toContain('规模数据已补充');

    // Consultation, the signed agreement attached, then signed.
    await page.getByRole('button', { name: '进入协商' }).click();
    await page.getByRole('button', { name: '上传签约协议（PDF）' }).waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '上传签约协议（PDF）' }).click();
    await (await chooser).setFiles({ name: '长沙-签约协议.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('link', { name: /长沙-签约协议\.pdf/ }).waitFor();
    await page.getByRole('button', { name: '确认签约' }).click();
    await page.getByRole('button', { name: '开始打造' }).click();
    await shot(page, '02-application-review');
    await page.getByRole('button', { name: '创建产业名片' }).click();

    // The card editor: Chinese and English side by side.
    await field(page, '名片标题').waitFor();
    await field(page, '名片标题').fill(CARD.title);
    await field(page, '英文标题').fill(CARD.titleEn);
    await field(page, '概念理念').fill(CARD.concept);
    await field(page, '概念理念（英文）').fill(CARD.conceptEn);
    await page.getByRole('button', { name: '添加关键数据' }).click();
    await field(page, '名称').fill('工程机械产值');
    await field(page, '数值').fill('3000');
    await field(page, '单位').fill('亿元');
    await field(page, '名称 (EN)').fill('Machinery output');
    await field(page, '单位 (EN)').fill('× 100 M yuan');
    await page.getByRole('button', { name: '添加代表企业' }).click();
    await field(page, '企业名称').fill('三一重工');
    await field(page, '企业名称 (EN)').fill('SANY Heavy Industry');
    await page.getByRole('button', { name: '添加地标' }).click();
    await field(page, '地标名称').fill('长沙经开区');
    await field(page, '介绍').fill('工程机械产业集聚区');
    await field(page, '地标名称 (EN)').fill('Changsha Economic Development Zone');
    for (const [label, colour] of [
      ['标志', [200, 16, 46]],
      ['封面图', [31, 78, 121]],
    ] as const) {
      const picked = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: `上传图片 · ${label}` }).click();
      await (await picked).setFiles({ name: `${label}.png`, mimeType: 'image/png', buffer: png(64, 32, [...colour]) });
      await page.locator(`[aria-label="${label}"]`).filter({ visible: true }).first().waitFor();
    }
    await page.getByRole('button', { name: '保存草稿' }).click();
    await expect.poll(() => page.getByRole('list', { name: '修改记录' }).innerText()).toContain('industries');

    // The preview, as the public sees it, in both languages.
    const preview = page.getByRole('region', { name: '预览（公众所见）' });
    await expect.poll(() => preview.innerText()).toContain(CARD.title);
    expect(await preview.innerText()).toContain('三一重工');
    expect(await preview.innerText()).toContain('工程机械产值');
    await shot(page, '03-card-editor-preview-zh');
    await preview.getByRole('tab', { name: '英文预览' }).click();
    await expect.poll(() => preview.innerText()).toContain(CARD.titleEn);
    expect(await preview.innerText()).toContain('Machinery output');
    expect(await preview.innerText()).toContain(CARD.conceptEn);
    await shot(page, '04-card-editor-preview-en');

    // Published.
    await page.getByRole('button', { name: '发布', exact: true }).click();
    await page.locator('.taro-model__confirm').click();
    // Back on the application, now published.
    await page.getByText('申请详情', { exact: true }).filter({ visible: true }).waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('[data-status="PUBLISHED"]').filter({ visible: true }).count()).toBeGreaterThan(0);
    const { cards } = await gql(
      '{ cards(first: 5, filter: { query: "星城智造" }) { edges { node { slug title titleEn logoUrl keyFigures { label value unit } enterprises landmarks { name kind } } } } }',
    );
    expect(cards.edges).toHaveLength(1);
    expect(cards.edges[0].node).toMatchObject({
      title: CARD.title,
      titleEn: CARD.titleEn,
      keyFigures: [{ label: '工程机械产值', value: '3000', unit: '亿元' }],
      enterprises: ['三一重工'],
      landmarks: [{ name: '长沙经开区', kind: 'PARK' }],
    });
    expect(cards.edges[0].node.logoUrl).toMatch(/^\/media\//);

    // The card list: every card, this one among the published.
    await nav.getByRole('link', { name: /名片管理/ }).click();
    const cardTable = page.getByRole('table', { name: '名片管理' });
    await cardTable.waitFor();
    await field(page, '标题、区域、产业或 slug').fill('星城');
    await field(page, '标题、区域、产业或 slug').press('Enter');
    await expect.poll(() => cardTable.getByRole('row').count()).toBe(2);
    expect(await cardTable.getByRole('row').nth(1).innerText()).toContain('已发布');
    await field(page, '标题、区域、产业或 slug').fill('');
    await field(page, '标题、区域、产业或 slug').press('Enter');
    await expect.poll(() => cardTable.getByRole('row').count()).toBeGreaterThan(10);
    await shot(page, '05-card-list');

    // A visitor asks for a person (on a phone).
    const visitorContext = await phoneContext(suite.browser);
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${suite.server.url}/pages/inquiries/chat/index`);
    await visitor.locator('.chat-input input, .chat-input textarea, input.chat-input, textarea.chat-input').first().fill(QUESTION);
    await visitor.locator('.chat-send').click();
    await visitor.locator('.chat-message--bot').first().waitFor();
    await visitor.locator('.chat-handoff').first().click();
    await visitor.locator('.chat-queue-position').waitFor();

    // Staff answer it with the queue beside the conversation.
    await nav.getByRole('link', { name: /咨询接待/ }).click();
    const queued = page.locator('.inbox__item--queue', { hasText: QUESTION }).filter({ visible: true });
    await queued.waitFor();
    await queued.getByRole('button', { name: '接待', exact: true }).click();
    const composer = page.locator('.thread--embedded textarea').filter({ visible: true });
    await composer.waitFor();
    // Both at once: the conversation's column beside the lists.
    const [lists, thread] = await Promise.all([
      page.locator('.inbox__queue-column').filter({ visible: true }).boundingBox(),
      page.locator('.inbox__thread-column').filter({ visible: true }).boundingBox(),
    ]);
    expect(lists!.x + lists!.width).toBeLessThanOrEqual(thread!.x + 1);
    // …and at the same height on screen (each column scrolls on its own).
    expect(thread!.y).toBeLessThan(lists!.y + lists!.height);
    expect(lists!.y).toBeLessThan(thread!.y + thread!.height);
    expect(thread!.width).toBeGreaterThan(600);
    await composer.fill(REPLY);
    await page.locator('.thread--embedded .thread__send').filter({ visible: true }).click();
    await visitor.locator('.chat-message--staff', { hasText: REPLY }).waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('.thread--embedded').filter({ visible: true }).innerText()).toContain(REPLY);
    await shot(page, '06-inbox-side-by-side');
    expect(errors).toEqual([]);
    await Promise.all([visitorContext.close(), context.close()]);
  });

  it('keeps the phone layout below 1024 px: no sidebar, the applications as a list', async () => {
    const context = await phoneContext(suite.browser);
    const page = await context.newPage();
    await signIn(page, false);
    await page.locator('.app-item').first().waitFor();
    expect(await page.getByRole('navigation', { name: '工作台' }).isVisible()).toBe(false);
    expect(await page.getByRole('table', { name: '申请管理' }).count()).toBe(0);
    await shot(page, '07-phone-applications');
    await context.close();
  });
});
