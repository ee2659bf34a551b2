// 咨询接待: the queue (oldest first) and the conversations the staff member is answering, live.
import { useContext, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { InquiryInboxDocument, StaffInboxDocument, TakeInquiryDocument, type StaffInquiryFieldsFragment } from '@cards/schema';

type Item = StaffInquiryFieldsFragment;
import StaffPage from '../../../components/StaffPage';
import { Empty, ErrorState, Loading } from '../../../components/StatusView';
import StaffThreadView from '../../../components/StaffThreadView';
import { MineItem, QueueItem } from '../../../components/InboxItems';
import { useI18n, useNavigationTitle } from '../../../i18n';
import { useQuery } from '../../../graphql/useQuery';
import { mutate } from '../../../graphql/mutate';
import { BOT_MISSES_URL, CANNED_URL, FAQ_URL, INQUIRY_STATS_URL, threadUrl } from '../../../features/inquiries/chat';
import { useWideLayout } from '../../../features/staff/useWideLayout';
import { liveTransport } from '../../../features/inquiries/live';
import { useNow } from '../../../features/inquiries/useLiveThread';
import { useRefetchOnShow } from '../../../utils/useRefetchOnShow';
import { PageActiveContext, useTestHook } from '../../../utils/pageActive';
import './index.scss';

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
  // Desktop: the open conversation sits beside the queue instead of on its own page.
  const wide = useWideLayout();
  const [openId, setOpenId] = useState<string | null>(null);
  const open = (id: string) => (wide ? setOpenId(id) : void Taro.navigateTo({ url: threadUrl(id) }));

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
    open(item.id);
  };

  if (fetching && !data) return <Loading />;
  if (error && !data) return <ErrorState message={error.message} onRetry={refetch} />;
  const queue = data?.inquiryQueue ?? [];
  const mine = data?.myActiveInquiries ?? [];

  const lists = (
    <>
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
              <QueueItem
                key={item.id}
                item={item}
                now={now}
                busy={taking === item.id}
                message={messages[item.id] || null}
                selected={wide && openId === item.id}
                onTake={() => void take(item)}
                onOpen={() => open(item.id)}
              />
            ))
          )}
        </View>

        <View className="ui-panel">
          <View className="ui-panel__title">
            <Text>{t('inbox.mine')}</Text>
            <Text className="inbox__count">{mine.length}</Text>
          </View>
          {mine.length === 0 ? (
            <Text className="inbox__none">{t('inbox.mineEmpty')}</Text>
          ) : (
            mine.map((item) => <MineItem key={item.id} item={item} selected={wide && openId === item.id} onOpen={() => open(item.id)} />)
          )}
        </View>
      </View>
    </>
  );
  if (!wide) return <View className="inbox">{lists}</View>;
  return (
    <View className="inbox inbox--desk">
      <View className="inbox__queue-column">{lists}</View>
      <View className="inbox__thread-column">
        {openId ? <StaffThreadView key={openId} id={openId} embedded /> : <Empty title={t('inbox.pickConversation')} />}
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
