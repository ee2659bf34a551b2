// Live inquiry events. In one process they pass through memory; with REDIS_URL they go through
// Redis pub/sub, so a visitor connected to one instance hears a reply sent through another.
// Payloads carry ids only: the rows are read from the database once per event and instance (see
// inquiries.live.schema.ts), and each subscriber sees what its filter lets through.
//
// Every live subscription is counted here (README "Security"): at most LIVE_LIMITS.perViewer at
// once per signed-in user or device, and LIVE_LIMITS.perAddress per client address, counted per
// instance (each instance guards its own connections; no count is left behind in Redis when an
// instance dies). Signing out ends the session's subscriptions, and a change of role or a disabled
// account ends the user's, on every instance.
import crypto from 'node:crypto';
import { GraphQLError } from 'graphql';
import { Repeater, createPubSub, type PubSub } from 'graphql-yoga';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';
import type { Viewer } from '../../viewer.js';
import { sha256 } from '../auth/tokens.js';
import { logger } from '../../observability/logger.js';

export type InquiryEventKind = 'MESSAGE' | 'STATUS' | 'QUEUE' | 'TYPING';

export interface InquiryEventPayload {
  /** Unique per published event: subscribers of one event share the rows it needs. */
  eventId?: string;
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
  eventId?: string;
  kind: InquiryEventKind;
  inquiryId: string;
}

/** Ends live subscriptions everywhere: those opened with one session, or all of one user's. */
interface EndSubscriptions {
  tokenHash?: string;
  userId?: string;
}

export type InquiryPubSub = PubSub<{
  inquiry: [inquiryId: string, payload: InquiryEventPayload];
  'inquiry-inbox': [payload: InboxEventPayload];
}>;

/** The Redis channel on which instances tell each other to end subscriptions. */
const CONTROL_CHANNEL = 'cards:live-control';

export const LIVE_LIMITS = { perViewer: 10, perAddress: 200 };

/** Who follows a stream (the GraphQL context has these fields). */
type Subscriber = { viewer: Viewer; token: string | null; deviceId: string | null; ip: string };

interface LiveSubscription {
  userId: string | null;
  tokenHash: string | null;
  viewerKey: string | null;
  ip: string;
  end: () => void;
}

export interface InquiryEvents {
  pubsub: InquiryPubSub;
  /**
   * A subscription's source, counted against the limits (refused with TOO_MANY_SUBSCRIPTIONS when
   * over them); it completes when the server shuts down, or the subscriber signs out or changes.
   */
  follow<T>(subscriber: Subscriber, source: AsyncIterable<T>): AsyncIterable<T>;
  /** Ends, on every instance, the subscriptions opened with this session token (sign-out). */
  endSession(token: string): void;
  /** Ends, on every instance, all subscriptions of this user (role changed, account disabled). */
  endUser(userId: string): void;
  /** Live subscriptions on this instance (for tests and health). */
  liveCount(): number;
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

/** A refused subscription's source (a pubsub subscription) is closed at once, so it leaves nothing behind. */
function closeSource(source: AsyncIterable<unknown>) {
  void (source as unknown as { return?: () => unknown }).return?.();
}

function tooMany(limit: number, what: string): GraphQLError {
  return new GraphQLError(`${what}同时打开的实时连接过多（最多 ${limit} 个），请关闭其他页面后再试`, { extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit } });
}

export function createInquiryEvents(redisUrl: string | null, limits = LIVE_LIMITS): InquiryEvents {
  const shutdown = new AbortController();
  const live = new Set<LiveSubscription>();
  // A subscribing Redis connection can do nothing else, hence two.
  const publishClient = redisUrl ? new Redis(redisUrl, { maxRetriesPerRequest: 2 }) : null;
  const subscribeClient = redisUrl ? new Redis(redisUrl) : null;
  const pubsub: InquiryPubSub =
    publishClient && subscribeClient ? createPubSub({ eventTarget: createRedisEventTarget({ publishClient, subscribeClient }) }) : createPubSub();

  const endWhere = (match: (s: LiveSubscription) => boolean) => {
    for (const s of [...live]) if (match(s)) s.end();
  };
  const apply = (control: EndSubscriptions) =>
    endWhere((s) => (!!control.tokenHash && s.tokenHash === control.tokenHash) || (!!control.userId && s.userId === control.userId));
  // Other instances' sign-outs arrive on a channel of their own (and our own, a second time:
  // ending twice is harmless). Its commands' failures are handled here, so closing the connection
  // while one is under way is no unhandled rejection.
  subscribeClient?.subscribe(CONTROL_CHANNEL).catch(() => {});
  subscribeClient?.on('message', (channel: string, message: string) => {
    if (channel !== CONTROL_CHANNEL) return;
    try {
      apply(JSON.parse(message) as EndSubscriptions);
    } catch {
      // not one of ours
    }
  });
  const announce = (control: EndSubscriptions) => {
    apply(control); // at once here; the other instances when the message reaches them
    publishClient
      ?.publish(CONTROL_CHANNEL, JSON.stringify(control))
      .catch((err: Error) => logger.error({ err }, 'could not tell other instances to end subscriptions'));
  };

  const follow = <T>(subscriber: Subscriber, source: AsyncIterable<T>): AsyncIterable<T> => {
    const viewerKey = subscriber.viewer.userId ? `u:${subscriber.viewer.userId}` : subscriber.deviceId ? `d:${subscriber.deviceId}` : null;
    if (viewerKey && [...live].filter((s) => s.viewerKey === viewerKey).length >= limits.perViewer) {
      closeSource(source);
      throw tooMany(limits.perViewer, '本账号（本设备）');
    }
    if ([...live].filter((s) => s.ip === subscriber.ip).length >= limits.perAddress) {
      closeSource(source);
      throw tooMany(limits.perAddress, '本网络地址');
    }
    const ended = new AbortController();
    let released = false;
    const entry: LiveSubscription = {
      userId: subscriber.viewer.userId,
      tokenHash: subscriber.token ? sha256(subscriber.token) : null,
      viewerKey,
      ip: subscriber.ip,
      end: () => {
        ended.abort();
        release();
      },
    };
    const release = () => {
      if (released) return;
      released = true;
      live.delete(entry);
    };
    live.add(entry);
    const iterator = untilAborted(source, AbortSignal.any([shutdown.signal, ended.signal]))[Symbol.asyncIterator]();
    // The count is given back however the subscription ends: completed, ended, or the client gone.
    const followed: AsyncIterableIterator<T> = {
      [Symbol.asyncIterator]: () => followed,
      next: async () => {
        const next = await iterator.next();
        if (next.done) release();
        return next;
      },
      return: async (value?: unknown) => {
        release();
        await iterator.return?.();
        return { done: true, value: value as T };
      },
      throw: async (err?: unknown) => {
        release();
        await iterator.return?.();
        throw err;
      },
    };
    return followed;
  };

  const endSubscriptions = () => shutdown.abort();
  return {
    pubsub,
    follow,
    endSession: (token) => announce({ tokenHash: sha256(token) }),
    endUser: (userId) => announce({ userId }),
    liveCount: () => live.size,
    endSubscriptions,
    close: async () => {
      endSubscriptions();
      await Promise.all([publishClient?.quit().catch(() => {}), subscribeClient?.quit().catch(() => {})]);
    },
  };
}

/** A fresh id for a published event. */
export const newEventId = () => crypto.randomUUID();
