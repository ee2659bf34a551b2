// The visitor's side of a conversation: which one is shown, optimistic sends with retry, hand-over
// and ending. Uses the live connection: import from subpackage pages only (pages/inquiries).
import { useCallback, useEffect, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { EndInquiryDocument, MyInquiriesDocument, RequestInquiryHumanDocument, SendInquiryMessageDocument, type InquiryFieldsFragment } from '@cards/schema';
import { ACCENT } from '../../utils/color';
import { useI18n } from '../../i18n';
import { getClient } from '../../graphql/client';
import { mutate, type Outcome } from '../../graphql/mutate';
import { lastSeqOf, newClientKey, unconfirmed, type PendingMessage } from './chat';
import { useLiveThread, useTypingSignal } from './useLiveThread';

/** The longest message the server takes (longer text is cut before sending). */
export const MAX_MESSAGE_LENGTH = 1000;

/**
 * Opens `initialId`, else the latest conversation still open, else none (the first message starts
 * one). `active`: the page is on screen (only then does it scroll to the newest message).
 */
export function useChatThread(initialId: string, active: boolean) {
  const { t } = useI18n();
  const live = useLiveThread('STAFF');
  const [resolving, setResolving] = useState(true);
  const [view, setView] = useState<'chat' | 'history'>('chat');
  const [pending, setPending] = useState<PendingMessage[]>([]);
  const [text, setText] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState<'handoff' | 'end' | null>(null);

  const inquiry = live.inquiry;
  const status = inquiry?.status ?? 'BOT';
  const ended = status === 'ENDED';
  const typingSignal = useTypingSignal(live.inquiryId, status === 'QUEUED' || status === 'HUMAN');

  const { open, catchUp } = live;
  useEffect(() => {
    let cancelled = false;
    if (initialId) {
      open(initialId);
      setResolving(false);
      return;
    }
    getClient()
      .query(MyInquiriesDocument, {}, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        if (cancelled) return;
        const current = result.data?.myInquiries.find((i) => i.status !== 'ENDED');
        if (current) open(current.id);
        setResolving(false);
      });
    return () => {
      cancelled = true;
    };
  }, [initialId, open]);

  // Back on screen (after a source page): fetch anything missed.
  useDidShow(() => catchUp());

  const showing = unconfirmed(live.messages, pending);
  // The first message starts the conversation: until it is through (or retried), nothing else is sent.
  const creating = pending.some((p) => p.inquiryId === null);

  // Scroll to the newest message when something arrives.
  const scrollKey = `${live.messages.length}:${showing.length}:${live.typing}:${status}:${inquiry?.rating ?? ''}:${live.synced}`;
  useEffect(() => {
    if (view !== 'chat' || !active) return;
    const timer = setTimeout(() => {
      Taro.pageScrollTo({ scrollTop: 1_000_000, duration: 150 }).catch(() => undefined);
    }, 60);
    return () => clearTimeout(timer);
  }, [scrollKey, view, active]);

  const deliver = useCallback(
    async (item: PendingMessage) => {
      const res = await mutate(
        SendInquiryMessageDocument,
        { inquiryId: item.inquiryId, text: item.text, clientKey: item.clientKey },
        (d) => d.sendInquiryMessage,
        t('chat.sendFailed'),
      );
      if (!res.ok) {
        setPending((list) => list.map((p) => (p.clientKey === item.clientKey ? { ...p, state: 'failed', error: res.error.message } : p)));
        if (res.error.code === 'INQUIRY_ENDED') catchUp();
        return;
      }
      if (res.value.__typename !== 'SendInquiryMessageResult') return;
      const { inquiry: fresh, messages } = res.value;
      if (item.inquiryId === null) open(fresh.id, { inquiry: fresh, messages });
      else {
        live.addMessages(messages);
        live.setInquiry(fresh);
      }
      setPending((list) => list.filter((p) => p.clientKey !== item.clientKey));
      // The answer's conversation state can predate what its messages did (a hand-over): read it again.
      if (lastSeqOf(messages) > fresh.lastSeq) catchUp();
    },
    [t, open, catchUp, live],
  );

  const send = (raw: string) => {
    const body = raw.trim();
    if (!body || creating || ended) return;
    setNotice(null);
    const item: PendingMessage = {
      clientKey: newClientKey(),
      text: body.slice(0, MAX_MESSAGE_LENGTH),
      state: 'sending',
      inquiryId: live.inquiryId,
      afterSeq: lastSeqOf(live.messages),
    };
    setPending((list) => [...list, item]);
    setText('');
    typingSignal.stop();
    void deliver(item);
  };

  const retry = (item: PendingMessage) => {
    setPending((list) => list.map((p) => (p.clientKey === item.clientKey ? { ...p, state: 'sending', error: undefined } : p)));
    void deliver({ ...item, state: 'sending' });
  };

  /** Runs a state change of the conversation (hand-over, end) and shows its outcome. */
  const change = async (kind: 'handoff' | 'end', run: (inquiryId: string) => Promise<Outcome<{ __typename?: string }>>) => {
    if (!live.inquiryId) return;
    setBusy(kind);
    setNotice(null);
    const res = await run(live.inquiryId);
    setBusy(null);
    if (!res.ok) return setNotice(res.error.message);
    if (res.value.__typename === 'Inquiry') live.setInquiry(res.value as InquiryFieldsFragment);
    catchUp();
  };

  const handoff = async () => {
    if (busy) return;
    if (!live.inquiryId) return send(t('chat.handoffText'));
    await change('handoff', (inquiryId) => mutate(RequestInquiryHumanDocument, { inquiryId }, (d) => d.requestInquiryHuman, t('common.networkError')));
  };

  const end = async () => {
    if (busy || !live.inquiryId) return;
    const { confirm } = await Taro.showModal({ title: t('chat.end'), content: t('chat.endConfirm'), confirmColor: ACCENT });
    if (!confirm) return;
    typingSignal.stop();
    await change('end', (inquiryId) => mutate(EndInquiryDocument, { inquiryId }, (d) => d.endInquiry, t('common.networkError')));
  };

  const startNew = () => {
    const unsent = pending.filter((p) => p.state === 'failed').map((p) => p.text);
    live.reset();
    setPending([]);
    setNotice(null);
    if (unsent.length) setText(unsent.join('\n').slice(0, MAX_MESSAGE_LENGTH));
    setView('chat');
  };

  const openFromHistory = (id: string) => {
    setPending([]);
    setNotice(null);
    setView('chat');
    if (id !== live.inquiryId) open(id);
  };

  const type = (value: string) => {
    setText(value);
    if (value) typingSignal.typing();
  };

  return {
    live,
    inquiry,
    status,
    ended,
    view,
    setView,
    text,
    type,
    stopTyping: typingSignal.stop,
    notice,
    busy,
    showing,
    creating,
    loading: resolving || (!!live.inquiryId && !live.synced),
    fresh: !live.inquiryId && showing.length === 0,
    send,
    retry,
    handoff,
    end,
    startNew,
    openFromHistory,
  };
}

export type ChatThread = ReturnType<typeof useChatThread>;
