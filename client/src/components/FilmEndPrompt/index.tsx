import { Text, View } from '@tarojs/components';
import { useI18n } from '../../i18n';
import './index.scss';

interface Props {
  /** The next film's title in the user's language, or null when there is none (then: more films). */
  nextTitle: string | null;
  onReplay: () => void;
  onNext: () => void;
  onMore: () => void;
}

/** Over the player when a film has played to its end: replay it, or go on to the next one. */
export default function FilmEndPrompt({ nextTitle, onReplay, onNext, onMore }: Props) {
  const { t } = useI18n();
  return (
    <View className="film-end" role="dialog" aria-label={t('films.ended')}>
      <Text className="film-end__title" role="heading" aria-level={2}>
        {t('films.ended')}
      </Text>
      <View className="film-end__actions">
        <View className="film-end__button film-end__button--replay" role="button" onClick={onReplay}>
          {t('films.replay')}
        </View>
        {nextTitle ? (
          <View className="film-end__button film-end__button--next" role="button" onClick={onNext}>
            {t('films.playNext', { title: nextTitle })}
          </View>
        ) : (
          <View className="film-end__button film-end__button--next" role="button" onClick={onMore}>
            {t('films.moreFilms')}
          </View>
        )}
      </View>
    </View>
  );
}
