// The staff application page's card panel: create the card when the application is 打造中, then edit,
// publish or view it. Styles: pages/staff/application/index.scss (`staff-app__*`).
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { CreateCardFromApplicationDocument, type ApplicationFieldsFragment } from '@cards/schema';
import PublishCardButton from '../PublishCardButton';
import { cardEditorUrl, confirmPublish, publishCard } from '../../features/cards/publish';
import { useI18n } from '../../i18n';
import { mutate } from '../../graphql/mutate';
import { useTestHook } from '../../utils/pageActive';

export default function ApplicationCardPanel({ app, onChanged }: { app: ApplicationFieldsFragment; onChanged: () => void }) {
  const { t } = useI18n();
  const hook = useTestHook();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const create = async () => {
    if (busy) return;
    setBusy(true);
    const res = await mutate(CreateCardFromApplicationDocument, { applicationId: app.id }, (d) => d.createCardFromApplication, t('common.networkError'));
    setBusy(false);
    if (!res.ok) return setMessage(res.error.message);
    onChanged();
    Taro.navigateTo({ url: cardEditorUrl(app.id) });
  };

  const publish = async () => {
    if (busy || !app.card) return;
    if (!(await confirmPublish(t))) return;
    setBusy(true);
    const res = await publishCard(app.card.id, t);
    setBusy(false);
    if (!res.ok) return setMessage(res.error.message);
    Taro.showToast({ title: t('cardEdit.published'), icon: 'success' });
    onChanged();
  };

  if (!app.card) {
    if (app.status !== 'BUILDING') return <Text className="staff-app__muted">{t('staff.cardHint')}</Text>;
    return (
      <View>
        <View className={`ui-btn ui-btn--gold ui-btn--block ${busy ? 'is-disabled' : ''} ${hook('create-card')}`} role="button" onClick={() => void create()}>
          <Text>{t('staff.createCard')}</Text>
        </View>
        {message ? <View className="ui-banner ui-banner--error">{message}</View> : null}
      </View>
    );
  }
  return (
    <View className="staff-app__card">
      <View className="staff-app__card-head">
        <Text className={`staff-app__card-title ${hook('staff-card-title')}`}>{app.card.title}</Text>
        <Text className={`staff-app__card-state ${app.card.published ? 'is-published' : ''}`}>
          {app.card.published ? t('staff.cardPublished') : t('staff.cardDraft')}
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
        {app.card.published ? (
          <View
            className={`ui-btn ui-btn--small ui-btn--plain ${hook('view-card')}`}
            role="link"
            onClick={() => Taro.navigateTo({ url: `/pages/cards/detail/index?slug=${encodeURIComponent(app.card!.slug)}` })}
          >
            <Text>{t('cardEdit.view')}</Text>
          </View>
        ) : (
          <PublishCardButton busy={busy} className="ui-btn--small" onClick={() => void publish()} />
        )}
      </View>
      {message ? <View className="ui-banner ui-banner--error">{message}</View> : null}
    </View>
  );
}
