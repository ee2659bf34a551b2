// Playing one film: which source (HLS, else MP4 as a fallback), resuming where the viewer left off,
// saving the position (on this device at most once a second, on the server through a throttle),
// counting the view once, subtitles, speed, the end (replay / next) and the optimistic like and unlike.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Taro, { useDidHide, useUnload } from '@tarojs/taro';
import { LikeFilmDocument, RecordFilmProgressDocument, RecordFilmViewDocument, UnlikeFilmDocument, type FilmPlayerQuery } from '../../graphql/operations';
import { mutate } from '../../graphql/mutate';
import { useI18n } from '../../i18n';
import { withRegisteredDevice } from '../device/registerDevice';
import { chooseResume, createProgressThrottle, readLocalPosition, writeLocalPosition } from './progress';
import { cueAt, type Cue } from './vtt';
import { loadCues, readSubtitleChoice, saveSubtitleChoice, type SubtitleChoice } from './subtitles';
import { playerUrl } from './urls';

export const VIDEO_ID = 'film-video';
export const SPEEDS = [0.75, 1, 1.25, 1.5, 2];

export type PlayerFilm = NonNullable<FilmPlayerQuery['film']>;

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
export function firstSource(film: Pick<PlayerFilm, 'hlsUrl' | 'mp4Url'>, canPlayHls: () => boolean = () => !IS_H5 || h5CanPlayHls()): string | null {
  if (film.hlsUrl && canPlayHls()) return film.hlsUrl;
  return film.mp4Url ?? film.hlsUrl ?? null;
}

/** A small adapter over the platform's player: the native <video> on H5, VideoContext on weapp. */
function usePlatformPlayer(boxRef: { current: HTMLElement | null }) {
  return useMemo(() => {
    const h5Video = () => (boxRef.current?.querySelector?.('video') as HTMLVideoElement | null) ?? null;
    const ctx = () => (IS_H5 ? null : Taro.createVideoContext(VIDEO_ID));
    return {
      play: () =>
        IS_H5
          ? void h5Video()
              ?.play()
              ?.catch(() => undefined)
          : ctx()?.play(),
      pause: () => (IS_H5 ? h5Video()?.pause() : ctx()?.pause()),
      seek: (p: number) => {
        const v = IS_H5 ? h5Video() : null;
        if (v) v.currentTime = p;
        else if (!IS_H5) ctx()?.seek(p);
      },
      rate: (r: number) => {
        const v = IS_H5 ? h5Video() : null;
        if (v) v.playbackRate = r;
        else if (!IS_H5) ctx()?.playbackRate(r);
      },
      /** H5 only: the current position straight from the element. */
      currentTime: () => (IS_H5 ? (h5Video()?.currentTime ?? null) : null),
    };
  }, [boxRef]);
}

