import { Text, View } from '@tarojs/components';
import { useI18n } from '../../i18n';
import './index.scss';

export function Loading({ text, compact = false }: { text?: string; compact?: boolean }) {
  const { t } = useI18n();
  return (
    <View className={`status status--loading ${compact ? 'status--compact' : ''}`} aria-busy="true">
      <View className="status__spinner" />
      <Text className="status__text">{text || t('common.loading')}</Text>
    </View>
  );
}

interface EmptyProps {
  title?: string;
  hint?: string;
  actionText?: string;
  onAction?: () => void;
}

export function Empty({ title, hint, actionText, onAction }: EmptyProps) {
  const { t } = useI18n();
  return (
    <View className="status status--empty">
      <View className="status__art status__art--empty">
        <View className="status__art-card" />
        <View className="status__art-card status__art-card--back" />
      </View>
      <Text className="status__title">{title || t('common.empty')}</Text>
      {hint ? <Text className="status__hint">{hint}</Text> : null}
      {actionText && onAction ? (
        <View className="status__button status__button--ghost" role="button" onClick={onAction}>
          <Text>{actionText}</Text>
        </View>
      ) : null}
    </View>
  );
}

interface ErrorProps {
  title?: string;
  message?: string | null;
  onRetry: () => void;
}

/** Error state with a retry button: shown instead of a blank page when the server cannot be reached. */
/**
 * What a person can read of an error: urql's "[Network] Failed to fetch" becomes the network sentence of
 * the user's language, and "[GraphQL] " is dropped from the server's own message.
 */
export function readableError(message: string | null | undefined, networkError: string): string | null | undefined {
  if (!message) return message;
  if (/^\[Network\]/.test(message) || /network request failed|failed to fetch|request:fail/i.test(message)) return networkError;
  return message.replace(/^\[GraphQL\]\s*/, '');
}

export function ErrorState({ title, message: raw, onRetry }: ErrorProps) {
  const { t } = useI18n();
  const message = readableError(raw, t('common.networkError'));
  return (
    <View className="status status--error" role="alert">
      <View className="status__art status__art--error">
        <Text className="status__art-mark">!</Text>
      </View>
      <Text className="status__title">{title || t('common.error')}</Text>
      <Text className="status__hint">{t('common.errorHint')}</Text>
      {message ? <Text className="status__detail">{message}</Text> : null}
      <View className="status__button" role="button" onClick={onRetry}>
        <Text>{t('common.retry')}</Text>
      </View>
    </View>
  );
}
