import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { taroStub } from '../../../../test/taro-stub';
import { application, campaign, officialViewer, serveGraphQL } from '../../../../test/serve';
import { createClient, setClient } from '../../../graphql/client';
import { resetLangForTests } from '../../../i18n/store';
import { resetSessionForTests, TOKEN_STORAGE_KEY } from '../../../features/auth/session';
import { typeInto } from '../../../../test/dom';
import ApplicationFormPage from './index';

beforeEach(() => {
  resetLangForTests();
  taroStub.storage.set(TOKEN_STORAGE_KEY, 'token-1');
  resetSessionForTests();
  setClient(createClient('/graphql'));
});
afterEach(() => {
  setClient(null);
  resetSessionForTests();
});

/** Answers what the page asks when it opens (the official, the open campaign, `mine` as their applications), then `rest`. */
function serveFormPage(mine: unknown[], rest: (op: string) => unknown = (op) => new Error(`unexpected ${op}`)) {
  return serveGraphQL((op) => {
    if (op === 'Viewer') return { data: { viewer: officialViewer } };
    if (op === 'OpenCampaign') return { data: { openCampaign: campaign } };
    if (op === 'MyApplications') return { data: { myApplications: mine } };
    return rest(op);
  });
}

describe('application form page', () => {
  it('resumes the draft, previews it, submits only after the declaration, and shows a refusal at its field', async () => {
    const draft = application();
    const seen = serveFormPage([draft], (op) => {
      if (op === 'ApplicationDetail') return { data: { application: draft } };
      if (op === 'SubmitApplication') {
        return {
          data: {
            submitApplication: {
              __typename: 'ValidationError',
              message: '申请区域：格尔木市在本次征集中已有进行中的申请（CY2025-00003），不能重复申请',
              code: 'INVALID_INPUT',
              fieldErrors: [{ field: 'regionCode', message: '申请区域：格尔木市在本次征集中已有进行中的申请（CY2025-00003），不能重复申请' }],
            },
          },
        };
      }
      return new Error(`unexpected ${op}`);
    });
    const { container, getByRole, findByText } = render(<ApplicationFormPage />);
    await waitFor(() => expect((container.querySelector('.lead-unit-input input') as HTMLInputElement | null)?.value).toBe('格尔木市工业和信息化局'));
    expect(container.querySelector('.region-value')?.textContent).toContain('格尔木市');
    expect(seen.every((s) => s.authorization === 'Bearer token-1')).toBe(true);

    await act(async () => {
      fireEvent.click(getByRole('button', { name: '预览并提交' }));
    });
    await findByText('核对登记表');
    expect(container.textContent).toContain('格尔木市工业和信息化局');
    const pledge = getByRole('checkbox');
    expect(pledge.getAttribute('aria-checked')).toBe('false');
    await act(async () => {
      fireEvent.click(getByRole('button', { name: '提交申请' }));
    });
    expect(await findByText('请先勾选承诺')).toBeTruthy();
    expect(seen.filter((s) => s.operationName === 'SubmitApplication')).toHaveLength(0);

    fireEvent.click(pledge);
    expect(pledge.getAttribute('aria-checked')).toBe('true');
    await act(async () => {
      fireEvent.click(getByRole('button', { name: '提交申请' }));
    });
    await waitFor(() => expect(container.querySelector('.field-regionCode .field-error')?.textContent).toContain('已有进行中的申请'));
    const submitted = seen.filter((s) => s.operationName === 'SubmitApplication');
    expect(submitted[0]?.variables).toEqual({ id: draft.id, expectedVersion: 1, clientKey: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/) });
    expect(container.querySelector('.form-message')?.textContent).toBe('请修正标出的 1 处内容');
  });

  it('checks everything before submitting and shows the errors next to their fields', async () => {
    serveFormPage([]);
    const { container } = render(<ApplicationFormPage />);
    await waitFor(() => expect(container.querySelector('.preview-application')).not.toBeNull());
    await act(async () => {
      fireEvent.click(container.querySelector('.preview-application') as HTMLElement);
    });
    expect(container.querySelector('.field-regionCode .field-error')?.textContent).toBe('请选择申请区域');
    expect(container.querySelector('.field-phone .field-error')?.textContent).toBe('请填写联系电话');
    expect(container.querySelector('.form-message')?.textContent).toBe('请修正标出的 7 处内容');
    expect(container.textContent).not.toContain('核对登记表');
    // The summary counts what is still wrong, and goes with the last error.
    await typeInto(container, '.phone-input input', '13900000001');
    await waitFor(() => expect(container.querySelector('.form-message')?.textContent).toBe('请修正标出的 6 处内容'));
  });

  it('creates the draft a second after the first change, in the open campaign', async () => {
    const created = application({
      leadUnit: '格尔木市工业和信息化局',
      region: null,
      leadingIndustries: [],
      intro: '',
      contactName: '',
      contactTitle: '',
      phone: '',
    });
    const seen = serveFormPage([], (op) => {
      if (op === 'SaveApplicationDraft') return { data: { saveApplicationDraft: { __typename: 'Application', ...created } } };
      return new Error(`unexpected ${op}`);
    });
    const { container } = render(<ApplicationFormPage />);
    await typeInto(container, '.lead-unit-input input', '格尔木市工业和信息化局');
    expect(container.querySelector('.save-state')?.getAttribute('data-status')).toBe('pending');
    await waitFor(() => expect(container.querySelector('.save-state')?.getAttribute('data-status')).toBe('saved'), { timeout: 4000 });
    const saves = seen.filter((s) => s.operationName === 'SaveApplicationDraft');
    expect(saves).toHaveLength(1);
    expect(saves[0].variables).toMatchObject({
      id: null,
      campaignId: campaign.id,
      expectedVersion: null,
      clientKey: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
    });
    expect((saves[0].variables.input as Record<string, unknown>).leadUnit).toBe('格尔木市工业和信息化局');
  });

  it('asks a signed-out visitor to sign in', async () => {
    taroStub.storage.delete(TOKEN_STORAGE_KEY);
    resetSessionForTests();
    const { container } = render(<ApplicationFormPage />);
    await waitFor(() => expect(container.textContent).toContain('请先登录'));
  });
});
