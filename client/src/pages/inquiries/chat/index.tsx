// 在线咨询: the visitor's (or official's) chat with the bot, then with a person at the centre.
import { ACCENT } from '../../../utils/color';
import { useCallback, useContext, useEffect, useState } from 'react';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { Input, Text, Textarea, View } from '@tarojs/components';
import {
  EndInquiryDocument,
  MyInquiriesDocument,
  RateInquiryDocument,
  RequestInquiryHumanDocument,
  SendInquiryMessageDocument,
  type InquiryFieldsFragment,
  type MyInquiriesQuery,
} from '@cards/schema';
import TopBar from '../../../components/TopBar';
import { Empty, ErrorState, Loading } from '../../../components/StatusView';
import { inquiryStatusLabel, useI18n, useNavigationTitle, type MessageKey } from '../../../i18n';
import { getClient } from '../../../graphql/client';
import { useQuery } from '../../../graphql/useQuery';
import { mutate } from '../../../graphql/mutate';
import { useToken } from '../../../features/auth/useSession';
import {
  lastSeqOf,
  newClientKey,
  queueNumbers,
  sourceTarget,
  startsNewTimeGroup,
  timeLabel,
  unconfirmed,
  type ChatMessage,
  type PendingMessage,
} from '../../../features/inquiries/chat';
import { useLiveThread, useTypingSignal } from '../../../features/inquiries/useLiveThread';
import { routeParam } from '../../../utils/routeParam';
import { PageActiveContext, usePageActiveState, useTestHook } from '../../../utils/pageActive';
import './index.scss';
import PrivacyPopup from '../../../components/PrivacyPopup';
import { BotFeedback, BotSuggestions } from '../../../components/BotFeedback';

const SUGGESTIONS: MessageKey[] = ['chat.suggest1', 'chat.suggest2', 'chat.suggest3'];
const MAX_LENGTH = 1000;

type Hook = (name: string) => string;

/** Several test hooks at once. */
const hooks = (hook: Hook, ...names: string[]) => names.map(hook).filter(Boolean).join(' ');

function openSource(url: string | null, copiedText: string) {
  const target = sourceTarget(url);
  if (target.kind === 'page') Taro.navigateTo({ url: target.url });
  else if (target.kind === 'link') {
    Taro.setClipboardData({ data: target.url }).then(
      () => Taro.showToast({ title: copiedText, icon: 'none', duration: 1500 }),
      () => undefined,
    );
  }
}

function Avatar({ kind }: { kind: 'bot' | 'staff' }) {
  return (
    <View className={`chat__avatar chat__avatar--${kind}`}>
      <Text>{kind === 'bot' ? '智' : '服'}</Text>
    </View>
  );
}

function MessageRow({
  message,
  staffName,
  canHandoff,
  onHandoff,
  onAsk,
}: {
  message: ChatMessage;
  staffName: string | null;
  canHandoff: boolean;
  onHandoff: () => void;
  onAsk: (question: string) => void;
}) {
  const { t } = useI18n();
  const hook = useTestHook();
  const kind = message.author.toLowerCase() as 'user' | 'bot' | 'staff' | 'system';
  const rowHooks = hooks(hook, 'chat-message', `chat-message--${kind}`);
  if (kind === 'system') {
    return (
      <View className={`chat__system ${rowHooks}`} data-seq={message.seq}>
        <Text className="chat__system-text">{message.text}</Text>
      </View>
    );
  }
  if (kind === 'user') {
    return (
      <View className={`chat__row chat__row--mine ${rowHooks}`} data-seq={message.seq}>
        <View className="chat__bubble chat__bubble--mine">
          <Text className="chat__text" userSelect>
            {message.text}
          </Text>
        </View>
      </View>
    );
  }
  const who = kind === 'bot' ? t('chat.botName') : staffName || t('chat.staffName');
  return (
    <View className={`chat__row ${rowHooks}`} data-seq={message.seq}>
      <Avatar kind={kind === 'bot' ? 'bot' : 'staff'} />
      <View className="chat__main">
        <Text className="chat__who">{who}</Text>
        <View className={`chat__bubble chat__bubble--${kind}`}>
          <Text className="chat__text" userSelect>
            {message.text}
          </Text>
          {message.sources.length ? (
            <View className="chat__sources">
              <Text className="chat__sources-label">{t('chat.sources')}</Text>
              {message.sources.map((s, i) => {
                const target = sourceTarget(s.url);
                return (
                  <View
                    key={`${i}-${s.title}`}
                    className={`chat__source chat__source--${target.kind} ${hook('chat-source')}`}
                    data-url={s.url ?? ''}
                    role={target.kind === 'none' ? undefined : 'link'}
                    onClick={() => openSource(s.url, t('chat.copied'))}
                  >
                    <Text className="chat__source-text">{s.title}</Text>
                    {target.kind !== 'none' ? <View className={`chat__source-icon chat__source-icon--${target.kind}`} /> : null}
                  </View>
                );
              })}
            </View>
          ) : null}
        </View>
        {kind === 'bot' ? <BotSuggestions suggestions={message.suggestions} onAsk={onAsk} /> : null}
        {kind === 'bot' ? <BotFeedback message={message} /> : null}
        {message.offersHuman && canHandoff ? (
          <View className={`chat__offer ${hook('chat-handoff')}`} role="button" onClick={onHandoff}>
            <View className="chat__offer-icon" />
            <Text>{t('chat.handoffOffer')}</Text>
          </View>
        ) : null}
      </View>
    </View>
  );
}

