import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import StaffPage from '../../../components/StaffPage';
import FilmUploadForm from '../../../components/FilmUploadForm';
import StaffFilmItem from '../../../components/StaffFilmItem';
import { Empty, ErrorState, Loading } from '../../../components/StatusView';
import { useI18n, useNavigationTitle, localized } from '../../../i18n';
import { useStaffFilms } from '../../../features/films/useStaffFilms';
import { moved, reorderFilms } from '../../../features/films/useFilmEdit';
import { useTestHook } from '../../../utils/pageActive';
import './index.scss';
import { routeParam } from '../../../utils/routeParam';

function Manager({ cardId, slug }: { cardId: string; slug: string }) {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  const { query, films, card, totalCount } = useStaffFilms(slug);
  const { data, error, fetching, refetch } = query;

  if (!slug) return <Empty title={t('staffFilms.noCard')} />;
  if (fetching && !data) return <Loading />;
  if (error && !data) return <ErrorState message={error.message} onRetry={refetch} />;
  if (!card && !cardId) return <Empty title={t('staffFilms.noCard')} />;

  return (
    <View className="page-body staff-films">
      {card ? (
        <View className="staff-films__card">
          <Text className="staff-films__card-title">{localized(lang, card.title, card.titleEn)}</Text>
          <Text className={`staff-films__count ${hook('staff-films-count')}`}>{t('staffFilms.count', { n: totalCount })}</Text>
        </View>
      ) : null}

      {IS_H5 ? (
        <FilmUploadForm cardId={card?.id ?? cardId} onUploaded={refetch} />
      ) : (
        <View className="ui-banner ui-banner--info staff-films__note">{t('staffFilms.weappNote')}</View>
      )}

      <View className="ui-panel staff-films__list">
        <View className="ui-panel__title">{t('staffFilms.title')}</View>
        {films.length === 0 ? (
          <Empty title={t('staffFilms.empty')} hint={t('staffFilms.emptyHint')} />
        ) : (
          films.map((film, i) => {
            const ids = films.map((f) => f.id);
            const move = (delta: -1 | 1) => () => {
              const to = card?.id ?? cardId;
              void reorderFilms(to, moved(ids, i, delta), t).then((res) => {
                if (res.ok) refetch();
                else void Taro.showToast({ title: res.error.message, icon: 'none' });
              });
            };
            return (
              <StaffFilmItem
                key={film.id}
                film={film}
                onChanged={refetch}
                onUp={i > 0 ? move(-1) : undefined}
                onDown={i < films.length - 1 ? move(1) : undefined}
              />
            );
          })
        )}
      </View>
    </View>
  );
}

export default function StaffFilmsPage() {
  const { t } = useI18n();
  useNavigationTitle('staffFilms.title');
  const router = useRouter();
  const cardId = routeParam(router.params.cardId);
  const slug = routeParam(router.params.slug);
  return (
    <StaffPage
      title={t('staffFilms.title')}
      redirect={`/pages/staff/films/index?cardId=${encodeURIComponent(cardId)}&slug=${encodeURIComponent(slug)}`}
      className="staff-films-page"
    >
      <Manager cardId={cardId} slug={slug} />
    </StaffPage>
  );
}
