import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import TopBar from '../../../components/TopBar';
import DraftFields, { SaveIndicator } from '../../../components/ApplicationDraftForm';
import { Empty, ErrorState, Loading } from '../../../components/StatusView';
import { useI18n, useNavigationTitle } from '../../../i18n';
import { goSignIn, useToken, useViewer } from '../../../features/auth/useSession';
import { useApplicationDraft, type ApplicationDraft } from '../../../features/applications/useApplicationDraft';
import { formatDate } from '../../../utils/format';
import { PageActiveContext, usePageActiveState } from '../../../utils/pageActive';
import './index.scss';
import { routeParam } from '../../../utils/routeParam';
import PrivacyPopup from '../../../components/PrivacyPopup';
import SubmitPreview from '../../../components/SubmitPreview';
import { useSubmitPreview } from '../../../features/applications/usePreview';
import { useElderClass } from '../../../features/display/elder';

const detailUrl = (id: string) => `/pages/applications/detail/index?id=${encodeURIComponent(id)}`;

/** What shows instead of the form: sign in first, loading, an error, no open campaign, not editable. */
function Unready({ draft, idParam }: { draft: ApplicationDraft; idParam: string }) {
  const { t } = useI18n();
  const { phase, app } = draft;
  if (phase === 'signedOut') {
    return (
      <Empty
        title={t('common.signInFirst')}
        hint={t('me.signedOutHint')}
        actionText={t('me.signIn')}
        onAction={() => goSignIn(`/pages/applications/form/index${idParam ? `?id=${encodeURIComponent(idParam)}` : ''}`)}
      />
    );
  }
  if (phase === 'loading') return <Loading />;
  if (phase === 'error') return <ErrorState message={draft.loadError} onRetry={() => void draft.load()} />;
  if (phase === 'noCampaign') {
    return (
      <Empty
        title={t('form.noCampaign')}
        hint={t('form.noCampaignHint')}
        actionText={t('common.home')}
        onAction={() => Taro.reLaunch({ url: '/pages/home/index' })}
      />
    );
  }
  return <Empty title={t('form.notEditable')} actionText={t('form.viewApplication')} onAction={() => app && Taro.redirectTo({ url: detailUrl(app.id) })} />;
}

export default function ApplicationFormPage() {
  const elder = useElderClass();
  const { t } = useI18n();
  const active = usePageActiveState();
  useNavigationTitle('form.title');
  const router = useRouter();
  const idParam = routeParam(router.params.id);
  const token = useToken();
  const { viewer } = useViewer();
  const draft = useApplicationDraft(idParam, token);
  const { campaign, submitting } = draft;
  const preview = useSubmitPreview(draft);
  const previewing = preview.previewing && !!draft.app;

  const hook = (name: string) => (active ? name : '');
  const needPhone = !!(IS_WEAPP && viewer && !viewer.hasPhone && viewer.role !== 'STAFF' && viewer.role !== 'ADMIN');
  const ready = draft.phase === 'ready';
  return (
    <PageActiveContext.Provider value={active}>
      <View className={`page app-form ${ready ? 'has-actionbar' : ''} ${elder}`}>
        <TopBar back title={t('form.title')} />
        {ready ? (
          <View className="app-form__header">
            <View className="app-form__heading">
              <Text className="app-form__title">{t('form.heading')}</Text>
              {campaign ? (
                <Text className="app-form__campaign">
                  {campaign.title} · {t('form.closesAt', { date: formatDate(campaign.closesAt) })}
                </Text>
              ) : null}
            </View>
            <SaveIndicator status={draft.saveStatus} held={draft.held} savedAt={draft.savedAt} />
          </View>
        ) : null}
        <View className="page-body">
          {ready && previewing && draft.app ? (
            <SubmitPreview app={draft.app} pledged={preview.pledged} pledgeMissing={preview.pledgeMissing} onTogglePledge={preview.togglePledge} />
          ) : ready ? (
            <DraftFields draft={draft} needPhone={needPhone} />
          ) : (
            <Unready draft={draft} idParam={idParam} />
          )}
        </View>
        {ready && previewing ? (
          <View className="ui-actionbar">
            <View className="ui-btn ui-btn--ghost" role="button" onClick={preview.back}>
              <Text>{t('form.backToEdit')}</Text>
            </View>
            <View className={`ui-btn ${submitting ? 'is-disabled' : ''} ${hook('submit-application')}`} role="button" onClick={() => void preview.confirm()}>
              <Text>{submitting ? t('form.submitting') : draft.returned ? t('form.resubmit') : t('form.submit')}</Text>
            </View>
          </View>
        ) : ready ? (
          <View className="ui-actionbar">
            <View className={`ui-btn ${hook('preview-application')}`} role="button" onClick={() => void preview.open()}>
              <Text>{t('form.preview')}</Text>
            </View>
          </View>
        ) : null}
      </View>
      <PrivacyPopup />
    </PageActiveContext.Provider>
  );
}
