import { ACCENT } from '../../../utils/color';
import { useEffect } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { AccountOverviewDocument, LogoutDocument } from '@cards/schema';
import TopBar from '../../../components/TopBar';
import AppListItem from '../../../components/AppListItem';
import BindPhoneButton from '../../../components/BindPhoneButton';
import { Empty, ErrorState, Loading } from '../../../components/StatusView';
import { roleLabel, useI18n, useNavigationTitle } from '../../../i18n';
import { useQuery } from '../../../graphql/useQuery';
import { getClient } from '../../../graphql/client';
import { clearToken } from '../../../features/auth/session';
import { goSignIn, isStaffRole, useToken } from '../../../features/auth/useSession';
import { EDITABLE } from '../../../features/applications/status';
import { CHAT_URL, INBOX_URL } from '../../../features/inquiries/chat';
import { useRefetchOnShow } from '../../../utils/useRefetchOnShow';
import { PageActiveContext, usePageActiveState, useTestHook } from '../../../utils/pageActive';
import { useTabBarLabels } from '../../../i18n/tabBar';
import { GUIDE_URL } from '../../../features/applications/guide';
import './index.scss';
import PrivacyPopup from '../../../components/PrivacyPopup';
import ElderSwitch from '../../../components/ElderSwitch';
import { useElderClass } from '../../../features/display/elder';

function Row({ title, hint, badge, hookName, onClick }: { title: string; hint?: string; badge?: number; hookName: string; onClick: () => void }) {
  const hook = useTestHook();
  return (
    <View className={`me__row ${hook(hookName)}`} role="link" onClick={onClick}>
      <View className="me__row-main">
        <Text className="me__row-title">{title}</Text>
        {hint ? <Text className="me__row-hint">{hint}</Text> : null}
      </View>
      {badge ? <Text className={`ui-badge ${hook('unread-badge')}`}>{badge > 99 ? '99+' : badge}</Text> : null}
      <View className="me__row-arrow" />
    </View>
  );
}

