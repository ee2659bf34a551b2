// The staff's list of every card (drafts and offline ones included): search, filters by status, tier and
// batch year, numbered pages, and sorting the page by a column.
import { useState } from 'react';
import { StaffCardsDocument, type CardStatus, type CardTier, type StaffCardFilter, type StaffCardsQuery } from '@cards/schema';
import { getClient } from '../../graphql/client';
import { errorMessage } from '../../graphql/mutate';
import { useI18n } from '../../i18n';
import { connectionPage, usePagedList } from '../staff/usePagedList';
import { nextSort, sortRows, type SortState } from '../staff/table';
import { useRefetchOnShow } from '../../utils/useRefetchOnShow';

export const CARD_PAGE_SIZE = 15;

export type StaffCardRow = StaffCardsQuery['staffCards']['edges'][number]['node'];

export interface StaffCardFilters {
  query: string;
  status: string;
  tier: string;
  year: string;
}

export const NO_CARD_FILTERS: StaffCardFilters = { query: '', status: '', tier: '', year: '' };

export function toStaffCardFilter(f: StaffCardFilters): StaffCardFilter {
  const out: StaffCardFilter = {};
  if (f.query.trim()) out.query = f.query.trim();
  if (f.status) out.status = f.status as CardStatus;
  if (f.tier) out.tier = f.tier as CardTier;
  if (/^\d{4}$/.test(f.year)) out.batchYear = Number(f.year);
  return out;
}

export function cardSortValue(row: StaffCardRow, key: string): string | number | null {
  switch (key) {
    case 'title':
      return row.title;
    case 'region':
      return row.region.fullName;
    case 'tier':
      return row.tier;
    case 'year':
      return row.batchYear ?? null;
    case 'status':
      return row.status;
    case 'version':
      return row.version;
    default:
      return null;
  }
}

export function useStaffCardTable() {
  const { t } = useI18n();
  const [filters, setFilters] = useState<StaffCardFilters>(NO_CARD_FILTERS);
  const filter = toStaffCardFilter(filters);
  const list = usePagedList<StaffCardRow>(JSON.stringify(filter), async (after) => {
    const res = await getClient().query(StaffCardsDocument, { first: CARD_PAGE_SIZE, after, filter }, { requestPolicy: 'network-only' }).toPromise();
    return connectionPage(res.data?.staffCards, errorMessage(res.error, t('common.networkError')));
  });
  useRefetchOnShow(() => void list.reload());
  const [sort, setSort] = useState<SortState | null>(null);
  return {
    filters,
    update: (patch: Partial<StaffCardFilters>) => setFilters((f) => ({ ...f, ...patch })),
    clear: () => setFilters(NO_CARD_FILTERS),
    list,
    rows: sortRows(list.items, sort, cardSortValue),
    sort,
    onSort: (key: string) => setSort((s) => nextSort(s, key)),
  };
}
