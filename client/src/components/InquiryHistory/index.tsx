// The visitor's earlier conversations, newest first; tapping one opens it in the chat.
import { Text, View } from '@tarojs/components';
import { MyInquiriesDocument } from '@cards/schema';
import { Empty, ErrorState, Loading } from '../StatusView';
import { useI18n } from '../../i18n';
import InquiryStatus from '../InquiryStatus';
import { useQuery } from '../../graphql/useQuery';
import { timeLabel } from '../../features/inquiries/chat';
import { useTestHook } from '../../utils/pageActive';

export default function InquiryHistory({ currentId, onOpen, onBack }: { currentId: string | null; onOpen: (id: string) => void; onBack: () => void }) {
  const { t } = useI18n();
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
          onClick={() => onOpen(item.id)}
        >
          <View className="chat-history__row">
            <Text className="chat-history__subject">{item.subject}</Text>
            <InquiryStatus status={item.status} />
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
