// One film on the staff's list: publish / unpublish it, attach a subtitle file (H5).
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { PublishFilmDocument, UnpublishFilmDocument, type StaffFilmFragment } from '@cards/schema';
import { mutate } from '../../graphql/mutate';
import { useI18n } from '../../i18n';
import { attachSubtitle, type SubtitleLanguage } from './subtitleUpload';

export function useFilmPublishing(film: StaffFilmFragment, onChanged: () => void) {
  const { t } = useI18n();
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

  return { busy, message, published, toggle };
}

export function useSubtitleAttach(filmId: string, onDone: () => void) {
  const { t } = useI18n();
  const [language, setLanguage] = useState<SubtitleLanguage>('zh-CN');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  /** Changes to empty the file input after each attempt. */
  const [inputKey, setInputKey] = useState(0);

  /** Attaches the chosen .vtt file at once, in the chosen language. */
  const attach = async (file: File | undefined) => {
    if (!file || busy) return;
    setBusy(true);
    setErrors([]);
    const res = await attachSubtitle(filmId, language, file);
    setBusy(false);
    setInputKey((k) => k + 1);
    if (!res.ok) {
      const messages = Object.values(res.error.fieldErrors);
      return setErrors(messages.length ? messages : [res.error.message]);
    }
    Taro.showToast({ title: t('staffFilms.subtitleDone'), icon: 'success', duration: 1200 });
    onDone();
  };

  return { language, setLanguage, busy, errors, inputKey, attach };
}
