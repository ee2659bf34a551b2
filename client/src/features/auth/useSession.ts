import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { ViewerDocument, type ViewerFieldsFragment } from '@cards/schema';
import { useQuery } from '../../graphql/useQuery';
import { getToken, setToken, subscribeToken } from './session';

/** The stored session token, updated when someone signs in or out. */
export function useToken(): string | null {
  const [token, setState] = useState<string | null>(getToken);
  useEffect(() => {
    setState(getToken());
    return subscribeToken(setState);
  }, []);
  return token;
}

export interface ViewerState {
  token: string | null;
  viewer: ViewerFieldsFragment | null;
  /** True until we know who the viewer is (never true when there is no token). */
  loading: boolean;
  error: boolean;
  refetch: () => void;
}

/**
 * The signed-in user. A stored token the server no longer knows (`viewer` null) is cleared, so the
 * pages fall back to their signed-out state.
 */
export function useViewer(): ViewerState {
  const token = useToken();
  const { data, error, fetching, refetch } = useQuery(
    ViewerDocument,
    {},
    {
      pause: !token,
      requestPolicy: 'network-only',
      refreshKey: token ?? '',
    },
  );
  const viewer = token ? (data?.viewer ?? null) : null;
  useEffect(() => {
    if (token && data && data.viewer === null && !fetching) setToken(null);
  }, [token, data, fetching]);
  return { token, viewer, loading: !!token && !data && !error, error: !!token && !!error && !data, refetch };
}

export const isStaffRole = (role: string | null | undefined) => role === 'STAFF' || role === 'ADMIN';

/** Opens the sign-in page; after signing in it comes back to `redirect`. */
export function goSignIn(redirect?: string, mode: 'official' | 'staff' = 'official') {
  const params: string[] = [];
  if (redirect) params.push(`redirect=${encodeURIComponent(redirect)}`);
  if (mode === 'staff') params.push('mode=staff');
  Taro.navigateTo({ url: `/pages/account/login/index${params.length ? `?${params.join('&')}` : ''}` });
}