function PendingRow({ item, onRetry }: { item: PendingMessage; onRetry: () => void }) {
  const { t } = useI18n();
  const hook = useTestHook();
  const failed = item.state === 'failed';
  return (
    <View
      className={`chat__row chat__row--mine ${failed ? 'is-failed' : 'is-pending'} ${hooks(hook, 'chat-message', 'chat-message--user')}`}
      data-pending={item.state}
    >
      <View className="chat__pending-state">
        {failed ? (
          <View className={`chat__retry ${hook('chat-retry')}`} role="button" onClick={onRetry}>
            <Text className="chat__retry-mark">!</Text>
            <Text>{t('chat.retry')}</Text>
          </View>
        ) : (
          <View className="chat__spinner" aria-label={t('chat.sending')} />
        )}
      </View>
      <View className="chat__bubble chat__bubble--mine">
        <Text className="chat__text">{item.text}</Text>
      </View>
      {failed && item.error ? <Text className={`chat__failed-note ${hook('chat-send-error')}`}>{item.error}</Text> : null}
    </View>
  );
}

function Stars({ score, onPick, big = false }: { score: number; onPick?: (n: number) => void; big?: boolean }) {
  const { t } = useI18n();
  const hook = useTestHook();
  return (
    <View className={`chat__stars ${big ? 'chat__stars--big' : ''}`}>
      {[1, 2, 3, 4, 5].map((n) => (
        <Text
          key={n}
          className={`chat__star ${n <= score ? 'is-on' : ''} ${onPick ? hook('chat-rating-star') : ''}`}
          data-score={n}
          aria-label={t('chat.rateStar', { n })}
          onClick={onPick ? () => onPick(n) : undefined}
        >
          ★
        </Text>
      ))}
    </View>
  );
}

