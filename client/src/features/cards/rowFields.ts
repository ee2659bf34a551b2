// The card editor's lists as rows of fields: which fields each row has, in which language column,
// with the shared rules' lengths.
import type { LandmarkKind } from '@cards/schema';
import { CARD_LIMITS as L } from '@cards/schema/rules';
import type { MessageKey } from '../../i18n';
import type { ListField } from './cardDraft';

export interface RowField {
  key: string;
  label: string;
  maxlength: number;
  /** 'en' fields sit in the right-hand (English) column. */
  lang?: 'zh' | 'en';
  multiline?: boolean;
  /** A choice instead of text (value → label). */
  options?: { value: string; label: string }[];
}

export const LANDMARK_KINDS: LandmarkKind[] = ['PARK', 'MUSEUM', 'HERITAGE', 'CREATIVE_TOWN', 'TOURISM'];

export function cardRowFields(t: (key: MessageKey) => string, kindLabel: (kind: string) => string): Record<ListField, RowField[]> {
  const pair = (label: string, max: number, maxEn: number): RowField[] => [
    { key: 'zh', label, maxlength: max },
    { key: 'en', label, maxlength: maxEn, lang: 'en' },
  ];
  return {
    industries: pair(t('cardEdit.industries'), L.industry, L.industryEn),
    clusters: pair(t('cardEdit.clusters'), L.cluster, L.clusterEn),
    enterprises: pair(t('cardEdit.enterpriseName'), L.enterprise, L.enterpriseEn),
    keyFigures: [
      { key: 'label', label: t('cardEdit.figureLabel'), maxlength: L.figureLabel },
      { key: 'value', label: t('cardEdit.figureValue'), maxlength: L.figureValue },
      { key: 'unit', label: t('cardEdit.figureUnit'), maxlength: L.figureUnit },
      { key: 'labelEn', label: t('cardEdit.figureLabel'), maxlength: L.figureLabelEn, lang: 'en' },
      { key: 'valueEn', label: t('cardEdit.figureValue'), maxlength: L.figureValue, lang: 'en' },
      { key: 'unitEn', label: t('cardEdit.figureUnit'), maxlength: L.figureUnitEn, lang: 'en' },
    ],
    landmarks: [
      { key: 'name', label: t('cardEdit.landmarkName'), maxlength: L.landmark },
      { key: 'kind', label: t('cardEdit.landmarkKind'), maxlength: 20, options: LANDMARK_KINDS.map((k) => ({ value: k, label: kindLabel(k) })) },
      { key: 'description', label: t('cardEdit.landmarkDesc'), maxlength: L.landmarkDescription, multiline: true },
      { key: 'nameEn', label: t('cardEdit.landmarkName'), maxlength: L.landmarkEn, lang: 'en' },
      { key: 'descriptionEn', label: t('cardEdit.landmarkDesc'), maxlength: L.landmarkDescriptionEn, lang: 'en', multiline: true },
    ],
    sources: [
      { key: 'title', label: t('cardEdit.sourceTitle'), maxlength: L.sourceTitle },
      { key: 'url', label: t('cardEdit.sourceUrl'), maxlength: L.url },
      { key: 'titleEn', label: t('cardEdit.sourceTitle'), maxlength: L.sourceTitleEn, lang: 'en' },
    ],
  };
}
