// 知识库: the FAQ the bot answers from. Search and filter on the phone, edit an entry, add one.
import { ACCENT } from '../../../utils/color';
import { useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, ScrollView, Switch, Text, Textarea, View } from '@tarojs/components';
import { FaqsDocument, SaveFaqDocument, type FaqFieldsFragment } from '@cards/schema';
import FormField from '../../../components/FormField';
import StaffPage from '../../../components/StaffPage';
import { Empty, ErrorState, Loading } from '../../../components/StatusView';
import { faqCategoryLabel, useI18n, useNavigationTitle } from '../../../i18n';
import { useQuery } from '../../../graphql/useQuery';
import { mutate } from '../../../graphql/mutate';
import { alternativesOf, matchesFaq } from '../../../features/inquiries/faq';
import { formatDateTime } from '../../../utils/format';
import { useRefetchOnShow } from '../../../utils/useRefetchOnShow';
import { useTestHook } from '../../../utils/pageActive';
import './index.scss';

type Faq = FaqFieldsFragment;

interface Draft {
  question: string;
  alternatives: string;
  answer: string;
  category: string;
  sourceTitle: string;
  sourceUrl: string;
  published: boolean;
}

const draftOf = (faq: Faq | null, category: string): Draft =>
  faq
    ? {
        question: faq.question,
        alternatives: faq.alternatives.join('\n'),
        answer: faq.answer,
        category: faq.category,
        sourceTitle: faq.sourceTitle,
        sourceUrl: faq.sourceUrl ?? '',
        published: faq.published,
      }
    : { question: '', alternatives: '', answer: '', category, sourceTitle: '', sourceUrl: '', published: true };