function RatingPanel({ inquiry, onRated }: { inquiry: InquiryFieldsFragment; onRated: (inquiry: InquiryFieldsFragment) => void }) {
  const { t } = useI18n();
  const hook = useTestHook();
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (inquiry.rating) {
    return (
      <View className={`chat__rated ${hook('chat-rated')}`} data-score={inquiry.rating}>
        <Stars score={inquiry.rating} />
        <Text className="chat__rated-text">{t('chat.rated', { score: inquiry.rating })}</Text>
        {inquiry.ratingComment ? <Text className="chat__rated-comment">“{inquiry.ratingComment}”</Text> : null}
      </View>
    );
  }

  const submit = async () => {
    if (busy) return;
    if (!score) return setError(t('chat.rateNeedScore'));
    setBusy(true);
    setError(null);
    const res = await mutate(
      RateInquiryDocument,
      { inquiryId: inquiry.id, score, comment: comment.trim() || null },
      (d) => d.rateInquiry,
      t('common.networkError'),
    );
    setBusy(false);
    if (!res.ok) return setError(Object.values(res.error.fieldErrors)[0] ?? res.error.message);
    if (res.value.__typename === 'Inquiry') onRated(res.value);
  };

  return (
    <View className={`chat__rating ${hook('chat-rating')}`}>
      <Text className="chat__rating-title">{t('chat.rateTitle')}</Text>
      <Stars
        score={score}
        big
        onPick={(n) => {
          setScore(n);
          setError(null);
        }}
      />
      <Textarea
        className={`ui-textarea chat__rating-comment ${hook('chat-rating-comment')}`}
        value={comment}
        maxlength={300}
        placeholder={t('chat.rateComment')}
        placeholderClass="ui-placeholder"
        onInput={(e) => setComment(e.detail.value)}
      />
      {error ? <Text className={`chat__rating-error ${hook('chat-rating-error')}`}>{error}</Text> : null}
      <View className={`ui-btn ui-btn--block ${busy || !score ? 'is-disabled' : ''} ${hook('chat-rating-submit')}`} role="button" onClick={() => void submit()}>
        <Text>{t('chat.rateSubmit')}</Text>
      </View>
    </View>
  );
}

type HistoryItem = MyInquiriesQuery['myInquiries'][number];

