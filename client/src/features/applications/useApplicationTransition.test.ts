import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ApplicationFieldsFragment } from '@cards/schema';
import { taroStub } from '../../../test/taro-stub';
import { application, serveGraphQL } from '../../../test/serve';
import { createClient, setClient } from '../../graphql/client';
import { resetLangForTests } from '../../i18n/store';
import { useApplicationTransition } from './useApplicationTransition';
import { newerApplication } from './useStaffApplication';

beforeEach(() => {
  resetLangForTests();
  setClient(createClient('/graphql'));
});
afterEach(() => setClient(null));

const app = application({
  status: 'SUBMITTED',
  version: 3,
  allowedTransitions: ['IN_CONSULTATION', 'RETURNED', 'DECLINED'],
}) as unknown as ApplicationFieldsFragment;

function setup() {
  const done: ApplicationFieldsFragment[] = [];
  let conflicts = 0;
  const hook = renderHook(() => useApplicationTransition(app, { onDone: (a) => done.push(a), onConflict: () => conflicts++ }));
  return { hook, done, conflicts: () => conflicts };
}

describe('useApplicationTransition', () => {
  it('asks for a note before returning, and sends none without it', async () => {
    const seen = serveGraphQL(() => new Error('no request expected'));
    const { hook } = setup();
    await act(() => hook.result.current.run('RETURNED'));
    expect(hook.result.current.noteError).toBe('请填写原因，申请人将看到它');
    expect(seen).toHaveLength(0);
    act(() => hook.result.current.setNote('x'));
    expect(hook.result.current.noteError).toBeNull();
  });

  it('moves the version it saw and reports the new application', async () => {
    const moved = { ...app, status: 'IN_CONSULTATION', version: 4 };
    const seen = serveGraphQL(() => ({ data: { transitionApplication: { __typename: 'Application', ...moved } } }));
    const { hook, done } = setup();
    act(() => hook.result.current.setNote('  约谈  '));
    await act(() => hook.result.current.run('IN_CONSULTATION'));
    expect(seen[0].variables).toEqual({ id: app.id, to: 'IN_CONSULTATION', note: '约谈', expectedVersion: 3 });
    await waitFor(() => expect(done.map((a) => a.version)).toEqual([4]));
    expect(hook.result.current.note).toBe('');
    expect(taroStub.toasts[0]).toContain('协商中');
  });

  it('does not decline unless staff confirm', async () => {
    const seen = serveGraphQL(() => new Error('no request expected'));
    taroStub.modalAnswer = false;
    const { hook } = setup();
    act(() => hook.result.current.setNote('不符合条件'));
    await act(() => hook.result.current.run('DECLINED'));
    expect(taroStub.modals).toEqual(['不符合条件']);
    expect(seen).toHaveLength(0);
  });

  it('reports a conflict so the page reloads', async () => {
    serveGraphQL(() => ({
      data: { transitionApplication: { __typename: 'ConflictError', message: '已被更新', code: 'VERSION_CONFLICT', currentVersion: 4 } },
    }));
    const { hook, conflicts } = setup();
    await act(() => hook.result.current.run('IN_CONSULTATION'));
    expect(conflicts()).toBe(1);
  });
});

describe('newerApplication', () => {
  it('keeps the answer of a move until the query catches up', () => {
    expect(newerApplication({ version: 3 }, { version: 4 })).toEqual({ version: 4 });
    expect(newerApplication({ version: 5 }, { version: 4 })).toEqual({ version: 5 });
    expect(newerApplication(null, { version: 4 })).toEqual({ version: 4 });
    expect(newerApplication({ version: 3 }, null)).toEqual({ version: 3 });
  });
});
