// Issue 17, acceptance 3, on H5: a visitor marks a bot answer 👎 with a reason; staff see it under
// 机器人未解决, turn it into a phrasing of a FAQ entry in one step; the visitor asks again and gets
// that entry's answer. Elements are found by role, label and text, as a person finds them.
import { describe, expect, it } from 'vitest';
import { phoneContext, screenshot } from '../support/browser.js';
import { type AppOperation, appOperation, browserSuite } from '../support/browser-suite.js';

const STAFF = { username: 'bot-staff', password: 'Bot-staff-2025!' };
const QUESTION = '企业用名片标识要申请授权吗';

const suite = browserSuite({ accounts: [STAFF], env: { SAMPLE_FILMS: '0', INQUIRY_HOURS: 'always', TRUSTED_DOCUMENTS: '1' } });
const gql = (operation: AppOperation, variables?: Record<string, unknown>) => appOperation(suite.server, operation, variables);

describe('H5: teaching the bot from a 👎', () => {
  it('turns a visitor’s 👎 into a FAQ phrasing the bot answers from at once', async () => {
    const visitorContext = await phoneContext(suite.browser);
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${suite.server.url}/pages/inquiries/chat/index`);
    const input = visitor.locator('input[placeholder="请输入您的问题"]').first();
    await input.fill(QUESTION);
    await visitor.getByText('发送', { exact: true }).click();
    await visitor.getByText('这个问题我不太确定', { exact: false }).first().waitFor();

    // 👎 with a reason.
    await visitor.getByRole('button', { name: '没帮助' }).last().click();
    await visitor.getByText('感谢反馈').last().waitFor();
    await visitor.locator('input[placeholder="哪里不对？（选填）"]').last().fill('没回答要不要授权');
    await visitor.getByRole('button', { name: '提交原因' }).last().click();
    await expect.poll(() => visitor.locator('input[placeholder="哪里不对？（选填）"]').count()).toBe(0);
    await screenshot(visitor, 'bot-feedback-1-marked-wrong');

    // Staff, signed in (the session the app keeps), open 机器人未解决 from the inbox.
    const login = await gql('LoginWithPassword', STAFF);
    const token = login.loginWithPassword.token as string;
    const staffContext = await phoneContext(suite.browser);
    const staff = await staffContext.newPage();
    await staff.goto(`${suite.server.url}/`);
    await staff.evaluate((t) => localStorage.setItem('cards.token', JSON.stringify({ data: t })), token);
    await staff.goto(`${suite.server.url}/pages/staff/inquiries/index`);
    // The phone layout: the inbox's own link (the desktop sidebar's is hidden below 1024 px).
    await staff.getByText('机器人未解决', { exact: true }).filter({ visible: true }).first().click();
    const group = staff.getByRole('article', { name: QUESTION });
    await group.waitFor();
    await expect.poll(() => group.innerText()).toContain('没回答要不要授权');
    await expect.poll(() => group.innerText()).toContain('没帮助1次');
    await screenshot(staff, 'bot-feedback-2-unresolved');

    // One step: the question becomes a phrasing of the closest entry (产业名片建成后由谁来管理运营？).
    await expect.poll(() => group.getByRole('button', { name: '选择要补充问法的问答' }).innerText()).toContain('管理运营');
    await group.getByRole('button', { name: '加为该问答的问法' }).click();
    await staff.getByText('没有未解决的问题').waitFor();
    await screenshot(staff, 'bot-feedback-3-taught');

    // The visitor asks again and gets the entry's answer, with its source.
    await input.fill(QUESTION);
    await visitor.getByText('发送', { exact: true }).click();
    await visitor.getByText('第三方机构运营', { exact: false }).first().waitFor();
    await screenshot(visitor, 'bot-feedback-4-answered');
  });
});
