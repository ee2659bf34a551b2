// 咨询接待: the queue (oldest first) and the conversations the staff member is answering, live.
import { useContext, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { InquiryInboxDocument, StaffInboxDocument, TakeInquiryDocument, type StaffInquiryFieldsFragment } from '@cards/schema';
import StaffPage from '../../../components/StaffPage';
import { Empty, ErrorState, Loading } from '../../../components/StatusView';
import Tag from '../../../components/Tag';
import { useI18n, useNavigationTitle } from '../../../i18n';
import { useQuery } from '../../../graphql/useQuery';
import { mutate } from '../../../graphql/mutate';
import { BOT_MISSES_URL, CANNED_URL, FAQ_URL, INQUIRY_STATS_URL, formatSeconds, secondsSince, threadUrl, timeLabel } from '../../../features/inquiries/chat';
import { liveTransport } from '../../../features/inquiries/live';
import { useNow } from '../../../features/inquiries/useLiveThread';
import { useRefetchOnShow } from '../../../utils/useRefetchOnShow';
import { PageActiveContext, useTestHook } from '../../../utils/pageActive';
import './index.scss';

type Item = StaffInquiryFieldsFragment;

/** "助手：…" — the last message, with who wrote it when it was not the person asking. */
function usePreview() {
  const { t } = useI18n();
  return (item: Item) => {
    const m = item.lastMessage;
    if (!m) return item.subject;
    if (m.internal) return `${t('inbox.note')}${m.text}`;
    if (m.author === 'BOT') return `${t('inbox.fromBot')}${m.text}`;
    if (m.author === 'STAFF') return `${t('inbox.fromStaff')}${m.text}`;
    if (m.author === 'SYSTEM') return `${t('inbox.fromSystem')}${m.text}`;
    return m.text;
  };
}

function Asker({ item }: { item: Item }) {
  const { t } = useI18n();
  return (
    <View className="inbox__asker">
      <View className="inbox__avatar">
        <Text>{item.askerName.slice(0, 1)}</Text>
      </View>
      <Text className="inbox__name">{item.askerName}</Text>
      {item.askerIsOfficial ? <Tag variant="official">{t('inbox.official')}</Tag> : null}
    </View>
  );
}

function QueueItem({ item, now, onTake, busy, message }: { item: Item; now: number; onTake: () => void; busy: boolean; message: string | null }) {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  const preview = usePreview();
  const waited = secondsSince(item.queuedAt ?? item.createdAt, now);
  return (
    <View className={`inbox__item inbox__item--queue ${hook('inbox-queue-item')}`} data-id={item.id}>
      <View className="inbox__head">
        <Asker item={item} />
        <Text className={`inbox__waiting ${waited >= 300 ? 'is-long' : ''} ${hook('inbox-waiting')}`} data-seconds={Math.round(waited)}>
          {t('inbox.waiting', { t: formatSeconds(waited, lang) })}
        </Text>
      </View>
      <View className="inbox__body" role="link" onClick={() => Taro.navigateTo({ url: threadUrl(item.id) })}>
        <Text className="inbox__subject">{item.subject}</Text>
        <Text className="inbox__preview">{preview(item)}</Text>
      </View>
      <View className="inbox__foot">
        <Text className="inbox__time">{timeLabel(item.createdAt)}</Text>
        <View className={`ui-btn ui-btn--small inbox__take ${busy ? 'is-disabled' : ''} ${hook('inbox-take')}`} role="button" onClick={onTake}>
          <Text>{t('inbox.take')}</Text>
        </View>
      </View>
      {message ? <View className={`inbox__message ${hook('inbox-message')}`}>{message}</View> : null}
    </View>
  );
}

function MineItem({ item }: { item: Item }) {
  const { t } = useI18n();
  const hook = useTestHook();
  const preview = usePreview();
  const waitingForUs = item.lastMessage?.author === 'USER';
  return (
    <View
      className={`inbox__item ${waitingForUs ? 'is-unanswered' : ''} ${hook('inbox-mine-item')}`}
      data-id={item.id}
      role="link"
      onClick={() => Taro.navigateTo({ url: threadUrl(item.id) })}
    >
      <View className="inbox__head">
        <Asker item={item} />
        <Text className="inbox__time">
          {item.lastMessage ? timeLabel(item.lastMessage.createdAt) : item.takenAt ? t('inbox.takenAt', { time: timeLabel(item.takenAt) }) : ''}
        </Text>
      </View>
      <View className="inbox__body">
        <Text className="inbox__subject">{item.subject}</Text>
        <Text className="inbox__preview">{preview(item)}</Text>
      </View>
      {waitingForUs ? <View className="inbox__unanswered-dot" /> : null}
    </View>
  );
}

function Inbox() {
  const { t } = useI18n();
  const hook = useTestHook();
  const pageActive = useContext(PageActiveContext);
  const { data, error, fetching, refetch } = useQuery(StaffInboxDocument, {}, { requestPolicy: 'network-only' });
  useRefetchOnShow(refetch);
  const now = useNow(1000, pageActive);
  const [taking, setTaking] = useState<string | null>(null);
  const [messages, setMessages] = useState<Record<string, string>>({});
  const [live, setLive] = useState<'connecting' | 'live' | 'error'>('connecting');

  // Live: read the lists again on every inbox event (coalesced) and on every (re)connection.
  const refetchRef = useRef(refetch);
  refetchRef.current = refetch;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const soon = () => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        refetchRef.current();
      }, 250);
    };
    const unsubscribe = liveTransport().subscribe(
      InquiryInboxDocument,
      {},
      {
        next: soon,
        connected: () => {
          setLive('live');
          soon();
        },
        error: () => setLive('error'),
      },
    );
    return () => {
      if (timer) clearTimeout(timer);
      unsubscribe();
    };
  }, []);

  const take = async (item: Item) => {
    if (taking) return;
    setTaking(item.id);
    setMessages((m) => ({ ...m, [item.id]: '' }));
    const res = await mutate(TakeInquiryDocument, { inquiryId: item.id }, (d) => d.takeInquiry, t('common.networkError'));
    setTaking(null);
    if (!res.ok) {
      setMessages((m) => ({ ...m, [item.id]: res.error.message }));
      Taro.showToast({ title: res.error.message, icon: 'none', duration: 2500 });
      refetch();
      return;
    }
    Taro.showToast({ title: t('inbox.taken'), icon: 'none', duration: 1200 });
    refetch();
    Taro.navigateTo({ url: threadUrl(item.id) });
  };

  if (fetching && !data) return <Loading />;
  if (error && !data) return <ErrorState message={error.message} onRetry={refetch} />;
  const queue = data?.inquiryQueue ?? [];
  const mine = data?.myActiveInquiries ?? [];

  return (
    <View className="inbox">
      <View className="inbox__hero">
        <View className="inbox__stat">
          <Text className={`inbox__stat-value ${hook('inbox-queue-count')}`}>{queue.length}</Text>
          <Text className="inbox__stat-label">{t('inbox.queue')}</Text>
        </View>
        <View className="inbox__divider" />
        <View className="inbox__stat">
          <Text className={`inbox__stat-value ${hook('inbox-mine-count')}`}>{mine.length}</Text>
          <Text className="inbox__stat-label">{t('inbox.mine')}</Text>
        </View>
        <View className={`inbox__live inbox__live--${live}`}>
          <View className="inbox__live-dot" />
        </View>
      </View>
      <View className="page-body">
        <View className="inbox__tools">
          <Text className={`inbox__tool ${hook('inbox-canned-link')}`} onClick={() => Taro.navigateTo({ url: CANNED_URL })}>
            {t('inbox.canned')}
          </Text>
          <Text className={`inbox__tool ${hook('inbox-faq-link')}`} onClick={() => Taro.navigateTo({ url: FAQ_URL })}>
            {t('inbox.faq')}
          </Text>
          <Text className="inbox__tool" onClick={() => Taro.navigateTo({ url: BOT_MISSES_URL })}>
            {t('inbox.botMisses')}
          </Text>
          <Text className={`inbox__tool ${hook('inbox-stats-link')}`} onClick={() => Taro.navigateTo({ url: INQUIRY_STATS_URL })}>
            {t('inbox.stats')}
          </Text>
        </View>

        <View className="ui-panel">
          <View className="ui-panel__title">
            <Text>{t('inbox.queue')}</Text>
            <Text className="inbox__count">{queue.length}</Text>
          </View>
          {queue.length === 0 ? (
            <Empty title={t('inbox.queueEmpty')} hint={t('inbox.queueEmptyHint')} />
          ) : (
            queue.map((item) => (
              <QueueItem key={item.id} item={item} now={now} busy={taking === item.id} message={messages[item.id] || null} onTake={() => void take(item)} />
            ))
          )}
        </View>

        <View className="ui-panel">
          <View className="ui-panel__title">
            <Text>{t('inbox.mine')}</Text>
            <Text className="inbox__count">{mine.length}</Text>
          </View>
          {mine.length === 0 ? <Text className="inbox__none">{t('inbox.mineEmpty')}</Text> : mine.map((item) => <MineItem key={item.id} item={item} />)}
        </View>
      </View>
    </View>
  );
}

export default function StaffInboxPage() {
  const { t } = useI18n();
  useNavigationTitle('inbox.title');
  return (
    <StaffPage title={t('inbox.title')} redirect="/pages/staff/inquiries/index">
      <Inbox />
    </StaffPage>
  );
}
