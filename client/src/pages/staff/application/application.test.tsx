import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { taroStub } from '../../../../test/taro-stub';
import { application, serveGraphQL, staffViewer } from '../../../../test/serve';
import { createClient, setClient } from '../../../graphql/client';
import { resetLangForTests } from '../../../i18n/store';
import { resetSessionForTests, TOKEN_STORAGE_KEY } from '../../../features/auth/session';
import StaffApplicationPage from './index';

beforeEach(() => {
  resetLangForTests();
  taroStub.storage.set(TOKEN_STORAGE_KEY, 'staff-token');
  resetSessionForTests();
  setClient(createClient('/graphql'));
});
afterEach(() => {
  setClient(null);
  resetSessionForTests();
});

const submitted = application({
  status: 'SUBMITTED',
  statusLabel: '已提交',
  version: 3,
  reference: 'CY2025-00001',
  allowedTransitions: ['IN_CONSULTATION', 'RETURNED', 'DECLINED'],
  attachments: [{ id: 'att-1', fileName: '产业情况.pdf', contentType: 'application/pdf', size: 2048, url: '/files/attachments/x.pdf?exp=1&sig=s' }],
});

describe('staff application page', () => {
  it('needs a note to return, then shows a conflict as 已被他人更新 and reloads', async () => {
    let current = submitted;
    const seen = serveGraphQL((op) => {
      if (op === 'Viewer') return { data: { viewer: staffViewer } };
      if (op === 'ApplicationDetail') return { data: { application: current } };
      if (op === 'TransitionApplication') {
        // Someone else moved it meanwhile.
        current = {
          ...submitted,
          status: 'IN_CONSULTATION',
          statusLabel: '协商中',
          version: 4,
          allowedTransitions: ['AGREEMENT_SIGNED', 'RETURNED', 'DECLINED'],
        };
        return {
          data: {
            transitionApplication: { __typename: 'ConflictError', message: '该申请已被他人更新，请刷新后再试', code: 'VERSION_CONFLICT', currentVersion: 4 },
          },
        };
      }
      return new Error(`unexpected ${op}`);
    });
    taroStub.params = { id: submitted.id };
    const { container } = render(<StaffApplicationPage />);
    const returnButton = await waitFor(() => {
      const el = container.querySelector('.transition-button[data-to="RETURNED"]');
      expect(el).not.toBeNull();
      return el as HTMLElement;
    });
    expect(container.querySelector('.attachment-link')?.getAttribute('data-name')).toBe('产业情况.pdf');

    await act(async () => {
      fireEvent.click(returnButton);
    });
    expect(container.querySelector('.note-error')?.textContent).toBe('请填写原因，申请人将看到它');
    expect(seen.some((s) => s.operationName === 'TransitionApplication')).toBe(false);

    // Taro's web components render their native control a moment later.
    const note = await waitFor(() => {
      const el = container.querySelector('.transition-note textarea') as HTMLTextAreaElement | null;
      expect(el).not.toBeNull();
      return el!;
    });
    await act(async () => {
      note.value = '请补充材料';
      fireEvent.input(note, { target: { value: '请补充材料' } });
    });
    await act(async () => {
      fireEvent.click(container.querySelector('.transition-button[data-to="RETURNED"]') as HTMLElement);
    });
    await waitFor(() => expect(container.querySelector('.staff-notice')?.textContent).toContain('已被他人更新'));
    await waitFor(() => expect(container.querySelector('.application-status')?.getAttribute('data-status')).toBe('IN_CONSULTATION'));
    expect(seen.find((s) => s.operationName === 'TransitionApplication')?.variables).toEqual({
      id: submitted.id,
      to: 'RETURNED',
      note: '请补充材料',
      expectedVersion: 3,
    });
    expect(taroStub.toasts).toContain('已被他人更新，已重新载入最新内容');
  });

  it('is for staff only', async () => {
    serveGraphQL((op) => (op === 'Viewer' ? { data: { viewer: { ...staffViewer, role: 'OFFICIAL' } } } : new Error(op)));
    taroStub.params = { id: submitted.id };
    const { container } = render(<StaffApplicationPage />);
    await waitFor(() => expect(container.textContent).toContain('没有权限访问此页面'));
  });
});
