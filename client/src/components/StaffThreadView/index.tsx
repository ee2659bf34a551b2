// One conversation, as staff see it: messages (with private notes), live; reply, note, canned replies,
// take, end. The conversation page shows it alone; the desktop inbox shows it beside the queue.
import { useContext, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, Textarea, View } from '@tarojs/components';
import type { CannedReplyFieldsFragment } from '@cards/schema';
import MessageThread from '../MessageThread';
import { Empty, ErrorState, Loading } from '../StatusView';
import Tag from '../Tag';
import InquiryStatus from '../InquiryStatus';
import { useI18n } from '../../i18n';
import { CANNED_URL, formatSeconds, secondsSince, timeLabel } from '../../features/inquiries/chat';
import { useNow } from '../../features/inquiries/useLiveThread';
import { MAX_MESSAGE_LENGTH } from '../../features/inquiries/useChatThread';
import { useStaffThread, type StaffThread } from '../../features/inquiries/useStaffThread';
import { PageActiveContext, useTestHook } from '../../utils/pageActive';
import './index.scss';

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

/** Who asks, the state (with the wait while queued), the rating, and take / end. */
function ThreadCard({ thread, now }: { thread: StaffThread; now: number }) {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  const { inquiry, staffInfo, status, busy } = thread;
  if (!inquiry || !staffInfo) return null;
  const askerName = staffInfo.askerName;
  const waited = status === 'QUEUED' ? secondsSince(inquiry.queuedAt ?? inquiry.createdAt, now) : 0;
  const canEnd = status !== 'ENDED' && !(status === 'HUMAN' && !staffInfo.takenByViewer);
  return (
    <View className="thread__card">
      <View className="thread__head">
        <View className="thread__avatar">
          <Text>{askerName.slice(0, 1)}</Text>
        </View>
        <View className="thread__asker">
          <View className="thread__asker-line">
            <Text className="thread__asker-name">{askerName}</Text>
            {staffInfo.askerIsOfficial ? <Tag variant="official">{t('inbox.official')}</Tag> : null}
          </View>
          <Text className="thread__meta">{t('thread.startedAt', { time: timeLabel(inquiry.createdAt) })}</Text>
        </View>
        <InquiryStatus status={status ?? ''} large className={hook('thread-status')} />
      </View>
      <Text className="thread__subject">{inquiry.subject}</Text>
      {status === 'QUEUED' ? <Text className="thread__info thread__info--wait">{t('thread.waiting', { t: formatSeconds(waited, lang) })}</Text> : null}
      {status === 'HUMAN' && !staffInfo.takenByViewer ? (
        <Text className="thread__info">{t('thread.takenByOther', { name: inquiry.staffName || t('chat.staffName') })}</Text>
      ) : null}
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
            <View
              className={`ui-btn ui-btn--small ${busy === 'take' ? 'is-disabled' : ''} ${hook('thread-take')}`}
              role="button"
              onClick={() => void thread.take()}
            >
              <Text>{t('thread.take')}</Text>
            </View>
          ) : null}
          {canEnd ? (
            <View
              className={`ui-btn ui-btn--small ui-btn--ghost ${busy === 'end' ? 'is-disabled' : ''} ${hook('thread-end')}`}
              role="button"
              onClick={() => void thread.end()}
            >
              <Text>{t('thread.end')}</Text>
            </View>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}

/** The reply / note box with its canned replies. */
function Composer({ thread }: { thread: StaffThread }) {
  const { t } = useI18n();
  const hook = useTestHook();
  const [cannedOpen, setCannedOpen] = useState(false);
  const note = thread.mode === 'note';
  return (
    <View className={`thread__composer ${note ? 'is-note' : ''}`}>
      {cannedOpen ? (
        <CannedPicker
          replies={thread.replies}
          onPick={(reply) => {
            thread.insertCanned(reply);
            setCannedOpen(false);
          }}
        />
      ) : null}
      <View className="thread__tools">
        <View
          className={`thread__toggle ${note ? 'is-on' : ''} ${!thread.canReply ? 'is-locked' : ''} ${hook('thread-note-toggle')}`}
          data-on={note ? '1' : '0'}
          role="switch"
          aria-checked={note}
          onClick={thread.toggleNote}
        >
          <View className="thread__toggle-box" />
          <Text>{t('thread.noteMode')}</Text>
        </View>
        <Text className={`thread__tool ${cannedOpen ? 'is-on' : ''} ${hook('thread-canned')}`} onClick={() => setCannedOpen((o) => !o)}>
          {t('thread.canned')}
        </Text>
        {!thread.canReply ? <Text className="thread__hint">{thread.status === 'ENDED' ? t('thread.endedHint') : t('thread.takeFirst')}</Text> : null}
      </View>
      <View className="thread__compose-row">
        <Textarea
          className={`thread__input ${hook('thread-input')}`}
          value={thread.text}
          maxlength={MAX_MESSAGE_LENGTH}
          cursorSpacing={24}
          // weapp: a textarea in a position: fixed area must say so.
          fixed
          placeholder={note ? t('thread.notePlaceholder') : t('thread.replyPlaceholder')}
          placeholderClass="ui-placeholder"
          onInput={(e) => thread.type(e.detail.value)}
          onBlur={() => thread.stopTyping()}
        />
        <View
          className={`thread__send ${note ? 'thread__send--note' : ''} ${!thread.text.trim() || thread.sending ? 'is-disabled' : ''} ${hook('thread-send')}`}
          role="button"
          onClick={() => void thread.send()}
        >
          <Text>{note ? t('thread.addNote') : t('thread.send')}</Text>
        </View>
      </View>
    </View>
  );
}

/** `embedded`: beside the queue on the desktop (the composer stays in its column). */
export default function StaffThreadView({ id, embedded = false }: { id: string; embedded?: boolean }) {
  const { t } = useI18n();
  const hook = useTestHook();
  const pageActive = useContext(PageActiveContext);
  const thread = useStaffThread(id, pageActive);
  const now = useNow(1000, pageActive);
  const { data, error, fetching, refetch } = thread.query;
  const { live, inquiry, staffInfo } = thread;

  if (!id) return <Empty title={t('thread.notFound')} />;
  if (fetching && !data) return <Loading />;
  if (error && !data) return <ErrorState message={error.message} onRetry={refetch} />;
  if (!staffInfo || !inquiry) return <Empty title={t('thread.notFound')} />;

  const answeringName = inquiry.staffName || t('chat.staffName');
  return (
    <View className={`thread ${embedded ? 'thread--embedded' : ''}`}>
      <ThreadCard thread={thread} now={now} />
      <View className="thread__list">
        <MessageThread
          variant="staff"
          messages={live.messages}
          hookPrefix="thread"
          who={(m, kind) => (kind === 'user' ? staffInfo.askerName : kind === 'bot' ? t('chat.botName') : m.internal ? t('chat.staffName') : answeringName)}
        >
          {live.typing && thread.status !== 'ENDED' ? <Text className={`thread__typing ${hook('thread-typing')}`}>{t('thread.typing')}</Text> : null}
        </MessageThread>
        {thread.message ? <View className={`ui-banner ui-banner--error ${hook('thread-error')}`}>{thread.message}</View> : null}
      </View>
      <Composer thread={thread} />
    </View>
  );
}
