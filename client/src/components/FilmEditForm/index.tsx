import { Input, Text, View } from '@tarojs/components';
import FormField from '../FormField';
import { STAFF_LIMITS } from '@cards/schema/rules';
import { useI18n } from '../../i18n';
import { useFilmEdit } from '../../features/films/useFilmEdit';
import './index.scss';

interface Props {
  film: { id: string; title: string; titleEn?: string | null };
  onChanged: () => void;
}

/** A film's titles in both languages and its poster frame, edited in place on the staff's film list. */
export default function FilmEditForm({ film, onChanged }: Props) {
  const { t } = useI18n();
  const edit = useFilmEdit(film, onChanged);
  return (
    <View className="film-edit">
      <View className="film-edit__pair">
        <FormField name="title" label={t('filmEdit.title')} error={edit.errors.title}>
          <Input
            className="ui-input"
            value={edit.title}
            maxlength={STAFF_LIMITS.filmTitle.max}
            placeholder={t('filmEdit.title')}
            onInput={(e) => edit.setTitle(e.detail.value)}
          />
        </FormField>
        <FormField name="titleEn" label={t('filmEdit.titleEn')} error={edit.errors.titleEn}>
          <Input
            className="ui-input"
            value={edit.titleEn}
            maxlength={STAFF_LIMITS.filmTitleEn.max}
            placeholder={t('filmEdit.titleEn')}
            onInput={(e) => edit.setTitleEn(e.detail.value)}
          />
        </FormField>
      </View>
      <View className={`ui-btn ui-btn--small ${edit.busy === 'save' ? 'is-disabled' : ''}`} role="button" onClick={() => void edit.save()}>
        <Text>{t('filmEdit.save')}</Text>
      </View>
      <View className="film-edit__poster">
        <FormField name="seconds" label={t('filmEdit.seconds')} error={edit.errors.seconds}>
          <Input className="ui-input" type="digit" value={edit.seconds} placeholder={t('filmEdit.seconds')} onInput={(e) => edit.setSeconds(e.detail.value)} />
        </FormField>
        <View
          className={`ui-btn ui-btn--small ui-btn--ghost ${edit.busy === 'poster' ? 'is-disabled' : ''}`}
          role="button"
          onClick={() => void edit.setPoster()}
        >
          <Text>{t('filmEdit.setPoster')}</Text>
        </View>
      </View>
      {edit.message ? (
        <View className="ui-banner ui-banner--error" role="alert">
          {edit.message}
        </View>
      ) : null}
    </View>
  );
}