function Editor({
  faq,
  categories,
  initialCategory,
  onDone,
  onCancel,
}: {
  faq: Faq | null;
  categories: string[];
  initialCategory: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  const [draft, setDraft] = useState<Draft>(() => draftOf(faq, initialCategory));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const save = async () => {
    if (busy) return;
    setBusy(true);
    setErrors({});
    setMessage(null);
    const input = {
      question: draft.question,
      alternatives: alternativesOf(draft.alternatives),
      answer: draft.answer,
      category: draft.category,
      sourceTitle: draft.sourceTitle,
      sourceUrl: draft.sourceUrl.trim() || null,
      published: draft.published,
    };
    const res = await mutate(SaveFaqDocument, { id: faq?.id ?? null, input }, (d) => d.saveFaq, t('common.networkError'));
    setBusy(false);
    if (!res.ok) {
      setErrors(res.error.fieldErrors);
      setMessage(Object.keys(res.error.fieldErrors).length ? t('faq.fixErrors') : res.error.message);
      return;
    }
    Taro.showToast({ title: t('faq.saved'), icon: 'none', duration: 1800 });
    onDone();
  };

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
            className={`ui-input ${errors.question ? 'is-invalid' : ''} ${hook('faq-question-input')}`}
            value={draft.question}
            maxlength={100}
            onInput={(e) => set({ question: e.detail.value })}
          />
        </FormField>
        <FormField name="alternatives" label={t('faq.alternatives')} hint={t('faq.alternativesHint')} error={errors.alternatives}>
          <Textarea
            className={`ui-textarea faq-editor__alternatives ${errors.alternatives ? 'is-invalid' : ''} ${hook('faq-alternatives-input')}`}
            value={draft.alternatives}
            maxlength={3100}
            onInput={(e) => set({ alternatives: e.detail.value })}
          />
        </FormField>
        <FormField name="answer" label={t('faq.answer')} required error={errors.answer}>
          <Textarea
            className={`ui-textarea faq-editor__answer ${errors.answer ? 'is-invalid' : ''} ${hook('faq-answer-input')}`}
            value={draft.answer}
            maxlength={2000}
            onInput={(e) => set({ answer: e.detail.value })}
          />
        </FormField>
        <FormField name="category" label={t('faq.category')} required hint={t('faq.categoryHint')} error={errors.category}>
          <Input
            className={`ui-input ${errors.category ? 'is-invalid' : ''} ${hook('faq-category-input')}`}
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
            className={`ui-input ${errors.sourceTitle ? 'is-invalid' : ''} ${hook('faq-source-title-input')}`}
            value={draft.sourceTitle}
            maxlength={100}
            placeholder={t('faq.sourceTitlePlaceholder')}
            placeholderClass="ui-placeholder"
            onInput={(e) => set({ sourceTitle: e.detail.value })}
          />
        </FormField>
        <FormField name="sourceUrl" label={t('faq.sourceUrl')} hint={t('faq.sourceUrlHint')} error={errors.sourceUrl}>
          <Input
            className={`ui-input ${errors.sourceUrl ? 'is-invalid' : ''} ${hook('faq-source-url-input')}`}
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

function Knowledge() {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  const { data, error, fetching, refetch } = useQuery(FaqsDocument, {}, { requestPolicy: 'network-only' });
  useRefetchOnShow(refetch);
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState('');
  const [editing, setEditing] = useState<Faq | 'new' | null>(null);

  const faqs = data?.faqs ?? [];
  const categories = useMemo(() => [...new Set(faqs.map((f) => f.category))], [faqs]);
  const shown = faqs.filter((f) => matchesFaq(f, query, category));

  const openEditor = (target: Faq | 'new') => {
    setEditing(target);
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
  };

  if (editing) {
    return (
      <Editor
        faq={editing === 'new' ? null : editing}
        categories={categories}
        initialCategory={category}
        onCancel={() => setEditing(null)}
        onDone={() => {
          setEditing(null);
          refetch();
        }}
      />
    );
  }

  return (
    <View className="faq">
      <View className="faq__bar">
        <View className="faq__search">
          <View className="faq__search-icon" />
          <Input
            className={`faq__search-input ${hook('faq-search')}`}
            value={query}
            placeholder={t('faq.search')}
            placeholderClass="ui-placeholder"
            confirmType="search"
            onInput={(e) => setQuery(e.detail.value)}
          />
          {query ? (
            <View className="faq__search-clear" role="button" onClick={() => setQuery('')}>
              <Text>×</Text>
            </View>
          ) : null}
        </View>
        <ScrollView scrollX className="faq__chips" showScrollbar={false} enhanced>
          <Text className={`faq__chip ${!category ? 'is-on' : ''} ${hook('faq-category')}`} data-value="" onClick={() => setCategory('')}>
            {t('common.all')}
          </Text>
          {categories.map((c) => (
            <Text key={c} className={`faq__chip ${category === c ? 'is-on' : ''} ${hook('faq-category')}`} data-value={c} onClick={() => setCategory(c)}>
              {faqCategoryLabel(c, lang)}
            </Text>
          ))}
        </ScrollView>
      </View>
      <View className="page-body">
        <View className="faq__summary">
          <Text className={`faq__count ${hook('faq-count')}`} data-count={shown.length}>
            {data ? t('faq.count', { n: shown.length }) : ' '}
          </Text>
          <View className={`ui-btn ui-btn--small ${hook('faq-add')}`} role="button" onClick={() => openEditor('new')}>
            <Text>{t('faq.add')}</Text>
          </View>
        </View>
        {fetching && !data ? <Loading /> : null}
        {error && !data ? <ErrorState message={error.message} onRetry={refetch} /> : null}
        {data && shown.length === 0 ? <Empty title={t('faq.empty')} hint={t('faq.emptyHint')} /> : null}
        {shown.map((f) => (
          <View
            key={f.id}
            className={`faq__item ${f.published ? '' : 'is-draft'} ${hook('faq-item')}`}
            data-id={f.id}
            data-key={f.key}
            role="link"
            onClick={() => openEditor(f)}
          >
            <View className="faq__item-head">
              <Text className="faq__item-category">{faqCategoryLabel(f.category, lang)}</Text>
              <Text className={`faq__item-state ${f.published ? 'is-published' : ''}`}>{f.published ? t('faq.isPublished') : t('faq.isDraft')}</Text>
            </View>
            <Text className="faq__item-question">{f.question}</Text>
            <Text className="faq__item-answer">{f.answer}</Text>
            <View className="faq__item-foot">
              <Text>{t('faq.alternativesCount', { n: f.alternatives.length })}</Text>
              <Text>{formatDateTime(f.updatedAt)}</Text>
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}

export default function FaqsPage() {
  const { t } = useI18n();
  useNavigationTitle('faq.title');
  return (
    <StaffPage title={t('faq.title')} redirect="/pages/staff/faqs/index">
      <Knowledge />
    </StaffPage>
  );
}
