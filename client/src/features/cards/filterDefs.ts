// The catalogue's drop-down filters (province, tier, theme, year) for components/FilterBar.
import { THEMES, TIERS, themeLabel, tierShortLabel, type MessageKey } from '../../i18n';
import type { Lang } from '../../i18n/store';
import type { FilterDef } from '../../utils/filterDef';
import type { ListFilters } from './filters';

export interface ProvinceOption {
  code: string;
  name: string;
  shortName: string;
  nameEn?: string | null;
}

type T = (key: MessageKey, params?: Record<string, string | number>) => string;
export type CatalogueFilterKey = 'regionCode' | 'tier' | 'theme' | 'batchYear';

export function catalogueFilterDefs(filters: ListFilters, provinces: ProvinceOption[], years: number[], t: T, lang: Lang): FilterDef[] {
  return [
    {
      key: 'regionCode',
      label: t('filter.province'),
      value: filters.regionCode,
      dense: true,
      options: [
        { value: '', label: t('filter.anyProvince') },
        ...provinces.map((p) => ({ value: p.code, label: lang === 'en' && p.nameEn ? p.nameEn : p.shortName || p.name })),
      ],
    },
    {
      key: 'tier',
      label: t('filter.tier'),
      value: filters.tier,
      options: [{ value: '', label: t('filter.anyTier') }, ...TIERS.map((v) => ({ value: v, label: tierShortLabel(v, lang) }))],
    },
    {
      key: 'theme',
      label: t('filter.theme'),
      value: filters.theme,
      options: [{ value: '', label: t('filter.anyTheme') }, ...THEMES.map((v) => ({ value: v, label: themeLabel(v, lang) }))],
    },
    {
      key: 'batchYear',
      label: t('filter.year'),
      value: filters.batchYear,
      options: [{ value: '', label: t('filter.anyYear') }, ...years.map((y) => ({ value: String(y), label: t('filter.yearValue', { year: y }) }))],
    },
  ];
}