export default function MePage() {
  const { t, lang } = useI18n();
  const active = usePageActiveState();
  const elder = useElderClass();
  useNavigationTitle('me.title');
  useTabBarLabels();
  const token = useToken();
  const { data, error, fetching, refetch } = useQuery(
    AccountOverviewDocument,
    {},
    {
      pause: !token,
      requestPolicy: 'network-only',
      refreshKey: token ?? '',
    },
  );
  useRefetchOnShow(refetch, !!token);

  // A token the server no longer knows: forget it and show the signed-out page.
  useEffect(() => {
    if (token && data && data.viewer === null && !fetching) clearToken();
  }, [token, data, fetching]);

  const viewer = token ? (data?.viewer ?? null) : null;
  const staff = isStaffRole(viewer?.role);
  const apps = data?.myApplications ?? [];
  const unread = data?.unreadNotificationCount ?? 0;
  const editable = apps.find((a) => EDITABLE.has(a.status));

  const logout = async () => {
    const { confirm } = await Taro.showModal({ title: t('me.logout'), content: t('me.logoutConfirm'), confirmColor: ACCENT });
    if (!confirm) return;
    await getClient().mutation(LogoutDocument, {}).toPromise();
    clearToken();
  };

  const openApp = (id: string, status: string) =>
    Taro.navigateTo({
      url: status === 'DRAFT' ? `/pages/applications/form/index?id=${encodeURIComponent(id)}` : `/pages/applications/detail/index?id=${encodeURIComponent(id)}`,
    });

  const name = viewer ? viewer.displayName || viewer.maskedPhone || roleLabel(viewer.role, lang) : '';
  const initial = viewer ? (viewer.displayName || '名').slice(0, 1).toUpperCase() : '名';

  return (
    <PageActiveContext.Provider value={active}>
      <View className={`page me ${elder}`}>
        <TopBar back title={t('me.title')} />
        <View className="me__hero">
          <View className="me__hero-rings" />
          <View className="me__avatar">
            <Text>{initial}</Text>
          </View>
          <View className="me__who">
            {viewer ? (
              <>
                <Text className={`me__name ${active ? 'viewer-name' : ''}`}>{name}</Text>
                <View className="me__meta">
                  <Text className="me__role">{roleLabel(viewer.role, lang)}</Text>
                  {!staff && !viewer.hasPhone ? <Text className="me__role me__role--warn">{t('me.phoneUnverified')}</Text> : null}
                </View>
              </>
            ) : (
              <>
                <Text className="me__name">{t('me.signedOut')}</Text>
                <Text className="me__hint">{t('me.signedOutHint')}</Text>
              </>
            )}
          </View>
        </View>

        <View className="page-body me__body">
          {!token ? (
            <View className="me__card">
              <View className={`ui-btn ui-btn--block ${active ? 'sign-in-button' : ''}`} role="button" onClick={() => goSignIn('/pages/account/me/index')}>
                <Text>{t('me.signIn')}</Text>
              </View>
            </View>
          ) : null}

          {token && fetching && !data ? <Loading /> : null}
          {token && error && !data ? <ErrorState message={error.message} onRetry={refetch} /> : null}

          {viewer && IS_WEAPP && !staff && !viewer.hasPhone ? (
            <View className="me__card">
              <Text className="me__card-text">{t('login.bindPhoneHint')}</Text>
              <BindPhoneButton onBound={refetch} />
            </View>
          ) : null}

          {viewer ? (
            <View className="me__card me__card--list">
              <Row
                title={t('me.notifications')}
                hint={unread ? t('me.unread', { n: unread }) : t('me.noUnread')}
                badge={unread}
                hookName="notifications-entry"
                onClick={() => Taro.navigateTo({ url: '/pages/account/notifications/index' })}
              />
              {!staff ? <Row title={t('me.ask')} hint={t('me.askHint')} hookName="ask-entry" onClick={() => Taro.navigateTo({ url: CHAT_URL })} /> : null}
              <Row
                title={t('rights.title')}
                hint={t('rights.hint')}
                hookName="rights-entry"
                onClick={() => Taro.navigateTo({ url: '/pages/account/rights/index' })}
              />
            </View>
          ) : null}

          {viewer && staff ? (
            <View className="me__section">
              <Text className="me__section-title">{t('me.staffDesk')}</Text>
              <View className="me__card me__card--list">
                <Row
                  title={t('me.staffApplications')}
                  hint={t('me.staffApplicationsHint')}
                  hookName="staff-applications-entry"
                  onClick={() => Taro.navigateTo({ url: '/pages/staff/list/index' })}
                />
                <Row
                  title={t('me.staffInbox')}
                  hint={t('me.staffInboxHint')}
                  hookName="staff-inbox-entry"
                  onClick={() => Taro.navigateTo({ url: INBOX_URL })}
                />
                <Row
                  title={t('me.staffOverview')}
                  hint={t('me.staffOverviewHint')}
                  hookName="staff-overview-entry"
                  onClick={() => Taro.navigateTo({ url: '/pages/staff/overview/index' })}
                />
              </View>
            </View>
          ) : null}

          {viewer && !staff ? (
            <View className="me__section">
              <View className="me__section-head">
                <Text className="me__section-title">{t('me.myApplications')}</Text>
                <Text
                  className={`ui-link ${active ? 'apply-button' : ''}`}
                  onClick={() =>
                    Taro.navigateTo({
                      url: editable ? `/pages/applications/form/index?id=${encodeURIComponent(editable.id)}` : GUIDE_URL,
                    })
                  }
                >
                  {editable ? t('me.continueDraft') : t('me.apply')}
                </Text>
              </View>
              {apps.length === 0 ? (
                <View className="me__card">
                  <Empty
                    title={t('me.noApplications')}
                    hint={t('me.noApplicationsHint')}
                    actionText={t('me.apply')}
                    onAction={() => Taro.navigateTo({ url: GUIDE_URL })}
                  />
                </View>
              ) : (
                apps.map((a) => <AppListItem key={a.id} item={a} hookName="my-application" onClick={() => openApp(a.id, a.status)} />)
              )}
            </View>
          ) : null}

          {!viewer ? (
            <View className="me__card me__card--list">
              <Row title={t('me.ask')} hint={t('me.askHint')} hookName="ask-entry" onClick={() => Taro.navigateTo({ url: CHAT_URL })} />
            </View>
          ) : null}

          {!viewer ? (
            <View className="me__card me__card--list me__staff-entry">
              <Row title={t('me.staffEntry')} hint={t('login.staffHint')} hookName="staff-entry" onClick={() => goSignIn(undefined, 'staff')} />
            </View>
          ) : null}

          <ElderSwitch className="me__elder" />

          {viewer ? (
            <View className={`me__logout ${active ? 'logout-button' : ''}`} role="button" onClick={logout}>
              <Text>{t('me.logout')}</Text>
            </View>
          ) : null}
        </View>
      </View>
      <PrivacyPopup />
    </PageActiveContext.Provider>
  );
}
