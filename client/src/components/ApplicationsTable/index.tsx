import type { StaffApplicationItemFragment } from '@cards/schema';
import DataTable, { type Column } from '../DataTable';
import StatusChip from '../StatusChip';
import { localized, useI18n } from '../../i18n';
import { formatDateTime } from '../../utils/format';
import type { SortState } from '../../features/staff/table';

type Row = StaffApplicationItemFragment;

interface Props {
  rows: Row[];
  sort: SortState | null;
  onSort: (key: string) => void;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onToggleAll: () => void;
  onOpen: (row: Row) => void;
  paging: { page: number; hasPrev: boolean; hasNext: boolean; onPrev: () => void; onNext: () => void };
}

/** The staff's applications as a desktop table (columns sort the page; rows open the application). */
export default function ApplicationsTable(props: Props) {
  const { t, lang } = useI18n();
  const columns: Column<Row>[] = [
    { key: 'reference', label: t('col.reference'), width: '1.1fr', sortable: true, render: (r) => r.reference ?? '—' },
    {
      key: 'region',
      label: t('col.region'),
      width: '1.6fr',
      sortable: true,
      render: (r) => (r.region ? localized(lang, r.region.fullName, r.region.fullNameEn) : '—'),
    },
    { key: 'unit', label: t('col.unit'), width: '1.6fr', sortable: true, render: (r) => r.leadUnit || '—' },
    { key: 'contact', label: t('col.contact'), width: '0.8fr', sortable: true, render: (r) => r.contactName || '—' },
    { key: 'status', label: t('col.status'), width: '0.9fr', sortable: true, render: (r) => <StatusChip status={r.status} /> },
    { key: 'submitted', label: t('col.submitted'), width: '1.1fr', sortable: true, render: (r) => (r.submittedAt ? formatDateTime(r.submittedAt) : '—') },
  ];
  return (
    <DataTable
      caption={t('desk.applications')}
      columns={columns}
      rows={props.rows}
      rowKey={(r) => r.id}
      rowName={(r) => r.reference ?? r.leadUnit}
      sort={props.sort}
      onSort={props.onSort}
      selected={props.selected}
      onToggle={props.onToggle}
      onToggleAll={props.onToggleAll}
      onRowClick={props.onOpen}
      paging={props.paging}
    />
  );
}
