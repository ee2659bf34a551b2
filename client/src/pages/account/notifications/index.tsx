import { useEffect, useRef } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { MarkNotificationsReadDocument, NotificationsDocument } from '@cards/schema';
import TopBar from '../../../components/TopBar';
import { Empty, ErrorState, Loading } from '../../../components/StatusView';
import { useI18n, useNavigationTitle } from '../../../i18n';
import { useQuery } from '../../../graphql/useQuery';
import { getClient } from '../../../graphql/client';
import { goSignIn, useToken } from '../../../features/auth/useSession';
import { formatDateTime } from '../../../utils/format';
import { useRefetchOnShow } from '../../../utils/useRefetchOnShow';
import { PageActiveContext, usePageActiveState } from '../../../utils/pageActive';
import './index.scss';
import { useElderClass } from '../../../features/display/elder';

export default function NotificationsPage() {
  const elder = useElderClass();
  const { t } = useI18n();
  const active = usePageActiveState();
  useNavigationTitle('notice.title');
  const token = useToken();
  const { data, error, fetching, refetch } = useQuery(NotificationsDocument, { first: 50 }, { pause: !token, requestPolicy: 'network-only' });
  useRefetchOnShow(refetch, !!token);

  // Opening the page reads them: mark everything unread as read (the dots stay until next time).
  const marked = useRef(false);
  useEffect(() => {
    if (!data || marked.current) return;
    if (data.notifications.some((n) => !n.read)) {
      marked.current = true;
      getClient().mutation(MarkNotificationsReadDocument, {}).toPromise();
    }
  }, [data]);

  return (
    <PageActiveContext.Provider value={active}>
      <View className={`page notices ${elder}`}>
        <TopBar back title={t('notice.title')} />
        <View className="page-body notices__body">
          {!token ? (
            <Empty title={t('common.signInFirst')} actionText={t('me.signIn')} onAction={() => goSignIn('/pages/account/notifications/index')} />
          ) : null}
          {token && fetching && !data ? <Loading /> : null}
          {token && error && !data ? <ErrorState message={error.message} onRetry={refetch} /> : null}
          {data && data.notifications.length === 0 ? <Empty title={t('notice.empty')} hint={t('notice.emptyHint')} /> : null}
          {data?.notifications.map((n) => (
            <View
              key={n.id}
              className={`notices__item ${n.read ? '' : 'is-unread'} ${active ? 'notification-item' : ''}`}
              role="link"
              onClick={() => n.application && Taro.navigateTo({ url: `/pages/applications/detail/index?id=${encodeURIComponent(n.application.id)}` })}
            >
              <View className="notices__head">
                {!n.read ? <View className="notices__dot" /> : null}
                <Text className="notices__title">{n.title}</Text>
              </View>
              <Text className="notices__text">{n.body}</Text>
              <Text className="notices__time">{formatDateTime(n.createdAt)}</Text>
            </View>
          ))}
        </View>
      </View>
    </PageActiveContext.Provider>
  );
}
