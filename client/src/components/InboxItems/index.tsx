// The inbox's rows: a queued conversation (with take) and one of the staff member's own.
import { Text, View } from '@tarojs/components';
import type { StaffInquiryFieldsFragment } from '@cards/schema';
import Tag from '../Tag';
import { useI18n } from '../../i18n';
import { formatSeconds, secondsSince, timeLabel } from '../../features/inquiries/chat';
import { useTestHook } from '../../utils/pageActive';

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

/** A conversation waiting in the queue: who, how long, the last message; open it or take it. */
export function QueueItem({
  item,
  now,
  onTake,
  onOpen,
  busy,
  message,
  selected = false,
}: {
  item: Item;
  now: number;
  onTake: () => void;
  onOpen: () => void;
  busy: boolean;
  message: string | null;
  selected?: boolean;
}) {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  const preview = usePreview();
  const waited = secondsSince(item.queuedAt ?? item.createdAt, now);
  return (
    <View
      className={`inbox__item inbox__item--queue ${selected ? 'is-selected' : ''} ${hook('inbox-queue-item')}`}
      data-id={item.id}
      aria-current={selected || undefined}
    >
      <View className="inbox__head">
        <Asker item={item} />
        <Text className={`inbox__waiting ${waited >= 300 ? 'is-long' : ''} ${hook('inbox-waiting')}`} data-seconds={Math.round(waited)}>
          {t('inbox.waiting', { t: formatSeconds(waited, lang) })}
        </Text>
      </View>
      <View className="inbox__body" role="link" onClick={onOpen}>
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

/** A conversation this staff member answers (a dot when the person wrote last). */
export function MineItem({ item, onOpen, selected = false }: { item: Item; onOpen: () => void; selected?: boolean }) {
  const { t } = useI18n();
  const hook = useTestHook();
  const preview = usePreview();
  const waitingForUs = item.lastMessage?.author === 'USER';
  return (
    <View
      className={`inbox__item ${waitingForUs ? 'is-unanswered' : ''} ${selected ? 'is-selected' : ''} ${hook('inbox-mine-item')}`}
      aria-current={selected || undefined}
      data-id={item.id}
      role="link"
      onClick={onOpen}
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
