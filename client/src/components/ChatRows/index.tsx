// The visitor's chat rows that are not server messages: the welcome with suggested questions, a
// message still on its way (or failed, with retry), and "staff is typing".
import { Text, View } from '@tarojs/components';
import { useI18n, type MessageKey } from '../../i18n';
import type { PendingMessage } from '../../features/inquiries/chat';
import { useTestHook } from '../../utils/pageActive';
import { Bubble, BubbleRow, BubbleText } from '../MessageThread';

const SUGGESTIONS: MessageKey[] = ['chat.suggest1', 'chat.suggest2', 'chat.suggest3'];

export function WelcomeRow({ suggest, onAsk }: { suggest: boolean; onAsk: (question: string) => void }) {
  const { t } = useI18n();
  const hook = useTestHook();
  return (
    <BubbleRow side="start" avatar="bot" who={t('chat.botName')} className="chat__welcome">
      <Bubble tone="plain" side="start">
        <BubbleText selectable={false}>{t('chat.welcome')}</BubbleText>
        {suggest ? (
          <View className="chat__suggestions">
            <Text className="chat__suggest-title">{t('chat.suggestTitle')}</Text>
            {SUGGESTIONS.map((key) => (
              <View key={key} className={`chat__suggestion ${hook('chat-suggestion')}`} role="button" onClick={() => onAsk(t(key))}>
                <Text>{t(key)}</Text>
                <View className="chat__suggestion-arrow" />
              </View>
            ))}
          </View>
        ) : null}
      </Bubble>
    </BubbleRow>
  );
}

export function PendingRow({ item, onRetry }: { item: PendingMessage; onRetry: () => void }) {
  const { t } = useI18n();
  const hook = useTestHook();
  const failed = item.state === 'failed';
  const hooks = [hook('chat-message'), hook('chat-message--user')].filter(Boolean).join(' ');
  return (
    <BubbleRow
      side="end"
      className={`${failed ? 'is-failed' : 'is-pending'} ${hooks}`}
      pending={item.state}
      lead={
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
      }
      after={failed && item.error ? <Text className={`chat__failed-note ${hook('chat-send-error')}`}>{item.error}</Text> : null}
    >
      <Bubble tone="accent" side="end">
        <BubbleText selectable={false}>{item.text}</BubbleText>
      </Bubble>
    </BubbleRow>
  );
}

export function TypingRow() {
  const { t } = useI18n();
  const hook = useTestHook();
  return (
    <BubbleRow side="start" avatar="staff" className={`chat__typing ${hook('chat-typing')}`}>
      <Bubble tone="outlined" side="start" className="chat__typing-bubble">
        <View className="chat__dots">
          <View className="chat__dot" />
          <View className="chat__dot" />
          <View className="chat__dot" />
        </View>
        <Text className="chat__typing-text">{t('chat.typing')}</Text>
      </Bubble>
    </BubbleRow>
  );
}
