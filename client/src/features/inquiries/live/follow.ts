// Following one conversation live, without losing a message: events arrive over the transport;
// on every (re)connection, and whenever a sequence number shows a gap, the client asks the server
// for the messages after the last one it has. Messages are kept in sequence order, once each.
import { InquiryEventsDocument, type InquiryEventsSubscription, type InquiryFieldsFragment, type InquiryMessageFieldsFragment } from '@cards/schema';
import type { LiveTransport } from './transport';

export type LiveMessage = InquiryMessageFieldsFragment;
export type LiveInquiry = InquiryFieldsFragment;

export interface FollowOptions {
  transport: LiveTransport;
  inquiryId: string;
  /** The last message the caller already shows (0 for none). */
  afterSeq: number;
  /** Reads the conversation and its messages after `afterSeq` (the InquiryThread query). */
  fetchSince(afterSeq: number): Promise<{ inquiry: LiveInquiry; messages: LiveMessage[] } | null>;
  onMessages(messages: LiveMessage[]): void;
  onInquiry?(inquiry: LiveInquiry): void;
  onTyping?(typing: { by: string; active: boolean }): void;
  onConnection?(state: 'connected' | 'reconnected' | 'error'): void;
}

export interface Following {
  /** The highest sequence number delivered so far. */
  lastSeq(): number;
  /** Asks the server for anything missed (also done by itself after reconnecting). */
  catchUp(): Promise<void>;
  stop(): void;
}

export function followInquiry(options: FollowOptions): Following {
  let lastSeq = options.afterSeq;
  let stopped = false;
  let catching: Promise<void> | null = null;
  let again = false;

  /** Delivers messages in order, skipping those already delivered. Returns false on a gap. */
  function deliver(messages: LiveMessage[]): boolean {
    const fresh = messages.filter((m) => m.seq > lastSeq).sort((a, b) => a.seq - b.seq);
    const inOrder: LiveMessage[] = [];
    for (const m of fresh) {
      if (m.seq !== lastSeq + 1) break;
      inOrder.push(m);
      lastSeq = m.seq;
    }
    if (inOrder.length) options.onMessages(inOrder);
    return inOrder.length === fresh.length;
  }

  function catchUp(): Promise<void> {
    if (catching) {
      again = true;
      return catching;
    }
    catching = (async () => {
      do {
        again = false;
        const result = await options.fetchSince(lastSeq).catch(() => null);
        if (stopped || !result) break;
        // Private notes are left out for visitors, so sequence numbers may skip: take what came back.
        const messages = result.messages.filter((m) => m.seq > lastSeq).sort((a, b) => a.seq - b.seq);
        if (messages.length) {
          lastSeq = messages[messages.length - 1].seq;
          options.onMessages(messages);
        }
        lastSeq = Math.max(lastSeq, result.inquiry.lastSeq);
        options.onInquiry?.(result.inquiry);
      } while (again && !stopped);
    })().finally(() => {
      catching = null;
    });
    return catching;
  }

  const unsubscribe = options.transport.subscribe(
    InquiryEventsDocument,
    { inquiryId: options.inquiryId },
    {
      next: (data: InquiryEventsSubscription) => {
        if (stopped) return;
        const event = data.inquiryEvents;
        if (event.typing) options.onTyping?.(event.typing);
        if (event.message && !deliver([event.message])) void catchUp();
        else if (!event.message && event.inquiry.lastSeq > lastSeq) void catchUp();
        options.onInquiry?.(event.inquiry);
      },
      connected: (reconnected) => {
        options.onConnection?.(reconnected ? 'reconnected' : 'connected');
        void catchUp();
      },
      error: () => options.onConnection?.('error'),
    },
  );
  void catchUp();

  return {
    lastSeq: () => lastSeq,
    catchUp,
    stop: () => {
      stopped = true;
      unsubscribe();
    },
  };
}
