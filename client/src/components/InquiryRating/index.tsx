// The visitor rates an ended conversation (1–5 stars and an optional comment), or sees their rating.
import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import { RateInquiryDocument, type InquiryFieldsFragment } from '@cards/schema';
import { useI18n } from '../../i18n';
import { mutate } from '../../graphql/mutate';
import { useTestHook } from '../../utils/pageActive';

export function Stars({ score, onPick, big = false }: { score: number; onPick?: (n: number) => void; big?: boolean }) {
  const { t } = useI18n();
  const hook = useTestHook();
  return (
    <View className={`chat__stars ${big ? 'chat__stars--big' : ''}`}>
      {[1, 2, 3, 4, 5].map((n) => (
        <Text
          key={n}
          className={`chat__star ${n <= score ? 'is-on' : ''} ${onPick ? hook('chat-rating-star') : ''}`}
          data-score={n}
          aria-label={t('chat.rateStar', { n })}
          onClick={onPick ? () => onPick(n) : undefined}
        >
          ★
        </Text>
      ))}
    </View>
  );
}

export default function InquiryRating({ inquiry, onRated }: { inquiry: InquiryFieldsFragment; onRated: (inquiry: InquiryFieldsFragment) => void }) {
  const { t } = useI18n();
  const hook = useTestHook();
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (inquiry.rating) {
    return (
      <View className={`chat__rated ${hook('chat-rated')}`} data-score={inquiry.rating}>
        <Stars score={inquiry.rating} />
        <Text className="chat__rated-text">{t('chat.rated', { score: inquiry.rating })}</Text>
        {inquiry.ratingComment ? <Text className="chat__rated-comment">“{inquiry.ratingComment}”</Text> : null}
      </View>
    );
  }

  const submit = async () => {
    if (busy) return;
    if (!score) return setError(t('chat.rateNeedScore'));
    setBusy(true);
    setError(null);
    const res = await mutate(
      RateInquiryDocument,
      { inquiryId: inquiry.id, score, comment: comment.trim() || null },
      (d) => d.rateInquiry,
      t('common.networkError'),
    );
    setBusy(false);
    if (!res.ok) return setError(Object.values(res.error.fieldErrors)[0] ?? res.error.message);
    if (res.value.__typename === 'Inquiry') onRated(res.value);
  };

  return (
    <View className={`chat__rating ${hook('chat-rating')}`}>
      <Text className="chat__rating-title">{t('chat.rateTitle')}</Text>
      <Stars
        score={score}
        big
        onPick={(n) => {
          setScore(n);
          setError(null);
        }}
      />
      <Textarea
        className={`ui-textarea chat__rating-comment ${hook('chat-rating-comment')}`}
        value={comment}
        maxlength={300}
        placeholder={t('chat.rateComment')}
        placeholderClass="ui-placeholder"
        onInput={(e) => setComment(e.detail.value)}
      />
      {error ? <Text className={`chat__rating-error ${hook('chat-rating-error')}`}>{error}</Text> : null}
      <View className={`ui-btn ui-btn--block ${busy || !score ? 'is-disabled' : ''} ${hook('chat-rating-submit')}`} role="button" onClick={() => void submit()}>
        <Text>{t('chat.rateSubmit')}</Text>
      </View>
    </View>
  );
}
