import { useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import type { StaffFilmFragment } from '@cards/schema';
import FilmSubtitleControl from '../FilmSubtitleControl';
import FilmEditForm from '../FilmEditForm';
import { localized, useI18n } from '../../i18n';
import { absoluteUrl } from '../../graphql/client';
import { formatDuration } from '../../features/films/progress';
import { jobLabel } from '../../features/films/staffFilms';
import { useFilmPublishing } from '../../features/films/useFilmActions';
import { useTestHook } from '../../utils/pageActive';

interface Props {
  film: StaffFilmFragment;
  onChanged: () => void;
  /** Moves the film among its card's films (absent at that end). */
  onUp?: () => void;
  onDown?: () => void;
}

/** One film on the staff's list: poster, titles, its job's state, publish / unpublish, order, edit, subtitles (H5). */
export default function StaffFilmItem({ film, onChanged, onUp, onDown }: Props) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState(false);
  const hook = useTestHook();
  const { busy, message, published, toggle } = useFilmPublishing(film, onChanged);
  const state = film.job.state;

  return (
    <View className={`staff-film ${hook('staff-film-item')}`} data-id={film.id} data-state={state} data-published={published ? '1' : '0'}>
      <View className="staff-film__main">
        <View className="staff-film__poster">
          {film.posterUrl ? <Image className="staff-film__image" src={absoluteUrl(film.posterUrl)} mode="aspectFill" nativeProps={{ alt: '' }} /> : null}
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
      <View className="staff-film__tools">
        <Text className="staff-film__tool" role="button" onClick={() => setEditing((e) => !e)}>
          {editing ? t('filmEdit.close') : t('filmEdit.edit')}
        </Text>
        {onUp ? (
          <Text className="staff-film__tool" role="button" aria-label={`${t('filmEdit.up')} ${film.title}`} onClick={onUp}>
            ↑ {t('filmEdit.up')}
          </Text>
        ) : null}
        {onDown ? (
          <Text className="staff-film__tool" role="button" aria-label={`${t('filmEdit.down')} ${film.title}`} onClick={onDown}>
            ↓ {t('filmEdit.down')}
          </Text>
        ) : null}
      </View>
      {editing ? <FilmEditForm film={film} onChanged={onChanged} /> : null}
      {message ? <View className={`staff-films__error ${hook('staff-film-message')}`}>{message}</View> : null}
      {IS_H5 ? <FilmSubtitleControl film={film} onDone={onChanged} /> : null}
    </View>
  );
}
