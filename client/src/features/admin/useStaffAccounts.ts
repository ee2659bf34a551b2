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

export function useStaffAccounts() {
  const { t } = useI18n();
  const members = useQuery(StaffMembersDocument, { includeDisabled: true }, { requestPolicy: 'network-only' });
  // null: no form open; 'new': creating; else the account being edited.
  const [editing, setEditing] = useState<StaffMember | 'new' | null>(null);
  const [draft, setDraft] = useState<AccountDraft>(NEW_ACCOUNT);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const open = (target: StaffMember | 'new') => {
    setEditing(target);
    setDraft(target === 'new' ? NEW_ACCOUNT : accountDraftOf(target));
    setErrors({});
    setMessage(null);
  };

  const save = async () => {
    if (busy || !editing) return;
    setBusy(true);
    setErrors({});
    setMessage(null);
    const fallback = t('common.networkError');
    const res =
      editing === 'new'
        ? await mutate(CreateStaffAccountDocument, { input: createAccountInput(draft) }, (d) => d.createStaffAccount, fallback)
        : await mutate(UpdateStaffAccountDocument, { input: updateAccountInput(editing.id, draft) }, (d) => d.updateStaffAccount, fallback);
    setBusy(false);
    if (!res.ok) {
      setErrors(res.error.fieldErrors);
      setMessage(Object.keys(res.error.fieldErrors).length ? t('accounts.fixErrors') : res.error.message);
      return;
    }
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
    errors,
    message,
    busy,
    open,
    close: () => setEditing(null),
    save,
    setDisabled,
  };
}
