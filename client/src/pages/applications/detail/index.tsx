import { ACCENT } from '../../../utils/color';
import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ApplicationDetailDocument, WithdrawApplicationDocument, type ApplicationFieldsFragment } from '@cards/schema';
import TopBar from '../../../components/TopBar';
import StatusChip from '../../../components/StatusChip';
import Timeline from '../../../components/Timeline';
import ApplicationContent from '../../../components/ApplicationContent';
import { Empty, ErrorState, Loading } from '../../../components/StatusView';
import { localized, useI18n, useNavigationTitle, type MessageKey } from '../../../i18n';
import { useQuery } from '../../../graphql/useQuery';
import { mutate } from '../../../graphql/mutate';
import { goSignIn, useToken } from '../../../features/auth/useSession';
import { formatDateTime } from '../../../utils/format';
import { useRefetchOnShow } from '../../../utils/useRefetchOnShow';
import { PageActiveContext, usePageActiveState } from '../../../utils/pageActive';
import './index.scss';
import { ME_URL, switchToTab } from '../../../utils/tabs';
import { stepsAhead } from '../../../features/applications/guide';
import { routeParam } from '../../../utils/routeParam';
import { useElderClass } from '../../../features/display/elder';

function Body({ app, onChanged, onReload }: { app: ApplicationFieldsFragment; onChanged: (a: ApplicationFieldsFragment) => void; onReload: () => void }) {
  const { t, lang } = useI18n();
  const active = usePageActiveState();
  const hook = (name: string) => (active ? name : '');
  const [busy, setBusy] = useState(false);
  const canWithdraw = app.allowedTransitions.includes('WITHDRAWN');
  const editable = app.status === 'RETURNED' || app.status === 'DRAFT';

  const withdraw = async () => {
    const { confirm } = await Taro.showModal({
      title: t('appl.withdrawTitle'),
      content: t('appl.withdrawConfirm'),
      confirmText: t('appl.withdraw'),
      confirmColor: ACCENT,
      cancelText: t('common.cancel'),
    });
    if (!confirm) return;
    setBusy(true);
    const res = await mutate(
      WithdrawApplicationDocument,
      { id: app.id, expectedVersion: app.version, note: null },
      (d) => d.withdrawApplication,
      t('common.networkError'),
    );
    setBusy(false);
    if (res.ok) {
      if (res.value.__typename === 'Application') onChanged(res.value);
      Taro.showToast({ title: t('appl.withdrawnToast'), icon: 'success' });
      return;
    }
    if (res.error.kind === 'conflict') {
      Taro.showToast({ title: t('common.conflict'), icon: 'none', duration: 2500 });
      onReload();
      return;
    }
    Taro.showModal({ title: t('appl.withdrawTitle'), content: res.error.message, showCancel: false });
  };

  return (
    <View className="appl__content">
      <View className="appl__hero">
        <View className="appl__hero-rings" />
        <Text className="appl__region">{app.region ? localized(lang, app.region.fullName, app.region.fullNameEn) : t('appl.none')}</Text>
        <View className="appl__status-row">
          <StatusChip status={app.status} large className={hook('application-status')} />
          <Text className="appl__status-hint">{t(`appl.statusHint.${app.status}` as MessageKey)}</Text>
        </View>
        <View className="appl__facts">
          <View className="appl__fact">
            <Text className="appl__fact-k">{t('appl.reference')}</Text>
            <Text className={`appl__fact-v ${hook('application-reference')}`}>{app.reference || t('appl.noReference')}</Text>
          </View>
          <View className="appl__fact">
            <Text className="appl__fact-k">{t('appl.submittedAt')}</Text>
            <Text className="appl__fact-v">{app.submittedAt ? formatDateTime(app.submittedAt) : '—'}</Text>
          </View>
        </View>
        <Text className="appl__campaign">
          {t('appl.campaign')}：{app.campaign.title}
        </Text>
      </View>

      <View className="page-body">
        {app.card?.published ? (
          <View
            className={`appl__card-link ${hook('view-card')}`}
            role="link"
            onClick={() => Taro.navigateTo({ url: `/pages/cards/detail/index?slug=${encodeURIComponent(app.card!.slug)}` })}
          >
            <View className="appl__card-mark">
              <Text>名</Text>
            </View>
            <View className="appl__card-main">
              <Text className="appl__card-title">{app.card.title}</Text>
              <Text className="appl__card-hint">{t('appl.viewCard')}</Text>
            </View>
            <View className="appl__arrow" />
          </View>
        ) : null}

        <View className="ui-panel">
          <Text className="ui-panel__title">{t('appl.timeline')}</Text>
          <Timeline events={app.timeline} ahead={stepsAhead(app.status)} />
        </View>

        <View className="ui-panel">
          <Text className="ui-panel__title">{t('appl.content')}</Text>
          <ApplicationContent app={app} />
        </View>
      </View>

      {editable || canWithdraw ? (
        <View className="ui-actionbar">
          {canWithdraw ? (
            <View className={`ui-btn ui-btn--ghost ${busy ? 'is-disabled' : ''} ${hook('withdraw-application')}`} role="button" onClick={() => void withdraw()}>
              <Text>{t('appl.withdraw')}</Text>
            </View>
          ) : null}
          {editable ? (
            <View
              className={`ui-btn ${hook('edit-application')}`}
              role="button"
              onClick={() => Taro.navigateTo({ url: `/pages/applications/form/index?id=${encodeURIComponent(app.id)}` })}
            >
              <Text>{app.status === 'RETURNED' ? t('appl.edit') : t('appl.continue')}</Text>
            </View>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}

export default function ApplicationDetailPage() {
  const elder = useElderClass();
  const { t } = useI18n();
  const active = usePageActiveState();
  useNavigationTitle('appl.title');
  const router = useRouter();
  const id = routeParam(router.params.id);
  const token = useToken();
  const { data, error, fetching, refetch } = useQuery(ApplicationDetailDocument, { id }, { pause: !token || !id, requestPolicy: 'network-only' });
  useRefetchOnShow(refetch, !!token && !!id);
  const [override, setOverride] = useState<ApplicationFieldsFragment | null>(null);
  const fromQuery = data?.application ?? null;
  // A mutation's result shows at once; the next load replaces it.
  const app = override && fromQuery && override.version > fromQuery.version ? override : (fromQuery ?? override);
  const actionable = !!app && (app.status === 'RETURNED' || app.status === 'DRAFT' || app.allowedTransitions.includes('WITHDRAWN'));

  return (
    <PageActiveContext.Provider value={active}>
      <View className={`page appl ${actionable ? 'has-actionbar' : ''} ${elder}`}>
        <TopBar back title={t('appl.title')} />
        {!token ? (
          <Empty
            title={t('common.signInFirst')}
            actionText={t('me.signIn')}
            onAction={() => goSignIn(`/pages/applications/detail/index?id=${encodeURIComponent(id)}`)}
          />
        ) : null}
        {token && fetching && !data ? <Loading /> : null}
        {token && error && !data ? <ErrorState message={error.message} onRetry={refetch} /> : null}
        {token && data && !app ? <Empty title={t('appl.notFound')} actionText={t('me.title')} onAction={() => void switchToTab(ME_URL)} /> : null}
        {app ? <Body app={app} onChanged={setOverride} onReload={refetch} /> : null}
      </View>
    </PageActiveContext.Provider>
  );
}
