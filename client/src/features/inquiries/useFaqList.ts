// The staff's FAQ list: loaded fresh, searched and filtered on the phone, one entry open at a time.
import { useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import { FaqsDocument, type FaqFieldsFragment } from '@cards/schema';
import { useQuery } from '../../graphql/useQuery';
import { useRefetchOnShow } from '../../utils/useRefetchOnShow';
import { matchesFaq } from './faq';
import { faqCategories } from './faqDraft';

export function useFaqList() {
  const query = useQuery(FaqsDocument, {}, { requestPolicy: 'network-only' });
  useRefetchOnShow(query.refetch);
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState('');
  const [editing, setEditing] = useState<FaqFieldsFragment | 'new' | null>(null);

  const faqs = query.data?.faqs;
  const categories = useMemo(() => faqCategories(faqs ?? []), [faqs]);
  const shown = (faqs ?? []).filter((f) => matchesFaq(f, search, category));

  /** Opens the editor (at the top of the page) on an entry or a new one. */
  const openEditor = (target: FaqFieldsFragment | 'new') => {
    setEditing(target);
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
  };
  const closeEditor = () => setEditing(null);
  const onSaved = () => {
    setEditing(null);
    query.refetch();
  };

  return { query, search, setSearch, category, setCategory, categories, shown, editing, openEditor, closeEditor, onSaved };
}