function useSubtitleCues(film: PlayerFilm, choice: SubtitleChoice): Cue[] {
  const [cues, setCues] = useState<Cue[]>([]);
  const url = film.subtitles.find((s) => s.language === choice)?.url ?? null;
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

/**
 * Like or take the like back at once; the server's answer corrects the count and the state, a failure
 * puts both back as they were. One request at a time: a tap while one is under way is ignored.
 */
function useFilmLike(film: PlayerFilm) {
  const { t } = useI18n();
  const [liked, setLiked] = useState(film.likedByViewer);
  const [likeCount, setLikeCount] = useState(film.likeCount);
  const busy = useRef(false);
  // (Shown as aria-busy: a screen reader, and a test, can tell a tap now would be ignored.)
  const [likePending, setLikePending] = useState(false);
  const toggleLike = async () => {
    if (busy.current) return;
    busy.current = true;
    setLikePending(true);
    const undo = liked;
    const failed = undo ? t('films.unlikeFailed') : t('films.likeFailed');
    setLiked(!undo);
    setLikeCount((n) => Math.max(0, n + (undo ? -1 : 1)));
    const outcome = await withRegisteredDevice(() =>
      undo ? mutate(UnlikeFilmDocument, { id: film.id }, (d) => d.unlikeFilm, failed) : mutate(LikeFilmDocument, { id: film.id }, (d) => d.likeFilm, failed),
    );
    if (outcome.ok && outcome.value.__typename === 'Film') {
      setLikeCount(outcome.value.likeCount);
      setLiked(outcome.value.likedByViewer);
    } else {
      setLiked(undo);
      setLikeCount((n) => Math.max(0, n + (undo ? 1 : -1)));
      Taro.showToast({ title: outcome.ok ? failed : outcome.error.message, icon: 'none' });
    }
    busy.current = false;
    setLikePending(false);
  };
  return { liked, likeCount, likePending, toggleLike };
}

export function usePlayer(film: PlayerFilm) {
  const { t } = useI18n();
  const boxRef = useRef<HTMLElement | null>(null);
  const player = usePlatformPlayer(boxRef);
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
  // The film played to its end: the page offers a replay and the next film.
  const [ended, setEnded] = useState(false);
  const [viewCount, setViewCount] = useState(film.viewCount);
  const cues = useSubtitleCues(film, choice);

  // Resume: the newer/larger of the server's position and this device's own copy.
  const resumeAt = useMemo(() => chooseResume(film.resumeAt, readLocalPosition(film.id), film.durationSeconds), [film.id]);
  const pendingSeek = useRef(resumeAt);
  const wantPlay = useRef(false);
  const viewCounted = useRef(false);
  const lastLocalWrite = useRef(0);
  const position = useRef(resumeAt);

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

  /** The <Video> element's events. */
  const events = {
    onLoadedMetaData: () => {
      if (pendingSeek.current > 0) player.seek(pendingSeek.current);
      if (wantPlay.current) player.play();
    },
    onPlay: () => {
      markStarted();
      setEnded(false);
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
    },
    onTimeUpdate: (e: { detail: { currentTime: number } }) => {
      const p = e.detail?.currentTime ?? 0;
      setTime(p);
      if (!startedRef.current || p <= 0) return;
      position.current = p;
      saveLocal(p);
      throttle.update(p);
    },
    onPause: () => flush(),
    onEnded: () => {
      setEnded(true);
      position.current = 0;
      writeLocalPosition(film.id, 0);
      throttle.update(film.durationSeconds);
      throttle.flush();
    },
    onError: () => {
      // HLS failed (no hls.js support, a network or media error): fall back to the MP4 rendition.
      if (film.mp4Url && src !== film.mp4Url) {
        pendingSeek.current = Math.max(pendingSeek.current, position.current);
        setSrc(film.mp4Url);
      } else if (started) {
        Taro.showToast({ title: t('films.playFailed'), icon: 'none' });
      }
    },
  };

  const pickSubtitle = (c: SubtitleChoice) => {
    setChoice(c);
    saveSubtitleChoice(c);
  };

  const pickSpeed = (r: number) => {
    if (!SPEEDS.includes(r)) return;
    setSpeed(r);
    player.rate(r);
  };

  /** From the start again, at the chosen speed. */
  const replay = () => {
    setEnded(false);
    markStarted();
    wantPlay.current = true;
    pendingSeek.current = 0;
    player.seek(0);
    player.play();
    if (speed !== 1) player.rate(speed);
  };

  const copyLink = () => {
    const url = typeof window !== 'undefined' ? window.location.href : playerUrl(film.id);
    Taro.setClipboardData({ data: url })
      .then(() => Taro.showToast({ title: t('films.copied'), icon: 'success', duration: 1500 }))
      .catch(() => undefined);
  };

  const subtitleOptions: { value: SubtitleChoice; label: string }[] = [
    { value: 'off', label: t('films.subtitleOff') },
    ...(film.subtitles.some((s) => s.language === 'zh-CN') ? [{ value: 'zh-CN' as const, label: t('films.subtitleZh') }] : []),
    ...(film.subtitles.some((s) => s.language === 'en') ? [{ value: 'en' as const, label: t('films.subtitleEn') }] : []),
  ];

  return {
    boxRef,
    src,
    started,
    resumeAt,
    cue: choice === 'off' ? '' : cueAt(cues, time),
    choice,
    subtitleOptions,
    speed,
    ended,
    viewCount,
    ...useFilmLike(film),
    start,
    events,
    pickSubtitle,
    pickSpeed,
    replay,
    copyLink,
  };
}
