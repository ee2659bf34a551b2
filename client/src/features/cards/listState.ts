import type { CardListQuery, CardSummaryFragment } from '../../graphql/operations';

/**
 * State of the infinite card list. Pages arrive through Relay cursor pagination; a page may
 * overlap the previous one (new cards published meanwhile shift the window), so items are
 * merged by id. Every response carries the request id it answers: a response for an old
 * filter that arrives late is dropped.
 */
/** Cards per page (`CardList(first: 20)`). */
export const PAGE_SIZE = 20;

export type ListStatus = 'idle' | 'loading' | 'ready' | 'error' | 'loadingMore' | 'moreError';

export interface ListState {
  items: CardSummaryFragment[];
  totalCount: number | null;
  endCursor: string | null;
  hasNextPage: boolean;
  status: ListStatus;
  error: string | null;
  /** Id of the request in flight (or last one); responses for other ids are ignored. */
  requestId: number;
}

export type ListAction =
  | { type: 'reset'; requestId: number }
  | { type: 'loadMore'; requestId: number }
  | { type: 'pageLoaded'; requestId: number; page: CardListQuery['cards']; append: boolean }
  | { type: 'failed'; requestId: number; message: string };

export const initialListState: ListState = {
  items: [],
  totalCount: null,
  endCursor: null,
  hasNextPage: false,
  status: 'idle',
  error: null,
  requestId: 0,
};

export function mergeById<T extends { id: string }>(existing: T[], incoming: T[]): T[] {
  const seen = new Set(existing.map((c) => c.id));
  const merged = existing.slice();
  for (const item of incoming) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    merged.push(item);
  }
  return merged;
}

export function listReducer(state: ListState, action: ListAction): ListState {
  switch (action.type) {
    case 'reset':
      // New search or filter: keep nothing from the previous result.
      return { ...initialListState, status: 'loading', requestId: action.requestId };
    case 'loadMore':
      if (!state.hasNextPage || state.status === 'loading' || state.status === 'loadingMore') return state;
      return { ...state, status: 'loadingMore', error: null, requestId: action.requestId };
    case 'pageLoaded': {
      if (action.requestId !== state.requestId) return state;
      const nodes = action.page.edges.map((e) => e.node);
      return {
        ...state,
        items: action.append ? mergeById(state.items, nodes) : mergeById([], nodes),
        totalCount: action.page.totalCount,
        endCursor: action.page.pageInfo.endCursor ?? state.endCursor,
        hasNextPage: action.page.pageInfo.hasNextPage,
        status: 'ready',
        error: null,
      };
    }
    case 'failed':
      if (action.requestId !== state.requestId) return state;
      return {
        ...state,
        // A failed first page is a full-page error; a failed next page keeps what is shown.
        status: state.status === 'loadingMore' || state.items.length > 0 ? 'moreError' : 'error',
        error: action.message,
      };
    default:
      return state;
  }
}

/** Can the list ask for another page now? */
export function canLoadMore(state: ListState): boolean {
  return state.hasNextPage && (state.status === 'ready' || state.status === 'moreError');
}
