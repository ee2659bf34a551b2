import { describe, expect, it } from 'vitest';
import { NEW_ACCOUNT, accountDraftOf, createAccountInput, updateAccountInput } from './staffAccount';

const member = {
  id: 'VXNlcjo1',
  role: 'ADMIN' as const,
  username: 'li',
  displayName: '李四',
  staffNumber: null,
  publicName: '李四',
  disabled: false,
  disabledAt: null,
};

describe('staff account drafts', () => {
  it('creates with trimmed text and no empty staff number', () => {
    expect(createAccountInput({ ...NEW_ACCOUNT, username: ' wang ', password: 'Pass-word-1', displayName: ' 王五 ', staffNumber: ' ' })).toEqual({
      username: 'wang',
      password: 'Pass-word-1',
      displayName: '王五',
      staffNumber: null,
      role: 'STAFF',
    });
  });

  it('edits name, number and role, and sends a password only when one was typed', () => {
    const draft = accountDraftOf(member);
    expect(draft).toEqual({ username: 'li', password: '', displayName: '李四', staffNumber: '', role: 'ADMIN' });
    expect(updateAccountInput(member.id, { ...draft, staffNumber: 'B07' })).toEqual({ id: member.id, displayName: '李四', staffNumber: 'B07', role: 'ADMIN' });
    expect(updateAccountInput(member.id, { ...draft, password: 'New-pass-2' })).toMatchObject({ password: 'New-pass-2' });
  });
});
