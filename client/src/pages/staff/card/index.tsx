import { useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Input, Text, Textarea, View } from '@tarojs/components';
import {
  CardEditorDocument,
  PublishCardDocument,
  UpdateCardDocument,
  type CardEditFieldsFragment,
  type UpdateCardInput,
  type CardTheme,
  type CardTier,
} from '@cards/schema';
import FormField from '../../../components/FormField';
import TagInput from '../../../components/TagInput';
import StaffPage from '../../../components/StaffPage';
import { Empty, ErrorState, Loading } from '../../../components/StatusView';
import { THEMES, TIERS, themeLabel, tierLabel, useI18n, useNavigationTitle } from '../../../i18n';
import { useQuery } from '../../../graphql/useQuery';
import { mutate } from '../../../graphql/mutate';
import { ACCENT, cardColor, parseHex } from '../../../utils/color';
import { useTestHook } from '../../../utils/pageActive';
import './index.scss';
import { routeParam } from '../../../utils/routeParam';

/** Colours of the programme's published cards, as quick picks. */
const SWATCHES = ['#C8102E', '#1F4E79', '#1F6F5C', '#B8893F', '#5B3A8C', '#2F6DB5', '#C76A1C', '#3B2F28'];

interface Draft {
  title: string;
  titleEn: string;
  tier: CardTier;
  themes: CardTheme[];
  batchYear: string;
  industries: string[];
  concept: string;
  conceptEn: string;
  story: string;
  storyEn: string;
  color: string;
}

function draftOf(card: CardEditFieldsFragment): Draft {
  return {
    title: card.title,
    titleEn: card.titleEn ?? '',
    tier: card.tier,
    themes: [...card.themes],
    batchYear: card.batchYear ? String(card.batchYear) : '',
    industries: [...card.industries],
    concept: card.concept ?? '',
    conceptEn: card.conceptEn ?? '',
    story: card.story ?? '',
    storyEn: card.storyEn ?? '',
    color: card.color ?? '',
  };
}

function cardInputOf(d: Draft): Omit<UpdateCardInput, 'id'> {
  const year = parseInt(d.batchYear, 10);
  return {
    title: d.title.trim(),
    titleEn: d.titleEn.trim(),
    tier: d.tier,
    themes: d.themes,
    batchYear: Number.isFinite(year) ? year : null,
    industries: d.industries,
    concept: d.concept.trim(),
    conceptEn: d.conceptEn.trim(),
    story: d.story.trim(),
    storyEn: d.storyEn.trim(),
    color: d.color.trim() ? d.color.trim().toUpperCase() : null,
  };
}

