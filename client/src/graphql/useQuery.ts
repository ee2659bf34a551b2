import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnyVariables, CombinedError, DocumentInput, RequestPolicy } from '@urql/core';
import { getClient } from './client';
import { takeFirstScreenData } from './firstScreen';

export interface QueryState<Data> {
  data?: Data;
  error?: CombinedError;
  fetching: boolean;
  /** Run the query again against the network (used by retry buttons). */
  refetch: () => void;
}

/**
 * A tiny `useQuery`: runs one query when `variables` change (compared by JSON), skips when `pause`.
 * No React bindings for urql are needed; the shared client still dedupes and caches.
 */
export function useQuery<Data, Variables extends AnyVariables>(
  query: DocumentInput<Data, Variables>,
  variables: Variables,
  options: { pause?: boolean; requestPolicy?: RequestPolicy /** Run again when this changes (e.g. the session). */; refreshKey?: string } = {},
): QueryState<Data> {
  const { pause = false, requestPolicy, refreshKey = '' } = options;
  const key = JSON.stringify(variables ?? {});
  const [nonce, setNonce] = useState(0);
  // The H5 home page may arrive with this query's answer: then the first run needs no request.
  const [firstScreen] = useState(() => (pause ? undefined : takeFirstScreenData(query as never, variables)));
  const skipFirstRun = useRef(firstScreen !== undefined);
  const [state, setState] = useState<{ data?: Data; error?: CombinedError; fetching: boolean }>(
    firstScreen !== undefined ? { data: firstScreen as Data, fetching: false } : { fetching: !pause },
  );
  const lastRefreshKey = useRef(refreshKey);
  const varsRef = useRef(variables);
  varsRef.current = variables;

  useEffect(() => {
    if (pause) {
      setState((s) => ({ ...s, fetching: false }));
      return;
    }
    if (skipFirstRun.current) {
      skipFirstRun.current = false;
      return;
    }
    let active = true;
    // Data of another session must not show while the new one loads.
    const keepData = lastRefreshKey.current === refreshKey;
    lastRefreshKey.current = refreshKey;
    setState((s) => ({ data: keepData ? s.data : undefined, error: undefined, fetching: true }));
    const policy: RequestPolicy | undefined = nonce > 0 ? 'network-only' : requestPolicy;
    getClient()
      .query(query, varsRef.current, policy ? { requestPolicy: policy } : undefined)
      .toPromise()
      .then((result) => {
        if (!active) return;
        setState({ data: (result.data as Data | undefined) ?? undefined, error: result.error, fetching: false });
      });
    return () => {
      active = false;
    };
  }, [query, key, pause, nonce, requestPolicy, refreshKey]);

  const refetch = useCallback(() => setNonce((n) => n + 1), []);
  return { ...state, refetch };
}
