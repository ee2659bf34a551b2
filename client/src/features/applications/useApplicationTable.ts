// The staff's application table on the desktop: numbered pages, sorting the page by a column, and a
// selection (kept across pages) that can be exported as a CSV.
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { StaffApplicationsDocument, type ApplicationFilter, type StaffApplicationItemFragment } from '@cards/schema';
import { getClient } from '../../graphql/client';
import { errorMessage } from '../../graphql/mutate';
import { useI18n } from '../../i18n';
import { connectionPage, usePagedList } from '../staff/usePagedList';
import { nextSort, sortRows, toggleAll, toggleId, type SortState } from '../staff/table';
import { useRefetchOnShow } from '../../utils/useRefetchOnShow';
import { downloadCsv, selectionCsv, selectionFileName } from './selectionExport';

export const TABLE_PAGE_SIZE = 15;

type Row = StaffApplicationItemFragment;

export function sortValue(row: Row, key: string): string | null {
  switch (key) {
    case 'reference':
      return row.reference;
    case 'region':
      return row.region?.fullName ?? null;
    case 'unit':
      return row.leadUnit;
    case 'contact':
      return row.contactName;
    case 'status':
      return row.statusLabel;
    case 'submitted':
      return row.submittedAt;
    default:
      return null;
  }
}

export function useApplicationTable(filter: ApplicationFilter, enabled: boolean) {
  const { t } = useI18n();
  const list = usePagedList<Row>(enabled ? JSON.stringify(filter) : 'off', async (after) => {
    if (!enabled) return { items: [], totalCount: 0, endCursor: null, hasNextPage: false };
    const res = await getClient().query(StaffApplicationsDocument, { first: TABLE_PAGE_SIZE, after, filter }, { requestPolicy: 'network-only' }).toPromise();
    return connectionPage(res.data?.applications, errorMessage(res.error, t('common.networkError')));
  });
  useRefetchOnShow(() => enabled && void list.reload());
  const [sort, setSort] = useState<SortState | null>(null);
  // Selected rows by id, kept whole so a selection spanning pages exports what was ticked.
  const [picked, setPicked] = useState<Map<string, Row>>(new Map());
  const selected = new Set(picked.keys());
  const rows = sortRows(list.items, sort, sortValue);

  const pick = (next: Set<string>) =>
    setPicked((old) => {
      const out = new Map<string, Row>();
      for (const id of next) {
        const row = old.get(id) ?? list.items.find((r) => r.id === id);
        if (row) out.set(id, row);
      }
      return out;
    });

  const exportSelection = () => {
    const chosen = [...picked.values()];
    if (!chosen.length) return;
    if (downloadCsv(selectionFileName(), selectionCsv(chosen)))
      Taro.showToast({ title: t('staff.exported', { n: chosen.length }), icon: 'none', duration: 1500 });
  };

  return {
    list,
    rows,
    sort,
    onSort: (key: string) => setSort((s) => nextSort(s, key)),
    selected,
    onToggle: (id: string) => pick(toggleId(selected, id)),
    onToggleAll: () =>
      pick(
        toggleAll(
          selected,
          list.items.map((r) => r.id),
        ),
      ),
    clearSelection: () => setPicked(new Map()),
    exportSelection,
  };
}
