// Editing one FAQ entry (or adding one): the draft, the server's field errors, saving.
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { SaveFaqDocument, type FaqFieldsFragment } from '@cards/schema';
import { mutate } from '../../graphql/mutate';
import { useI18n } from '../../i18n';
import { faqDraftOf, faqInputOf, type FaqDraft } from './faqDraft';

export function useFaqEditor(faq: FaqFieldsFragment | null, initialCategory: string, onDone: () => void) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<FaqDraft>(() => faqDraftOf(faq, initialCategory));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<FaqDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const save = async () => {
    if (busy) return;
    setBusy(true);
    setErrors({});
    setMessage(null);
    const res = await mutate(SaveFaqDocument, { id: faq?.id ?? null, input: faqInputOf(draft) }, (d) => d.saveFaq, t('common.networkError'));
    setBusy(false);
    if (!res.ok) {
      setErrors(res.error.fieldErrors);
      setMessage(Object.keys(res.error.fieldErrors).length ? t('faq.fixErrors') : res.error.message);
      return;
    }
    Taro.showToast({ title: t('faq.saved'), icon: 'none', duration: 1800 });
    onDone();
  };

  return { draft, set, errors, message, busy, save };
}
