import Taro, { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro';
import { Button, Image, Text, Video, View } from '@tarojs/components';
import TopBar from '../../../components/TopBar';
import { Empty, ErrorState, Loading } from '../../../components/StatusView';
import { localized, useI18n, useNavigationTitle } from '../../../i18n';
import { FilmPlayerDocument } from '../../../graphql/operations';
import { absoluteUrl } from '../../../graphql/client';
import { useQuery } from '../../../graphql/useQuery';
import { detailUrl } from '../../../features/cards/filters';
import { formatDuration } from '../../../features/films/progress';
import { FILMS_URL, playerUrl } from '../../../features/films/urls';
import { SPEEDS, usePlayer, VIDEO_ID, type PlayerFilm } from '../../../features/films/usePlayer';
import { PageActiveContext, usePageActiveState, useTestHook } from '../../../utils/pageActive';
import './index.scss';
import { routeParam } from '../../../utils/routeParam';
import PrivacyPopup from '../../../components/PrivacyPopup';
import SpeedSwitch from '../../../components/SpeedSwitch';
import FilmEndPrompt from '../../../components/FilmEndPrompt';
import { openPage } from '../../../utils/openPage';
import { switchToTab } from '../../../utils/tabs';
import { useElderClass } from '../../../features/display/elder';

function FilmPlayer({ film }: { film: PlayerFilm }) {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  const p = usePlayer(film);
  const { src, started, resumeAt, cue, liked, choice, speed, ended } = p;
  const next = film.nextFilm;
  const goNext = () => next && Taro.redirectTo({ url: playerUrl(next.id) });
  const title = localized(lang, film.title, film.titleEn);
  const cardTitle = localized(lang, film.card.title, film.card.titleEn);
  const poster = film.posterUrl ? absoluteUrl(film.posterUrl) : undefined;
  return (
    <View className="player">
      <View className={`player__box ${hook('film-player')}`} ref={p.boxRef as never} data-src={src ?? ''}>
        {src ? (
          <Video
            key={src}
            id={VIDEO_ID}
            className="player__video"
            src={absoluteUrl(src)}
            poster={poster}
            controls
            showCenterPlayBtn={false}
            showFullscreenBtn
            enablePlayGesture
            objectFit="contain"
            initialTime={resumeAt}
            onPlay={p.events.onPlay}
            onPause={p.events.onPause}
            onEnded={p.events.onEnded}
            onError={p.events.onError}
            onTimeUpdate={p.events.onTimeUpdate as never}
            onLoadedMetaData={p.events.onLoadedMetaData}
          />
        ) : null}
        {cue ? (
          <View className="player__subtitle-wrap">
            <Text className={`player__subtitle ${hook('film-subtitle')}`}>{cue}</Text>
          </View>
        ) : null}
        {ended ? (
          <FilmEndPrompt
            nextTitle={next ? localized(lang, next.title, next.titleEn) : null}
            onReplay={p.replay}
            onNext={goNext}
            onMore={() => void switchToTab(FILMS_URL)}
          />
        ) : null}
        {!started ? (
          <View
            className={`player__cover ${hook('film-play')}`}
            role="button"
            aria-label={resumeAt > 0 ? t('films.resumeFrom', { t: formatDuration(resumeAt) }) : `${t('films.play')} ${formatDuration(film.durationSeconds)}`}
            onClick={p.start}
          >
            {poster ? <Image className="player__poster" src={poster} mode="aspectFill" nativeProps={{ alt: '' }} /> : null}
            <View className="player__play" />
            {resumeAt > 0 ? (
              <Text className="player__resume">{t('films.resumeFrom', { t: formatDuration(resumeAt) })}</Text>
            ) : (
              <Text className="player__resume">{formatDuration(film.durationSeconds)}</Text>
            )}
          </View>
        ) : null}
      </View>

      <View className="page-body player__body">
        <Text className={`player__title ${hook('film-title')}`}>{title}</Text>
        <View className="player__meta">
          <Text className="player__card" onClick={() => openPage(detailUrl(film.card.slug))}>
            {cardTitle}
          </Text>
          <Text className="player__views">{t('films.views', { n: p.viewCount })}</Text>
        </View>

        <View className="player__actions">
          <View
            className={`player__action player__like ${liked ? 'is-liked' : ''} ${hook('like-button')}`}
            role="button"
            data-liked={liked ? 'true' : 'false'}
            aria-pressed={liked}
            aria-busy={p.likePending}
            onClick={p.toggleLike}
          >
            <View className="player__heart" />
            <Text className="player__action-text">{liked ? t('films.liked') : t('films.like')}</Text>
            <Text className={`player__like-count ${hook('like-count')}`}>{p.likeCount}</Text>
          </View>
          {IS_H5 ? (
            <View className={`player__action ${hook('copy-link')}`} role="button" onClick={p.copyLink}>
              <Text className="player__action-text">{t('films.copyLink')}</Text>
            </View>
          ) : (
            <Button className="player__action player__share" openType="share">
              {t('films.share')}
            </Button>
          )}
          {next ? (
            <View className={`player__action player__next ${hook('next-film')}`} role="link" data-id={next.id} onClick={goNext}>
              <Text className="player__action-text">{t('films.next')}</Text>
              <View className="player__chevron" />
            </View>
          ) : null}
        </View>

        {p.subtitleOptions.length > 1 ? (
          <View className="player__row">
            <Text className="player__row-label">{t('films.subtitles')}</Text>
            <View className={`player__options ${hook('subtitle-switch')}`}>
              {p.subtitleOptions.map((o) => (
                <Text
                  key={o.value}
                  className={`player__option ${choice === o.value ? 'is-active' : ''} ${hook('subtitle-option')}`}
                  data-lang={o.value}
                  onClick={() => p.pickSubtitle(o.value)}
                >
                  {o.label}
                </Text>
              ))}
            </View>
          </View>
        ) : null}

        <SpeedSwitch speeds={SPEEDS} value={speed} onChange={p.pickSpeed} />

        {next ? (
          <View className="player__next-card" role="link" onClick={goNext}>
            {next.posterUrl ? <Image className="player__next-poster" src={absoluteUrl(next.posterUrl)} mode="aspectFill" nativeProps={{ alt: '' }} /> : null}
            <View className="player__next-body">
              <Text className="player__next-label">{t('films.next')}</Text>
              <Text className="player__next-title">{localized(lang, next.title, next.titleEn)}</Text>
              <Text className="player__next-duration">{formatDuration(next.durationSeconds)}</Text>
            </View>
          </View>
        ) : null}
      </View>
    </View>
  );
}

export default function FilmPlayerPage() {
  const elder = useElderClass();
  const { t, lang } = useI18n();
  const active = usePageActiveState();
  const router = useRouter();
  const id = routeParam(router.params.id);
  const { data, error, fetching, refetch } = useQuery(FilmPlayerDocument, { id }, { pause: !id, requestPolicy: 'network-only' });
  const film = data?.film ?? null;
  const title = film ? localized(lang, film.title, film.titleEn) : null;
  useNavigationTitle('films.playerTitle', title);

  const poster = film?.posterUrl ? absoluteUrl(film.posterUrl) : undefined;
  useShareAppMessage(() => ({ title: title ? `${title} · ${t('films.homeTitle')}` : t('films.homeTitle'), path: playerUrl(id), imageUrl: poster }));
  useShareTimeline(() => ({ title: title || t('films.homeTitle'), query: `id=${encodeURIComponent(id)}`, imageUrl: poster }));

  return (
    <PageActiveContext.Provider value={active}>
      <View className={`page player-page ${lang === 'en' ? 'is-en' : ''} ${elder}`}>
        <TopBar back title={title || t('films.playerTitle')} />
        {fetching && !data ? <Loading /> : null}
        {error && !data ? <ErrorState message={error.message} onRetry={refetch} /> : null}
        {!id || (data && !film) ? <Empty title={t('films.notFound')} actionText={t('films.title')} onAction={() => void switchToTab(FILMS_URL)} /> : null}
        {film ? <FilmPlayer key={film.id} film={film} /> : null}
      </View>
      <PrivacyPopup />
    </PageActiveContext.Provider>
  );
}
