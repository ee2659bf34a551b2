// One conversation, as staff see it: messages (with private notes), live; reply, note, canned replies, take, end.
import { ACCENT } from '../../../utils/color';
import { useContext, useEffect, useRef, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, Textarea, View } from '@tarojs/components';
import {
  AddInquiryNoteDocument,
  EndInquiryDocument,
  SendInquiryMessageDocument,
  StaffInquiryThreadDocument,
  TakeInquiryDocument,
  type CannedReplyFieldsFragment,
  type StaffInquiryThreadQuery,
} from '@cards/schema';
import StaffPage from '../../../components/StaffPage';
import { Empty, ErrorState, Loading } from '../../../components/StatusView';
import { inquiryStatusLabel, useI18n, useNavigationTitle } from '../../../i18n';
import { useQuery } from '../../../graphql/useQuery';
import { mutate } from '../../../graphql/mutate';
import { useViewer } from '../../../features/auth/useSession';
import { fillCannedReply } from '../../../features/inquiries/canned';
import { CANNED_URL, formatSeconds, newClientKey, secondsSince, startsNewTimeGroup, timeLabel, type ChatMessage } from '../../../features/inquiries/chat';
import { useLiveThread, useNow, useTypingSignal } from '../../../features/inquiries/useLiveThread';
import { routeParam } from '../../../utils/routeParam';
import { useRefetchOnShow } from '../../../utils/useRefetchOnShow';
import { PageActiveContext, useTestHook } from '../../../utils/pageActive';
import './index.scss';

const MAX_LENGTH = 1000;
type Mode = 'reply' | 'note';
type StaffInquiry = NonNullable<StaffInquiryThreadQuery['inquiry']>;

const hooks = (hook: (name: string) => string, ...names: string[]) => names.map(hook).filter(Boolean).join(' ');

function ThreadMessage({ message, askerName, staffName }: { message: ChatMessage; askerName: string; staffName: string }) {
  const { t } = useI18n();
  const hook = useTestHook();
  const kind = message.internal ? 'note' : (message.author.toLowerCase() as 'user' | 'bot' | 'staff' | 'system');
  const rowHooks = hooks(hook, 'thread-message', `thread-message--${kind}`);
  if (kind === 'system') {
    return (
      <View className={`thread__system ${rowHooks}`} data-seq={message.seq}>
        <Text className="thread__system-text">{message.text}</Text>
      </View>
    );
  }
  const who = kind === 'user' ? askerName : kind === 'bot' ? t('chat.botName') : staffName;
  return (
    <View className={`thread__row thread__row--${kind === 'user' ? 'theirs' : 'ours'} ${rowHooks}`} data-seq={message.seq}>
      <Text className="thread__who">{who}</Text>
      <View className={`thread__bubble thread__bubble--${kind}`}>
        {kind === 'note' ? <Text className="thread__note-label">{t('thread.note')}</Text> : null}
        <Text className="thread__text" userSelect>
          {message.text}
        </Text>
        {message.sources.length ? (
          <View className="thread__sources">
            <Text className="thread__sources-label">{t('chat.sources')}</Text>
            {message.sources.map((s, i) => (
              <Text key={`${i}-${s.title}`} className="thread__source">
                {s.title}
              </Text>
            ))}
          </View>
        ) : null}
        {message.offersHuman ? <Text className="thread__offered">{t('thread.offeredHuman')}</Text> : null}
      </View>
    </View>
  );
}

function CannedPicker({ replies, onPick }: { replies: CannedReplyFieldsFragment[]; onPick: (reply: CannedReplyFieldsFragment) => void }) {
  const { t } = useI18n();
  const hook = useTestHook();
  return (
    <View className="thread__canned-panel">
      {replies.length === 0 ? <Text className="thread__canned-empty">{t('thread.cannedEmpty')}</Text> : null}
      {replies.map((r) => (
        <View key={r.id} className={`thread__canned-item ${hook('thread-canned-item')}`} data-id={r.id} role="button" onClick={() => onPick(r)}>
          <Text className="thread__canned-title">{r.title}</Text>
          <Text className="thread__canned-text">{r.text}</Text>
        </View>
      ))}
      <Text className="thread__canned-manage ui-link" onClick={() => Taro.navigateTo({ url: CANNED_URL })}>
        {t('thread.cannedManage')}
      </Text>
    </View>
  );
}

