// The card list screen, shared by the 名片 tab (pages/cards/catalogue: everything) and pages/cards/list (a
// filtered list: a search, a theme, a shared link). A page entry cannot import another page's entry on weapp
// (that page would then never register), so both pages render this.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import Taro, { useReachBottom, useRouter, useShareAppMessage } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import TopBar from '../../../components/TopBar';
import SearchBar from '../../../components/SearchBar';
import FilterBar from '../../../components/FilterBar';
import CardItem from '../../../components/CardItem';
import { Empty, ErrorState, Loading } from '../../../components/StatusView';
import { useI18n, useNavigationTitle } from '../../../i18n';
import { BatchYearsDocument, CardListDocument, ProvincesDocument } from '../../../graphql/operations';
import { getClient } from '../../../graphql/client';
import { useQuery } from '../../../graphql/useQuery';
import { PAGE_SIZE, canLoadMore, initialListState, listReducer } from '../../../features/cards/listState';
import { catalogueFilterDefs } from '../../../features/cards/filterDefs';
import { emptyFilters, filtersFromParams, filtersToParams, hasActiveFilters, listUrl, toCardFilter, type ListFilters } from '../../../features/cards/filters';
import { useQueryInAddress } from '../../../utils/useQueryInAddress';
import { PageActiveContext, usePageActiveState } from '../../../utils/pageActive';
import { useTabBarLabels } from '../../../i18n/tabBar';
import './index.scss';
import { useElderClass } from '../../../features/display/elder';

function ResultCount({ text }: { text: string }) {
  return (
    <Text className="list__count" role="status">
      {text}
    </Text>
  );
}

export default function CardListScreen() {
  const elder = useElderClass();
  const { t, lang } = useI18n();
  const active = usePageActiveState();
  useNavigationTitle('list.title');
  useTabBarLabels();
  const router = useRouter();
  const [filters, setFilters] = useState<ListFilters>(() => filtersFromParams(router.params));
  // A reload or a copied link keeps the filters.
  useQueryInAddress(filtersToParams(filters), active);
  const [state, dispatch] = useReducer(listReducer, initialListState);
  const stateRef = useRef(state);
  stateRef.current = state;
  const requestSeq = useRef(0);

  const provinces = useQuery(ProvincesDocument, {});
  const years = useQuery(BatchYearsDocument, {});

  const cardFilter = useMemo(() => toCardFilter(filters), [filters]);
  const filterKey = JSON.stringify(cardFilter);

  const fetchPage = useCallback(
    async (append: boolean) => {
      const requestId = ++requestSeq.current;
      dispatch(append ? { type: 'loadMore', requestId } : { type: 'reset', requestId });
      const result = await getClient()
        .query(CardListDocument, { first: PAGE_SIZE, after: append ? stateRef.current.endCursor : null, filter: cardFilter }, { requestPolicy: 'network-only' })
        .toPromise();
      if (result.error || !result.data) {
        dispatch({ type: 'failed', requestId, message: result.error?.message || 'No data' });
      } else {
        dispatch({ type: 'pageLoaded', requestId, page: result.data.cards, append });
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [filterKey],
  );

  useEffect(() => {
    fetchPage(false);
  }, [fetchPage]);

  const loadMore = useCallback(() => {
    if (canLoadMore(stateRef.current)) fetchPage(true);
  }, [fetchPage]);

  useReachBottom(loadMore);

  useShareAppMessage(() => ({ title: t('list.title'), path: listUrl(filters) }));

  const update = (patch: Partial<ListFilters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
  };

  const { status, items, totalCount, hasNextPage } = state;
  const showInitialLoading = status === 'loading' || status === 'idle';

  return (
    <PageActiveContext.Provider value={active}>
      <View className={`page list ${lang === 'en' ? 'is-en' : ''} ${elder}`}>
        <TopBar back title={t('list.title')} />
        <View className={`list__header ${IS_H5 ? 'list__header--h5' : ''}`}>
          <View className="list__search">
            <SearchBar value={filters.query} onSearch={(query) => update({ query })} />
          </View>
          <FilterBar
            defs={catalogueFilterDefs(filters, provinces.data?.regions ?? [], years.data?.cardBatchYears ?? [], t, lang)}
            onChange={(key, value) => update({ [key]: value })}
          />
        </View>

        <View className="page-body list__body">
          <View className="list__summary">
            {totalCount !== null && status !== 'loading' ? (
              <ResultCount text={t('list.total', { n: totalCount })} />
            ) : (
              <Text className="list__summary-placeholder"> </Text>
            )}
            {hasActiveFilters(filters) || filters.query ? (
              <Text className="list__clear" onClick={() => update(emptyFilters)}>
                {t('list.clearFilters')}
              </Text>
            ) : null}
          </View>

          {showInitialLoading ? <Loading /> : null}
          {status === 'error' ? <ErrorState message={state.error} onRetry={() => fetchPage(false)} /> : null}
          {status === 'ready' && items.length === 0 ? (
            <Empty
              title={t('list.empty')}
              hint={t('list.emptyHint')}
              actionText={hasActiveFilters(filters) || filters.query ? t('list.clearFilters') : undefined}
              onAction={() => update(emptyFilters)}
            />
          ) : null}

          {items.map((card) => (
            <CardItem key={card.id} card={card} />
          ))}

          {items.length > 0 ? (
            <View className="list__footer">
              {status === 'loadingMore' ? <Loading compact text={t('list.loadingMore')} /> : null}
              {status === 'moreError' ? (
                <Text className="list__footer-retry load-more-retry" onClick={loadMore}>
                  {t('list.loadMoreFailed')}
                </Text>
              ) : null}
              {status === 'ready' && hasNextPage ? (
                <Text className="list__footer-more" onClick={loadMore}>
                  {t('list.pullMore')}
                </Text>
              ) : null}
              {status === 'ready' && !hasNextPage ? <Text className="list__footer-end">{t('list.noMore')}</Text> : null}
            </View>
          ) : null}
        </View>
      </View>
    </PageActiveContext.Provider>
  );
}
