// The admin's back office at 1366 × 900 (issue 15, items 5 and 6 in the app): an admin creates a staff
// account, disables it, then finds both changes in the audit log with their values before and after.
// A staff member who is not an admin gets neither link and a refusal on the page.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite, desktopPage, screenshotsIn, signInStaffOnH5 } from '../support/browser-suite.js';

const ADMIN = { username: 'desk.admin', password: 'Desk-admin-2025!', role: 'ADMIN' as const };
const STAFF = { username: 'desk.clerk', password: 'Desk-clerk-2025!', role: 'STAFF' as const };
const NEW = { username: 'wang.xm', password: 'Wang-xm-2026!', displayName: '王小明', staffNumber: 'G007' };

const suite = browserSuite({ accounts: [ADMIN, STAFF], env: { SAMPLE_FILMS: '0' } });

const shot = screenshotsIn('admin');

const sidebar = (page: Page) => page.getByRole('navigation', { name: '工作台' }).filter({ visible: true });
const input = (page: Page, field: string) => page.locator(`[data-field="${field}"] input`).filter({ visible: true });

describe('the admin’s back office', () => {
  it('creates a staff account, disables it, and reads both changes in the audit log', async () => {
    const { context, page, errors } = await desktopPage(suite.browser);
    await signInStaffOnH5(page, suite.server, ADMIN);

    await sidebar(page).getByRole('link', { name: '账号管理' }).click();
    const accounts = page.getByRole('table', { name: '工作人员账号' }).filter({ visible: true });
    await accounts.waitFor();
    await page.getByRole('button', { name: '新建账号' }).filter({ visible: true }).click();
    await input(page, 'username').fill(NEW.username);
    await input(page, 'password').fill('short');
    await input(page, 'displayName').fill(NEW.displayName);
    await input(page, 'staffNumber').fill(NEW.staffNumber);
    await page.getByRole('button', { name: '保存' }).filter({ visible: true }).click();
    // Too short a password is refused at its field, in Chinese, and nothing is created.
    await expect.poll(() => page.locator('[data-field="password"] [role="alert"]').filter({ visible: true }).textContent()).toMatch(/密码/);
    await shot(page, '1-account-form-error');
    await input(page, 'password').fill(NEW.password);
    await page.getByRole('button', { name: '保存' }).filter({ visible: true }).click();
    const row = accounts.getByRole('row').filter({ hasText: NEW.displayName });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain(NEW.staffNumber);
    expect(await row.textContent()).toContain('启用中');
    await shot(page, '2-account-created');

    await row.getByRole('button', { name: `停用 ${NEW.displayName}` }).click();
    await page.locator('.taro-model__confirm').click();
    await expect.poll(() => row.locator('[data-status]').getAttribute('data-status')).toBe('DISABLED');
    await shot(page, '3-account-disabled');

    await sidebar(page).getByRole('link', { name: '审计日志' }).click();
    const log = page.getByRole('table', { name: '审计日志' }).filter({ visible: true });
    await log.waitFor();
    // Filter to staff accounts: the creation and the disabling, newest first.
    await page.locator('.filter-subjectType').filter({ visible: true }).click();
    await page.getByRole('option', { name: '工作人员账号' }).filter({ visible: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ visible: true }).first().textContent()).toBe('共 2 条记录');
    const rows = log.getByRole('row').filter({ hasText: '工作人员账号' });
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain('停用账号');
    const created = rows.nth(1);
    expect(await created.textContent()).toContain('创建账号');
    const change = (r: typeof created, field: string) => r.locator(`[data-field="${field}"]`);
    expect(await change(created, 'displayName').textContent()).toBe('显示名称—→王小明');
    expect(await change(created, 'staffNumber').textContent()).toBe('工号—→G007');
    expect(await change(created, 'role').textContent()).toBe('角色—→工作人员');
    // Who did it (the admin's account name: it has no display name).
    expect(await created.textContent()).toContain(ADMIN.username);
    await shot(page, '4-audit-staff-accounts');

    // Only the disabling: its value before and after.
    await page.locator('.filter-action').filter({ visible: true }).click();
    await page.getByRole('option', { name: '停用账号' }).filter({ visible: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ visible: true }).first().textContent()).toBe('共 1 条记录');
    const disabled = log.getByRole('row').filter({ hasText: '停用账号' });
    expect(await change(disabled, 'disabled').textContent()).toBe('已停用否→是');
    // Read-only: no control in the log edits or deletes an entry.
    expect(await log.getByRole('button', { name: /删除|编辑/ }).count()).toBe(0);
    await shot(page, '5-audit-disable');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses the admin pages to staff who are not admins, and hides their links', async () => {
    const { context, page } = await desktopPage(suite.browser);
    await signInStaffOnH5(page, suite.server, STAFF);
    await sidebar(page).getByRole('link', { name: '申请管理' }).waitFor();
    expect(await sidebar(page).getByRole('link', { name: '审计日志' }).count()).toBe(0);
    await page.goto(`${suite.server.url}/pages/staff/audit/index`);
    await page.getByText('仅管理员可用').filter({ visible: true }).waitFor();
    expect(await page.getByRole('table', { name: '审计日志' }).count()).toBe(0);
    await shot(page, '6-audit-refused');
    await context.close();
  });
});
