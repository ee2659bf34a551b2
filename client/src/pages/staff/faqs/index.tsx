// 知识库: the FAQ the bot answers from. Search and filter on the phone, edit an entry, add one.
import { Input, ScrollView, Text, View } from '@tarojs/components';
import StaffPage from '../../../components/StaffPage';
import FaqEditor from '../../../components/FaqEditor';
import FaqListItem from '../../../components/FaqListItem';
import { Empty, ErrorState, Loading } from '../../../components/StatusView';
import { faqCategoryLabel, useI18n, useNavigationTitle } from '../../../i18n';
import { useFaqList } from '../../../features/inquiries/useFaqList';
import { useTestHook } from '../../../utils/pageActive';
import './index.scss';

function Knowledge() {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  const { query, search, setSearch, category, setCategory, categories, shown, editing, openEditor, closeEditor, onSaved } = useFaqList();
  const { data, error, fetching, refetch } = query;

  if (editing) {
    return <FaqEditor faq={editing === 'new' ? null : editing} categories={categories} initialCategory={category} onCancel={closeEditor} onDone={onSaved} />;
  }

  return (
    <View className="faq">
      <View className="faq__bar">
        <View className="faq__search">
          <View className="faq__search-icon" />
          <Input
            className={`faq__search-input ${hook('faq-search')}`}
            value={search}
            placeholder={t('faq.search')}
            placeholderClass="ui-placeholder"
            confirmType="search"
            onInput={(e) => setSearch(e.detail.value)}
          />
          {search ? (
            <View className="faq__search-clear" role="button" onClick={() => setSearch('')}>
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
          <FaqListItem key={f.id} faq={f} onOpen={() => openEditor(f)} />
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
