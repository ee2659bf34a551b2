import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ExportApplicationsDocument, StaffFilterOptionsDocument, type ApplicationFilter, type ApplicationStatus } from '@cards/schema';
import SearchBar from '../../../components/SearchBar';
import FilterBar from '../../../components/FilterBar';
import AppListItem from '../../../components/AppListItem';
import ApplicationsTable from '../../../components/ApplicationsTable';
import StaffPage from '../../../components/StaffPage';
import { Empty, ErrorState, Loading } from '../../../components/StatusView';
import { APPLICATION_STATUSES, applicationStatusLabel, useI18n, useNavigationTitle } from '../../../i18n';
import { getClient } from '../../../graphql/client';
import { useQuery } from '../../../graphql/useQuery';
import { errorMessage } from '../../../graphql/mutate';
import { openFile } from '../../../features/applications/files';
import { useStaffApplicationList } from '../../../features/applications/useStaffApplicationList';
import { useApplicationTable } from '../../../features/applications/useApplicationTable';
import { useWideLayout } from '../../../features/staff/useWideLayout';
import { INBOX_URL } from '../../../features/inquiries/chat';
import { useTestHook } from '../../../utils/pageActive';
import './index.scss';

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

const openApplication = (id: string) => Taro.navigateTo({ url: `/pages/staff/application/index?id=${encodeURIComponent(id)}` });

function Desk() {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  const wide = useWideLayout();
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [exporting, setExporting] = useState(false);
  const options = useQuery(StaffFilterOptionsDocument, {});
  const filter = toFilter(filters);
  const phone = useStaffApplicationList(filter, !wide);
  const table = useApplicationTable(filter, wide);

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
  const { status, items, hasNextPage } = phone.state;
  const totalCount = wide ? table.list.totalCount : phone.state.totalCount;
  const listStatus = wide ? table.list.status : status;
  const active = !!(filters.status || filters.provinceCode || filters.campaignId || filters.query);
  const picked = table.selected.size;

  return (
    <View className={`staff-list ${wide ? 'staff-list--wide' : ''}`}>
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
            {totalCount !== null && listStatus !== 'loading' ? t('staff.total', { n: totalCount }) : ' '}
          </Text>
          <View className="staff-list__tools">
            {wide && picked > 0 ? (
              <>
                <Text className="staff-list__picked">{t('table.selected', { n: picked })}</Text>
                <Text className="staff-list__tool" role="button" onClick={table.clearSelection}>
                  {t('table.clearSelection')}
                </Text>
                <Text className="staff-list__tool staff-list__tool--primary" role="button" onClick={table.exportSelection}>
                  {t('table.exportSelected')}
                </Text>
              </>
            ) : null}
            {!wide ? (
              <>
                <Text className={`staff-list__tool ${hook('inbox-link')}`} onClick={() => Taro.navigateTo({ url: INBOX_URL })}>
                  {t('staff.inbox')}
                </Text>
                <Text className={`staff-list__tool ${hook('overview-link')}`} onClick={() => Taro.navigateTo({ url: '/pages/staff/overview/index' })}>
                  {t('staff.overview')}
                </Text>
              </>
            ) : null}
            <Text
              className={`staff-list__tool staff-list__tool--primary ${exporting ? 'is-busy' : ''} ${hook('export-button')}`}
              role="button"
              onClick={() => void exportList()}
            >
              {exporting ? t('staff.exporting') : t('staff.export')}
            </Text>
          </View>
        </View>

        {listStatus === 'loading' || listStatus === 'idle' ? <Loading /> : null}
        {listStatus === 'error' ? (
          <ErrorState
            message={(wide ? table.list.error : phone.state.error) ?? ''}
            onRetry={() => (wide ? void table.list.reload() : void phone.fetchPage(false))}
          />
        ) : null}
        {listStatus === 'ready' && (wide ? table.rows : items).length === 0 ? (
          <Empty
            title={t('staff.empty')}
            hint={active ? t('staff.emptyHint') : undefined}
            actionText={active ? t('list.clearFilters') : undefined}
            onAction={() => update(noFilters)}
          />
        ) : null}

        {wide && listStatus === 'ready' && table.rows.length ? (
          <ApplicationsTable
            rows={table.rows}
            sort={table.sort}
            onSort={table.onSort}
            selected={table.selected}
            onToggle={table.onToggle}
            onToggleAll={table.onToggleAll}
            onOpen={(row) => openApplication(row.id)}
            paging={{
              page: table.list.page,
              hasPrev: table.list.hasPrevPage,
              hasNext: table.list.hasNextPage,
              onPrev: table.list.prev,
              onNext: table.list.next,
            }}
          />
        ) : null}

        {!wide ? items.map((item) => <AppListItem key={item.id} item={item} hookName="staff-application" onClick={() => openApplication(item.id)} />) : null}

        {!wide && items.length > 0 ? (
          <View className="staff-list__footer">
            {status === 'loadingMore' ? <Loading compact text={t('list.loadingMore')} /> : null}
            {status === 'moreError' ? (
              <Text className="staff-list__retry" onClick={phone.loadMore}>
                {t('list.loadMoreFailed')}
              </Text>
            ) : null}
            {status === 'ready' && hasNextPage ? (
              <Text className="staff-list__more" onClick={phone.loadMore}>
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
