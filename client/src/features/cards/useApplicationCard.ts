// The card of an application, from the staff's application page: create it (in BUILDING) and publish it.
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { CreateCardFromApplicationDocument, type ApplicationFieldsFragment } from '@cards/schema';
import { mutate } from '../../graphql/mutate';
import { useI18n } from '../../i18n';
import { cardEditorUrl, confirmPublish, publishCard } from './publish';

export function useApplicationCard(app: ApplicationFieldsFragment, onChanged: () => void) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  /** Creates the draft card and opens the editor on it. */
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

  return { busy, message, create, publish };
}
