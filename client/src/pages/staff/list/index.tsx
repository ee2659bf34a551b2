import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import Taro, { useReachBottom } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import {
  ExportApplicationsDocument,
  StaffApplicationsDocument,
  StaffFilterOptionsDocument,
  type ApplicationFilter,
  type ApplicationStatus,
  type StaffApplicationItemFragment,
  type StaffApplicationsQuery,
} from '@cards/schema';
import SearchBar from '../../../components/SearchBar';
import FilterBar from '../../../components/FilterBar';
import AppListItem from '../../../components/AppListItem';
import StaffPage from '../../../components/StaffPage';
import { Empty, ErrorState, Loading } from '../../../components/StatusView';
import { APPLICATION_STATUSES, applicationStatusLabel, useI18n, useNavigationTitle } from '../../../i18n';
import { getClient } from '../../../graphql/client';
import { useQuery } from '../../../graphql/useQuery';
import { errorMessage } from '../../../graphql/mutate';
import { openFile } from '../../../features/applications/files';
import { INBOX_URL } from '../../../features/inquiries/chat';
import { canLoadMore, initialListState, listReducer, type ListAction, type ListState } from '../../../features/cards/listState';
import { useRefetchOnShow } from '../../../utils/useRefetchOnShow';
import { useTestHook } from '../../../utils/pageActive';
import './index.scss';

const PAGE_SIZE = 20;

// The catalogue's list reducer (cursor pages merged by id, late answers dropped), for applications.
type StaffState = Omit<ListState, 'items'> & { items: StaffApplicationItemFragment[] };
type StaffAction =
  | Exclude<ListAction, { type: 'pageLoaded' }>
  | { type: 'pageLoaded'; requestId: number; page: StaffApplicationsQuery['applications']; append: boolean };
const staffReducer = listReducer as unknown as (state: StaffState, action: StaffAction) => StaffState;

interface Filters {
  status: string;
  provinceCode: string;
  campaignId: string;
  query: string;
}

const noFilters: Filters = { status: '', provinceCode: '', campaignId: '', query: '' };

function toFilter(f: Filters): ApplicationFilter {
  const out: ApplicationFilter = {};
  if (f.status) out.status = f.status as ApplicationStatus;
  if (f.provinceCode) out.provinceCode = f.provinceCode;
  if (f.campaignId) out.campaignId = f.campaignId;
  if (f.query.trim()) out.query = f.query.trim();
  return out;
}

