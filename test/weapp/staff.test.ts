// Centre staff in WeChat: sign in with their account from 我的, every staff page of app.json renders
// with the staff session, and a visitor's queued inquiry is taken and answered from the inbox.
import crypto from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { gql, queuedInquiry, submittedApplication, useHost } from './support.js';

const host = useHost();
const DEVICE = `weapp-visitor-${crypto.randomBytes(6).toString('hex')}`;
const QUESTION = `你好，我想了解申请材料的要求（${process.pid}）`;
const REPLY = '您好，我是中心工作人员：登记表填写完整即可提交，附件可选。';
let application: { id: string };
let inquiryId: string;
let card: { id: string; slug: string };

beforeAll(async () => {
  application = await submittedApplication(`o_staffcase_${process.pid}`, `136${String(process.pid % 10000).padStart(4, '0')}0002`, [
    '甘肃省',
    '张掖市',
    '甘州区',
  ]);
  inquiryId = await queuedInquiry(DEVICE, QUESTION);
  const { cards } = await gql(`{ cards(first: 1, filter: { query: "东莞" }) { edges { node { id slug } } } }`);
  card = cards.edges[0].node;
}, 60_000);

/** Each staff page with the parameters the staff pages link to it with. */
function staffPageUrl(route: string): string {
  const q = (params: Record<string, string>) =>
    `/${route}?${Object.entries(params)
      .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
      .join('&')}`;
  switch (route) {
    case 'pages/staff/application/index':
      return q({ id: application.id });
    case 'pages/staff/card/index':
      return q({ applicationId: application.id });
    case 'pages/staff/films/index':
      return q({ cardId: card.id, slug: card.slug });
    case 'pages/staff/inquiry/index':
      return q({ id: inquiryId });
    default:
      return `/${route}`;
  }
}

describe('staff on weapp', () => {
  it('sign in with the centre account from 我的', async () => {
    const h = host();
    h.tap(await h.waitFor('.account-entry'));
    await h.waitForRoute('pages/account/me/index');
    h.tap(await h.waitFor('.staff-entry'));
    await h.waitForRoute('pages/account/login/index');
    const { staff } = inject('weapp');
    h.type(await h.waitFor('.login-username'), staff.username);
    h.type('.login-password', staff.password);
    h.tap('.login-submit');
    await h.until(() => h.topPage()?.route.startsWith('pages/staff/') || h.topPage()?.route === 'pages/account/me/index', 'the staff desk');
    const token = JSON.parse(h.storage.get('cards.token') ?? '""');
    const { viewer } = await gql(`{ viewer { role } }`, {}, token);
    expect(viewer.role).toBe('STAFF');
  });

  it('renders every staff page of app.json with the staff session', async () => {
    const h = host();
    const pages = h.allPages().filter((p) => p.startsWith('pages/staff/'));
    expect(pages.length).toBeGreaterThanOrEqual(10);
    for (const route of pages) {
      await h.router.reLaunch({ url: staffPageUrl(route) });
      await h.waitForRoute(route);
      await h.idle();
      const text = h.text();
      expect(text, route).not.toContain('没有权限访问此页面');
      expect(text, route).not.toContain('请先登录');
      expect(h.$('.status--error'), `${route}: ${text.slice(0, 300)}`).toBeNull();
      expect(h.$('.status--loading'), `${route} still loading`).toBeNull();
      expect(h.problems(), route).toEqual([]);
    }
  });

  it('takes the queued inquiry from the inbox and answers it', async () => {
    const h = host();
    await h.router.reLaunch({ url: '/pages/staff/inquiries/index' });
    const item = await h.waitFor('.inbox-queue-item', QUESTION);
    h.tap(item.querySelector('.inbox-take')!);
    // Taken: it leaves the queue and the conversation opens (or is one tap away).
    await h.until(
      () => h.topPage()?.route === 'pages/staff/inquiry/index' || h.$$('.inbox-mine-item').some((el) => el.textContent?.includes(QUESTION)),
      'the inquiry to be ours',
    );
    if (h.topPage()?.route !== 'pages/staff/inquiry/index') h.tap(h.$$('.inbox-mine-item').find((el) => el.textContent?.includes(QUESTION))!);
    await h.waitForRoute('pages/staff/inquiry/index');
    await h.waitFor('.thread-status');
    h.type(await h.waitFor('.thread-input'), REPLY);
    h.tap('.thread-send');
    await h.until(() => h.text().includes(REPLY), 'the reply in the thread');

    // The visitor gets it.
    const { inquiry } = await gql(`query($id: ID!) { inquiry(id: $id) { status messages { author text } } }`, { id: inquiryId }, undefined, DEVICE);
    expect(inquiry.status).toBe('HUMAN');
    expect(inquiry.messages).toContainEqual({ author: 'STAFF', text: REPLY });
  });
});
