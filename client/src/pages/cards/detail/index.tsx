import Taro, { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro';
import { View } from '@tarojs/components';
import TopBar from '../../../components/TopBar';
import CardDetailBody from '../../../components/CardDetailBody';
import { Empty } from '../../../components/StatusView';
import QueryStatus from '../../../components/StatusView/QueryStatus';
import { cardText, useI18n, useNavigationTitle } from '../../../i18n';
import { CardDetailDocument } from '../../../graphql/operations';
import { useQuery } from '../../../graphql/useQuery';
import { detailUrl } from '../../../features/cards/filters';
import { PageActiveContext, usePageActiveState } from '../../../utils/pageActive';
import './index.scss';
import { routeParam } from '../../../utils/routeParam';
import PrivacyPopup from '../../../components/PrivacyPopup';
import { useElderClass } from '../../../features/display/elder';

export default function CardDetailPage() {
  const elder = useElderClass();
  const { t, lang } = useI18n();
  const active = usePageActiveState();
  const router = useRouter();
  const slug = routeParam(router.params.slug);
  const { data, error, fetching, refetch } = useQuery(CardDetailDocument, { slug }, { pause: !slug });
  const card = data?.card ?? null;
  const title = card ? cardText(card, lang).title : null;
  useNavigationTitle('detail.title', title);

  useShareAppMessage(() => ({
    title: title ? `${title} · ${t('app.name')}` : t('app.name'),
    path: detailUrl(slug),
  }));
  useShareTimeline(() => ({ title: title || t('app.name'), query: `slug=${encodeURIComponent(slug)}` }));

  return (
    <PageActiveContext.Provider value={active}>
      <View className={`page detail ${lang === 'en' ? 'is-en' : ''} ${elder}`}>
        <TopBar back title={title || t('detail.title')} />
        <QueryStatus fetching={fetching} error={error} data={data} onRetry={refetch} />
        {!slug || (data && !card) ? (
          <Empty
            title={t('detail.notFound')}
            hint={t('detail.notFoundHint')}
            actionText={t('common.home')}
            onAction={() => Taro.reLaunch({ url: '/pages/home/index' })}
          />
        ) : null}
        {card ? <CardDetailBody card={card} /> : null}
      </View>
      <PrivacyPopup />
    </PageActiveContext.Provider>
  );
}
