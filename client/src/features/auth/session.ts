import Taro from '@tarojs/taro';

/**
 * The session token from a login result, kept in Taro storage and sent on every GraphQL request
 * as `Authorization: Bearer <token>`. Cleared on logout and when the server no longer knows it
 * (`viewer` comes back null).
 */
export const TOKEN_STORAGE_KEY = 'cards.token';

type Listener = (token: string | null) => void;
const listeners = new Set<Listener>();
let cached: string | null | undefined;

export function getToken(): string | null {
  if (cached === undefined) {
    try {
      const v = Taro.getStorageSync(TOKEN_STORAGE_KEY);
      cached = typeof v === 'string' && v ? v : null;
    } catch {
      cached = null;
    }
  }
  return cached;
}

export function setToken(token: string | null): void {
  if (token === getToken()) return;
  cached = token;
  try {
    if (token) Taro.setStorageSync(TOKEN_STORAGE_KEY, token);
    else Taro.removeStorageSync(TOKEN_STORAGE_KEY);
  } catch {
    // Storage unavailable: the session still works until the page is closed.
  }
  for (const fn of listeners) fn(token);
}

export function clearToken(): void {
  setToken(null);
}

export function subscribeToken(fn: Listener): () => void {
  listeners.add(fn);
  return () => {
    listeners.delete(fn);
  };
}

/** Headers for a request made outside urql (uploads, downloads). */
export function authHeaders(): Record<string, string> {
  const token = getToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** For tests: forget the cached token so that the next read goes to storage again. */
export function resetSessionForTests(): void {
  cached = undefined;
}
