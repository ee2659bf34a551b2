import { Text } from '@tarojs/components';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { taroStub } from '../../../test/taro-stub';
import { serveGraphQL, staffViewer } from '../../../test/serve';
import { createClient, setClient } from '../../graphql/client';
import { resetLangForTests } from '../../i18n/store';
import { resetSessionForTests, TOKEN_STORAGE_KEY } from '../../features/auth/session';
import StaffPage from './index';

const page = () => (
  <StaffPage title="申请管理" redirect="/pages/staff/list/index">
    <Text>staff-only content</Text>
  </StaffPage>
);

beforeEach(() => {
  resetLangForTests();
  resetSessionForTests();
  setClient(createClient('/graphql'));
});
afterEach(() => {
  setClient(null);
  resetSessionForTests();
});

describe('StaffPage', () => {
  it('shows the title and, for staff, the content', async () => {
    taroStub.storage.set(TOKEN_STORAGE_KEY, 'staff-token');
    resetSessionForTests();
    serveGraphQL((op) => (op === 'Viewer' ? { data: { viewer: staffViewer } } : new Error(op)));
    render(page());
    expect(screen.getAllByText('申请管理').length).toBeGreaterThan(0);
    await screen.findByText('staff-only content');
  });

  it('lists the staff sections in the desktop sidebar (shown by CSS at ≥ 1024 px)', () => {
    serveGraphQL((op) => new Error(op));
    render(page());
    const nav = screen.getByRole('navigation', { name: '工作台' });
    const links = [...nav.querySelectorAll('[role="link"]')].map((l) => l.textContent);
    expect(links).toEqual(['申申请管理', '片名片管理', '询咨询接待', '览数据概览', '数咨询统计', '复快捷回复', '问常见问题', '漏机器人未解决']);
  });

  it('asks a signed-out visitor to sign in as staff, and hides the content', async () => {
    serveGraphQL((op) => new Error(op));
    render(page());
    await waitFor(() => expect(screen.getByText('登录')).toBeTruthy());
    expect(screen.queryByText('staff-only content')).toBeNull();
  });

  it('refuses an official', async () => {
    taroStub.storage.set(TOKEN_STORAGE_KEY, 'official-token');
    resetSessionForTests();
    serveGraphQL((op) => (op === 'Viewer' ? { data: { viewer: { ...staffViewer, role: 'OFFICIAL' } } } : new Error(op)));
    render(page());
    await screen.findByText('没有权限访问此页面');
    expect(screen.queryByText('staff-only content')).toBeNull();
  });
});
