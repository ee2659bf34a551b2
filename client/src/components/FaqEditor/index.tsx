import { Input, Switch, Text, Textarea, View } from '@tarojs/components';
import type { FaqFieldsFragment } from '@cards/schema';
import FormField from '../FormField';
import { faqCategoryLabel, useI18n } from '../../i18n';
import { useFaqEditor } from '../../features/inquiries/useFaqEditor';
import { ACCENT } from '../../utils/color';
import { useTestHook } from '../../utils/pageActive';

interface Props {
  /** The entry to edit; null adds one. */
  faq: FaqFieldsFragment | null;
  /** Categories in use, offered as chips. */
  categories: string[];
  initialCategory: string;
  onDone: () => void;
  onCancel: () => void;
}

const invalid = (error: string | undefined) => (error ? 'is-invalid' : '');

/** The form of one FAQ entry: question, other wordings, answer, category, source and whether the bot may use it. */
export default function FaqEditor({ faq, categories, initialCategory, onDone, onCancel }: Props) {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  const { draft, set, errors, message, busy, save } = useFaqEditor(faq, initialCategory, onDone);

  return (
    <View className="page-body faq-editor">
      <View className="faq-editor__head">
        <Text className="faq-editor__title">{faq ? t('faq.edit') : t('faq.add')}</Text>
        <Text className={`ui-link ${hook('faq-back')}`} onClick={onCancel}>
          {t('faq.back')}
        </Text>
      </View>
      <View className="ui-panel">
        <FormField name="question" label={t('faq.question')} required error={errors.question}>
          <Input
            className={`ui-input ${invalid(errors.question)} ${hook('faq-question-input')}`}
            value={draft.question}
            maxlength={100}
            onInput={(e) => set({ question: e.detail.value })}
          />
        </FormField>
        <FormField name="alternatives" label={t('faq.alternatives')} hint={t('faq.alternativesHint')} error={errors.alternatives}>
          <Textarea
            className={`ui-textarea faq-editor__alternatives ${invalid(errors.alternatives)} ${hook('faq-alternatives-input')}`}
            value={draft.alternatives}
            maxlength={3100}
            onInput={(e) => set({ alternatives: e.detail.value })}
          />
        </FormField>
        <FormField name="answer" label={t('faq.answer')} required error={errors.answer}>
          <Textarea
            className={`ui-textarea faq-editor__answer ${invalid(errors.answer)} ${hook('faq-answer-input')}`}
            value={draft.answer}
            maxlength={2000}
            onInput={(e) => set({ answer: e.detail.value })}
          />
        </FormField>
        <FormField name="category" label={t('faq.category')} required hint={t('faq.categoryHint')} error={errors.category}>
          <Input
            className={`ui-input ${invalid(errors.category)} ${hook('faq-category-input')}`}
            value={draft.category}
            maxlength={30}
            onInput={(e) => set({ category: e.detail.value })}
          />
          <View className="faq-editor__categories">
            {categories.map((c) => (
              <Text key={c} className={`faq__chip ${draft.category === c ? 'is-on' : ''}`} onClick={() => set({ category: c })}>
                {faqCategoryLabel(c, lang)}
              </Text>
            ))}
          </View>
        </FormField>
        <FormField name="sourceTitle" label={t('faq.sourceTitle')} required error={errors.sourceTitle}>
          <Input
            className={`ui-input ${invalid(errors.sourceTitle)} ${hook('faq-source-title-input')}`}
            value={draft.sourceTitle}
            maxlength={100}
            placeholder={t('faq.sourceTitlePlaceholder')}
            placeholderClass="ui-placeholder"
            onInput={(e) => set({ sourceTitle: e.detail.value })}
          />
        </FormField>
        <FormField name="sourceUrl" label={t('faq.sourceUrl')} hint={t('faq.sourceUrlHint')} error={errors.sourceUrl}>
          <Input
            className={`ui-input ${invalid(errors.sourceUrl)} ${hook('faq-source-url-input')}`}
            value={draft.sourceUrl}
            maxlength={500}
            placeholder="https://"
            placeholderClass="ui-placeholder"
            onInput={(e) => set({ sourceUrl: e.detail.value })}
          />
        </FormField>
        <View className="faq-editor__switch-row">
          <View className="faq-editor__switch-text">
            <Text className="faq-editor__switch-label">{t('faq.published')}</Text>
            <Text className="faq-editor__switch-hint">{t('faq.publishedHint')}</Text>
          </View>
          <Switch className={hook('faq-published')} checked={draft.published} color={ACCENT} onChange={(e) => set({ published: !!e.detail.value })} />
        </View>
      </View>
      {message ? <View className={`ui-banner ui-banner--error ${hook('faq-error')}`}>{message}</View> : null}
      <View className="faq-editor__buttons">
        <View className="ui-btn ui-btn--plain" role="button" onClick={onCancel}>
          <Text>{t('common.cancel')}</Text>
        </View>
        <View className={`ui-btn ${busy ? 'is-disabled' : ''} ${hook('faq-save')}`} role="button" onClick={() => void save()}>
          <Text>{t('common.save')}</Text>
        </View>
      </View>
    </View>
  );
}
