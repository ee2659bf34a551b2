import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Taro, { useDidHide, useRouter, useShareAppMessage, useShareTimeline, useUnload } from '@tarojs/taro';
import { Button, Image, Text, Video, View } from '@tarojs/components';
import TopBar from '../../../components/TopBar';
import { Empty, ErrorState, Loading } from '../../../components/StatusView';
import { localized, useI18n, useNavigationTitle } from '../../../i18n';
import { withRegisteredDevice } from '../../../features/device/registerDevice';
import { FilmPlayerDocument, LikeFilmDocument, RecordFilmProgressDocument, RecordFilmViewDocument } from '../../../graphql/operations';
import type { FilmPlayerQuery } from '../../../graphql/operations';
import { absoluteUrl } from '../../../graphql/client';
import { useQuery } from '../../../graphql/useQuery';
import { mutate } from '../../../graphql/mutate';
import { detailUrl } from '../../../features/cards/filters';
import { chooseResume, createProgressThrottle, formatDuration, readLocalPosition, writeLocalPosition } from '../../../features/films/progress';
import { cueAt, type Cue } from '../../../features/films/vtt';
import { loadCues, readSubtitleChoice, saveSubtitleChoice, type SubtitleChoice } from '../../../features/films/subtitles';
import { playerUrl } from '../../../features/films/urls';
import { PageActiveContext, usePageActiveState, useTestHook } from '../../../utils/pageActive';
import './index.scss';
import { routeParam } from '../../../utils/routeParam';
import PrivacyPopup from '../../../components/PrivacyPopup';
import { openPage } from '../../../utils/openPage';

const VIDEO_ID = 'film-video';
const SPEEDS = [0.75, 1, 1.25, 1.5, 2];

type Film = NonNullable<FilmPlayerQuery['film']>;

/** On H5: can this browser play HLS (natively or through hls.js on Media Source Extensions)? */
function h5CanPlayHls(): boolean {
  if (typeof document === 'undefined') return false;
  const v = document.createElement('video');
  if (v.canPlayType && v.canPlayType('application/vnd.apple.mpegurl')) return true;
  const w = window as unknown as { MediaSource?: typeof MediaSource; ManagedMediaSource?: typeof MediaSource };
  const MS = w.MediaSource || w.ManagedMediaSource;
  return !!MS && typeof MS.isTypeSupported === 'function' && MS.isTypeSupported('video/mp4; codecs="avc1.42E01E,mp4a.40.2"');
}

/** The first source to try: HLS where it can play, else MP4. */
function firstSource(film: Film): string | null {
  if (film.hlsUrl && (!IS_H5 || h5CanPlayHls())) return film.hlsUrl;
  return film.mp4Url ?? film.hlsUrl ?? null;
}

/** A small adapter over the platform's player: the native <video> on H5, VideoContext on weapp. */
interface PlayerHandle {
  play(): void;
  pause(): void;
  seek(position: number): void;
  rate(rate: number): void;
  /** H5 only: the current position straight from the element. */
  currentTime(): number | null;
}

