import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import { hashesOnly, persistedHash } from './trusted';
import { taroFetch } from './taroFetch';
import { authHeaders, subscribeToken } from '../features/auth/session';
import { getDeviceId } from './device';

/** H5 talks to its own origin; weapp needs an absolute URL fixed at build time (env `API_URL`). */
export function graphqlEndpoint(): string {
  if (IS_H5) return '/graphql';
  return API_URL;
}

/** The server's origin for relative links it returns (`/files/…`): '' on H5, API_URL's origin on weapp. */
export function serverOrigin(): string {
  if (IS_H5) return '';
  const m = /^(https?:\/\/[^/]+)/.exec(API_URL);
  return m ? m[1] : '';
}

/** A link from the server as an absolute URL where the platform needs one. */
export function absoluteUrl(url: string): string {
  return /^https?:\/\//.test(url) ? url : `${serverOrigin()}${url}`;
}

export function createClient(url = graphqlEndpoint()): Client {
  return new Client({
    url,
    exchanges: [
      cacheExchange,
      // Built apps send operations by hash only (trusted documents); see ./trusted.ts.
      ...(hashesOnly
        ? [
            persistedExchange({
              enforcePersistedQueries: true,
              enableForMutation: true,
              preferGetForPersistedQueries: false,
              generateHash: async (_query, document) => persistedHash(document),
            }),
          ]
        : []),
      fetchExchange,
    ],
    fetch: taroFetch as unknown as typeof fetch,
    // Read on every request, so a sign-in or sign-out applies at once. The device id identifies a
    // signed-out viewer (film likes, views, resume); the server ignores it when a token is sent.
    fetchOptions: () => ({ headers: { ...authHeaders(), 'x-device-id': getDeviceId() } }),
    // POST always: mini-program request URLs are length-limited and GET caching buys nothing here.
    preferGetMethod: false,
    requestPolicy: 'cache-first',
  });
}

let shared: Client | null = null;

export function getClient(): Client {
  if (!shared) shared = createClient();
  return shared;
}

/** Replace the shared client (tests). */
export function setClient(client: Client | null): void {
  shared = client;
}

// A new session must not see what the previous one cached: start with a fresh client (and cache).
subscribeToken(() => {
  shared = null;
});