function Thread({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  const pageActive = useContext(PageActiveContext);
  const { viewer } = useViewer();
  const { data, error, fetching, refetch } = useQuery(StaffInquiryThreadDocument, { id }, { pause: !id, requestPolicy: 'network-only' });
  useRefetchOnShow(refetch);
  const live = useLiveThread('USER');
  const now = useNow(1000, pageActive);

  const [mode, setMode] = useState<Mode>('reply');
  const [text, setText] = useState('');
  const [cannedOpen, setCannedOpen] = useState(false);
  const [sending, setSending] = useState(false);
  const [busy, setBusy] = useState<'take' | 'end' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // A failed send is retried with the same key (never sent twice).
  const failed = useRef<{ key: string; text: string; mode: Mode } | null>(null);

  // Follow the conversation once loaded; a later reload (after a state change) only adds what it has.
  const { open, addMessages, setInquiry } = live;
  const opened = useRef<string | null>(null);
  useEffect(() => {
    const loaded = data?.inquiry;
    if (!loaded) return;
    const { messages, ...fields } = loaded;
    if (opened.current !== loaded.id) {
      opened.current = loaded.id;
      open(loaded.id, { inquiry: fields, messages });
    } else {
      addMessages(messages);
      setInquiry(fields);
    }
  }, [data, open, addMessages, setInquiry]);

  // Taken, ended, rated elsewhere: read who answers it again.
  const liveStatus = live.inquiry?.status;
  const loadedStatus = data?.inquiry?.status;
  useEffect(() => {
    if (liveStatus && loadedStatus && liveStatus !== loadedStatus && !fetching) refetch();
  }, [liveStatus, loadedStatus, fetching, refetch]);

  const staffInfo: StaffInquiry | null | undefined = data?.inquiry;
  const inquiry = live.inquiry ?? staffInfo ?? null;
  const status = inquiry?.status;
  const mine = !!staffInfo?.takenByViewer && status === 'HUMAN';
  const canReply = mine;
  const effectiveMode: Mode = canReply ? mode : 'note';
  const typingSignal = useTypingSignal(inquiry?.id ?? null, canReply && effectiveMode === 'reply');

  const messageCount = live.messages.length;
  useEffect(() => {
    if (!pageActive || !messageCount) return;
    const timer = setTimeout(() => Taro.pageScrollTo({ scrollTop: 1_000_000, duration: 150 }).catch(() => undefined), 60);
    return () => clearTimeout(timer);
  }, [messageCount, live.typing, pageActive]);

  if (!id) return <Empty title={t('thread.notFound')} />;
  if (fetching && !data) return <Loading />;
  if (error && !data) return <ErrorState message={error.message} onRetry={refetch} />;
  if (!staffInfo || !inquiry) return <Empty title={t('thread.notFound')} />;

  const askerName = staffInfo.askerName;
  const ownName = (staffInfo.takenByViewer && inquiry.staffName) || viewer?.displayName || t('chat.staffName');
  const answeringName = inquiry.staffName || t('chat.staffName');
  const replies = data?.cannedReplies ?? [];

  const take = async () => {
    if (busy) return;
    setBusy('take');
    setMessage(null);
    const res = await mutate(TakeInquiryDocument, { inquiryId: inquiry.id }, (d) => d.takeInquiry, t('common.networkError'));
    setBusy(null);
    if (!res.ok) {
      setMessage(res.error.message);
      refetch();
      return;
    }
    setMode('reply');
    refetch();
    live.catchUp();
  };

  const end = async () => {
    if (busy) return;
    const { confirm } = await Taro.showModal({ title: t('thread.end'), content: t('thread.endConfirm'), confirmColor: ACCENT });
    if (!confirm) return;
    setBusy('end');
    setMessage(null);
    typingSignal.stop();
    const res = await mutate(EndInquiryDocument, { inquiryId: inquiry.id }, (d) => d.endInquiry, t('common.networkError'));
    setBusy(null);
    if (!res.ok) return setMessage(res.error.message);
    if (res.value.__typename === 'Inquiry') live.setInquiry(res.value);
    refetch();
  };

  const send = async () => {
    const body = text.trim();
    if (!body || sending) return;
    const sendMode = effectiveMode;
    const previous = failed.current;
    const key = previous && previous.text === body && previous.mode === sendMode ? previous.key : newClientKey();
    setSending(true);
    setMessage(null);
    typingSignal.stop();
    if (sendMode === 'note') {
      const res = await mutate(
        AddInquiryNoteDocument,
        { inquiryId: inquiry.id, text: body, clientKey: key },
        (d) => d.addInquiryNote,
        t('common.networkError'),
      );
      setSending(false);
      if (!res.ok) {
        failed.current = { key, text: body, mode: sendMode };
        return setMessage(Object.values(res.error.fieldErrors)[0] ?? res.error.message);
      }
      if (res.value.__typename === 'InquiryMessage') live.addMessages([res.value]);
    } else {
      const res = await mutate(
        SendInquiryMessageDocument,
        { inquiryId: inquiry.id, text: body, clientKey: key },
        (d) => d.sendInquiryMessage,
        t('common.networkError'),
      );
      setSending(false);
      if (!res.ok) {
        failed.current = { key, text: body, mode: sendMode };
        setMessage(Object.values(res.error.fieldErrors)[0] ?? res.error.message);
        if (res.error.kind === 'refused') refetch();
        return;
      }
      if (res.value.__typename === 'SendInquiryMessageResult') {
        live.addMessages(res.value.messages);
        live.setInquiry(res.value.inquiry);
      }
    }
    failed.current = null;
    setText('');
  };

  const pick = (reply: CannedReplyFieldsFragment) => {
    const filled = fillCannedReply(reply.text, { askerName: staffInfo.askerPersonalName, staffName: ownName });
    setText((current) => (current.trim() ? `${current.replace(/\s+$/, '')}\n${filled}` : filled).slice(0, MAX_LENGTH));
    setCannedOpen(false);
  };

  const waited = status === 'QUEUED' ? secondsSince(inquiry.queuedAt ?? inquiry.createdAt, now) : 0;
  const canEnd = status !== 'ENDED' && !(status === 'HUMAN' && !staffInfo.takenByViewer);

  return (
    <View className="thread">
      <View className="thread__card">
        <View className="thread__head">
          <View className="thread__avatar">
            <Text>{askerName.slice(0, 1)}</Text>
          </View>
          <View className="thread__asker">
            <View className="thread__asker-line">
              <Text className="thread__asker-name">{askerName}</Text>
              {staffInfo.askerIsOfficial ? <Text className="thread__tag">{t('inbox.official')}</Text> : null}
            </View>
            <Text className="thread__meta">{t('thread.startedAt', { time: timeLabel(inquiry.createdAt) })}</Text>
          </View>
          <Text className={`thread__status thread__status--${(status ?? '').toLowerCase()} ${hook('thread-status')}`} data-status={status}>
            {inquiryStatusLabel(status ?? '', lang)}
          </Text>
        </View>
        <Text className="thread__subject">{inquiry.subject}</Text>
        {status === 'QUEUED' ? <Text className="thread__info thread__info--wait">{t('thread.waiting', { t: formatSeconds(waited, lang) })}</Text> : null}
        {status === 'HUMAN' && !staffInfo.takenByViewer ? <Text className="thread__info">{t('thread.takenByOther', { name: answeringName })}</Text> : null}
        {inquiry.rating ? (
          <View className={`thread__rating ${hook('thread-rating')}`} data-score={inquiry.rating}>
            <Text className="thread__rating-label">{t('thread.rating')}</Text>
            <Text className="thread__rating-stars">
              {'★'.repeat(inquiry.rating)}
              <Text className="thread__rating-off">{'★'.repeat(5 - inquiry.rating)}</Text>
            </Text>
            <Text className="thread__rating-score">{inquiry.rating}/5</Text>
            {inquiry.ratingComment ? <Text className="thread__rating-comment">{inquiry.ratingComment}</Text> : null}
          </View>
        ) : status === 'ENDED' ? (
          <Text className="thread__info">{t('thread.noRating')}</Text>
        ) : null}
        {status === 'QUEUED' || canEnd ? (
          <View className="thread__actions">
            {status === 'QUEUED' ? (
              <View className={`ui-btn ui-btn--small ${busy === 'take' ? 'is-disabled' : ''} ${hook('thread-take')}`} role="button" onClick={() => void take()}>
                <Text>{t('thread.take')}</Text>
              </View>
            ) : null}
            {canEnd ? (
              <View
                className={`ui-btn ui-btn--small ui-btn--ghost ${busy === 'end' ? 'is-disabled' : ''} ${hook('thread-end')}`}
                role="button"
                onClick={() => void end()}
              >
                <Text>{t('thread.end')}</Text>
              </View>
            ) : null}
          </View>
        ) : null}
      </View>

      <View className="thread__list">
        {live.messages.map((m, i) => (
          <View key={m.id}>
            {startsNewTimeGroup(live.messages[i - 1], m) ? <Text className="thread__time">{timeLabel(m.createdAt)}</Text> : null}
            <ThreadMessage message={m} askerName={askerName} staffName={m.internal ? t('chat.staffName') : answeringName} />
          </View>
        ))}
        {live.typing && status !== 'ENDED' ? <Text className={`thread__typing ${hook('thread-typing')}`}>{t('thread.typing')}</Text> : null}
        {message ? <View className={`ui-banner ui-banner--error ${hook('thread-error')}`}>{message}</View> : null}
      </View>

      <View className={`thread__composer ${effectiveMode === 'note' ? 'is-note' : ''}`}>
        {cannedOpen ? <CannedPicker replies={replies} onPick={pick} /> : null}
        <View className="thread__tools">
          <View
            className={`thread__toggle ${effectiveMode === 'note' ? 'is-on' : ''} ${!canReply ? 'is-locked' : ''} ${hook('thread-note-toggle')}`}
            data-on={effectiveMode === 'note' ? '1' : '0'}
            role="switch"
            aria-checked={effectiveMode === 'note'}
            onClick={() => {
              if (!canReply) return;
              typingSignal.stop();
              setMode((m) => (m === 'note' ? 'reply' : 'note'));
            }}
          >
            <View className="thread__toggle-box" />
            <Text>{t('thread.noteMode')}</Text>
          </View>
          <Text className={`thread__tool ${cannedOpen ? 'is-on' : ''} ${hook('thread-canned')}`} onClick={() => setCannedOpen((o) => !o)}>
            {t('thread.canned')}
          </Text>
          {!canReply ? <Text className="thread__hint">{status === 'ENDED' ? t('thread.endedHint') : t('thread.takeFirst')}</Text> : null}
        </View>
        <View className="thread__compose-row">
          <Textarea
            className={`thread__input ${hook('thread-input')}`}
            value={text}
            maxlength={MAX_LENGTH}
            cursorSpacing={24}
            // weapp: a textarea in a position: fixed area must say so.
            fixed
            placeholder={effectiveMode === 'note' ? t('thread.notePlaceholder') : t('thread.replyPlaceholder')}
            placeholderClass="ui-placeholder"
            onInput={(e) => {
              setText(e.detail.value);
              if (effectiveMode === 'reply' && e.detail.value) typingSignal.typing();
            }}
            onBlur={() => typingSignal.stop()}
          />
          <View
            className={`thread__send ${effectiveMode === 'note' ? 'thread__send--note' : ''} ${!text.trim() || sending ? 'is-disabled' : ''} ${hook('thread-send')}`}
            role="button"
            onClick={() => void send()}
          >
            <Text>{effectiveMode === 'note' ? t('thread.addNote') : t('thread.send')}</Text>
          </View>
        </View>
      </View>
    </View>
  );
}

export default function StaffInquiryPage() {
  const { t } = useI18n();
  useNavigationTitle('thread.title');
  const router = useRouter();
  const id = routeParam(router.params.id);
  return (
    <StaffPage title={t('thread.title')} redirect={`/pages/staff/inquiry/index?id=${encodeURIComponent(id)}`} className="thread-page">
      <Thread id={id} />
    </StaffPage>
  );
}
