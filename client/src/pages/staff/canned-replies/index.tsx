// 快捷回复: the replies staff fill in with one tap while answering ({姓名} / {工作人员} variables).
import { ACCENT } from '../../../utils/color';
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Text, Textarea, View } from '@tarojs/components';
import { CannedRepliesDocument, DeleteCannedReplyDocument, SaveCannedReplyDocument, type CannedReplyFieldsFragment } from '@cards/schema';
import FormField from '../../../components/FormField';
import StaffPage from '../../../components/StaffPage';
import { Empty, ErrorState, Loading } from '../../../components/StatusView';
import { useI18n, useNavigationTitle } from '../../../i18n';
import { useQuery } from '../../../graphql/useQuery';
import { getClient } from '../../../graphql/client';
import { errorMessage, mutate } from '../../../graphql/mutate';
import { CANNED_VARIABLES } from '../../../features/inquiries/canned';
import { formatDateTime } from '../../../utils/format';
import { useRefetchOnShow } from '../../../utils/useRefetchOnShow';
import { useTestHook } from '../../../utils/pageActive';
import './index.scss';

interface Draft {
  id: string | null;
  title: string;
  text: string;
}

const EMPTY: Draft = { id: null, title: '', text: '' };

function Editor({ draft, onChange, onSaved, onCancel }: { draft: Draft; onChange: (d: Draft) => void; onSaved: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const hook = useTestHook();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);

  const save = async () => {
    if (busy) return;
    setBusy(true);
    setErrors({});
    setMessage(null);
    const res = await mutate(
      SaveCannedReplyDocument,
      { id: draft.id, title: draft.title, text: draft.text },
      (d) => d.saveCannedReply,
      t('common.networkError'),
    );
    setBusy(false);
    if (!res.ok) {
      setErrors(res.error.fieldErrors);
      if (!Object.keys(res.error.fieldErrors).length) setMessage(res.error.message);
      return;
    }
    Taro.showToast({ title: t('canned.saved'), icon: 'success', duration: 1200 });
    onSaved();
  };

  const insert = (variable: string) => onChange({ ...draft, text: `${draft.text}${variable}` });

  return (
    <View className={`ui-panel canned__editor ${hook('canned-editor')}`}>
      <View className="ui-panel__title">{draft.id ? t('canned.edit') : t('canned.add')}</View>
      <FormField name="title" label={t('canned.titleLabel')} required error={errors.title}>
        <Input
          className={`ui-input ${errors.title ? 'is-invalid' : ''} ${hook('canned-title-input')}`}
          value={draft.title}
          maxlength={30}
          placeholder={t('canned.titlePlaceholder')}
          placeholderClass="ui-placeholder"
          onInput={(e) => onChange({ ...draft, title: e.detail.value })}
        />
      </FormField>
      <FormField name="text" label={t('canned.textLabel')} required error={errors.text}>
        <Textarea
          className={`ui-textarea canned__textarea ${errors.text ? 'is-invalid' : ''} ${hook('canned-text-input')}`}
          value={draft.text}
          maxlength={1000}
          placeholder={t('canned.textPlaceholder')}
          placeholderClass="ui-placeholder"
          onInput={(e) => onChange({ ...draft, text: e.detail.value })}
        />
      </FormField>
      <View className="canned__vars">
        <Text className="canned__hint">{t('canned.hint')}</Text>
        <View className="canned__var-row">
          <Text className="canned__var-label">{t('canned.insert')}</Text>
          {CANNED_VARIABLES.map((v) => (
            <Text key={v} className={`canned__var ${hook('canned-variable')}`} onClick={() => insert(v)}>
              {v}
            </Text>
          ))}
        </View>
      </View>
      {message ? <View className={`ui-banner ui-banner--error ${hook('canned-error')}`}>{message}</View> : null}
      <View className="canned__buttons">
        {draft.id ? (
          <View className="ui-btn ui-btn--plain canned__cancel" role="button" onClick={onCancel}>
            <Text>{t('canned.cancelEdit')}</Text>
          </View>
        ) : null}
        <View className={`ui-btn canned__save ${busy ? 'is-disabled' : ''} ${hook('canned-save')}`} role="button" onClick={() => void save()}>
          <Text>{t('common.save')}</Text>
        </View>
      </View>
    </View>
  );
}

function Manager() {
  const { t } = useI18n();
  const hook = useTestHook();
  const { data, error, fetching, refetch } = useQuery(CannedRepliesDocument, {}, { requestPolicy: 'network-only' });
  useRefetchOnShow(refetch);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [editorKey, setEditorKey] = useState(0);

  const edit = (reply: CannedReplyFieldsFragment) => {
    setDraft({ id: reply.id, title: reply.title, text: reply.text });
    setEditorKey((k) => k + 1);
    Taro.pageScrollTo({ scrollTop: 0, duration: 200 }).catch(() => undefined);
  };
  const clear = () => {
    setDraft(EMPTY);
    setEditorKey((k) => k + 1);
  };

  const remove = async (reply: CannedReplyFieldsFragment) => {
    const { confirm } = await Taro.showModal({
      title: t('common.remove'),
      content: t('canned.deleteConfirm', { title: reply.title }),
      confirmColor: ACCENT,
    });
    if (!confirm) return;
    const result = await getClient().mutation(DeleteCannedReplyDocument, { id: reply.id }).toPromise();
    if (result.error || !result.data?.deleteCannedReply) {
      Taro.showToast({ title: errorMessage(result.error, t('common.networkError')), icon: 'none', duration: 2000 });
    } else {
      Taro.showToast({ title: t('canned.deleted'), icon: 'none', duration: 1200 });
      if (draft.id === reply.id) clear();
    }
    refetch();
  };

  const replies = data?.cannedReplies ?? [];
  return (
    <View className="page-body canned">
      <Editor
        key={editorKey}
        draft={draft}
        onChange={setDraft}
        onCancel={clear}
        onSaved={() => {
          clear();
          refetch();
        }}
      />
      <View className="ui-panel">
        <View className="ui-panel__title">
          <Text>{t('canned.list')}</Text>
          {data ? <Text className="canned__count">{replies.length}</Text> : null}
        </View>
        {fetching && !data ? <Loading /> : null}
        {error && !data ? <ErrorState message={error.message} onRetry={refetch} /> : null}
        {data && replies.length === 0 ? <Empty title={t('canned.empty')} hint={t('canned.emptyHint')} /> : null}
        {replies.map((r) => (
          <View key={r.id} className={`canned__item ${draft.id === r.id ? 'is-editing' : ''} ${hook('canned-item')}`} data-id={r.id}>
            <View className="canned__item-head">
              <Text className="canned__item-title">{r.title}</Text>
              <View className="canned__item-actions">
                <Text className={`canned__action ${hook('canned-edit')}`} onClick={() => edit(r)}>
                  {t('canned.editAction')}
                </Text>
                <Text className={`canned__action canned__action--danger ${hook('canned-delete')}`} onClick={() => void remove(r)}>
                  {t('common.remove')}
                </Text>
              </View>
            </View>
            <Text className="canned__item-text">{r.text}</Text>
            <Text className="canned__item-time">{formatDateTime(r.updatedAt)}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

export default function CannedRepliesPage() {
  const { t } = useI18n();
  useNavigationTitle('canned.title');
  return (
    <StaffPage title={t('canned.title')} redirect="/pages/staff/canned-replies/index">
      <Manager />
    </StaffPage>
  );
}
