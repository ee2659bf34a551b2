// The admin's staff accounts: the list (disabled ones too), the form that creates or edits one with the
// server's field errors at their fields, and disabling / enabling after a confirmation.
import { useState } from 'react';
import Taro from '@tarojs/taro';
import {
  CreateStaffAccountDocument,
  SetStaffAccountDisabledDocument,
  StaffMembersDocument,
  UpdateStaffAccountDocument,
  type StaffMemberFieldsFragment,
} from '@cards/schema';
import { mutate } from '../../graphql/mutate';
import { useQuery } from '../../graphql/useQuery';
import { useI18n } from '../../i18n';
import { ACCENT } from '../../utils/color';
import { NEW_ACCOUNT, accountDraftOf, createAccountInput, updateAccountInput, type AccountDraft } from './staffAccount';

export type StaffMember = StaffMemberFieldsFragment;

interface SaveState {
  busy: boolean;
  errors: Record<string, string>;
  message: string | null;
}

const IDLE: SaveState = { busy: false, errors: {}, message: null };

export function useStaffAccounts() {
  const { t } = useI18n();
  const members = useQuery(StaffMembersDocument, { includeDisabled: true }, { requestPolicy: 'network-only' });
  // null: no form open; 'new': creating; else the account being edited.
  const [editing, setEditing] = useState<StaffMember | 'new' | null>(null);
  const [draft, setDraft] = useState<AccountDraft>(NEW_ACCOUNT);
  // The last save: running, or what the server refused (field → message, and one line above the buttons).
  const [form, setForm] = useState<SaveState>(IDLE);
  const { busy } = form;

  const open = (target: StaffMember | 'new') => {
    setEditing(target);
    setDraft(target === 'new' ? NEW_ACCOUNT : accountDraftOf(target));
    setForm(IDLE);
  };

  const save = async () => {
    if (busy || !editing) return;
    setForm({ ...IDLE, busy: true });
    const fallback = t('common.networkError');
    const res =
      editing === 'new'
        ? await mutate(CreateStaffAccountDocument, { input: createAccountInput(draft) }, (d) => d.createStaffAccount, fallback)
        : await mutate(UpdateStaffAccountDocument, { input: updateAccountInput(editing.id, draft) }, (d) => d.updateStaffAccount, fallback);
    if (!res.ok) {
      const { fieldErrors } = res.error;
      setForm({ busy: false, errors: fieldErrors, message: Object.keys(fieldErrors).length ? t('accounts.fixErrors') : res.error.message });
      return;
    }
    setForm(IDLE);
    Taro.showToast({ title: t('accounts.saved'), icon: 'none', duration: 1800 });
    setEditing(null);
    members.refetch();
  };

  const setDisabled = async (member: StaffMember, disabled: boolean) => {
    const name = member.displayName ?? member.username ?? '';
    const { confirm } = await Taro.showModal({
      title: disabled ? t('accounts.disable') : t('accounts.enable'),
      content: t(disabled ? 'accounts.disableConfirm' : 'accounts.enableConfirm', { name }),
      confirmColor: ACCENT,
    });
    if (!confirm) return false;
    const res = await mutate(SetStaffAccountDisabledDocument, { id: member.id, disabled }, (d) => d.setStaffAccountDisabled, t('common.networkError'));
    if (!res.ok) {
      Taro.showToast({ title: res.error.message, icon: 'none', duration: 2500 });
      return false;
    }
    members.refetch();
    return true;
  };

  return {
    members: members.data?.staffMembers ?? [],
    loading: members.fetching && !members.data,
    error: members.error && !members.data ? members.error : null,
    reload: members.refetch,
    editing,
    draft,
    set: (patch: Partial<AccountDraft>) => setDraft((d) => ({ ...d, ...patch })),
    errors: form.errors,
    message: form.message,
    busy,
    open,
    close: () => setEditing(null),
    save,
    setDisabled,
  };
}
