// The staff's application list on the phone: cursor pages appended as they scroll (the catalogue's list
// reducer: pages merged by id, late answers dropped), refetched when the page shows again.
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { useReachBottom } from '@tarojs/taro';
import { StaffApplicationsDocument, type ApplicationFilter, type StaffApplicationItemFragment, type StaffApplicationsQuery } from '@cards/schema';
import { getClient } from '../../graphql/client';
import { errorMessage } from '../../graphql/mutate';
import { canLoadMore, initialListState, listReducer, type ListAction, type ListState } from '../cards/listState';
import { useRefetchOnShow } from '../../utils/useRefetchOnShow';
import { useI18n } from '../../i18n';

const PAGE_SIZE = 20;

type StaffState = Omit<ListState, 'items'> & { items: StaffApplicationItemFragment[] };
type StaffAction =
  | Exclude<ListAction, { type: 'pageLoaded' }>
  | { type: 'pageLoaded'; requestId: number; page: StaffApplicationsQuery['applications']; append: boolean };
const staffReducer = listReducer as unknown as (state: StaffState, action: StaffAction) => StaffState;

/** `enabled` false (the desktop table shows instead): nothing is fetched. */
export function useStaffApplicationList(filter: ApplicationFilter, enabled: boolean) {
  const { t } = useI18n();
  const [state, dispatch] = useReducer(staffReducer, initialListState as unknown as StaffState);
  const stateRef = useRef(state);
  stateRef.current = state;
  const seq = useRef(0);
  const filterKey = JSON.stringify(filter);

  const fetchPage = useCallback(
    async (append: boolean) => {
      if (!enabled) return;
      const requestId = ++seq.current;
      dispatch(append ? { type: 'loadMore', requestId } : { type: 'reset', requestId });
      const result = await getClient()
        .query(StaffApplicationsDocument, { first: PAGE_SIZE, after: append ? stateRef.current.endCursor : null, filter }, { requestPolicy: 'network-only' })
        .toPromise();
      if (result.error || !result.data) dispatch({ type: 'failed', requestId, message: errorMessage(result.error, t('common.networkError')) });
      else dispatch({ type: 'pageLoaded', requestId, page: result.data.applications, append });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [filterKey, enabled],
  );

  useEffect(() => {
    void fetchPage(false);
  }, [fetchPage]);
  useRefetchOnShow(() => void fetchPage(false));

  const loadMore = useCallback(() => {
    if (canLoadMore(stateRef.current as unknown as ListState)) void fetchPage(true);
  }, [fetchPage]);
  useReachBottom(loadMore);

  return { state, fetchPage, loadMore };
}