function useSubtitleCues(film: Film | null, choice: SubtitleChoice): Cue[] {
  const [cues, setCues] = useState<Cue[]>([]);
  const url = film?.subtitles.find((s) => s.language === choice)?.url ?? null;
  useEffect(() => {
    setCues([]);
    if (!url) return;
    let alive = true;
    loadCues(url)
      .then((c) => alive && setCues(c))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [url]);
  return cues;
}

function FilmPlayer({ film }: { film: Film }) {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  const boxRef = useRef<HTMLElement | null>(null);
  const [src, setSrc] = useState<string | null>(() => firstSource(film));
  const [started, setStarted] = useState(false);
  // Read by event handlers: a progress event can come before the re-render that follows "play" (on a
  // busy phone the first timeupdate beats setData), and must not be dropped as "not started".
  const startedRef = useRef(false);
  const markStarted = () => {
    startedRef.current = true;
    setStarted(true);
  };
  const [time, setTime] = useState(0);
  const [choice, setChoice] = useState<SubtitleChoice>(() => {
    const c = readSubtitleChoice();
    return c !== 'off' && !film.subtitles.some((s) => s.language === c) ? 'off' : c;
  });
  const [speed, setSpeed] = useState(1);
  const [liked, setLiked] = useState(film.likedByViewer);
  const [likeCount, setLikeCount] = useState(film.likeCount);
  const [viewCount, setViewCount] = useState(film.viewCount);
  const likeBusy = useRef(false);
  const cues = useSubtitleCues(film, choice);
  const cue = choice === 'off' ? '' : cueAt(cues, time);

  // Resume: the newer/larger of the server's position and this device's own copy.
  const resumeAt = useMemo(() => chooseResume(film.resumeAt, readLocalPosition(film.id), film.durationSeconds), [film.id]);
  const pendingSeek = useRef(resumeAt);
  const wantPlay = useRef(false);
  const viewCounted = useRef(false);
  const lastLocalWrite = useRef(0);
  const position = useRef(resumeAt);

  const player = useMemo<PlayerHandle>(() => {
    const h5Video = () => (boxRef.current?.querySelector?.('video') as HTMLVideoElement | null) ?? null;
    const ctx = () => (IS_H5 ? null : Taro.createVideoContext(VIDEO_ID));
    return {
      play: () => {
        if (IS_H5)
          h5Video()
            ?.play()
            ?.catch(() => undefined);
        else ctx()?.play();
      },
      pause: () => {
        if (IS_H5) h5Video()?.pause();
        else ctx()?.pause();
      },
      seek: (p) => {
        if (IS_H5) {
          const v = h5Video();
          if (v) v.currentTime = p;
        } else ctx()?.seek(p);
      },
      rate: (r) => {
        if (IS_H5) {
          const v = h5Video();
          if (v) v.playbackRate = r;
        } else ctx()?.playbackRate(r);
      },
      currentTime: () => (IS_H5 ? (h5Video()?.currentTime ?? null) : null),
    };
  }, []);

  const throttle = useMemo(
    () =>
      createProgressThrottle((p) => {
        void mutate(RecordFilmProgressDocument, { id: film.id, positionSeconds: p }, (d) => d.recordFilmProgress, '');
      }),
    [film.id],
  );

  const saveLocal = useCallback(
    (p: number, force = false) => {
      const now = Date.now();
      if (!force && now - lastLocalWrite.current < 1000) return;
      lastLocalWrite.current = now;
      writeLocalPosition(film.id, p >= film.durationSeconds - 1 ? 0 : p, now);
    },
    [film.id, film.durationSeconds],
  );

  const flush = useCallback(() => {
    const p = player.currentTime() ?? position.current;
    if (startedRef.current && p > 0) {
      saveLocal(p, true);
      throttle.update(p);
    }
    throttle.flush();
  }, [player, saveLocal, throttle]);
  const flushRef = useRef(flush);
  flushRef.current = flush;

  // Leaving the page (navigation, app to background, tab closed): pause and save where we are.
  useDidHide(() => {
    player.pause();
    flushRef.current();
  });
  useUnload(() => flushRef.current());
  useEffect(() => {
    if (!IS_H5 || typeof window === 'undefined') return;
    const onHide = () => flushRef.current();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      flushRef.current();
    };
  }, []);

  const start = () => {
    markStarted();
    wantPlay.current = true;
    if (pendingSeek.current > 0) player.seek(pendingSeek.current);
    player.play();
  };

  const onLoadedMetaData = () => {
    if (pendingSeek.current > 0) player.seek(pendingSeek.current);
    if (wantPlay.current) player.play();
  };

  const onPlay = () => {
    markStarted();
    if (pendingSeek.current > 0) {
      const now = player.currentTime();
      if (now !== null && now < pendingSeek.current - 1) player.seek(pendingSeek.current);
      pendingSeek.current = 0;
    }
    if (speed !== 1) player.rate(speed);
    if (!viewCounted.current) {
      viewCounted.current = true;
      void withRegisteredDevice(() => mutate(RecordFilmViewDocument, { id: film.id }, (d) => d.recordFilmView, '')).then((o) => {
        if (o.ok && o.value.__typename === 'Film') setViewCount(o.value.viewCount);
      });
    }
  };

  const onTimeUpdate = (e: { detail: { currentTime: number } }) => {
    const p = e.detail?.currentTime ?? 0;
    setTime(p);
    if (!startedRef.current || p <= 0) return;
    position.current = p;
    saveLocal(p);
    throttle.update(p);
  };

  const onPause = () => flush();
  const onEnded = () => {
    writeLocalPosition(film.id, 0);
    throttle.update(film.durationSeconds);
    throttle.flush();
  };

  const onError = () => {
    // HLS failed (no hls.js support, a network or media error): fall back to the MP4 rendition.
    if (film.mp4Url && src !== film.mp4Url) {
      pendingSeek.current = Math.max(pendingSeek.current, position.current);
      setSrc(film.mp4Url);
    } else if (started) {
      Taro.showToast({ title: t('films.playFailed'), icon: 'none' });
    }
  };

  const like = async () => {
    if (liked || likeBusy.current) return;
    likeBusy.current = true;
    setLiked(true);
    setLikeCount((n) => n + 1);
    const outcome = await withRegisteredDevice(() => mutate(LikeFilmDocument, { id: film.id }, (d) => d.likeFilm, t('films.likeFailed')));
    if (outcome.ok && outcome.value.__typename === 'Film') {
      setLikeCount(outcome.value.likeCount);
      setLiked(outcome.value.likedByViewer);
    } else {
      setLiked(false);
      setLikeCount((n) => n - 1);
      Taro.showToast({ title: outcome.ok ? t('films.likeFailed') : outcome.error.message, icon: 'none' });
    }
    likeBusy.current = false;
  };

  const pickSubtitle = (c: SubtitleChoice) => {
    setChoice(c);
    saveSubtitleChoice(c);
  };

  const pickSpeed = (r: number) => {
    setSpeed(r);
    player.rate(r);
  };

  const copyLink = () => {
    const url = typeof window !== 'undefined' ? window.location.href : playerUrl(film.id);
    Taro.setClipboardData({ data: url })
      .then(() => Taro.showToast({ title: t('films.copied'), icon: 'success', duration: 1500 }))
      .catch(() => undefined);
  };

  const next = film.nextFilm;
  const title = localized(lang, film.title, film.titleEn);
  const cardTitle = localized(lang, film.card.title, film.card.titleEn);
  const poster = film.posterUrl ? absoluteUrl(film.posterUrl) : undefined;
  const subtitleOptions: { value: SubtitleChoice; label: string }[] = [
    { value: 'off', label: t('films.subtitleOff') },
    ...(film.subtitles.some((s) => s.language === 'zh-CN') ? [{ value: 'zh-CN' as const, label: t('films.subtitleZh') }] : []),
    ...(film.subtitles.some((s) => s.language === 'en') ? [{ value: 'en' as const, label: t('films.subtitleEn') }] : []),
  ];

  return (
    <View className="player">
      <View className={`player__box ${hook('film-player')}`} ref={boxRef as never} data-src={src ?? ''}>
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
            onPlay={onPlay}
            onPause={onPause}
            onEnded={onEnded}
            onError={onError}
            onTimeUpdate={onTimeUpdate as never}
            onLoadedMetaData={onLoadedMetaData}
          />
        ) : null}
        {cue ? (
          <View className="player__subtitle-wrap">
            <Text className={`player__subtitle ${hook('film-subtitle')}`}>{cue}</Text>
          </View>
        ) : null}
        {!started ? (
          <View className={`player__cover ${hook('film-play')}`} role="button" aria-label={t('films.play')} onClick={start}>
            {poster ? <Image className="player__poster" src={poster} mode="aspectFill" /> : null}
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
          <Text className="player__views">{t('films.views', { n: viewCount })}</Text>
        </View>

        <View className="player__actions">
          <View
            className={`player__action player__like ${liked ? 'is-liked' : ''} ${hook('like-button')}`}
            role="button"
            data-liked={liked ? 'true' : 'false'}
            aria-pressed={liked}
            onClick={like}
          >
            <View className="player__heart" />
            <Text className="player__action-text">{liked ? t('films.liked') : t('films.like')}</Text>
            <Text className={`player__like-count ${hook('like-count')}`}>{likeCount}</Text>
          </View>
          {IS_H5 ? (
            <View className={`player__action ${hook('copy-link')}`} role="button" onClick={copyLink}>
              <Text className="player__action-text">{t('films.copyLink')}</Text>
            </View>
          ) : (
            <Button className="player__action player__share" openType="share">
              {t('films.share')}
            </Button>
          )}
          {next ? (
            <View
              className={`player__action player__next ${hook('next-film')}`}
              role="link"
              data-id={next.id}
              onClick={() => Taro.redirectTo({ url: playerUrl(next.id) })}
            >
              <Text className="player__action-text">{t('films.next')}</Text>
              <View className="player__chevron" />
            </View>
          ) : null}
        </View>

        {subtitleOptions.length > 1 ? (
          <View className="player__row">
            <Text className="player__row-label">{t('films.subtitles')}</Text>
            <View className={`player__options ${hook('subtitle-switch')}`}>
              {subtitleOptions.map((o) => (
                <Text
                  key={o.value}
                  className={`player__option ${choice === o.value ? 'is-active' : ''} ${hook('subtitle-option')}`}
                  data-lang={o.value}
                  onClick={() => pickSubtitle(o.value)}
                >
                  {o.label}
                </Text>
              ))}
            </View>
          </View>
        ) : null}

        {!IS_H5 ? (
          <View className="player__row">
            <Text className="player__row-label">{t('films.speed')}</Text>
            <View className={`player__options ${hook('speed-switch')}`}>
              {SPEEDS.map((r) => (
                <Text key={r} className={`player__option ${speed === r ? 'is-active' : ''}`} data-rate={r} onClick={() => pickSpeed(r)}>
                  {`${r}x`}
                </Text>
              ))}
            </View>
          </View>
        ) : null}

        {next ? (
          <View className="player__next-card" role="link" onClick={() => Taro.redirectTo({ url: playerUrl(next.id) })}>
            {next.posterUrl ? <Image className="player__next-poster" src={absoluteUrl(next.posterUrl)} mode="aspectFill" /> : null}
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
      <View className={`page player-page ${lang === 'en' ? 'is-en' : ''}`}>
        <TopBar back title={title || t('films.playerTitle')} />
        {fetching && !data ? <Loading /> : null}
        {error && !data ? <ErrorState message={error.message} onRetry={refetch} /> : null}
        {!id || (data && !film) ? (
          <Empty title={t('films.notFound')} actionText={t('films.title')} onAction={() => Taro.redirectTo({ url: '/pages/films/list/index' })} />
        ) : null}
        {film ? <FilmPlayer key={film.id} film={film} /> : null}
      </View>
      <PrivacyPopup />
    </PageActiveContext.Provider>
  );
}
