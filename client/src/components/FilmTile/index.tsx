import { Image, Text, View } from '@tarojs/components';
import { localized, useI18n } from '../../i18n';
import { absoluteUrl } from '../../graphql/client';
import { formatDuration } from '../../features/films/progress';
import { playerUrl } from '../../features/films/urls';
import type { FilmSummaryFragment } from '../../graphql/operations';
import { useTestHook } from '../../utils/pageActive';
import './index.scss';
import { openPage } from '../../utils/openPage';

interface Props {
  film: FilmSummaryFragment;
  /** `row`: poster left, text right (the feed); `tile`: a poster with the title below (home, card page). */
  layout?: 'row' | 'tile';
  /** Hide the card's name (on the card's own page). */
  hideCard?: boolean;
}

/** A film in a list: its poster (never a live player) with the duration, title, card and counts. */
export default function FilmTile({ film, layout = 'row', hideCard = false }: Props) {
  const { lang, t } = useI18n();
  const hook = useTestHook();
  const title = localized(lang, film.title, film.titleEn);
  const cardTitle = localized(lang, film.card.title, film.card.titleEn);
  const open = () => openPage(playerUrl(film.id));

  return (
    <View className={`film-tile film-tile--${layout} ${hook('film-item')}`} data-id={film.id} role="link" onClick={open}>
      <View className="film-tile__poster">
        {film.posterUrl ? (
          <Image className="film-tile__image" src={absoluteUrl(film.posterUrl)} mode="aspectFill" lazyLoad nativeProps={{ alt: '' }} />
        ) : (
          <View className="film-tile__image film-tile__image--empty" />
        )}
        <View className="film-tile__play" />
        <Text className="film-tile__duration">{formatDuration(film.durationSeconds)}</Text>
      </View>
      <View className="film-tile__body">
        <Text className="film-tile__title">{title}</Text>
        {hideCard ? null : <Text className="film-tile__card">{cardTitle}</Text>}
        <View className="film-tile__stats">
          <Text className="film-tile__stat">{t('films.views', { n: film.viewCount })}</Text>
          <Text className="film-tile__stat">{t('films.likes', { n: film.likeCount })}</Text>
        </View>
      </View>
    </View>
  );
}