function localErrors(d: Draft): Record<string, string> {
  const e: Record<string, string> = {};
  if (!d.title.trim()) e.title = '请填写名片标题';
  if (d.industries.length === 0) e.industries = '请至少填写 1 个产业';
  if (d.color.trim() && !/^#[0-9a-fA-F]{6}$/.test(d.color.trim())) e.color = '主色应为 #RRGGBB 格式';
  if (d.batchYear && !/^\d{4}$/.test(d.batchYear)) e.batchYear = '发布批次年份不正确';
  return e;
}

function Editor({ applicationId }: { applicationId: string }) {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  const { data, error, fetching, refetch } = useQuery(CardEditorDocument, { applicationId }, { requestPolicy: 'network-only' });
  const card = data?.application?.card ?? null;
  const [draft, setDraft] = useState<Draft | null>(null);
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

  if (fetching && !data) return <Loading />;
  if (error && !data) return <ErrorState message={error.message} onRetry={refetch} />;
  if (!data?.application) return <Empty title={t('appl.notFound')} />;
  if (!card || !draft) return <Empty title={t('cardEdit.noCard')} />;

  const set = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    const cleared = { ...errors };
    for (const k of Object.keys(patch)) delete cleared[k];
    setErrors(cleared);
  };

  const save = async (): Promise<boolean> => {
    const local = localErrors(draft);
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

  const onPublish = async () => {
    if (busy) return;
    const { confirm } = await Taro.showModal({
      title: t('cardEdit.publishTitle'),
      content: t('cardEdit.publishConfirm'),
      confirmColor: ACCENT,
      cancelText: t('common.cancel'),
    });
    if (!confirm) return;
    setBusy('publish');
    const ok = await save();
    if (!ok) return setBusy(null);
    const res = await mutate(PublishCardDocument, { id: card.id }, (d) => d.publishCard, t('common.networkError'));
    setBusy(null);
    if (!res.ok) return setMessage(res.error.message);
    setPublished(true);
    Taro.showToast({ title: t('cardEdit.published'), icon: 'success', duration: 1500 });
    setTimeout(() => Taro.navigateBack().catch(() => undefined), 800);
  };

  const colorOk = parseHex(draft.color) !== null;
  return (
    <View className="card-edit">
      <View className="card-edit__preview" style={{ background: `linear-gradient(150deg, ${cardColor(draft.color)} 0%, var(--red-9) 140%)` }}>
        <Text className="card-edit__region">{card.region.fullName}</Text>
        <Text className="card-edit__title">{draft.title || '—'}</Text>
        {draft.titleEn ? <Text className="card-edit__title-en">{draft.titleEn}</Text> : null}
        <Text className={`card-edit__state ${published ? 'is-published' : ''} ${hook('card-state')}`} data-published={published ? '1' : '0'}>
          {published ? t('cardEdit.isPublished') : t('cardEdit.isDraft')}
        </Text>
      </View>

      <View className="page-body">
        <View className="ui-panel">
          <FormField name="title" label={t('cardEdit.titleLabel')} required error={errors.title}>
            <Input className={`ui-input ${hook('card-title-input')}`} value={draft.title} maxlength={30} onInput={(e) => set({ title: e.detail.value })} />
          </FormField>
          <FormField name="titleEn" label={t('cardEdit.titleEn')} error={errors.titleEn}>
            <Input
              className={`ui-input ${hook('card-title-en-input')}`}
              value={draft.titleEn}
              maxlength={80}
              onInput={(e) => set({ titleEn: e.detail.value })}
            />
          </FormField>
          <FormField name="tier" label={t('cardEdit.tier')} error={errors.tier}>
            <View className="card-edit__choices">
              {TIERS.map((tier) => (
                <Text
                  key={tier}
                  className={`card-edit__choice ${draft.tier === tier ? 'is-on' : ''} ${hook('tier-option')}`}
                  data-value={tier}
                  onClick={() => set({ tier })}
                >
                  {tierLabel(tier, lang)}
                </Text>
              ))}
            </View>
          </FormField>
          <FormField name="themes" label={t('cardEdit.themes')} error={errors.themes}>
            <View className="card-edit__choices">
              {THEMES.map((theme) => {
                const on = draft.themes.includes(theme);
                return (
                  <Text
                    key={theme}
                    className={`card-edit__choice ${on ? 'is-on' : ''} ${hook('theme-option')}`}
                    data-value={theme}
                    onClick={() => set({ themes: on ? draft.themes.filter((x) => x !== theme) : [...draft.themes, theme] })}
                  >
                    {themeLabel(theme, lang)}
                  </Text>
                );
              })}
            </View>
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
              max={10}
              value={draft.industries}
              onChange={(industries) => set({ industries })}
            />
          </FormField>
          <FormField name="color" label={t('cardEdit.color')} error={errors.color}>
            <View className="card-edit__color-row">
              <View className="card-edit__swatch card-edit__swatch--current" style={{ background: colorOk ? cardColor(draft.color) : 'transparent' }} />
              <Input
                className={`ui-input card-edit__color ${hook('card-color-input')}`}
                value={draft.color}
                maxlength={7}
                placeholder="#C8102E"
                placeholderClass="ui-placeholder"
                onInput={(e) => set({ color: e.detail.value })}
              />
            </View>
            <View className="card-edit__swatches">
              {SWATCHES.map((c) => (
                <View
                  key={c}
                  className={`card-edit__swatch ${draft.color.toUpperCase() === c ? 'is-on' : ''}`}
                  style={{ background: c }}
                  role="button"
                  aria-label={c}
                  onClick={() => set({ color: c })}
                />
              ))}
            </View>
          </FormField>
        </View>

        <View className="ui-panel">
          <FormField name="concept" label={t('cardEdit.concept')} error={errors.concept}>
            <Input
              className={`ui-input ${hook('card-concept-input')}`}
              value={draft.concept}
              maxlength={60}
              onInput={(e) => set({ concept: e.detail.value })}
            />
          </FormField>
          <FormField name="conceptEn" label={t('cardEdit.conceptEn')} error={errors.conceptEn}>
            <Input
              className={`ui-input ${hook('card-concept-en-input')}`}
              value={draft.conceptEn}
              maxlength={160}
              onInput={(e) => set({ conceptEn: e.detail.value })}
            />
          </FormField>
          <FormField name="story" label={t('cardEdit.story')} error={errors.story}>
            <Textarea
              className={`ui-textarea ${hook('card-story-input')}`}
              value={draft.story}
              maxlength={5000}
              onInput={(e) => set({ story: e.detail.value })}
            />
          </FormField>
          <FormField name="storyEn" label={t('cardEdit.storyEn')} error={errors.storyEn}>
            <Textarea
              className={`ui-textarea ${hook('card-story-en-input')}`}
              value={draft.storyEn}
              maxlength={10000}
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
          <View className={`ui-btn ${busy === 'publish' ? 'is-disabled' : ''} ${hook('publish-card')}`} role="button" onClick={() => void onPublish()}>
            <Text>{t('cardEdit.publish')}</Text>
          </View>
        ) : (
          <View
            className="ui-btn ui-btn--plain"
            role="link"
            onClick={() => Taro.navigateTo({ url: `/pages/cards/detail/index?slug=${encodeURIComponent(card.slug)}` })}
          >
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