function Desk() {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [state, dispatch] = useReducer(staffReducer, initialListState as unknown as StaffState);
  const stateRef = useRef(state);
  stateRef.current = state;
  const seq = useRef(0);
  const [exporting, setExporting] = useState(false);
  const options = useQuery(StaffFilterOptionsDocument, {});
  const filter = toFilter(filters);
  const filterKey = JSON.stringify(filter);

  const fetchPage = useCallback(
    async (append: boolean) => {
      const requestId = ++seq.current;
      dispatch(append ? { type: 'loadMore', requestId } : { type: 'reset', requestId });
      const result = await getClient()
        .query(StaffApplicationsDocument, { first: PAGE_SIZE, after: append ? stateRef.current.endCursor : null, filter }, { requestPolicy: 'network-only' })
        .toPromise();
      if (result.error || !result.data) dispatch({ type: 'failed', requestId, message: errorMessage(result.error, t('common.networkError')) });
      else dispatch({ type: 'pageLoaded', requestId, page: result.data.applications, append });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [filterKey],
  );

  useEffect(() => {
    void fetchPage(false);
  }, [fetchPage]);
  useRefetchOnShow(() => void fetchPage(false));

  const loadMore = useCallback(() => {
    if (canLoadMore(stateRef.current as unknown as ListState)) void fetchPage(true);
  }, [fetchPage]);
  useReachBottom(loadMore);

  const exportList = async () => {
    if (exporting) return;
    setExporting(true);
    const res = await getClient().mutation(ExportApplicationsDocument, { filter }).toPromise();
    setExporting(false);
    const out = res.data?.exportApplications;
    if (!out) {
      Taro.showToast({ title: errorMessage(res.error, t('common.networkError')), icon: 'none' });
      return;
    }
    Taro.showToast({ title: t('staff.exported', { n: out.rows }), icon: 'none', duration: 1500 });
    await openFile(out.url, out.fileName);
  };

  const update = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
  };

  const campaigns = options.data?.campaigns ?? [];
  const provinces = options.data?.regions ?? [];
  const { status, items, totalCount, hasNextPage } = state;
  const active = !!(filters.status || filters.provinceCode || filters.campaignId || filters.query);

  return (
    <View className="staff-list">
      <View className={`staff-list__header ${IS_H5 ? 'staff-list__header--h5' : ''}`}>
        <View className="staff-list__search">
          <SearchBar value={filters.query} placeholder={t('staff.searchPlaceholder')} onSearch={(query) => update({ query })} />
        </View>
        <FilterBar
          defs={[
            {
              key: 'status',
              label: t('staff.filterStatus'),
              value: filters.status,
              options: [{ value: '', label: t('staff.anyStatus') }, ...APPLICATION_STATUSES.map((s) => ({ value: s, label: applicationStatusLabel(s, lang) }))],
            },
            {
              key: 'provinceCode',
              label: t('staff.filterProvince'),
              value: filters.provinceCode,
              dense: true,
              options: [
                { value: '', label: t('staff.anyProvince') },
                ...provinces.map((p) => ({ value: p.code, label: lang === 'en' ? p.nameEn : p.shortName })),
              ],
            },
            {
              key: 'campaignId',
              label: t('staff.filterCampaign'),
              value: filters.campaignId,
              options: [{ value: '', label: t('staff.anyCampaign') }, ...campaigns.map((c) => ({ value: c.id, label: c.title }))],
            },
          ]}
          onChange={(key, value) => update({ [key]: value } as Partial<Filters>)}
        />
      </View>

      <View className="page-body">
        <View className="staff-list__summary">
          <Text className={`staff-list__count ${hook('staff-total')}`} data-count={totalCount ?? ''}>
            {totalCount !== null && status !== 'loading' ? t('staff.total', { n: totalCount }) : ' '}
          </Text>
          <View className="staff-list__tools">
            <Text className={`staff-list__tool ${hook('inbox-link')}`} onClick={() => Taro.navigateTo({ url: INBOX_URL })}>
              {t('staff.inbox')}
            </Text>
            <Text className={`staff-list__tool ${hook('overview-link')}`} onClick={() => Taro.navigateTo({ url: '/pages/staff/overview/index' })}>
              {t('staff.overview')}
            </Text>
            <Text
              className={`staff-list__tool staff-list__tool--primary ${exporting ? 'is-busy' : ''} ${hook('export-button')}`}
              onClick={() => void exportList()}
            >
              {exporting ? t('staff.exporting') : t('staff.export')}
            </Text>
          </View>
        </View>

        {status === 'loading' || status === 'idle' ? <Loading /> : null}
        {status === 'error' ? <ErrorState message={state.error} onRetry={() => void fetchPage(false)} /> : null}
        {status === 'ready' && items.length === 0 ? (
          <Empty
            title={t('staff.empty')}
            hint={active ? t('staff.emptyHint') : undefined}
            actionText={active ? t('list.clearFilters') : undefined}
            onAction={() => update(noFilters)}
          />
        ) : null}

        {items.map((item) => (
          <AppListItem
            key={item.id}
            item={item}
            hookName="staff-application"
            onClick={() => Taro.navigateTo({ url: `/pages/staff/application/index?id=${encodeURIComponent(item.id)}` })}
          />
        ))}

        {items.length > 0 ? (
          <View className="staff-list__footer">
            {status === 'loadingMore' ? <Loading compact text={t('list.loadingMore')} /> : null}
            {status === 'moreError' ? (
              <Text className="staff-list__retry" onClick={loadMore}>
                {t('list.loadMoreFailed')}
              </Text>
            ) : null}
            {status === 'ready' && hasNextPage ? (
              <Text className="staff-list__more" onClick={loadMore}>
                {t('list.pullMore')}
              </Text>
            ) : null}
            {status === 'ready' && !hasNextPage ? <Text className="staff-list__end">{t('list.noMore')}</Text> : null}
          </View>
        ) : null}
      </View>
    </View>
  );
}

export default function StaffListPage() {
  const { t } = useI18n();
  useNavigationTitle('staff.title');
  return (
    <StaffPage title={t('staff.title')} redirect="/pages/staff/list/index">
      <Desk />
    </StaffPage>
  );
}
