import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ApplicationFieldsFragment } from '@cards/schema';
import PublishCardButton from '../PublishCardButton';
import { useI18n } from '../../i18n';
import { useApplicationCard } from '../../features/cards/useApplicationCard';
import { cardDetailUrl, cardEditorUrl } from '../../features/cards/publish';
import { useTestHook } from '../../utils/pageActive';

interface Props {
  app: ApplicationFieldsFragment;
  onChanged: () => void;
}

/** The application's card on the staff's page: create it, edit it, publish or view it. */
export default function ApplicationCardPanel({ app, onChanged }: Props) {
  const { t } = useI18n();
  const hook = useTestHook();
  const { busy, message, create, publish } = useApplicationCard(app, onChanged);
  const banner = message ? <View className="ui-banner ui-banner--error">{message}</View> : null;

  if (!app.card) {
    if (app.status !== 'BUILDING') return <Text className="staff-app__muted">{t('staff.cardHint')}</Text>;
    return (
      <View>
        <View className={`ui-btn ui-btn--gold ui-btn--block ${busy ? 'is-disabled' : ''} ${hook('create-card')}`} role="button" onClick={() => void create()}>
          <Text>{t('staff.createCard')}</Text>
        </View>
        {banner}
      </View>
    );
  }
  const card = app.card;
  return (
    <View className="staff-app__card">
      <View className="staff-app__card-head">
        <Text className={`staff-app__card-title ${hook('staff-card-title')}`}>{card.title}</Text>
        <Text className={`staff-app__card-state ${card.published ? 'is-published' : ''}`}>
          {card.published ? t('staff.cardPublished') : t('staff.cardDraft')}
        </Text>
      </View>
      <View className="staff-app__buttons">
        <View
          className={`ui-btn ui-btn--small ui-btn--ghost ${hook('edit-card')}`}
          role="button"
          onClick={() => Taro.navigateTo({ url: cardEditorUrl(app.id) })}
        >
          <Text>{t('staff.editCard')}</Text>
        </View>
        {card.published ? (
          <View
            className={`ui-btn ui-btn--small ui-btn--plain ${hook('view-card')}`}
            role="link"
            onClick={() => Taro.navigateTo({ url: cardDetailUrl(card.slug) })}
          >
            <Text>{t('cardEdit.view')}</Text>
          </View>
        ) : (
          <PublishCardButton busy={busy} className="ui-btn--small" onClick={() => void publish()} />
        )}
      </View>
      {banner}
    </View>
  );
}
