import { Picker, Text, View } from '@tarojs/components';
import FilterBar from '../../../components/FilterBar';
import StaffPage from '../../../components/StaffPage';
import DataTable, { type Column } from '../../../components/DataTable';
import { Empty, ErrorState, Loading } from '../../../components/StatusView';
import { useI18n, useNavigationTitle, type MessageKey } from '../../../i18n';
import { AUDIT_ACTIONS, AUDIT_SUBJECTS, auditChanges } from '../../../features/admin/audit';
import { useAuditLog, type AuditRow } from '../../../features/admin/useAuditLog';
import { formatDateTime } from '../../../utils/format';
import './index.scss';

/** Known codes get their words; a code the app does not know yet shows as it is. */
function useCodeLabel() {
  const { t } = useI18n();
  return (prefix: string, code: string) => {
    const key = `${prefix}.${code}` as MessageKey;
    const text = t(key);
    return text === key ? code : text;
  };
}

function Changes({ row }: { row: AuditRow }) {
  const { t } = useI18n();
  const label = useCodeLabel();
  // A role reads as its name; other values as the server kept them.
  const value = (field: string, text: string) => (field === 'role' ? label('role', text) : text);
  const changes = auditChanges(row.before, row.after, [t('audit.yes'), t('audit.no')]);
  return (
    <View className="audit__changes">
      {changes.length === 0 ? <Text className="audit__none">{t('audit.noChanges')}</Text> : null}
      {changes.map((c) => (
        <View key={c.field} className="audit__change" data-field={c.field}>
          <Text className="audit__field">{label('audit.f', c.field)}</Text>
          <Text className={`audit__before ${c.before === '—' ? 'is-empty' : ''}`} aria-label={t('audit.before')}>
            {value(c.field, c.before)}
          </Text>
          <Text className="audit__arrow" aria-hidden>
            →
          </Text>
          <Text className="audit__after" aria-label={t('audit.after')}>
            {value(c.field, c.after)}
          </Text>
        </View>
      ))}
      {row.note ? <Text className="audit__note">{`${t('audit.note')}：${row.note}`}</Text> : null}
    </View>
  );
}

function DayField({ label, value, onChange }: { label: string; value: string; onChange: (day: string) => void }) {
  const { t } = useI18n();
  return (
    <Picker mode="date" value={value} onChange={(e) => onChange(String(e.detail.value))}>
      <View className={`audit__day ${value ? 'is-set' : ''}`} role="button">
        <Text className="audit__day-label">{label}</Text>
        <Text>{value || t('audit.pickDay')}</Text>
      </View>
    </Picker>
  );
}

function AuditDesk() {
  const { t } = useI18n();
  const label = useCodeLabel();
  const { filters, active, update, clear, list, actors } = useAuditLog();

  const columns: Column<AuditRow>[] = [
    { key: 'when', label: t('audit.when'), width: '1.1fr', render: (r) => formatDateTime(r.createdAt) },
    { key: 'actor', label: t('audit.actor'), width: '0.9fr', render: (r) => r.actorName ?? t('audit.unknownActor') },
    { key: 'action', label: t('audit.action'), width: '1fr', render: (r) => label('audit.act', r.action) },
    {
      key: 'subject',
      label: t('audit.subject'),
      width: '1fr',
      render: (r) => (
        <View className="audit__subject">
          <Text>{label('audit.subject', r.subjectType)}</Text>
          <Text className="audit__subject-id">{r.subjectId}</Text>
        </View>
      ),
    },
    { key: 'changes', label: t('audit.changes'), width: '3fr', render: (r) => <Changes row={r} /> },
  ];
  const paging = { page: list.page, hasPrev: list.hasPrevPage, hasNext: list.hasNextPage, onPrev: list.prev, onNext: list.next };

  return (
    <View className="audit">
      <View className="audit__header">
        <FilterBar
          defs={[
            {
              key: 'action',
              label: t('audit.action'),
              value: filters.action,
              options: [{ value: '', label: t('audit.anyAction') }, ...AUDIT_ACTIONS.map((a) => ({ value: a, label: label('audit.act', a) }))],
            },
            {
              key: 'subjectType',
              label: t('audit.subject'),
              value: filters.subjectType,
              options: [{ value: '', label: t('audit.anySubject') }, ...AUDIT_SUBJECTS.map((s) => ({ value: s, label: label('audit.subject', s) }))],
            },
            {
              key: 'actorId',
              label: t('audit.actor'),
              value: filters.actorId,
              options: [{ value: '', label: t('audit.anyActor') }, ...actors.map((a) => ({ value: a.id, label: a.displayName ?? a.username ?? a.publicName }))],
            },
          ]}
          onChange={(key, value) => update({ [key]: value })}
        />
        <View className="audit__days">
          <DayField label={t('audit.since')} value={filters.since} onChange={(since) => update({ since })} />
          <DayField label={t('audit.until')} value={filters.until} onChange={(until) => update({ until })} />
          {filters.since || filters.until ? (
            <Text className="ui-link" role="button" onClick={() => update({ since: '', until: '' })}>
              {t('audit.clearDays')}
            </Text>
          ) : null}
        </View>
      </View>
      <View className="page-body">
        <View className="audit__bar">
          <Text className="audit__count" role="status">
            {list.totalCount !== null && list.status === 'ready' ? t('audit.total', { n: list.totalCount }) : ' '}
          </Text>
          <Text className="audit__readonly">{t('audit.readOnly')}</Text>
        </View>
        {list.status === 'loading' ? <Loading /> : null}
        {list.status === 'error' ? <ErrorState message={list.error ?? ''} onRetry={() => void list.reload()} /> : null}
        {list.status === 'ready' && list.items.length === 0 ? (
          <Empty title={t('audit.empty')} actionText={active ? t('list.clearFilters') : undefined} onAction={clear} />
        ) : null}
        {list.status === 'ready' && list.items.length > 0 ? (
          <DataTable caption={t('audit.title')} columns={columns} rows={list.items} rowKey={(r) => r.id} paging={paging} />
        ) : null}
      </View>
    </View>
  );
}

export default function StaffAuditPage() {
  const { t } = useI18n();
  useNavigationTitle('audit.title');
  return (
    <StaffPage title={t('audit.title')} redirect="/pages/staff/audit/index" adminOnly>
      <AuditDesk />
    </StaffPage>
  );
}
