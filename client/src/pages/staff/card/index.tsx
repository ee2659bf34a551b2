import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Image, Input, Text, Textarea, View } from '@tarojs/components';
import FormField from '../../../components/FormField';
import StaffPage from '../../../components/StaffPage';
import CardPreview from '../../../components/CardPreview';
import CardColorField from '../../../components/CardColorField';
import CardChoiceChips from '../../../components/CardChoiceChips';
import CardPreviewPane from '../../../components/CardPreviewPane';
import CardVersionList from '../../../components/CardVersionList';
import BilingualRows from '../../../components/BilingualRows';
import PublishCardButton from '../../../components/PublishCardButton';
import { Empty, ErrorState, Loading } from '../../../components/StatusView';
import { THEMES, TIERS, landmarkKindLabel, themeLabel, tierLabel, useI18n, useNavigationTitle } from '../../../i18n';
import { CARD_LIMITS } from '@cards/schema/rules';
import { useCardEditor, type EditorTarget } from '../../../features/cards/useCardEditor';
import { cardRowFields } from '../../../features/cards/rowFields';
import { previewOf, toggleTheme, type CardDraft, type ListField } from '../../../features/cards/cardDraft';
import { cardDetailUrl } from '../../../features/cards/publish';
import { useTestHook } from '../../../utils/pageActive';
import { routeParam } from '../../../utils/routeParam';
import './index.scss';

const L = CARD_LIMITS;
const LISTS: { field: ListField; max: number }[] = [
  { field: 'industries', max: L.industries.max },
  { field: 'keyFigures', max: L.keyFigures },
  { field: 'enterprises', max: L.enterprises },
  { field: 'landmarks', max: L.landmarks },
  { field: 'clusters', max: L.clusters },
  { field: 'sources', max: L.sources },
];

type TextKey = 'title' | 'titleEn' | 'concept' | 'conceptEn' | 'story' | 'storyEn' | 'logoUrl' | 'coverUrl' | 'batchYear';

