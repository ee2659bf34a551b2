// Live inquiry events. In one process they pass through memory; with REDIS_URL they go through
// Redis pub/sub, so a visitor connected to one instance hears a reply sent through another.
// Payloads carry ids only: each subscriber reads the rows it may see from the database.
import { createPubSub, type PubSub } from 'graphql-yoga';
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
  close(): Promise<void>;
}

export function createInquiryEvents(redisUrl: string | null): InquiryEvents {
  if (!redisUrl) return { pubsub: createPubSub(), close: async () => {} };
  // A subscribing Redis connection can do nothing else, hence two.
  const publishClient = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
  const subscribeClient = new Redis(redisUrl);
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient });
  return {
    pubsub: createPubSub({ eventTarget }) as InquiryPubSub,
    close: async () => {
      await Promise.all([publishClient.quit().catch(() => {}), subscribeClient.quit().catch(() => {})]);
    },
  };
}
