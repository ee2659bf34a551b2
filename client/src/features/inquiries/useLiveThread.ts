// One conversation on screen, kept live. Imports the live transports: use from subpackage pages only
// (pages/inquiries, pages/staff), so that SSE / WebSocket code stays out of the main package.
import { useCallback, useEffect, useRef, useState } from 'react';
import { InquiryThreadDocument, SetInquiryTypingDocument } from '@cards/schema';
import { getClient } from '../../graphql/client';
import { followInquiry, liveTransport, type Following, type LiveInquiry, type LiveMessage } from './live';
import { lastSeqOf, mergeMessages, newerInquiry } from './chat';

/** How long a "typing" signal lasts if its end is lost. */
const TYPING_TTL_MS = 8000;
/** A typing signal is sent at most this often while typing… */
const TYPING_THROTTLE_MS = 3000;
/** …and ends by itself after this long without a keystroke. */
const TYPING_IDLE_MS = 5000;

interface ThreadState {
  inquiryId: string | null;
  inquiry: LiveInquiry | null;
  messages: LiveMessage[];
  /** The server has answered at least once (or the caller gave the messages). */
  synced: boolean;
  notFound: boolean;
}

const EMPTY: ThreadState = { inquiryId: null, inquiry: null, messages: [], synced: false, notFound: false };

export interface LiveThread extends ThreadState {
  /** The other side is typing. */
  typing: boolean;
  /** Shows and follows a conversation; `seed` is what the caller already has of it. */
  open(inquiryId: string, seed?: { inquiry?: LiveInquiry | null; messages?: LiveMessage[] }): void;
  /** No conversation (the next message starts one). */
  reset(): void;
  addMessages(messages: LiveMessage[]): void;
  setInquiry(inquiry: LiveInquiry): void;
  /** Asks the server for anything missed. */
  catchUp(): void;
}

/**
 * Follows one conversation with `followInquiry` (live events, with catch-up by sequence number after
 * each reconnect or gap). `otherSide` is whose typing to show: 'STAFF' for the visitor, 'USER' for staff.
 */
export function useLiveThread(otherSide: 'USER' | 'STAFF'): LiveThread {
  const [state, setState] = useState<ThreadState>(EMPTY);
  const [typing, setTyping] = useState(false);
  const following = useRef<Following | null>(null);
  const currentId = useRef<string | null>(null);
  const typingTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const clearTyping = useCallback(() => {
    if (typingTimer.current) clearTimeout(typingTimer.current);
    typingTimer.current = null;
    setTyping(false);
  }, []);

  const stop = useCallback(() => {
    following.current?.stop();
    following.current = null;
    currentId.current = null;
    clearTyping();
  }, [clearTyping]);

  const open = useCallback(
    (inquiryId: string, seed?: { inquiry?: LiveInquiry | null; messages?: LiveMessage[] }) => {
      stop();
      currentId.current = inquiryId;
      const messages = mergeMessages([], seed?.messages ?? []);
      setState({ inquiryId, inquiry: seed?.inquiry ?? null, messages, synced: !!seed?.messages, notFound: false });
      const isCurrent = () => currentId.current === inquiryId;
      const update = (fn: (s: ThreadState) => ThreadState) => {
        if (isCurrent()) setState((s) => (s.inquiryId === inquiryId ? fn(s) : s));
      };
      following.current = followInquiry({
        transport: liveTransport(),
        inquiryId,
        afterSeq: lastSeqOf(messages),
        fetchSince: async (afterSeq) => {
          const result = await getClient().query(InquiryThreadDocument, { id: inquiryId, afterSeq }, { requestPolicy: 'network-only' }).toPromise();
          if (result.error || !result.data) return null;
          const found = result.data.inquiry;
          if (!found) {
            update((s) => ({ ...s, notFound: true, synced: true }));
            return null;
          }
          const { messages: fresh, ...inquiry } = found;
          return { inquiry, messages: fresh };
        },
        onMessages: (fresh) => {
          update((s) => ({ ...s, messages: mergeMessages(s.messages, fresh) }));
          if (isCurrent() && fresh.some((m) => m.author === otherSide)) clearTyping();
        },
        onInquiry: (inquiry) => update((s) => ({ ...s, inquiry: newerInquiry(s.inquiry, inquiry), synced: true })),
        onTyping: ({ by, active }) => {
          if (!isCurrent() || by !== otherSide) return;
          if (typingTimer.current) clearTimeout(typingTimer.current);
          typingTimer.current = null;
          setTyping(active);
          if (active) typingTimer.current = setTimeout(() => setTyping(false), TYPING_TTL_MS);
        },
      });
    },
    [otherSide, stop, clearTyping],
  );

  const reset = useCallback(() => {
    stop();
    setState(EMPTY);
  }, [stop]);

  const addMessages = useCallback((messages: LiveMessage[]) => setState((s) => ({ ...s, messages: mergeMessages(s.messages, messages) })), []);
  const setInquiry = useCallback(
    (inquiry: LiveInquiry) => setState((s) => (s.inquiryId === inquiry.id ? { ...s, inquiry: newerInquiry(s.inquiry, inquiry) } : s)),
    [],
  );
  const catchUp = useCallback(() => {
    void following.current?.catchUp();
  }, []);

  // Leaving the page ends the subscription.
  useEffect(() => stop, [stop]);

  return { ...state, typing, open, reset, addMessages, setInquiry, catchUp };
}

/**
 * Tells the other side "typing…": at most every 3 s while keys are pressed, and `active: false`
 * when the message is sent, the input loses focus, or typing pauses.
 */
export function useTypingSignal(inquiryId: string | null, enabled: boolean): { typing(): void; stop(): void } {
  const idRef = useRef(inquiryId);
  const enabledRef = useRef(enabled);
  idRef.current = inquiryId;
  enabledRef.current = enabled;
  const lastSent = useRef(0);
  const activeFor = useRef<string | null>(null);
  const idle = useRef<ReturnType<typeof setTimeout> | null>(null);

  const signal = (id: string, active: boolean) => {
    getClient()
      .mutation(SetInquiryTypingDocument, { inquiryId: id, active })
      .toPromise()
      .catch(() => undefined);
  };

  const stop = useCallback(() => {
    if (idle.current) clearTimeout(idle.current);
    idle.current = null;
    const id = activeFor.current;
    activeFor.current = null;
    lastSent.current = 0;
    if (id) signal(id, false);
  }, []);

  const typing = useCallback(() => {
    const id = idRef.current;
    if (!id || !enabledRef.current) return;
    if (activeFor.current && activeFor.current !== id) stop();
    const now = Date.now();
    if (now - lastSent.current >= TYPING_THROTTLE_MS) {
      lastSent.current = now;
      activeFor.current = id;
      signal(id, true);
    }
    if (idle.current) clearTimeout(idle.current);
    idle.current = setTimeout(stop, TYPING_IDLE_MS);
  }, [stop]);

  // Another conversation, or sending no longer allowed: end the signal.
  useEffect(() => {
    if (activeFor.current && (activeFor.current !== inquiryId || !enabled)) stop();
  }, [inquiryId, enabled, stop]);
  useEffect(() => stop, [stop]);

  return { typing, stop };
}

/** The current time, ticking every `intervalMs` while `enabled` (waiting times). */
export function useNow(intervalMs: number, enabled = true): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!enabled) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs, enabled]);
  return now;
}