function Editor({ target }: { target: EditorTarget }) {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  const ed = useCardEditor(target);
  const { card, draft, errors, set } = ed;
  const [reason, setReason] = useState('');
  const { data, error, fetching, refetch } = ed.query;

  if (fetching && !data) return <Loading />;
  if (error && !data) return <ErrorState message={error.message} onRetry={refetch} />;
  if (!card || !draft) return <Empty title={target.cardId ? t('staffFilms.noCard') : t('cardEdit.noCard')} />;

  const text = (key: TextKey, label: string, max: number, opts: { multiline?: boolean; required?: boolean; hookName?: string } = {}) => (
    <FormField name={key} label={label} required={opts.required} error={errors[key]}>
      {opts.multiline ? (
        <Textarea
          className="ui-textarea card-edit__area"
          value={draft[key]}
          maxlength={max}
          placeholder={label}
          onInput={(e) => set({ [key]: e.detail.value } as Partial<CardDraft>)}
        />
      ) : (
        <Input
          className={`ui-input ${opts.hookName ? hook(opts.hookName) : ''}`}
          value={draft[key]}
          maxlength={max}
          placeholder={label}
          onInput={(e) => set({ [key]: e.detail.value } as Partial<CardDraft>)}
        />
      )}
    </FormField>
  );
  const pair = (zh: JSX.Element, en: JSX.Element) => (
    <View className="card-edit__pair">
      <View className="card-edit__zh">{zh}</View>
      <View className="card-edit__en">{en}</View>
    </View>
  );
  const rowFields = cardRowFields(t, (k) => landmarkKindLabel(k, lang));
  const offline = card.status === 'OFFLINE';

  return (
    <View className="card-edit">
      <CardPreview region={card.region.fullName} title={draft.title} titleEn={draft.titleEn} color={draft.color} published={ed.published} />
      {offline && card.offline ? <View className="ui-banner ui-banner--error">{t('cardEdit.isOffline', { reason: card.offline.reason })}</View> : null}

      <View className="card-edit__layout">
        <View className="page-body card-edit__form">
          <View className="ui-panel">
            <Text className="ui-panel__title">{t('cardEdit.basics')}</Text>
            <View className="card-edit__langs">
              <Text>{t('cardEdit.zh')}</Text>
              <Text>{t('cardEdit.en')}</Text>
            </View>
            {pair(
              text('title', t('cardEdit.titleLabel'), L.title, { required: true, hookName: 'card-title-input' }),
              text('titleEn', t('cardEdit.titleEn'), L.titleEn, { hookName: 'card-title-en-input' }),
            )}
            <FormField name="tier" label={t('cardEdit.tier')} error={errors.tier}>
              <CardChoiceChips
                options={TIERS}
                label={(x) => tierLabel(x, lang)}
                isOn={(x) => draft.tier === x}
                onPick={(tier) => set({ tier })}
                hookName="tier-option"
              />
            </FormField>
            <FormField name="themes" label={t('cardEdit.themes')} error={errors.themes}>
              <CardChoiceChips
                options={THEMES}
                label={(x) => themeLabel(x, lang)}
                isOn={(x) => draft.themes.includes(x)}
                onPick={(theme) => set({ themes: toggleTheme(draft.themes, theme) })}
                hookName="theme-option"
              />
            </FormField>
            {pair(
              text('batchYear', t('cardEdit.batchYear'), 4, { hookName: 'card-year-input' }),
              <FormField name="color" label={t('cardEdit.color')} hint={t('cardEdit.hexHint')} error={errors.color}>
                <CardColorField value={draft.color} onChange={(color) => set({ color })} />
              </FormField>,
            )}
          </View>

          <View className="ui-panel">
            <Text className="ui-panel__title">{t('cardEdit.texts')}</Text>
            {pair(
              text('concept', t('cardEdit.concept'), L.concept, { hookName: 'card-concept-input' }),
              text('conceptEn', t('cardEdit.conceptEn'), L.conceptEn),
            )}
            {pair(text('story', t('cardEdit.story'), L.story, { multiline: true }), text('storyEn', t('cardEdit.storyEn'), L.story, { multiline: true }))}
          </View>

          <View className="ui-panel">
            <Text className="ui-panel__title">{t('cardEdit.images')}</Text>
            {pair(text('logoUrl', t('cardEdit.logo'), L.url), text('coverUrl', t('cardEdit.cover'), L.url))}
            <View className="card-edit__images">
              {(['LOGO', 'COVER'] as const).map((kind) => {
                const url = kind === 'LOGO' ? draft.logoUrl : draft.coverUrl;
                const label = t(kind === 'LOGO' ? 'cardEdit.logo' : 'cardEdit.cover');
                return (
                  <View key={kind} className="card-edit__image">
                    {url ? (
                      <Image
                        className={kind === 'LOGO' ? 'card-edit__logo' : 'card-edit__cover'}
                        src={url}
                        mode={kind === 'LOGO' ? 'aspectFit' : 'aspectFill'}
                        ariaLabel={label}
                      />
                    ) : null}
                    <View
                      className={`ui-btn ui-btn--small ui-btn--ghost ${ed.busy === kind ? 'is-disabled' : ''}`}
                      role="button"
                      onClick={() => void ed.uploadImage(kind)}
                    >
                      <Text>{ed.busy === kind ? t('cardEdit.uploading') : `${t('cardEdit.upload')} · ${label}`}</Text>
                    </View>
                  </View>
                );
              })}
            </View>
          </View>

          {LISTS.map(({ field, max }) => (
            <View key={field} className="ui-panel">
              <BilingualRows
                title={t(`cardEdit.${field === 'keyFigures' ? 'figures' : field}` as 'cardEdit.figures')}
                name={field}
                rows={draft[field] as object[]}
                fields={rowFields[field]}
                errors={errors}
                max={max}
                onChange={(i, patch) => ed.setRow(field, i, patch as never)}
                onAdd={() => ed.addRow(field)}
                onRemove={(i) => ed.removeRow(field, i)}
              />
            </View>
          ))}

          <View
            className={`ui-btn ui-btn--plain ui-btn--block card-edit__films ${hook('staff-films-entry')}`}
            role="link"
            onClick={() => Taro.navigateTo({ url: `/pages/staff/films/index?cardId=${encodeURIComponent(card.id)}&slug=${encodeURIComponent(card.slug)}` })}
          >
            <Text>{t('staffFilms.entry')}</Text>
          </View>

          {ed.published ? (
            <View className="ui-panel">
              <FormField name="reason" label={t('cardEdit.unpublishReason')} error={errors.reason}>
                <Input
                  className="ui-input"
                  value={reason}
                  maxlength={L.unpublishReason.max}
                  placeholder={t('cardEdit.unpublishReason')}
                  onInput={(e) => setReason(e.detail.value)}
                />
              </FormField>
              <View
                className={`ui-btn ui-btn--ghost ${ed.busy === 'unpublish' ? 'is-disabled' : ''}`}
                role="button"
                onClick={() => void ed.onUnpublish(reason).then((ok) => ok && setReason(''))}
              >
                <Text>{t('cardEdit.unpublish')}</Text>
              </View>
            </View>
          ) : null}

          <View className="ui-panel">
            <Text className="ui-panel__title">{t('cardEdit.history')}</Text>
            <CardVersionList versions={ed.versions} />
          </View>

          {ed.message ? <View className="ui-banner ui-banner--error">{ed.message}</View> : null}
        </View>

        <View className="card-edit__side">
          <CardPreviewPane card={previewOf(card, draft)} />
        </View>
      </View>

      <View className="ui-actionbar">
        <View className={`ui-btn ui-btn--ghost ${ed.busy === 'save' ? 'is-disabled' : ''} ${hook('save-card')}`} role="button" onClick={() => void ed.onSave()}>
          <Text>{t('cardEdit.saveDraft')}</Text>
        </View>
        {!ed.published ? (
          <PublishCardButton busy={ed.busy === 'publish'} onClick={() => void ed.onPublish()} />
        ) : (
          <View className="ui-btn ui-btn--plain" role="link" onClick={() => Taro.navigateTo({ url: cardDetailUrl(card.slug) })}>
            <Text>{t('cardEdit.view')}</Text>
          </View>
        )}
      </View>
    </View>
  );
}

export default function CardEditorPage() {
  const { t } = useI18n();
  useNavigationTitle('cardEdit.title');
  const router = useRouter();
  const cardId = routeParam(router.params.id);
  const applicationId = routeParam(router.params.applicationId);
  const redirect = cardId
    ? `/pages/staff/card/index?id=${encodeURIComponent(cardId)}`
    : `/pages/staff/card/index?applicationId=${encodeURIComponent(applicationId)}`;
  return (
    <StaffPage title={t('cardEdit.title')} redirect={redirect} className="card-edit-page">
      <Editor target={cardId ? { cardId } : { applicationId }} />
    </StaffPage>
  );
}
