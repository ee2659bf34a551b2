// Live inquiry events. In one process they pass through memory; with REDIS_URL they go through
// Redis pub/sub, so a visitor connected to one instance hears a reply sent through another.
// Payloads carry ids only: each subscriber reads the rows it may see from the database.
import { Repeater, createPubSub, type PubSub } from 'graphql-yoga';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';

export type InquiryEventKind = 'MESSAGE' | 'STATUS' | 'QUEUE' | 'TYPING';

export interface InquiryEventPayload {
  kind: InquiryEventKind;
  inquiryId: string;
  /** MESSAGE: the new message. */
  messageId?: string;
  /** MESSAGE: a private note, delivered to staff only. */
  internal?: boolean;
  /** TYPING: who is typing, and whether they still are. */
  typing?: { by: 'USER' | 'STAFF'; active: boolean };
}

/** Anything that changes a staff inbox (queue, status, a visitor's new message). */
export interface InboxEventPayload {
  kind: InquiryEventKind;
  inquiryId: string;
}

export type InquiryPubSub = PubSub<{
  'inquiry': [inquiryId: string, payload: InquiryEventPayload];
  'inquiry-inbox': [payload: InboxEventPayload];
}>;

export interface InquiryEvents {
  pubsub: InquiryPubSub;
  /** Wraps a subscription's source so that it completes when the server shuts down. */
  untilShutdown<T>(source: AsyncIterable<T>): AsyncIterable<T>;
  /** Completes every live subscription: their streams end cleanly (server shutdown). */
  endSubscriptions(): void;
  /** Ends subscriptions and closes the Redis connections. */
  close(): Promise<void>;
}

/** Ends subscription sources when `signal` aborts: GraphQL then completes each stream normally. */
function untilAborted<T>(source: AsyncIterable<T>, signal: AbortSignal): AsyncIterable<T> {
  return new Repeater<T>(async (push, stop) => {
    const iterator = source[Symbol.asyncIterator]();
    const end = () => stop();
    if (signal.aborted) end();
    signal.addEventListener('abort', end, { once: true });
    void stop.then(() => {
      signal.removeEventListener('abort', end);
      void iterator.return?.();
    });
    for (;;) {
      const next = await Promise.race([iterator.next(), stop.then(() => null)]);
      if (!next || next.done) break;
      await push(next.value);
    }
    stop();
  });
}

export function createInquiryEvents(redisUrl: string | null): InquiryEvents {
  const shutdown = new AbortController();
  const untilShutdown = <T>(source: AsyncIterable<T>) => untilAborted(source, shutdown.signal);
  const endSubscriptions = () => shutdown.abort();
  if (!redisUrl) return { pubsub: createPubSub(), untilShutdown, endSubscriptions, close: async () => endSubscriptions() };
  // A subscribing Redis connection can do nothing else, hence two.
  const publishClient = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
  const subscribeClient = new Redis(redisUrl);
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient });
  return {
    pubsub: createPubSub({ eventTarget }) as InquiryPubSub,
    untilShutdown,
    endSubscriptions,
    close: async () => {
      endSubscriptions();
      await Promise.all([publishClient.quit().catch(() => {}), subscribeClient.quit().catch(() => {})]);
    },
  };
}
