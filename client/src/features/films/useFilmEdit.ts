// Editing a film as staff: its titles (zh/en), the poster frame (a second of the film), and its place
// among the card's films.
import { useState } from 'react';
import { ReorderCardFilmsDocument, SetFilmPosterFrameDocument, UpdateFilmDocument } from '@cards/schema';
import { mutate } from '../../graphql/mutate';
import { useI18n } from '../../i18n';

interface EditableFilm {
  id: string;
  title: string;
  titleEn?: string | null;
}

/** The ids with the one at `index` moved by `delta` (−1 up, +1 down); unchanged at the ends. */
export function moved(ids: readonly string[], index: number, delta: -1 | 1): string[] {
  const to = index + delta;
  if (index < 0 || index >= ids.length || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  [next[index], next[to]] = [next[to], next[index]];
  return next;
}

export function useFilmEdit(film: EditableFilm, onChanged: () => void) {
  const { t } = useI18n();
  const [title, setTitle] = useState(film.title);
  const [titleEn, setTitleEn] = useState(film.titleEn ?? '');
  const [seconds, setSeconds] = useState('');
  const [busy, setBusy] = useState<'save' | 'poster' | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);

  const finish = (res: { ok: boolean; error?: { message: string; fieldErrors: Record<string, string> } }) => {
    setBusy(null);
    if (res.ok) {
      setErrors({});
      setMessage(null);
      onChanged();
      return true;
    }
    setErrors(res.error!.fieldErrors);
    setMessage(Object.keys(res.error!.fieldErrors).length ? null : res.error!.message);
    return false;
  };

  const save = async () => {
    if (busy) return false;
    setBusy('save');
    const res = await mutate(
      UpdateFilmDocument,
      { input: { id: film.id, title: title.trim(), titleEn: titleEn.trim() } },
      (d) => d.updateFilm,
      t('common.networkError'),
    );
    return finish(res);
  };

  const setPoster = async () => {
    const at = Number(seconds);
    if (busy) return false;
    if (seconds.trim() === '' || !Number.isFinite(at) || at < 0) {
      setErrors({ seconds: t('filmEdit.secondsHint') });
      return false;
    }
    setBusy('poster');
    const res = await mutate(SetFilmPosterFrameDocument, { id: film.id, seconds: at }, (d) => d.setFilmPosterFrame, t('common.networkError'));
    return finish(res);
  };

  return { title, setTitle, titleEn, setTitleEn, seconds, setSeconds, busy, errors, message, save, setPoster };
}

/** Moves a film up or down among its card's films. */
export async function reorderFilms(cardId: string, ids: string[], t: (key: 'common.networkError') => string) {
  return mutate(ReorderCardFilmsDocument, { cardId, filmIds: ids }, (d) => d.reorderCardFilms, t('common.networkError'));
}
