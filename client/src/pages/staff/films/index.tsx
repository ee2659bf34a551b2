import { useContext, useEffect, useRef, useState, type ChangeEvent } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Image, Input, Text, View } from '@tarojs/components';
import { PublishFilmDocument, StaffFilmsDocument, UnpublishFilmDocument, type StaffFilmFragment } from '@cards/schema';
import FormField from '../../../components/FormField';
import StaffPage from '../../../components/StaffPage';
import { Empty, ErrorState, Loading } from '../../../components/StatusView';
import { useI18n, useNavigationTitle, localized, type MessageKey } from '../../../i18n';
import { useQuery } from '../../../graphql/useQuery';
import { absoluteUrl } from '../../../graphql/client';
import { mutate } from '../../../graphql/mutate';
import { formatDuration } from '../../../features/films/progress';
import { startFilmUpload, type FilmUpload } from '../../../features/films/tus';
import { attachSubtitle, SUBTITLE_LANGUAGES, type SubtitleLanguage } from '../../../features/films/subtitleUpload';
import { PageActiveContext, useTestHook } from '../../../utils/pageActive';
import './index.scss';
import { routeParam } from '../../../utils/routeParam';

const POLL_MS = 2000;

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** 排队中 / 转码中 n% / 已就绪 / 失败：reason */
export function jobLabel(job: StaffFilmFragment['job'], t: T): string {
  switch (job.state) {
    case 'QUEUED':
      return t('staffFilms.queued');
    case 'PROCESSING':
      return t('staffFilms.processing', { p: job.progress });
    case 'READY':
      return t('staffFilms.ready');
    default:
      return t('staffFilms.failed', { e: job.error || '—' });
  }
}

const isBusy = (f: StaffFilmFragment) => f.job.state === 'QUEUED' || f.job.state === 'PROCESSING';

/** H5 only: title, English title, a video file, then a resumable tus upload with a progress bar. */
function UploadForm({ cardId, onUploaded }: { cardId: string; onUploaded: () => void }) {
  const { t } = useI18n();
  const hook = useTestHook();
  const [title, setTitle] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [resumed, setResumed] = useState(false);
  const current = useRef<FilmUpload | null>(null);

  const onSubmit = async () => {
    if (progress !== null) return;
    if (!title.trim()) return setError(t('staffFilms.needTitle'));
    if (!file || !file.size) return setError(t('staffFilms.needFile'));
    setError(null);
    setProgress(0);
    const upload = startFilmUpload(file, { cardId, title, titleEn }, (f) => setProgress(f));
    current.current = upload;
    void upload.resumed.then(setResumed);
    const res = await upload.done;
    current.current = null;
    setProgress(null);
    setResumed(false);
    if (!res.ok) return setError(res.code === 'ABORTED' ? null : res.message);
    setTitle('');
    setTitleEn('');
    setFile(null);
    setInputKey((k) => k + 1);
    Taro.showToast({ title: t('staffFilms.uploaded'), icon: 'none', duration: 1500 });
    onUploaded();
  };

  const pct = progress === null ? 0 : Math.round(progress * 100);
  return (
    <View className="ui-panel staff-films__upload">
      <View className="ui-panel__title">{t('staffFilms.upload')}</View>
      <Text className="staff-films__hint">{t('staffFilms.uploadHint')}</Text>
      <FormField name="filmTitle" label={t('staffFilms.titleLabel')} required>
        <Input className={`ui-input ${hook('film-upload-title')}`} value={title} maxlength={60} onInput={(e) => setTitle(e.detail.value)} />
      </FormField>
      <FormField name="filmTitleEn" label={t('staffFilms.titleEnLabel')}>
        <Input className={`ui-input ${hook('film-upload-title-en')}`} value={titleEn} maxlength={120} onInput={(e) => setTitleEn(e.detail.value)} />
      </FormField>
      <FormField name="filmFile" label={t('staffFilms.file')} required>
        <input
          key={inputKey}
          type="file"
          accept="video/*"
          className={`staff-films__file ${hook('film-upload-input')}`}
          onChange={(e: ChangeEvent<HTMLInputElement>) => {
            setFile(e.target.files?.[0] ?? null);
            setError(null);
          }}
        />
      </FormField>
      {progress !== null ? (
        <View className="staff-films__progress" aria-valuenow={pct} role="progressbar">
          <View className="staff-films__progress-bar" style={{ width: `${pct}%` }} />
          <Text className="staff-films__progress-text">{t('staffFilms.uploading', { p: pct })}</Text>
        </View>
      ) : null}
      {progress !== null && resumed ? <Text className="staff-films__hint">{t('staffFilms.resumed')}</Text> : null}
      {error ? <View className={`staff-films__error ${hook('film-upload-error')}`}>{error}</View> : null}
      <View
        className={`ui-btn ui-btn--block staff-films__submit ${progress !== null ? 'is-disabled' : ''} ${hook('film-upload-submit')}`}
        role="button"
        onClick={() => void onSubmit()}
      >
        <Text>{progress !== null ? t('staffFilms.uploading', { p: pct }) : t('staffFilms.submit')}</Text>
      </View>
      {progress !== null ? (
        <View className="ui-btn ui-btn--block ui-btn--ghost staff-films__cancel" role="button" onClick={() => void current.current?.abort()}>
          <Text>{t('staffFilms.cancel')}</Text>
        </View>
      ) : null}
    </View>
  );
}