function History({ currentId, onOpen, onBack }: { currentId: string | null; onOpen: (item: HistoryItem) => void; onBack: () => void }) {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  const { data, error, fetching, refetch } = useQuery(MyInquiriesDocument, {}, { requestPolicy: 'network-only' });
  const items = data?.myInquiries ?? [];
  return (
    <View className="page-body chat-history">
      <View className="chat-history__head">
        <Text className="chat-history__title">{t('chat.history')}</Text>
        <Text className="ui-link" onClick={onBack}>
          {t('chat.backToChat')}
        </Text>
      </View>
      {fetching && !data ? <Loading /> : null}
      {error && !data ? <ErrorState message={error.message} onRetry={refetch} /> : null}
      {data && items.length === 0 ? <Empty title={t('chat.historyEmpty')} hint={t('chat.historyEmptyHint')} /> : null}
      {items.map((item) => (
        <View
          key={item.id}
          className={`chat-history__item ${item.id === currentId ? 'is-current' : ''} ${hook('chat-history-item')}`}
          data-id={item.id}
          data-status={item.status}
          role="link"
          onClick={() => onOpen(item)}
        >
          <View className="chat-history__row">
            <Text className="chat-history__subject">{item.subject}</Text>
            <Text className={`chat-history__status chat-history__status--${item.status.toLowerCase()}`}>{inquiryStatusLabel(item.status, lang)}</Text>
          </View>
          <Text className="chat-history__preview">{item.lastMessage?.text ?? t('chat.noMessages')}</Text>
          <View className="chat-history__row chat-history__row--meta">
            <Text className="chat-history__time">{timeLabel(item.createdAt)}</Text>
            {item.rating ? <Text className="chat-history__rating">{'★'.repeat(item.rating)}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  );
}

function Chat({ initialId }: { initialId: string }) {
  const { t } = useI18n();
  const hook = useTestHook();
  const pageActive = useContext(PageActiveContext);
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

  // Which conversation: ?id=, else the latest one still open, else a new one on the first message.
  const { open } = live;
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
  const { catchUp } = live;
  useDidShow(() => catchUp());

  const showing = unconfirmed(live.messages, pending);
  // The first message starts the conversation: until it is through (or retried), nothing else is sent.
  const creating = pending.some((p) => p.inquiryId === null);

  // Scroll to the newest message when something arrives.
  const scrollKey = `${live.messages.length}:${showing.length}:${live.typing}:${status}:${inquiry?.rating ?? ''}:${live.synced}`;
  useEffect(() => {
    if (view !== 'chat' || !pageActive) return;
    const timer = setTimeout(() => {
      Taro.pageScrollTo({ scrollTop: 1_000_000, duration: 150 }).catch(() => undefined);
    }, 60);
    return () => clearTimeout(timer);
  }, [scrollKey, view, pageActive]);

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
      text: body.slice(0, MAX_LENGTH),
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

  const handoff = async () => {
    if (busy) return;
    if (!live.inquiryId) return send(t('chat.handoffText'));
    setBusy('handoff');
    setNotice(null);
    const res = await mutate(RequestInquiryHumanDocument, { inquiryId: live.inquiryId }, (d) => d.requestInquiryHuman, t('common.networkError'));
    setBusy(null);
    if (!res.ok) return setNotice(res.error.message);
    if (res.value.__typename === 'Inquiry') live.setInquiry(res.value);
    catchUp();
  };

  const end = async () => {
    if (busy || !live.inquiryId) return;
    const { confirm } = await Taro.showModal({ title: t('chat.end'), content: t('chat.endConfirm'), confirmColor: ACCENT });
    if (!confirm) return;
    setBusy('end');
    setNotice(null);
    typingSignal.stop();
    const res = await mutate(EndInquiryDocument, { inquiryId: live.inquiryId }, (d) => d.endInquiry, t('common.networkError'));
    setBusy(null);
    if (!res.ok) return setNotice(res.error.message);
    if (res.value.__typename === 'Inquiry') live.setInquiry(res.value);
    catchUp();
  };

  const startNew = () => {
    const unsent = pending.filter((p) => p.state === 'failed').map((p) => p.text);
    live.reset();
    setPending([]);
    setNotice(null);
    if (unsent.length) setText(unsent.join('\n').slice(0, MAX_LENGTH));
    setView('chat');
  };

  const openFromHistory = (item: HistoryItem) => {
    setPending([]);
    setNotice(null);
    setView('chat');
    if (item.id !== live.inquiryId) open(item.id);
  };

  if (view === 'history') {
    return <History currentId={live.inquiryId} onOpen={openFromHistory} onBack={() => setView('chat')} />;
  }

  const loading = resolving || (!!live.inquiryId && !live.synced);
  const queue = status === 'QUEUED' ? queueNumbers(inquiry?.queuePosition) : null;
  const fresh = !live.inquiryId && showing.length === 0;

  return (
    <View className="chat">
      <View
        className={`chat__status chat__status--${status.toLowerCase()} ${IS_H5 ? 'chat__status--h5' : ''} ${hook('chat-status')}`}
        data-status={live.inquiryId ? status : 'NEW'}
      >
        <View className="chat__status-main">
          <View className="chat__status-line">
            <View className="chat__status-dot" />
            <Text className="chat__status-text">
              {status === 'BOT' ? t('chat.stateBot') : null}
              {status === 'QUEUED' ? t('chat.stateQueued') : null}
              {status === 'HUMAN' ? t('chat.stateHuman', { name: inquiry?.staffName || t('chat.staffName') }) : null}
              {status === 'ENDED' ? t('chat.stateEnded') : null}
            </Text>
          </View>
          {status === 'QUEUED' ? (
            <Text className={`chat__queue ${hook('chat-queue-position')}`} data-position={queue?.position ?? ''}>
              {queue ? (queue.ahead ? t('chat.queuePosition', { p: queue.position, n: queue.ahead }) : t('chat.queueNext')) : t('chat.stateQueued')}
            </Text>
          ) : null}
        </View>
        <View className="chat__status-actions">
          {status === 'BOT' && !loading ? (
            <Text
              className={`chat__pill chat__pill--accent ${busy === 'handoff' || creating ? 'is-busy' : ''} ${hook('chat-handoff')}`}
              onClick={() => void handoff()}
            >
              {t('chat.handoff')}
            </Text>
          ) : null}
          {status === 'QUEUED' || status === 'HUMAN' ? (
            <Text className={`chat__pill ${busy === 'end' ? 'is-busy' : ''} ${hook('chat-end')}`} onClick={() => void end()}>
              {t('chat.end')}
            </Text>
          ) : null}
          <Text className={`chat__pill ${hook('chat-history')}`} onClick={() => setView('history')}>
            {t('chat.history')}
          </Text>
        </View>
      </View>

      <View className="chat__list">
        {loading ? <Loading /> : null}
        {!loading && live.notFound ? <Empty title={t('chat.notFound')} hint={t('chat.notFoundHint')} actionText={t('chat.new')} onAction={startNew} /> : null}
        {!loading && !live.notFound ? (
          <>
            <View className="chat__row chat__welcome">
              <Avatar kind="bot" />
              <View className="chat__main">
                <Text className="chat__who">{t('chat.botName')}</Text>
                <View className="chat__bubble chat__bubble--bot">
                  <Text className="chat__text">{t('chat.welcome')}</Text>
                  {fresh ? (
                    <View className="chat__suggestions">
                      <Text className="chat__suggest-title">{t('chat.suggestTitle')}</Text>
                      {SUGGESTIONS.map((key) => (
                        <View key={key} className={`chat__suggestion ${hook('chat-suggestion')}`} role="button" onClick={() => send(t(key))}>
                          <Text>{t(key)}</Text>
                          <View className="chat__suggestion-arrow" />
                        </View>
                      ))}
                    </View>
                  ) : null}
                </View>
              </View>
            </View>

            {live.messages.map((m, i) => (
              <View key={m.id}>
                {startsNewTimeGroup(live.messages[i - 1], m) ? <Text className="chat__time">{timeLabel(m.createdAt)}</Text> : null}
                <MessageRow
                  message={m}
                  staffName={inquiry?.staffName ?? null}
                  canHandoff={status === 'BOT'}
                  onHandoff={() => void handoff()}
                  onAsk={(q) => send(q)}
                />
              </View>
            ))}
            {showing.map((p) => (
              <PendingRow key={p.clientKey} item={p} onRetry={() => retry(p)} />
            ))}
            {live.typing && !ended ? (
              <View className={`chat__row chat__typing ${hook('chat-typing')}`}>
                <Avatar kind="staff" />
                <View className="chat__bubble chat__bubble--staff chat__typing-bubble">
                  <View className="chat__dots">
                    <View className="chat__dot" />
                    <View className="chat__dot" />
                    <View className="chat__dot" />
                  </View>
                  <Text className="chat__typing-text">{t('chat.typing')}</Text>
                </View>
              </View>
            ) : null}
            {ended && inquiry ? <RatingPanel inquiry={inquiry} onRated={live.setInquiry} /> : null}
          </>
        ) : null}
        {notice ? <View className={`ui-banner ui-banner--error chat__notice ${hook('chat-notice')}`}>{notice}</View> : null}
      </View>

      {!loading && !live.notFound ? (
        ended ? (
          <View className="chat__footer chat__footer--ended">
            <Text className="chat__ended-hint">{t('chat.endedHint')}</Text>
            <View className={`ui-btn ui-btn--small chat__new ${hook('chat-new')}`} role="button" onClick={startNew}>
              <Text>{t('chat.new')}</Text>
            </View>
          </View>
        ) : (
          <View className="chat__footer">
            <Input
              className={`chat__input ${hook('chat-input')}`}
              value={text}
              maxlength={MAX_LENGTH}
              confirmType="send"
              confirmHold
              cursorSpacing={24}
              placeholder={t('chat.placeholder')}
              placeholderClass="chat__placeholder"
              onInput={(e) => {
                setText(e.detail.value);
                if (e.detail.value) typingSignal.typing();
              }}
              onBlur={() => typingSignal.stop()}
              onConfirm={(e) => send(e.detail.value ?? text)}
            />
            <View className={`chat__send ${!text.trim() || creating ? 'is-disabled' : ''} ${hook('chat-send')}`} role="button" onClick={() => send(text)}>
              <Text>{t('chat.send')}</Text>
            </View>
          </View>
        )
      ) : null}
    </View>
  );
}

export default function ChatPage() {
  const { t } = useI18n();
  const active = usePageActiveState();
  useNavigationTitle('chat.title');
  const router = useRouter();
  const id = routeParam(router.params.id);
  // Signing in or out changes whose conversations these are: start over.
  const token = useToken();
  return (
    <PageActiveContext.Provider value={active}>
      <View className="page chat-page">
        <TopBar back title={t('chat.title')} />
        <Chat key={token ?? 'device'} initialId={id} />
      </View>
      <PrivacyPopup />
    </PageActiveContext.Provider>
  );
}
