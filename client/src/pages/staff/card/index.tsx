import Taro, { useRouter } from '@tarojs/taro';
import { Input, Text, Textarea, View } from '@tarojs/components';
import FormField from '../../../components/FormField';
import TagInput from '../../../components/TagInput';
import StaffPage from '../../../components/StaffPage';
import CardPreview from '../../../components/CardPreview';
import CardColorField from '../../../components/CardColorField';
import CardChoiceChips from '../../../components/CardChoiceChips';
import PublishCardButton from '../../../components/PublishCardButton';
import { Empty, ErrorState, Loading } from '../../../components/StatusView';
import { THEMES, TIERS, themeLabel, tierLabel, useI18n, useNavigationTitle } from '../../../i18n';
import { CARD_LIMITS } from '@cards/schema/rules';
import { useCardEditor } from '../../../features/cards/useCardEditor';
import { toggleTheme } from '../../../features/cards/cardDraft';
import { cardDetailUrl } from '../../../features/cards/publish';
import { useTestHook } from '../../../utils/pageActive';
import './index.scss';
import { routeParam } from '../../../utils/routeParam';

const L = CARD_LIMITS;

function Editor({ applicationId }: { applicationId: string }) {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  const { query, card, draft, errors, message, busy, published, set, onSave, onPublish } = useCardEditor(applicationId);
  const { data, error, fetching, refetch } = query;

  if (fetching && !data) return <Loading />;
  if (error && !data) return <ErrorState message={error.message} onRetry={refetch} />;
  if (!data?.application) return <Empty title={t('appl.notFound')} />;
  if (!card || !draft) return <Empty title={t('cardEdit.noCard')} />;

  return (
    <View className="card-edit">
      <CardPreview region={card.region.fullName} title={draft.title} titleEn={draft.titleEn} color={draft.color} published={published} />

      <View className="page-body">
        <View className="ui-panel">
          <FormField name="title" label={t('cardEdit.titleLabel')} required error={errors.title}>
            <Input className={`ui-input ${hook('card-title-input')}`} value={draft.title} maxlength={L.title} onInput={(e) => set({ title: e.detail.value })} />
          </FormField>
          <FormField name="titleEn" label={t('cardEdit.titleEn')} error={errors.titleEn}>
            <Input
              className={`ui-input ${hook('card-title-en-input')}`}
              value={draft.titleEn}
              maxlength={L.titleEn}
              onInput={(e) => set({ titleEn: e.detail.value })}
            />
          </FormField>
          <FormField name="tier" label={t('cardEdit.tier')} error={errors.tier}>
            <CardChoiceChips
              options={TIERS}
              label={(tier) => tierLabel(tier, lang)}
              isOn={(tier) => draft.tier === tier}
              onPick={(tier) => set({ tier })}
              hookName="tier-option"
            />
          </FormField>
          <FormField name="themes" label={t('cardEdit.themes')} error={errors.themes}>
            <CardChoiceChips
              options={THEMES}
              label={(theme) => themeLabel(theme, lang)}
              isOn={(theme) => draft.themes.includes(theme)}
              onPick={(theme) => set({ themes: toggleTheme(draft.themes, theme) })}
              hookName="theme-option"
            />
          </FormField>
          <FormField name="batchYear" label={t('cardEdit.batchYear')} error={errors.batchYear}>
            <Input
              className={`ui-input ${hook('card-year-input')}`}
              type="number"
              maxlength={4}
              value={draft.batchYear}
              onInput={(e) => set({ batchYear: e.detail.value })}
            />
          </FormField>
          <FormField name="industries" label={t('cardEdit.industries')} required error={errors.industries}>
            <TagInput
              hookName="card-industry"
              label={t('cardEdit.industries')}
              max={L.industries.max}
              value={draft.industries}
              onChange={(industries) => set({ industries })}
            />
          </FormField>
          <FormField name="color" label={t('cardEdit.color')} error={errors.color}>
            <CardColorField value={draft.color} onChange={(color) => set({ color })} />
          </FormField>
        </View>

        <View className="ui-panel">
          <FormField name="concept" label={t('cardEdit.concept')} error={errors.concept}>
            <Input
              className={`ui-input ${hook('card-concept-input')}`}
              value={draft.concept}
              maxlength={L.concept}
              onInput={(e) => set({ concept: e.detail.value })}
            />
          </FormField>
          <FormField name="conceptEn" label={t('cardEdit.conceptEn')} error={errors.conceptEn}>
            <Input
              className={`ui-input ${hook('card-concept-en-input')}`}
              value={draft.conceptEn}
              maxlength={L.conceptEn}
              onInput={(e) => set({ conceptEn: e.detail.value })}
            />
          </FormField>
          <FormField name="story" label={t('cardEdit.story')} error={errors.story}>
            <Textarea
              className={`ui-textarea ${hook('card-story-input')}`}
              value={draft.story}
              maxlength={L.story}
              onInput={(e) => set({ story: e.detail.value })}
            />
          </FormField>
          <FormField name="storyEn" label={t('cardEdit.storyEn')} error={errors.storyEn}>
            <Textarea
              className={`ui-textarea ${hook('card-story-en-input')}`}
              value={draft.storyEn}
              maxlength={L.story}
              onInput={(e) => set({ storyEn: e.detail.value })}
            />
          </FormField>
        </View>

        <View
          className={`ui-btn ui-btn--plain ui-btn--block card-edit__films ${hook('staff-films-entry')}`}
          role="link"
          onClick={() => Taro.navigateTo({ url: `/pages/staff/films/index?cardId=${encodeURIComponent(card.id)}&slug=${encodeURIComponent(card.slug)}` })}
        >
          <Text>{t('staffFilms.entry')}</Text>
        </View>

        {message ? <View className="ui-banner ui-banner--error">{message}</View> : null}
      </View>

      <View className="ui-actionbar">
        <View className={`ui-btn ui-btn--ghost ${busy === 'save' ? 'is-disabled' : ''} ${hook('save-card')}`} role="button" onClick={() => void onSave()}>
          <Text>{t('cardEdit.save')}</Text>
        </View>
        {!published ? (
          <PublishCardButton busy={busy === 'publish'} onClick={() => void onPublish()} />
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
  const applicationId = routeParam(router.params.applicationId);
  return (
    <StaffPage title={t('cardEdit.title')} redirect={`/pages/staff/card/index?applicationId=${encodeURIComponent(applicationId)}`} className="card-edit-page">
      <Editor applicationId={applicationId} />
    </StaffPage>
  );
}
