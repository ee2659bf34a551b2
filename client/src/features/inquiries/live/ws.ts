// Subscriptions over WebSocket (graphql-transport-ws), for weapp (through wx-socket.ts) or any
// platform with a WebSocket. graphql-ws reconnects and re-subscribes by itself; every later
// `connected` tells each subscription to catch up on what it missed.
import { createClient } from 'graphql-ws';
import { backoff, operationRequest, resultSink, type LiveTransport } from './transport';

export interface WsOptions {
  url: string;
  /** Sent in connection_init on every (re)connection: { authorization, 'x-device-id' }. */
  connectionParams: () => Record<string, string>;
  webSocketImpl?: unknown;
}

export function wsTransport(options: WsOptions): LiveTransport {
  const listeners = new Set<(reconnected: boolean) => void>();
  let connections = 0;
  const client = createClient({
    url: options.url,
    connectionParams: () => options.connectionParams(),
    webSocketImpl: options.webSocketImpl,
    lazy: true,
    keepAlive: 20_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: backoff,
    on: {
      connected: () => {
        const reconnected = connections++ > 0;
        for (const fn of listeners) fn(reconnected);
      },
    },
  });
  return {
    subscribe(document, variables, handlers) {
      const onConnected = (reconnected: boolean) => handlers.connected?.(reconnected);
      listeners.add(onConnected);
      const unsubscribe = client.subscribe({ ...operationRequest(document), variables }, resultSink(handlers));
      return () => {
        listeners.delete(onConnected);
        unsubscribe();
      };
    },
    dispose: () => void client.dispose(),
  };
}