/** H5 only: pick a language, then a .vtt file; it is attached at once. */
function SubtitleControl({ film, onDone }: { film: StaffFilmFragment; onDone: () => void }) {
  const { t } = useI18n();
  const hook = useTestHook();
  const [language, setLanguage] = useState<SubtitleLanguage>('zh-CN');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [inputKey, setInputKey] = useState(0);

  const onFile = async (file: File | undefined) => {
    if (!file || busy) return;
    setBusy(true);
    setErrors([]);
    const res = await attachSubtitle(film.id, language, file);
    setBusy(false);
    setInputKey((k) => k + 1);
    if (!res.ok) {
      const messages = Object.values(res.error.fieldErrors);
      return setErrors(messages.length ? messages : [res.error.message]);
    }
    Taro.showToast({ title: t('staffFilms.subtitleDone'), icon: 'success', duration: 1200 });
    onDone();
  };

  return (
    <View className="staff-film__subs">
      <View className="staff-film__subs-row">
        <Text className="staff-film__label">{t('staffFilms.subtitles')}</Text>
        <Text className="staff-film__subs-have">{film.subtitles.length ? film.subtitles.map((s) => s.language).join(' · ') : t('staffFilms.noSubtitles')}</Text>
      </View>
      <View className="staff-film__subs-row">
        {SUBTITLE_LANGUAGES.map((l) => (
          <Text
            key={l}
            className={`staff-film__lang ${language === l ? 'is-on' : ''} ${hook('subtitle-language')}`}
            data-lang={l}
            onClick={() => setLanguage(l)}
          >
            {l}
          </Text>
        ))}
        <input
          key={inputKey}
          type="file"
          accept=".vtt,text/vtt"
          aria-label={t('staffFilms.attachSubtitle')}
          title={t('staffFilms.attachSubtitle')}
          disabled={busy}
          className={`staff-film__vtt ${hook('film-subtitle-input')}`}
          onChange={(e: ChangeEvent<HTMLInputElement>) => void onFile(e.target.files?.[0])}
        />
      </View>
      {errors.map((m) => (
        <View key={m} className={`staff-films__error ${hook('film-subtitle-error')}`}>
          {m}
        </View>
      ))}
    </View>
  );
}

