// A staff account as the admin's form holds it, and the inputs the server takes (pure).
import type { CreateStaffAccountInput, StaffMemberFieldsFragment, StaffRole, UpdateStaffAccountInput } from '@cards/schema';

export interface AccountDraft {
  username: string;
  password: string;
  displayName: string;
  staffNumber: string;
  role: StaffRole;
}

export const NEW_ACCOUNT: AccountDraft = { username: '', password: '', displayName: '', staffNumber: '', role: 'STAFF' };

export function accountDraftOf(member: StaffMemberFieldsFragment): AccountDraft {
  return {
    username: member.username ?? '',
    password: '',
    displayName: member.displayName ?? '',
    staffNumber: member.staffNumber ?? '',
    role: member.role === 'ADMIN' ? 'ADMIN' : 'STAFF',
  };
}

export function createAccountInput(d: AccountDraft): CreateStaffAccountInput {
  return { username: d.username.trim(), password: d.password, displayName: d.displayName.trim(), staffNumber: d.staffNumber.trim() || null, role: d.role };
}

/** The edit: name, 工号 (empty clears it) and role; a password only when one was typed. */
export function updateAccountInput(id: string, d: AccountDraft): UpdateStaffAccountInput {
  return { id, displayName: d.displayName.trim(), staffNumber: d.staffNumber.trim() || null, role: d.role, ...(d.password ? { password: d.password } : {}) };
}
