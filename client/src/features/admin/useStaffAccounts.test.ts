import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { taroStub } from '../../../test/taro-stub';
import { serveGraphQL } from '../../../test/serve';
import { createClient, setClient } from '../../graphql/client';
import { resetLangForTests, setLang } from '../../i18n/store';
import { useStaffAccounts } from './useStaffAccounts';

const member = { id: 'VXNlcjo1', role: 'STAFF', username: 'li', displayName: '李四', staffNumber: null, publicName: '李四', disabled: false, disabledAt: null };

beforeEach(() => {
  resetLangForTests();
  setClient(createClient('/graphql'));
});
afterEach(() => setClient(null));

/** The hook with the list loaded. */
async function mounted() {
  const { result } = renderHook(() => useStaffAccounts());
  await waitFor(() => expect(result.current.members).toHaveLength(1));
  return result;
}

describe('useStaffAccounts', () => {
  it('shows the server’s field errors at their fields, in the user’s language', async () => {
    setLang('en');
    serveGraphQL((op) =>
      op === 'CreateStaffAccount'
        ? {
            data: {
              createStaffAccount: {
                __typename: 'ValidationError',
                message: '该登录账号已存在（This username is taken）',
                code: 'INVALID_INPUT',
                fieldErrors: [
                  { field: 'username', message: '该登录账号已存在（This username is taken）', code: null, params: [] },
                  { field: 'password', message: '密码至少 10 位（at least 10 characters）', code: 'TOO_SHORT', params: [{ name: 'min', value: '10' }] },
                ],
              },
            },
          }
        : { data: { staffMembers: [member] } },
    );
    const result = await mounted();
    act(() => result.current.open('new'));
    act(() => result.current.set({ username: 'li', password: 'Pass-word-1', displayName: '李' }));
    await act(() => result.current.save());
    expect(result.current.errors.username).toContain('taken');
    expect(result.current.errors.password).toBe('Password needs at least 10 characters');
    expect(result.current.message).toBe('Please fix the marked fields');
    expect(result.current.editing).toBe('new');
  });

  it('disables an account only after the admin confirms', async () => {
    const seen = serveGraphQL((op) =>
      op === 'SetStaffAccountDisabled'
        ? { data: { setStaffAccountDisabled: { __typename: 'User', ...member, disabled: true, disabledAt: '2026-12-02T05:00:00Z' } } }
        : { data: { staffMembers: [member] } },
    );
    const result = await mounted();
    taroStub.modalAnswer = false;
    expect(await act(() => result.current.setDisabled(result.current.members[0], true))).toBe(false);
    expect(seen.some((s) => s.operationName === 'SetStaffAccountDisabled')).toBe(false);
    taroStub.modalAnswer = true;
    expect(await act(() => result.current.setDisabled(result.current.members[0], true))).toBe(true);
    expect(seen.find((s) => s.operationName === 'SetStaffAccountDisabled')?.variables).toEqual({ id: member.id, disabled: true });
  });
});
