// The staff card editor: loads the application's card, keeps the draft, saves and publishes it.
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { CardEditorDocument, UpdateCardDocument } from '@cards/schema';
import { useQuery } from '../../graphql/useQuery';
import { mutate } from '../../graphql/mutate';
import { useI18n } from '../../i18n';
import { cardInputOf, draftErrors, draftOf, type CardDraft } from './cardDraft';
import { confirmPublish, publishCard } from './publish';

/** After publishing, the editor goes back once the toast has been seen. */
const BACK_AFTER_PUBLISH_MS = 800;

export function useCardEditor(applicationId: string) {
  const { t } = useI18n();
  const query = useQuery(CardEditorDocument, { applicationId }, { requestPolicy: 'network-only' });
  const card = query.data?.application?.card ?? null;
  const [draft, setDraft] = useState<CardDraft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState<'save' | 'publish' | null>(null);
  const [published, setPublished] = useState(false);

  useEffect(() => {
    if (card) {
      setDraft(draftOf(card));
      setPublished(card.published);
    }
  }, [card]);

  /** Changes fields of the draft and clears their errors. */
  const set = (patch: Partial<CardDraft>) => {
    setDraft((d) => (d ? { ...d, ...patch } : d));
    setErrors((e) => {
      const cleared = { ...e };
      for (const k of Object.keys(patch)) delete cleared[k];
      return cleared;
    });
  };

  const save = async (): Promise<boolean> => {
    if (!card || !draft) return false;
    const local = draftErrors(draft);
    if (Object.keys(local).length) {
      setErrors(local);
      return false;
    }
    setMessage(null);
    const res = await mutate(UpdateCardDocument, { input: { id: card.id, ...cardInputOf(draft) } }, (d) => d.updateCard, t('common.networkError'));
    if (!res.ok) {
      setErrors(res.error.fieldErrors);
      if (!Object.keys(res.error.fieldErrors).length) setMessage(res.error.message);
      return false;
    }
    return true;
  };

  const onSave = async () => {
    if (busy) return;
    setBusy('save');
    const ok = await save();
    setBusy(null);
    if (ok) Taro.showToast({ title: t('cardEdit.saved'), icon: 'success', duration: 1200 });
  };

  /** Confirms, saves what was typed, then publishes. */
  const onPublish = async () => {
    if (busy || !card) return;
    if (!(await confirmPublish(t))) return;
    setBusy('publish');
    if (!(await save())) return setBusy(null);
    const res = await publishCard(card.id, t);
    setBusy(null);
    if (!res.ok) return setMessage(res.error.message);
    setPublished(true);
    Taro.showToast({ title: t('cardEdit.published'), icon: 'success', duration: 1500 });
    setTimeout(() => Taro.navigateBack().catch(() => undefined), BACK_AFTER_PUBLISH_MS);
  };

  return { query, card, draft, errors, message, busy, published, set, onSave, onPublish };
}
