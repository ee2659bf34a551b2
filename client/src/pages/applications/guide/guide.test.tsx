import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/react';
import { taroStub } from '../../../../test/taro-stub';
import { campaign, serveGraphQL } from '../../../../test/serve';
import { createClient, setClient } from '../../../graphql/client';
import { resetLangForTests } from '../../../i18n/store';
import { resetSessionForTests, TOKEN_STORAGE_KEY } from '../../../features/auth/session';
import ApplicationGuidePage from './index';

beforeEach(() => {
  resetLangForTests();
  resetSessionForTests();
  setClient(createClient('/graphql'));
});
afterEach(() => {
  setClient(null);
  resetSessionForTests();
});

describe('办事指南', () => {
  it('shows the open call’s levels and deadline, the five steps and the sample contact; 开始填写 asks to sign in first', async () => {
    serveGraphQL((op) => (op === 'OpenCampaign' ? { data: { openCampaign: campaign } } : new Error(op)));
    const { container, getByRole, getByText } = render(<ApplicationGuidePage />);
    await waitFor(() => expect(container.querySelectorAll('.guide__chip[data-level]')).toHaveLength(4));
    expect([...container.querySelectorAll('.guide__chip[data-level]')].map((e) => e.textContent)).toEqual([
      '副省级（省会）城市',
      '地级市',
      '区、县（市）、旗',
      '产业集聚区',
    ]);
    expect(container.querySelector('.guide__date')?.textContent).toContain('2026-06-30 截止');
    expect([...container.querySelectorAll('.guide__step')].map((e) => e.getAttribute('data-step'))).toEqual([
      'SUBMITTED',
      'IN_CONSULTATION',
      'AGREEMENT_SIGNED',
      'BUILDING',
      'PUBLISHED',
    ]);
    expect(getByText('电话咨询：010-68209937（示例号码）')).toBeTruthy();

    fireEvent.click(getByRole('button', { name: '开始填写' }));
    expect(taroStub.navigations.at(-1)).toBe(`/pages/account/login/index?redirect=${encodeURIComponent('/pages/applications/form/index')}`);
    fireEvent.click(getByRole('link', { name: '常见问题 · 在线咨询' }));
    expect(taroStub.navigations.at(-1)).toBe('/pages/inquiries/chat/index');
  });

  it('says when no call is open, and 开始填写 is then disabled', async () => {
    taroStub.storage.set(TOKEN_STORAGE_KEY, 'token-1');
    resetSessionForTests();
    serveGraphQL((op) => (op === 'OpenCampaign' ? { data: { openCampaign: null } } : op === 'Viewer' ? { data: { viewer: null } } : new Error(op)));
    const { findByText, getByRole } = render(<ApplicationGuidePage />);
    expect(await findByText('当前没有开放的征集；可先了解流程，或咨询中心。')).toBeTruthy();
    expect(getByRole('button', { name: '开始填写' }).getAttribute('aria-disabled')).toBe('true');
  });
});
