import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { taroStub } from '../../../test/taro-stub';
import { application, campaign, serveGraphQL } from '../../../test/serve';
import { createClient, setClient } from '../../graphql/client';
import { resetLangForTests } from '../../i18n/store';
import type { RegionOptionFragment } from '@cards/schema';
import { useApplicationDraft } from './useApplicationDraft';

beforeEach(() => {
  resetLangForTests();
  setClient(createClient('/graphql'));
});
afterEach(() => setClient(null));

describe('useApplicationDraft', () => {
  it('asks a signed-out visitor to sign in, without loading anything', () => {
    const seen = serveGraphQL((op) => new Error(op));
    const { result } = renderHook(() => useApplicationDraft('', null));
    expect(result.current.phase).toBe('signedOut');
    expect(seen).toHaveLength(0);
  });

  it('shows a submitted application as not editable', async () => {
    serveGraphQL((op) => {
      if (op === 'OpenCampaign') return { data: { openCampaign: campaign } };
      if (op === 'ApplicationDetail') return { data: { application: application({ status: 'SUBMITTED', allowedTransitions: [] }) } };
      return new Error(op);
    });
    const { result } = renderHook(() => useApplicationDraft('QXBwbGljYXRpb246MQ==', 'token-1'));
    await waitFor(() => expect(result.current.phase).toBe('notEditable'));
    expect(result.current.app?.status).toBe('SUBMITTED');
  });

  it('checks before submitting; after a conflict it reloads the newer version and says so', async () => {
    const current = application();
    const newer = application({ version: 2, leadUnit: '格尔木市人民政府' });
    let version = 1;
    const seen = serveGraphQL((op) => {
      if (op === 'OpenCampaign') return { data: { openCampaign: campaign } };
      if (op === 'MyApplications') return { data: { myApplications: [current] } };
      if (op === 'ApplicationDetail') return { data: { application: version === 1 ? current : newer } };
      if (op === 'SubmitApplication') {
        version = 2;
        return { data: { submitApplication: { __typename: 'ConflictError', message: '已被修改', code: 'CONFLICT', currentVersion: 2 } } };
      }
      return new Error(op);
    });
    const { result } = renderHook(() => useApplicationDraft('', 'token-1'));
    await waitFor(() => expect(result.current.phase).toBe('ready'));
    expect(result.current.form.leadUnit).toBe('格尔木市工业和信息化局');

    // An empty required field stops the submit before any request.
    act(() => result.current.update({ leadUnit: '' }, ['leadUnit']));
    expect(result.current.errorOf('leadUnit')).toBeNull();
    await act(() => result.current.submit());
    expect(result.current.errorOf('leadUnit')).toBeTruthy();
    expect(result.current.banner?.tone).toBe('error');
    expect(seen.some((s) => s.operationName === 'SubmitApplication')).toBe(false);

    act(() => result.current.update({ leadUnit: '格尔木市工业和信息化局' }, ['leadUnit']));
    await act(() => result.current.submit());
    expect(seen.find((s) => s.operationName === 'SubmitApplication')?.variables).toMatchObject({ id: current.id, expectedVersion: 1 });
    await waitFor(() => expect(result.current.form.leadUnit).toBe('格尔木市人民政府'));
    expect(result.current.banner).toEqual({ tone: 'info', text: expect.any(String) });
    expect(taroStub.navigations).toEqual([]);
  });

  it('refuses a region already applied for as soon as it is picked, and forgets the refusal when another is picked', async () => {
    const current = application();
    const seen = serveGraphQL((op, variables) => {
      if (op === 'OpenCampaign') return { data: { openCampaign: campaign } };
      if (op === 'MyApplications') return { data: { myApplications: [current] } };
      if (op === 'ApplicationDetail') return { data: { application: current } };
      if (op === 'RegionAvailability') {
        const taken = (variables as { regionCode: string }).regionCode === '632802';
        return { data: { regionAvailability: taken ? { available: false, reason: 'TAKEN' } : { available: true, reason: null } } };
      }
      if (op === 'SaveApplicationDraft') return { data: { saveApplicationDraft: current } };
      return new Error(op);
    });
    const { result } = renderHook(() => useApplicationDraft('', 'token-1'));
    await waitFor(() => expect(result.current.phase).toBe('ready'));
    const region = (code: string, name: string) => ({ ...current.region!, code, name, fullName: name, shortName: name }) as RegionOptionFragment;
    act(() => result.current.update({ region: region('632802', '德令哈市') }, ['regionCode']));
    await waitFor(() => expect(result.current.errorOf('regionCode')).toContain('已有进行中的申请'));
    expect(seen.find((s) => s.operationName === 'RegionAvailability')?.variables).toMatchObject({
      campaignId: current.campaign.id,
      regionCode: '632802',
      applicationId: current.id,
    });
    act(() => result.current.update({ region: region('632803', '茫崖市') }, ['regionCode']));
    expect(result.current.errorOf('regionCode')).toBeNull();
    await waitFor(() => expect(seen.filter((s) => s.operationName === 'RegionAvailability')).toHaveLength(2));
    expect(result.current.errorOf('regionCode')).toBeNull();
  });

  it('starts a second application from the first one’s unit and contact, not its region', async () => {
    const first = application({ status: 'SUBMITTED', allowedTransitions: [] });
    serveGraphQL((op) => {
      if (op === 'OpenCampaign') return { data: { openCampaign: campaign } };
      if (op === 'MyApplications') return { data: { myApplications: [first] } };
      if (op === 'ApplicationDetail') return { data: { application: first } };
      return new Error(op);
    });
    const { result } = renderHook(() => useApplicationDraft('', 'token-1'));
    await waitFor(() => expect(result.current.phase).toBe('ready'));
    expect(result.current.app).toBeNull();
    expect(result.current.form).toMatchObject({ region: null, leadUnit: first.leadUnit, contactName: first.contactName, phone: first.phone, intro: '' });
    expect(result.current.banner).toEqual({ tone: 'info', text: '已沿用你上次申请的牵头单位和联系人，请核对' });
  });
});
