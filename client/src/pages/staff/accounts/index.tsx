import { Input, Text, View } from '@tarojs/components';
import type { StaffRole } from '@cards/schema';
import FormField from '../../../components/FormField';
import StaffPage from '../../../components/StaffPage';
import DataTable, { type Column } from '../../../components/DataTable';
import { Empty, ErrorState, Loading } from '../../../components/StatusView';
import { useI18n, useNavigationTitle } from '../../../i18n';
import { useStaffAccounts, type StaffMember } from '../../../features/admin/useStaffAccounts';
import { errorMessage } from '../../../graphql/mutate';
import { useTestHook } from '../../../utils/pageActive';
import './index.scss';

const ROLES: StaffRole[] = ['STAFF', 'ADMIN'];
const invalid = (error: string | undefined) => (error ? 'is-invalid' : '');

type Accounts = ReturnType<typeof useStaffAccounts>;

/** Creating an account (username and password too) or editing one (name, 工号, role, a new password). */
function AccountForm({ accounts }: { accounts: Accounts }) {
  const { t } = useI18n();
  const hook = useTestHook();
  const { editing, draft, set, errors, message, busy, save, close } = accounts;
  const creating = editing === 'new';
  const text = (
    name: 'username' | 'password' | 'displayName' | 'staffNumber',
    label: string,
    extra: { hint?: string; required?: boolean; password?: boolean },
  ) => (
    <FormField name={name} label={label} required={extra.required} hint={extra.hint} error={errors[name]}>
      <Input
        className={`ui-input ${invalid(errors[name])} ${hook(`account-${name}`)}`}
        value={draft[name]}
        password={extra.password}
        maxlength={64}
        onInput={(e) => set({ [name]: e.detail.value })}
      />
    </FormField>
  );
  return (
    <View className="ui-panel accounts__form" role="form" aria-label={creating ? t('accounts.add') : t('accounts.edit')}>
      <Text className="accounts__form-title">{creating ? t('accounts.add') : t('accounts.edit')}</Text>
      {creating ? text('username', t('accounts.username'), { required: true, hint: t('accounts.usernameHint') }) : null}
      {creating
        ? text('password', t('accounts.password'), { required: true, password: true })
        : text('password', t('accounts.newPassword'), { hint: t('accounts.newPasswordHint'), password: true })}
      {text('displayName', t('accounts.displayName'), { required: true, hint: t('accounts.displayNameHint') })}
      {text('staffNumber', t('accounts.staffNumber'), {})}
      <FormField name="role" label={t('accounts.role')} required error={errors.role}>
        <View className="accounts__roles" role="radiogroup">
          {ROLES.map((r) => (
            <Text
              key={r}
              className={`accounts__role ${draft.role === r ? 'is-on' : ''}`}
              role="radio"
              aria-checked={draft.role === r}
              onClick={() => set({ role: r })}
            >
              {t(`role.${r}`)}
            </Text>
          ))}
        </View>
      </FormField>
      {message ? (
        <Text className="accounts__message" role="alert">
          {message}
        </Text>
      ) : null}
      <View className="accounts__form-actions">
        <View className="ui-btn ui-btn--plain" role="button" onClick={close}>
          {t('accounts.cancel')}
        </View>
        <View className={`ui-btn ${busy ? 'is-disabled' : ''} ${hook('account-save')}`} role="button" onClick={() => void save()}>
          {busy ? t('accounts.saving') : t('accounts.save')}
        </View>
      </View>
    </View>
  );
}

function AccountsDesk() {
  const { t } = useI18n();
  const accounts = useStaffAccounts();
  const { members, loading, error, reload, editing, open, setDisabled } = accounts;
  const name = (m: StaffMember) => m.displayName ?? m.username ?? m.publicName;

  const columns: Column<StaffMember>[] = [
    { key: 'name', label: t('accounts.displayName'), width: '1.4fr', render: (m) => <Text className="accounts__name">{name(m)}</Text> },
    { key: 'username', label: t('accounts.username'), width: '1.2fr', render: (m) => m.username ?? '—' },
    { key: 'number', label: t('accounts.staffNumber'), width: '0.9fr', render: (m) => m.staffNumber ?? '—' },
    { key: 'role', label: t('accounts.role'), width: '0.9fr', render: (m) => t(m.role === 'ADMIN' ? 'role.ADMIN' : 'role.STAFF') },
    {
      key: 'status',
      label: t('accounts.status'),
      width: '0.8fr',
      render: (m) => (
        <Text className={`accounts__status ${m.disabled ? 'is-disabled' : ''}`} data-status={m.disabled ? 'DISABLED' : 'ACTIVE'}>
          {m.disabled ? t('accounts.disabled') : t('accounts.active')}
        </Text>
      ),
    },
    {
      key: 'actions',
      label: t('accounts.actions'),
      width: '1.2fr',
      render: (m) => (
        <View className="accounts__actions">
          <Text className="ui-link" role="button" aria-label={`${t('accounts.edit')} ${name(m)}`} onClick={() => open(m)}>
            {t('accounts.edit')}
          </Text>
          <Text
            className="ui-link"
            role="button"
            aria-label={`${m.disabled ? t('accounts.enable') : t('accounts.disable')} ${name(m)}`}
            onClick={() => void setDisabled(m, !m.disabled)}
          >
            {m.disabled ? t('accounts.enable') : t('accounts.disable')}
          </Text>
        </View>
      ),
    },
  ];

  return (
    <View className="page-body accounts">
      <View className="accounts__bar">
        <Text className="accounts__count" role="status">
          {members.length ? t('accounts.total', { n: members.length }) : ' '}
        </Text>
        {editing ? null : (
          <View className="ui-btn ui-btn--small" role="button" onClick={() => open('new')}>
            {t('accounts.add')}
          </View>
        )}
      </View>
      {editing ? <AccountForm accounts={accounts} /> : null}
      {loading ? <Loading /> : null}
      {error ? <ErrorState message={errorMessage(error, t('common.networkError'))} onRetry={reload} /> : null}
      {!loading && !error && members.length === 0 ? <Empty title={t('accounts.empty')} /> : null}
      {members.length > 0 ? <DataTable caption={t('accounts.title')} columns={columns} rows={members} rowKey={(m) => m.id} /> : null}
    </View>
  );
}

export default function StaffAccountsPage() {
  const { t } = useI18n();
  useNavigationTitle('accounts.title');
  return (
    <StaffPage title={t('accounts.title')} redirect="/pages/staff/accounts/index" adminOnly>
      <AccountsDesk />
    </StaffPage>
  );
}
