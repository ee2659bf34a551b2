// Under each bot answer: 👍/👎 with an optional reason, and the bot's "您是不是想问…" suggestions as questions to tap
// (never shown as sources). The votes are words (有帮助 / 没帮助), not emoji: clear to the elderly, and no emoji font needed.
import { useState } from 'react';
import { Input, View } from '@tarojs/components';
import { INPUT_LIMITS } from '@cards/schema/rules';
import { RateBotAnswerDocument, type InquiryMessageFieldsFragment } from '@cards/schema';
import { useI18n } from '../../i18n';
import { mutate } from '../../graphql/mutate';
import './index.scss';

export function BotSuggestions({ suggestions, onAsk }: { suggestions: string[]; onAsk: (question: string) => void }) {
  const { t } = useI18n();
  if (!suggestions.length) return null;
  return (
    <View className="bot-suggestions" role="group" aria-label={t('bot.suggestionsLabel')}>
      <View className="bot-suggestions__label">{t('bot.suggestionsLabel')}</View>
      {suggestions.map((s) => (
        <View key={s} className="bot-suggestions__item" role="button" onClick={() => onAsk(s)}>
          {s}
        </View>
      ))}
    </View>
  );
}

export function BotFeedback({ message }: { message: Pick<InquiryMessageFieldsFragment, 'id' | 'ratable' | 'feedback'> }) {
  const { t } = useI18n();
  const [helpful, setHelpful] = useState<boolean | null>(message.feedback?.helpful ?? null);
  const [reason, setReason] = useState('');
  const [reasonSent, setReasonSent] = useState(!!message.feedback?.reason);
  const [error, setError] = useState('');
  if (!message.ratable) return null;

  const vote = async (value: boolean, withReason?: string) => {
    setError('');
    const res = await mutate(
      RateBotAnswerDocument,
      { messageId: message.id, helpful: value, reason: withReason ?? null },
      (d) => d.rateBotAnswer,
      t('common.networkError'),
    );
    if (!res.ok) {
      setError(res.error.message);
      return;
    }
    setHelpful(value);
    if (withReason) setReasonSent(true);
  };

  return (
    <View className="bot-feedback">
      <View className="bot-feedback__votes">
        <View
          className={`bot-feedback__vote ${helpful === true ? 'is-on' : ''}`}
          role="button"
          aria-label={t('bot.helpful')}
          aria-pressed={helpful === true}
          onClick={() => void vote(true)}
        >
          {t('bot.helpful')}
        </View>
        <View
          className={`bot-feedback__vote ${helpful === false ? 'is-on' : ''}`}
          role="button"
          aria-label={t('bot.notHelpful')}
          aria-pressed={helpful === false}
          onClick={() => void vote(false)}
        >
          {t('bot.notHelpful')}
        </View>
        {helpful !== null ? <View className="bot-feedback__thanks">{t('bot.thanks')}</View> : null}
      </View>
      {helpful === false && !reasonSent ? (
        <View className="bot-feedback__reason">
          <Input
            className="bot-feedback__input"
            aria-label={t('bot.reason')}
            placeholder={t('bot.reason')}
            maxlength={INPUT_LIMITS.feedbackReason}
            value={reason}
            onInput={(e) => setReason(e.detail.value)}
          />
          <View className="bot-feedback__send" role="button" onClick={() => reason.trim() && void vote(false, reason.trim())}>
            {t('bot.sendReason')}
          </View>
        </View>
      ) : null}
      {error ? (
        <View className="bot-feedback__error" role="alert">
          {error}
        </View>
      ) : null}
    </View>
  );
}
