import { Text, View } from '@tarojs/components';
import type { FaqFieldsFragment } from '@cards/schema';
import { faqCategoryLabel, useI18n } from '../../i18n';
import { formatDateTime } from '../../utils/format';
import { useTestHook } from '../../utils/pageActive';

/** One FAQ entry in the staff's list: category, state, question, the start of the answer. */
export default function FaqListItem({ faq, onOpen }: { faq: FaqFieldsFragment; onOpen: () => void }) {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  return (
    <View className={`faq__item ${faq.published ? '' : 'is-draft'} ${hook('faq-item')}`} data-id={faq.id} data-key={faq.key} role="link" onClick={onOpen}>
      <View className="faq__item-head">
        <Text className="faq__item-category">{faqCategoryLabel(faq.category, lang)}</Text>
        <Text className={`faq__item-state ${faq.published ? 'is-published' : ''}`}>{faq.published ? t('faq.isPublished') : t('faq.isDraft')}</Text>
      </View>
      <Text className="faq__item-question">{faq.question}</Text>
      <Text className="faq__item-answer">{faq.answer}</Text>
      <View className="faq__item-foot">
        <Text>{t('faq.alternativesCount', { n: faq.alternatives.length })}</Text>
        <Text>{formatDateTime(faq.updatedAt)}</Text>
      </View>
    </View>
  );
}
