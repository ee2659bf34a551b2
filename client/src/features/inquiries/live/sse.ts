// Subscriptions over Server-Sent Events (GraphQL over SSE, distinct connections mode), for H5.
// graphql-sse reconnects by itself; `connected(true)` then tells the caller to catch up.
import { createClient } from 'graphql-sse';
import { backoff, operationRequest, resultSink, type LiveTransport } from './transport';

export interface SseOptions {
  url: string;
  /** Read on every (re)connection, so a new sign-in applies. */
  headers: () => Record<string, string>;
  fetchFn?: typeof fetch;
}

export function sseTransport(options: SseOptions): LiveTransport {
  const client = createClient({
    url: options.url,
    singleConnection: false,
    headers: () => options.headers(),
    retryAttempts: Number.POSITIVE_INFINITY,
    retry: backoff,
    ...(options.fetchFn ? { fetchFn: options.fetchFn } : {}),
  });
  return {
    subscribe(document, variables, handlers) {
      return client.subscribe({ ...operationRequest(document), variables }, resultSink(handlers), {
        connected: (reconnected) => handlers.connected?.(reconnected),
      });
    },
    dispose: () => client.dispose(),
  };
}
