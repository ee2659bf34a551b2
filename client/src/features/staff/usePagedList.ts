// Numbered pages over a cursor connection, for the staff's desktop tables: page N is fetched after the
// end cursor of page N − 1 (kept), so "previous" and "next" are one request each; a new key starts over.
import { useCallback, useEffect, useRef, useState } from 'react';

export interface Page<T> {
  items: T[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

export type PageFetch<T> = (after: string | null) => Promise<Page<T> | { error: string }>;

interface Connection<T> {
  totalCount: number;
  edges: { node: T }[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

/** A GraphQL connection as one page of a table, or the error to show when there is none. */
export function connectionPage<T>(connection: Connection<T> | null | undefined, error: string): Page<T> | { error: string } {
  if (!connection) return { error };
  return {
    items: connection.edges.map((e) => e.node),
    totalCount: connection.totalCount,
    endCursor: connection.pageInfo.endCursor ?? null,
    hasNextPage: connection.pageInfo.hasNextPage,
  };
}

interface State<T> {
  status: 'loading' | 'ready' | 'error';
  page: number;
  items: T[];
  totalCount: number | null;
  hasNextPage: boolean;
  error: string | null;
}

/** `key` names the query (filters); when it changes, paging restarts at page 1. */
export function usePagedList<T>(key: string, fetchPage: PageFetch<T>) {
  const [state, setState] = useState<State<T>>({ status: 'loading', page: 1, items: [], totalCount: null, hasNextPage: false, error: null });
  // cursors[i] is the `after` of page i + 1 (null for the first page).
  const cursors = useRef<(string | null)[]>([null]);
  const seq = useRef(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  const load = useCallback(async (page: number) => {
    const request = ++seq.current;
    setState((s) => ({ ...s, status: 'loading', page, error: null }));
    const res = await fetchRef.current(cursors.current[page - 1] ?? null);
    if (request !== seq.current) return; // a later request wins
    if ('error' in res) {
      setState((s) => ({ ...s, status: 'error', error: res.error }));
      return;
    }
    cursors.current[page] = res.endCursor;
    setState({ status: 'ready', page, items: res.items, totalCount: res.totalCount, hasNextPage: res.hasNextPage, error: null });
  }, []);

  useEffect(() => {
    cursors.current = [null];
    void load(1);
  }, [key, load]);

  return {
    ...state,
    hasPrevPage: state.page > 1,
    next: () => (state.hasNextPage && state.status === 'ready' ? load(state.page + 1) : Promise.resolve()),
    prev: () => (state.page > 1 && state.status !== 'loading' ? load(state.page - 1) : Promise.resolve()),
    reload: () => load(state.page),
  };
}
