// The staff's review of an application beside its workflow: what changed in a resubmission, internal
// comments, the reviewer, and the signed agreement (a PDF attached at 签约).
import { useState } from 'react';
import Taro from '@tarojs/taro';
import {
  AddApplicationCommentDocument,
  ApplicationReviewDocument,
  AssignApplicationReviewerDocument,
  AttachApplicationAgreementDocument,
  type ApplicationReviewFieldsFragment,
} from '@cards/schema';
import { STAFF_LIMITS } from '@cards/schema/rules';
import { useQuery } from '../../graphql/useQuery';
import { mutate } from '../../graphql/mutate';
import { useI18n } from '../../i18n';
import { pickOneFile, uploadWith } from '../staff/upload';

const AGREEMENT_MAX_BYTES = STAFF_LIMITS.agreement.maxBytes;

/** `onChanged`: the application itself changed (its version moves with a comment, reviewer or agreement). */
export function useApplicationReview(id: string, onChanged?: () => void) {
  const { t } = useI18n();
  const query = useQuery(ApplicationReviewDocument, { id }, { requestPolicy: 'network-only', pause: !id });
  const [latest, setLatest] = useState<ApplicationReviewFieldsFragment | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'comment' | 'reviewer' | 'agreement' | null>(null);
  const fromQuery = query.data?.application ?? null;
  const review = latest && (!fromQuery || latest.version >= fromQuery.version) ? latest : fromQuery;

  const done = (ok: boolean, value: unknown, message?: string) => {
    if (ok) {
      setLatest(value as ApplicationReviewFieldsFragment);
      setError(null);
      onChanged?.();
    } else setError(message ?? t('common.networkError'));
    return ok;
  };

  const addComment = async () => {
    if (busy || !comment.trim()) return;
    setBusy('comment');
    const res = await mutate(
      AddApplicationCommentDocument,
      { applicationId: id, text: comment.trim() },
      (d) => d.addApplicationComment,
      t('common.networkError'),
    );
    setBusy(null);
    if (done(res.ok, res.ok && res.value, res.ok ? undefined : res.error.message)) setComment('');
  };

  const assignReviewer = async (staffId: string | null) => {
    if (busy) return;
    setBusy('reviewer');
    const res = await mutate(AssignApplicationReviewerDocument, { applicationId: id, staffId }, (d) => d.assignApplicationReviewer, t('common.networkError'));
    setBusy(null);
    done(res.ok, res.ok && res.value, res.ok ? undefined : res.error.message);
  };

  /** Picks the signed agreement (PDF) and attaches it; true when stored. */
  const attachAgreement = async (): Promise<boolean> => {
    if (busy) return false;
    const file = await pickOneFile(['pdf'], '.pdf,application/pdf');
    if (!file) return false;
    if (file.size > AGREEMENT_MAX_BYTES) return done(false, null, t('review.agreementTooLarge'));
    setBusy('agreement');
    const res = await uploadWith<ApplicationReviewFieldsFragment>(
      AttachApplicationAgreementDocument,
      'attachApplicationAgreement',
      { applicationId: id, fileName: file.name },
      file,
    );
    setBusy(null);
    const ok = done(res.ok, res.ok && res.value, res.ok ? undefined : res.error.message);
    if (ok) Taro.showToast({ title: t('review.agreementAttached'), icon: 'success', duration: 1200 });
    return ok;
  };

  return { query, review, staff: query.data?.staffMembers ?? [], comment, setComment, error, busy, addComment, assignReviewer, attachAgreement };
}
