import type { ChangeEvent } from 'react';
import { Input, Text, View } from '@tarojs/components';
import FormField from '../FormField';
import { useI18n } from '../../i18n';
import { useFilmUpload } from '../../features/films/useFilmUpload';
import { useTestHook } from '../../utils/pageActive';

/** H5 only: title, English title, a video file, then a resumable tus upload with a progress bar. */
export default function FilmUploadForm({ cardId, onUploaded }: { cardId: string; onUploaded: () => void }) {
  const { t } = useI18n();
  const hook = useTestHook();
  const { title, setTitle, titleEn, setTitleEn, setFile, uploading, percent, resumed, error, inputKey, submit, cancel } = useFilmUpload(cardId, onUploaded);

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
          onChange={(e: ChangeEvent<HTMLInputElement>) => setFile(e.target.files?.[0] ?? null)}
        />
      </FormField>
      {uploading ? (
        <View className="staff-films__progress" aria-valuenow={percent} role="progressbar">
          <View className="staff-films__progress-bar" style={{ width: `${percent}%` }} />
          <Text className="staff-films__progress-text">{t('staffFilms.uploading', { p: percent })}</Text>
        </View>
      ) : null}
      {uploading && resumed ? <Text className="staff-films__hint">{t('staffFilms.resumed')}</Text> : null}
      {error ? <View className={`staff-films__error ${hook('film-upload-error')}`}>{error}</View> : null}
      <View
        className={`ui-btn ui-btn--block staff-films__submit ${uploading ? 'is-disabled' : ''} ${hook('film-upload-submit')}`}
        role="button"
        onClick={() => void submit()}
      >
        <Text>{uploading ? t('staffFilms.uploading', { p: percent }) : t('staffFilms.submit')}</Text>
      </View>
      {uploading ? (
        <View className="ui-btn ui-btn--block ui-btn--ghost staff-films__cancel" role="button" onClick={cancel}>
          <Text>{t('staffFilms.cancel')}</Text>
        </View>
      ) : null}
    </View>
  );
}
