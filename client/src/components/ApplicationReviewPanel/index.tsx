import { Picker, Text, Textarea, View } from '@tarojs/components';
import type { ApplicationReviewFieldsFragment, StaffMemberFieldsFragment } from '@cards/schema';
import { STAFF_LIMITS } from '@cards/schema/rules';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../utils/format';
import { openFile } from '../../features/applications/files';
import './index.scss';

const AGREEMENT_STATES = new Set(['IN_CONSULTATION', 'AGREEMENT_SIGNED', 'BUILDING', 'PUBLISHED']);

interface Props {
  review: ApplicationReviewFieldsFragment;
  staff: StaffMemberFieldsFragment[];
  comment: string;
  onComment: (text: string) => void;
  onAddComment: () => void;
  onAssign: (staffId: string | null) => void;
  onAttach: () => void;
  busy: string | null;
  error: string | null;
}

/** Staff-only review of an application: the resubmission's changes, reviewer, signed agreement, comments. */
export default function ApplicationReviewPanel({ review, staff, comment, onComment, onAddComment, onAssign, onAttach, busy, error }: Props) {
  const { t } = useI18n();
  const people = staff.filter((s) => !s.disabled);
  const names = [t('review.noReviewer'), ...people.map((s) => s.publicName)];
  const at = review.reviewer ? people.findIndex((s) => s.id === review.reviewer!.id) + 1 : 0;
  return (
    <View className="review">
      {review.submissionCount > 1 && review.resubmissionChanges.length ? (
        <View className="ui-panel review__changes" role="table" aria-label={t('review.changes', { n: review.submissionCount })}>
          <Text className="ui-panel__title">{t('review.changes', { n: review.submissionCount })}</Text>
          <View className="review__diff-row review__diff-row--head" role="row">
            <Text role="columnheader">{t('review.field')}</Text>
            <Text role="columnheader">{t('review.before')}</Text>
            <Text role="columnheader">{t('review.after')}</Text>
          </View>
          {review.resubmissionChanges.map((c) => (
            <View key={c.field} className="review__diff-row" role="row">
              <Text className="review__diff-field" role="cell">
                {c.label}
              </Text>
              <Text className="review__before" role="cell">
                {c.before || '—'}
              </Text>
              <Text className="review__after" role="cell">
                {c.after || '—'}
              </Text>
            </View>
          ))}
        </View>
      ) : null}

      <View className="ui-panel">
        <View className="review__line">
          <Text className="review__label">{t('review.reviewer')}</Text>
          <Picker
            mode="selector"
            range={names}
            value={at}
            onChange={(e) => onAssign(Number(e.detail.value) === 0 ? null : people[Number(e.detail.value) - 1].id)}
          >
            <View className={`review__picker ${busy === 'reviewer' ? 'is-busy' : ''}`} role="button" aria-label={t('review.reviewer')}>
              <Text>{review.reviewer?.publicName ?? t('review.noReviewer')}</Text>
            </View>
          </Picker>
        </View>
        <View className="review__line">
          <Text className="review__label">{t('review.agreement')}</Text>
          {review.agreement ? (
            <Text className="review__file ui-link" role="link" onClick={() => void openFile(review.agreement!.url, review.agreement!.fileName)}>
              {review.agreement.fileName} · {formatDateTime(review.agreement.uploadedAt)}
            </Text>
          ) : (
            <Text className="review__muted">{AGREEMENT_STATES.has(review.status) ? t('review.noAgreement') : t('review.agreementHint')}</Text>
          )}
          {AGREEMENT_STATES.has(review.status) ? (
            <View className={`ui-btn ui-btn--small ui-btn--ghost ${busy === 'agreement' ? 'is-disabled' : ''}`} role="button" onClick={onAttach}>
              <Text>{review.agreement ? t('review.replaceAgreement') : t('review.attachAgreement')}</Text>
            </View>
          ) : null}
        </View>
      </View>

      <View className="ui-panel">
        <Text className="ui-panel__title">{t('review.comments')}</Text>
        {review.comments.length === 0 ? <Text className="review__muted">{t('review.noComments')}</Text> : null}
        <View role="list" aria-label={t('review.comments')}>
          {review.comments.map((c) => (
            <View key={c.id} className="review__comment" role="listitem">
              <Text className="review__comment-by">
                {c.authorName} · {formatDateTime(c.createdAt)}
              </Text>
              <Text className="review__comment-text">{c.text}</Text>
            </View>
          ))}
        </View>
        <Textarea
          className="ui-textarea review__input"
          value={comment}
          maxlength={STAFF_LIMITS.comment.max}
          placeholder={t('review.commentPlaceholder')}
          onInput={(e) => onComment(e.detail.value)}
        />
        <View className={`ui-btn ui-btn--small ${!comment.trim() || busy === 'comment' ? 'is-disabled' : ''}`} role="button" onClick={onAddComment}>
          <Text>{t('review.addComment')}</Text>
        </View>
      </View>
      {error ? (
        <View className="ui-banner ui-banner--error" role="alert">
          {error}
        </View>
      ) : null}
    </View>
  );
}
