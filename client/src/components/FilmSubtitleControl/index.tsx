import type { ChangeEvent } from 'react';
import { Text, View } from '@tarojs/components';
import type { StaffFilmFragment } from '@cards/schema';
import { useI18n } from '../../i18n';
import { SUBTITLE_LANGUAGES } from '../../features/films/subtitleUpload';
import { useSubtitleAttach } from '../../features/films/useFilmActions';
import { useTestHook } from '../../utils/pageActive';

/** H5 only: pick a language, then a .vtt file; it is attached at once. */
export default function FilmSubtitleControl({ film, onDone }: { film: StaffFilmFragment; onDone: () => void }) {
  const { t } = useI18n();
  const hook = useTestHook();
  const { language, setLanguage, busy, errors, inputKey, attach } = useSubtitleAttach(film.id, onDone);

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
          onChange={(e: ChangeEvent<HTMLInputElement>) => void attach(e.target.files?.[0])}
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