function FilmItem({ film, onChanged }: { film: StaffFilmFragment; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [published, setPublished] = useState(film.published);
  useEffect(() => setPublished(film.published), [film.published]);

  const toggle = async () => {
    if (busy) return;
    setBusy(true);
    setMessage(null);
    const res = published
      ? await mutate(UnpublishFilmDocument, { id: film.id }, (d) => d.unpublishFilm, t('common.networkError'))
      : await mutate(PublishFilmDocument, { id: film.id }, (d) => d.publishFilm, t('common.networkError'));
    setBusy(false);
    if (!res.ok) return setMessage(res.error.message);
    const now = 'published' in res.value ? res.value.published : !published;
    setPublished(now);
    Taro.showToast({ title: now ? t('staffFilms.publishDone') : t('staffFilms.unpublishDone'), icon: 'none', duration: 1200 });
    onChanged();
  };

  const state = film.job.state;
  return (
    <View className={`staff-film ${hook('staff-film-item')}`} data-id={film.id} data-state={state} data-published={published ? '1' : '0'}>
      <View className="staff-film__main">
        <View className="staff-film__poster">
          {film.posterUrl ? <Image className="staff-film__image" src={absoluteUrl(film.posterUrl)} mode="aspectFill" /> : null}
          {film.durationSeconds ? <Text className="staff-film__duration">{formatDuration(film.durationSeconds)}</Text> : null}
        </View>
        <View className="staff-film__info">
          <Text className="staff-film__title">{localized(lang, film.title, film.titleEn)}</Text>
          {lang === 'zh' && film.titleEn ? <Text className="staff-film__title-en">{film.titleEn}</Text> : null}
          <View className="staff-film__chips">
            <Text className={`staff-film__chip staff-film__chip--${state.toLowerCase()} ${hook('staff-film-state')}`} data-state={state}>
              {jobLabel(film.job, t)}
            </Text>
            <Text className={`staff-film__chip ${published ? 'staff-film__chip--published' : ''}`}>
              {published ? t('staffFilms.published') : t('staffFilms.draft')}
            </Text>
          </View>
          {state === 'PROCESSING' ? (
            <View className="staff-films__progress staff-films__progress--thin">
              <View className="staff-films__progress-bar" style={{ width: `${film.job.progress}%` }} />
            </View>
          ) : null}
        </View>
        <View
          className={`ui-btn ui-btn--small ${published ? 'ui-btn--ghost' : ''} ${busy ? 'is-disabled' : ''} staff-film__action ${hook('publish-film')}`}
          role="button"
          data-action={published ? 'unpublish' : 'publish'}
          onClick={() => void toggle()}
        >
          <Text>{published ? t('staffFilms.unpublish') : t('staffFilms.publish')}</Text>
        </View>
      </View>
      {message ? <View className={`staff-films__error ${hook('staff-film-message')}`}>{message}</View> : null}
      {IS_H5 ? <SubtitleControl film={film} onDone={onChanged} /> : null}
    </View>
  );
}

function Manager({ cardId, slug }: { cardId: string; slug: string }) {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  const pageActive = useContext(PageActiveContext);
  const { data, error, fetching, refetch } = useQuery(StaffFilmsDocument, { cardSlug: slug }, { pause: !slug, requestPolicy: 'network-only' });
  const films = data?.films.edges.map((e) => e.node) ?? [];
  const polling = films.some(isBusy);

  // Poll every 2 s while a job is queued or transcoding (and the page is on screen).
  useEffect(() => {
    if (!polling || fetching || !pageActive) return;
    const timer = setTimeout(refetch, POLL_MS);
    return () => clearTimeout(timer);
  }, [polling, fetching, pageActive, data, refetch]);

  if (!slug) return <Empty title={t('staffFilms.noCard')} />;
  if (fetching && !data) return <Loading />;
  if (error && !data) return <ErrorState message={error.message} onRetry={refetch} />;
  const card = data?.card;
  const uploadCardId = card?.id ?? cardId;
  if (!card && !cardId) return <Empty title={t('staffFilms.noCard')} />;

  return (
    <View className="page-body staff-films">
      {card ? (
        <View className="staff-films__card">
          <Text className="staff-films__card-title">{localized(lang, card.title, card.titleEn)}</Text>
          <Text className={`staff-films__count ${hook('staff-films-count')}`}>{t('staffFilms.count', { n: data?.films.totalCount ?? 0 })}</Text>
        </View>
      ) : null}

      {IS_H5 ? (
        <UploadForm cardId={uploadCardId} onUploaded={refetch} />
      ) : (
        <View className="ui-banner ui-banner--info staff-films__note">{t('staffFilms.weappNote')}</View>
      )}

      <View className="ui-panel staff-films__list">
        <View className="ui-panel__title">{t('staffFilms.title')}</View>
        {films.length === 0 ? (
          <Empty title={t('staffFilms.empty')} hint={t('staffFilms.emptyHint')} />
        ) : (
          films.map((film) => <FilmItem key={film.id} film={film} onChanged={refetch} />)
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
