import { ACCENT } from '../../../utils/color';
import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, Textarea, View } from '@tarojs/components';
import { ApplicationDetailDocument, TransitionApplicationDocument, type ApplicationFieldsFragment, type ApplicationStatus } from '@cards/schema';
import StatusChip from '../../../components/StatusChip';
import Timeline from '../../../components/Timeline';
import ApplicationContent from '../../../components/ApplicationContent';
import StaffPage from '../../../components/StaffPage';
import ApplicationCardPanel from '../../../components/ApplicationCardPanel';
import ApplicationReviewPanel from '../../../components/ApplicationReviewPanel';
import { useApplicationReview } from '../../../features/applications/useApplicationReview';
import { Empty, ErrorState, Loading } from '../../../components/StatusView';
import { applicationStatusLabel, localized, regionLevelLabel, useI18n, useNavigationTitle, type MessageKey } from '../../../i18n';
import { useQuery } from '../../../graphql/useQuery';
import { mutate } from '../../../graphql/mutate';
import { NOTE_REQUIRED, SECONDARY_TRANSITIONS } from '../../../features/applications/status';
import { formatDateTime } from '../../../utils/format';
import { useRefetchOnShow } from '../../../utils/useRefetchOnShow';
import { useTestHook } from '../../../utils/pageActive';
import './index.scss';
import { routeParam } from '../../../utils/routeParam';

function Actions({ app, onDone, onConflict }: { app: ApplicationFieldsFragment; onDone: (a: ApplicationFieldsFragment) => void; onConflict: () => void }) {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const moves = app.allowedTransitions;

  const run = async (to: ApplicationStatus) => {
    if (busy) return;
    setMessage(null);
    if (NOTE_REQUIRED.has(to) && !note.trim()) {
      setNoteError(t('staff.noteRequired'));
      return;
    }
    setNoteError(null);
    if (to === 'DECLINED') {
      const { confirm } = await Taro.showModal({
        title: t('staff.to.DECLINED'),
        content: note.trim(),
        confirmColor: ACCENT,
        cancelText: t('common.cancel'),
      });
      if (!confirm) return;
    }
    setBusy(to);
    const res = await mutate(
      TransitionApplicationDocument,
      { id: app.id, to, note: note.trim() || null, expectedVersion: app.version },
      (d) => d.transitionApplication,
      t('common.networkError'),
    );
    setBusy(null);
    if (res.ok) {
      if (res.value.__typename !== 'Application') return;
      setNote('');
      onDone(res.value);
      Taro.showToast({ title: t('staff.done', { status: applicationStatusLabel(res.value.status, lang) }), icon: 'none', duration: 1500 });
      return;
    }
    if (res.error.kind === 'conflict') {
      Taro.showToast({ title: t('common.conflict'), icon: 'none', duration: 2500 });
      onConflict();
      return;
    }
    if (res.error.fieldErrors.note) setNoteError(res.error.fieldErrors.note);
    else setMessage(res.error.message);
  };

  if (moves.length === 0) return <Text className="staff-app__muted">{t('staff.noActions')}</Text>;
  return (
    <View className="staff-app__actions">
      <Text className="staff-app__label">{t('staff.note')}</Text>
      <Textarea
        className={`ui-textarea staff-app__note ${noteError ? 'is-invalid' : ''} ${hook('transition-note')}`}
        value={note}
        maxlength={500}
        placeholder={t('staff.notePlaceholder')}
        placeholderClass="ui-placeholder"
        onInput={(e) => {
          setNote(e.detail.value);
          if (noteError) setNoteError(null);
        }}
      />
      {noteError ? <Text className={`staff-app__error ${hook('note-error')}`}>{noteError}</Text> : null}
      <View className="staff-app__buttons">
        {moves.map((to) => (
          <View
            key={to}
            className={`ui-btn ui-btn--small ${SECONDARY_TRANSITIONS.has(to) ? 'ui-btn--ghost' : ''} ${busy === to ? 'is-disabled' : ''} ${hook('transition-button')}`}
            data-to={to}
            role="button"
            onClick={() => void run(to)}
          >
            <Text>{t(`staff.to.${to}` as MessageKey)}</Text>
          </View>
        ))}
      </View>
      {message ? <View className={`ui-banner ui-banner--error ${hook('staff-message')}`}>{message}</View> : null}
    </View>
  );
}

