import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { BatchYearsDocument, type CardStatus } from '@cards/schema';
import SearchBar from '../../../components/SearchBar';
import FilterBar from '../../../components/FilterBar';
import StaffPage from '../../../components/StaffPage';
import DataTable, { type Column } from '../../../components/DataTable';
import { Empty, ErrorState, Loading } from '../../../components/StatusView';
import { TIERS, tierLabel, useI18n, useNavigationTitle, type MessageKey } from '../../../i18n';
import { useQuery } from '../../../graphql/useQuery';
import { useStaffCardTable, type StaffCardRow } from '../../../features/cards/useStaffCardTable';
import { useWideLayout } from '../../../features/staff/useWideLayout';
import { formatDate } from '../../../utils/format';
import './index.scss';

const STATUSES: CardStatus[] = ['DRAFT', 'PUBLISHED', 'OFFLINE'];
const statusKey = (s: string) => `cardStatus.${s}` as MessageKey;
const openCard = (row: StaffCardRow) => Taro.navigateTo({ url: `/pages/staff/card/index?id=${encodeURIComponent(row.id)}` });

function StatusTag({ status }: { status: string }) {
  const { t } = useI18n();
  return <Text className={`card-status card-status--${status.toLowerCase()}`}>{t(statusKey(status))}</Text>;
}

function CardDesk() {
  const { t, lang } = useI18n();
  const wide = useWideLayout();
  const years = useQuery(BatchYearsDocument, {});
  const { filters, update, clear, list, rows, sort, onSort } = useStaffCardTable();
  const active = !!(filters.query || filters.status || filters.tier || filters.year);
  const title = (r: StaffCardRow) => (lang === 'en' && r.titleEn ? r.titleEn : r.title);

  const columns: Column<StaffCardRow>[] = [
    { key: 'title', label: t('col.title'), width: '2fr', sortable: true, render: (r) => <Text className="staff-cards__title">{title(r)}</Text> },
    { key: 'region', label: t('col.region'), width: '2fr', sortable: true, render: (r) => (lang === 'en' ? r.region.fullNameEn : r.region.fullName) },
    { key: 'tier', label: t('col.tier'), width: '0.8fr', sortable: true, render: (r) => tierLabel(r.tier, lang) },
    { key: 'year', label: t('col.year'), width: '0.6fr', sortable: true, render: (r) => r.batchYear ?? '—' },
    { key: 'status', label: t('col.status'), width: '0.8fr', sortable: true, render: (r) => <StatusTag status={r.status} /> },
    { key: 'version', label: t('col.version'), width: '0.6fr', sortable: true, render: (r) => `v${r.version}` },
    { key: 'published', label: t('cardEdit.isPublished'), width: '1fr', render: (r) => (r.publishedAt ? formatDate(r.publishedAt) : '—') },
  ];
  const paging = { page: list.page, hasPrev: list.hasPrevPage, hasNext: list.hasNextPage, onPrev: list.prev, onNext: list.next };

  return (
    <View className="staff-cards">
      <View className="staff-cards__header">
        <View className="staff-cards__search">
          <SearchBar value={filters.query} placeholder={t('staffCards.search')} onSearch={(query) => update({ query })} />
        </View>
        <FilterBar
          defs={[
            {
              key: 'status',
              label: t('col.status'),
              value: filters.status,
              options: [{ value: '', label: t('staffCards.anyStatus') }, ...STATUSES.map((s) => ({ value: s, label: t(statusKey(s)) }))],
            },
            {
              key: 'tier',
              label: t('col.tier'),
              value: filters.tier,
              options: [{ value: '', label: t('staffCards.anyTier') }, ...TIERS.map((x) => ({ value: x, label: tierLabel(x, lang) }))],
            },
            {
              key: 'year',
              label: t('col.year'),
              value: filters.year,
              options: [
                { value: '', label: t('staffCards.anyYear') },
                ...(years.data?.cardBatchYears ?? []).map((y) => ({ value: String(y), label: String(y) })),
              ],
            },
          ]}
          onChange={(key, value) => update({ [key]: value })}
        />
      </View>
      <View className="page-body">
        <Text className="staff-cards__count" role="status">
          {list.totalCount !== null && list.status === 'ready' ? t('staffCards.total', { n: list.totalCount }) : ' '}
        </Text>
        {list.status === 'loading' ? <Loading /> : null}
        {list.status === 'error' ? <ErrorState message={list.error ?? ''} onRetry={() => void list.reload()} /> : null}
        {list.status === 'ready' && rows.length === 0 ? (
          <Empty title={t('staffCards.empty')} actionText={active ? t('list.clearFilters') : undefined} onAction={clear} />
        ) : null}
        {list.status === 'ready' && rows.length > 0 && wide ? (
          <DataTable
            caption={t('staffCards.title')}
            columns={columns}
            rows={rows}
            rowKey={(r) => r.id}
            sort={sort}
            onSort={onSort}
            onRowClick={openCard}
            paging={paging}
          />
        ) : null}
        {list.status === 'ready' && rows.length > 0 && !wide ? (
          <View className="staff-cards__list">
            {rows.map((r) => (
              <View key={r.id} className="staff-cards__item" role="link" onClick={() => openCard(r)}>
                <View className="staff-cards__item-head">
                  <Text className="staff-cards__title">{title(r)}</Text>
                  <StatusTag status={r.status} />
                </View>
                <Text className="staff-cards__meta">
                  {r.region.fullName} · {tierLabel(r.tier, lang)}
                  {r.batchYear ? ` · ${r.batchYear}` : ''}
                </Text>
              </View>
            ))}
            <View className="staff-cards__paging">
              <Text className={`staff-cards__page-btn ${paging.hasPrev ? '' : 'is-disabled'}`} role="button" onClick={paging.onPrev}>
                {t('table.prev')}
              </Text>
              <Text>{t('table.page', { page: paging.page })}</Text>
              <Text className={`staff-cards__page-btn ${paging.hasNext ? '' : 'is-disabled'}`} role="button" onClick={paging.onNext}>
                {t('table.next')}
              </Text>
            </View>
          </View>
        ) : null}
      </View>
    </View>
  );
}

export default function StaffCardsPage() {
  const { t } = useI18n();
  useNavigationTitle('staffCards.title');
  return (
    <StaffPage title={t('staffCards.title')} redirect="/pages/staff/cards/index">
      <CardDesk />
    </StaffPage>
  );
}
