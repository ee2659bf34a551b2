// 在线咨询: the visitor's (or official's) chat with the bot, then with a person at the centre.
import { useContext } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import TopBar from '../../../components/TopBar';
import { Empty, Loading } from '../../../components/StatusView';
import MessageThread from '../../../components/MessageThread';
import InquiryHistory from '../../../components/InquiryHistory';
import InquiryRating from '../../../components/InquiryRating';
import { PendingRow, TypingRow, WelcomeRow } from '../../../components/ChatRows';
import { useI18n, useNavigationTitle } from '../../../i18n';
import { useToken } from '../../../features/auth/useSession';
import { queueNumbers, sourceTarget, type ChatMessage } from '../../../features/inquiries/chat';
import { MAX_MESSAGE_LENGTH, useChatThread, type ChatThread } from '../../../features/inquiries/useChatThread';
import { routeParam } from '../../../utils/routeParam';
import { PageActiveContext, usePageActiveState, useTestHook } from '../../../utils/pageActive';
import './index.scss';
import PrivacyPopup from '../../../components/PrivacyPopup';
import { BotFeedback, BotSuggestions } from '../../../components/BotFeedback';
import { useElderClass } from '../../../features/display/elder';

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

/** Under a bot's or staff's bubble: follow-up questions, 👍/👎, and the offer of a person. */
function AfterMessage({ message, chat }: { message: ChatMessage; chat: ChatThread }) {
  const { t } = useI18n();
  const hook = useTestHook();
  const bot = message.author === 'BOT';
  return (
    <>
      {bot ? <BotSuggestions suggestions={message.suggestions} onAsk={chat.send} /> : null}
      {bot ? <BotFeedback message={message} /> : null}
      {message.offersHuman && chat.status === 'BOT' ? (
        <View className={`chat__offer ${hook('chat-handoff')}`} role="button" onClick={() => void chat.handoff()}>
          <View className="chat__offer-icon" />
          <Text>{t('chat.handoffOffer')}</Text>
        </View>
      ) : null}
    </>
  );
}

/** Who answers, the queue, and the hand-over / end / history actions. */
function StatusBar({ chat }: { chat: ChatThread }) {
  const { t } = useI18n();
  const hook = useTestHook();
  const { status, inquiry, busy } = chat;
  const queue = status === 'QUEUED' ? queueNumbers(inquiry?.queuePosition) : null;
  return (
    <View
      className={`chat__status chat__status--${status.toLowerCase()} ${IS_H5 ? 'chat__status--h5' : ''} ${hook('chat-status')}`}
      data-status={chat.live.inquiryId ? status : 'NEW'}
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
        {status === 'BOT' && !chat.loading ? (
          <Text
            className={`chat__pill chat__pill--accent ${busy === 'handoff' || chat.creating ? 'is-busy' : ''} ${hook('chat-handoff')}`}
            onClick={() => void chat.handoff()}
          >
            {t('chat.handoff')}
          </Text>
        ) : null}
        {status === 'QUEUED' || status === 'HUMAN' ? (
          <Text className={`chat__pill ${busy === 'end' ? 'is-busy' : ''} ${hook('chat-end')}`} onClick={() => void chat.end()}>
            {t('chat.end')}
          </Text>
        ) : null}
        <Text className={`chat__pill ${hook('chat-history')}`} onClick={() => chat.setView('history')}>
          {t('chat.history')}
        </Text>
      </View>
    </View>
  );
}

/** The input line, or "start a new conversation" once this one has ended. */
function Footer({ chat }: { chat: ChatThread }) {
  const { t } = useI18n();
  const hook = useTestHook();
  if (chat.ended) {
    return (
      <View className="chat__footer chat__footer--ended">
        <Text className="chat__ended-hint">{t('chat.endedHint')}</Text>
        <View className={`ui-btn ui-btn--small chat__new ${hook('chat-new')}`} role="button" onClick={chat.startNew}>
          <Text>{t('chat.new')}</Text>
        </View>
      </View>
    );
  }
  return (
    <View className="chat__footer">
      <Input
        className={`chat__input ${hook('chat-input')}`}
        value={chat.text}
        maxlength={MAX_MESSAGE_LENGTH}
        confirmType="send"
        confirmHold
        cursorSpacing={24}
        placeholder={t('chat.placeholder')}
        placeholderClass="chat__placeholder"
        onInput={(e) => chat.type(e.detail.value)}
        onBlur={() => chat.stopTyping()}
        onConfirm={(e) => chat.send(e.detail.value ?? chat.text)}
      />
      <View
        className={`chat__send ${!chat.text.trim() || chat.creating ? 'is-disabled' : ''} ${hook('chat-send')}`}
        role="button"
        aria-disabled={!chat.text.trim() || chat.creating}
        onClick={() => chat.send(chat.text)}
      >
        <Text>{t('chat.send')}</Text>
      </View>
    </View>
  );
}

function Chat({ initialId }: { initialId: string }) {
  const { t } = useI18n();
  const hook = useTestHook();
  const chat = useChatThread(initialId, useContext(PageActiveContext));
  const { live, inquiry, loading } = chat;

  if (chat.view === 'history') {
    return <InquiryHistory currentId={live.inquiryId} onOpen={chat.openFromHistory} onBack={() => chat.setView('chat')} />;
  }

  return (
    <View className="chat">
      <StatusBar chat={chat} />
      <View className="chat__list">
        {loading ? <Loading /> : null}
        {!loading && live.notFound ? (
          <Empty title={t('chat.notFound')} hint={t('chat.notFoundHint')} actionText={t('chat.new')} onAction={chat.startNew} />
        ) : null}
        {!loading && !live.notFound ? (
          <MessageThread
            variant="visitor"
            messages={live.messages}
            hookPrefix="chat"
            who={(_, kind) => (kind === 'bot' ? t('chat.botName') : kind === 'staff' ? inquiry?.staffName || t('chat.staffName') : null)}
            onOpenSource={(url) => openSource(url, t('chat.copied'))}
            renderAfter={(m) => <AfterMessage message={m} chat={chat} />}
            before={<WelcomeRow suggest={chat.fresh} onAsk={chat.send} />}
          >
            {chat.showing.map((p) => (
              <PendingRow key={p.clientKey} item={p} onRetry={() => chat.retry(p)} />
            ))}
            {live.typing && !chat.ended ? <TypingRow /> : null}
            {chat.ended && inquiry ? <InquiryRating inquiry={inquiry} onRated={live.setInquiry} /> : null}
          </MessageThread>
        ) : null}
        {chat.notice ? <View className={`ui-banner ui-banner--error chat__notice ${hook('chat-notice')}`}>{chat.notice}</View> : null}
      </View>
      {!loading && !live.notFound ? <Footer chat={chat} /> : null}
    </View>
  );
}

export default function ChatPage() {
  const elder = useElderClass();
  const { t } = useI18n();
  const active = usePageActiveState();
  useNavigationTitle('chat.title');
  const router = useRouter();
  const id = routeParam(router.params.id);
  // Signing in or out changes whose conversations these are: start over.
  const token = useToken();
  return (
    <PageActiveContext.Provider value={active}>
      <View className={`page chat-page ${elder}`}>
        <TopBar back title={t('chat.title')} />
        <Chat key={token ?? 'device'} initialId={id} />
      </View>
      <PrivacyPopup />
    </PageActiveContext.Provider>
  );
}