function Detail({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  const { data, error, fetching, refetch } = useQuery(ApplicationDetailDocument, { id }, { requestPolicy: 'network-only' });
  useRefetchOnShow(refetch);
  const [override, setOverride] = useState<ApplicationFieldsFragment | null>(null);
  // Survives the reload after a conflict (the actions below start afresh for the new version).
  const [notice, setNotice] = useState<string | null>(null);
  const fromQuery = data?.application ?? null;
  const app = override && (!fromQuery || override.version > fromQuery.version) ? override : fromQuery;
  const review = useApplicationReview(id, () => {
    setOverride(null);
    refetch();
  });

  if (fetching && !data) return <Loading />;
  if (error && !data) return <ErrorState message={error.message} onRetry={refetch} />;
  if (!app) return <Empty title={t('appl.notFound')} />;

  return (
    <View className="staff-app">
      <View className="staff-app__hero">
        <View className="staff-app__hero-main">
          <Text className="staff-app__region">{app.region ? localized(lang, app.region.fullName, app.region.fullNameEn) : t('appl.none')}</Text>
          {app.region ? <Text className="staff-app__level">{regionLevelLabel(app.region.level, lang)}</Text> : null}
        </View>
        <StatusChip status={app.status} large className={hook('application-status')} />
      </View>
      <View className="staff-app__facts">
        <Text className={`staff-app__ref ${hook('application-reference')}`}>{app.reference || t('appl.noReference')}</Text>
        <Text className="staff-app__time">{app.submittedAt ? t('staff.submitted', { time: formatDateTime(app.submittedAt) }) : ''}</Text>
      </View>

      <View className="page-body staff-app__columns">
        <View className="staff-app__main">
          <View className="ui-panel">
            <Text className="ui-panel__title">{t('staff.actions')}</Text>
            {notice ? <View className={`ui-banner ui-banner--warn ${hook('staff-notice')}`}>{notice}</View> : null}
            <Actions
              key={app.version}
              app={app}
              onDone={(a) => {
                setNotice(null);
                setOverride(a);
                review.query.refetch();
              }}
              onConflict={() => {
                setNotice(t('common.conflict'));
                setOverride(null);
                refetch();
              }}
            />
          </View>

          <View className="ui-panel">
            <Text className="ui-panel__title">{t('staff.card')}</Text>
            <ApplicationCardPanel
              app={app}
              onChanged={() => {
                setOverride(null);
                refetch();
              }}
            />
          </View>

          <View className="ui-panel">
            <Text className="ui-panel__title">{t('appl.content')}</Text>
            <ApplicationContent app={app} />
          </View>

          <View className="ui-panel">
            <Text className="ui-panel__title">{t('appl.timeline')}</Text>
            <Timeline events={app.timeline} />
          </View>
        </View>
        <View className="staff-app__side">
          {review.review ? (
            <ApplicationReviewPanel
              review={review.review}
              staff={review.staff}
              comment={review.comment}
              onComment={review.setComment}
              onAddComment={() => void review.addComment()}
              onAssign={(staffId) => void review.assignReviewer(staffId)}
              onAttach={() => void review.attachAgreement()}
              busy={review.busy}
              error={review.error}
            />
          ) : null}
        </View>
      </View>
    </View>
  );
}

export default function StaffApplicationPage() {
  const { t } = useI18n();
  useNavigationTitle('staff.detailTitle');
  const router = useRouter();
  const id = routeParam(router.params.id);
  return (
    <StaffPage title={t('staff.detailTitle')} redirect={`/pages/staff/application/index?id=${encodeURIComponent(id)}`}>
      <Detail id={id} />
    </StaffPage>
  );
}
