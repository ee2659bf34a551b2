import { useState } from 'react';
import { ScrollView, Text, View } from '@tarojs/components';
import { THEMES, TIERS, themeLabel, tierShortLabel, useI18n } from '../../i18n';
import type { ListFilters } from '../../features/cards/filters';
import './index.scss';

export interface ProvinceOption {
  code: string;
  name: string;
  shortName: string;
  nameEn?: string | null;
}

type Key = 'regionCode' | 'tier' | 'theme' | 'batchYear';

interface Option {
  value: string;
  label: string;
}

interface Props {
  filters: ListFilters;
  provinces: ProvinceOption[];
  years: number[];
  onChange: (patch: Partial<ListFilters>) => void;
}

/** Drop-down filters (province, tier, theme, year) in the style of WeChat service pages. */
export default function FilterBar({ filters, provinces, years, onChange }: Props) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState<Key | null>(null);

  const options: Record<Key, Option[]> = {
    regionCode: [
      { value: '', label: t('filter.anyProvince') },
      ...provinces.map((p) => ({ value: p.code, label: lang === 'en' && p.nameEn ? p.nameEn : p.shortName || p.name })),
    ],
    tier: [{ value: '', label: t('filter.anyTier') }, ...TIERS.map((v) => ({ value: v, label: tierShortLabel(v, lang) }))],
    theme: [{ value: '', label: t('filter.anyTheme') }, ...THEMES.map((v) => ({ value: v, label: themeLabel(v, lang) }))],
    batchYear: [{ value: '', label: t('filter.anyYear') }, ...years.map((y) => ({ value: String(y), label: t('filter.yearValue', { year: y }) }))],
  };

  const tabs: { key: Key; label: string }[] = [
    { key: 'regionCode', label: t('filter.province') },
    { key: 'tier', label: t('filter.tier') },
    { key: 'theme', label: t('filter.theme') },
    { key: 'batchYear', label: t('filter.year') },
  ];

  const selectedLabel = (key: Key): string | null => {
    const value = filters[key];
    if (!value) return null;
    const opt = options[key].find((o) => o.value === value);
    return opt ? opt.label : value;
  };

  const choose = (key: Key, value: string) => {
    setOpen(null);
    if (filters[key] !== value) onChange({ [key]: value });
  };

  return (
    <View className="filter-bar">
      <View className="filter-bar__tabs">
        {tabs.map((tab) => {
          const sel = selectedLabel(tab.key);
          return (
            <View
              key={tab.key}
              className={`filter-bar__tab filter-${tab.key} ${sel ? 'is-set' : ''} ${open === tab.key ? 'is-open' : ''}`}
              role="button"
              onClick={() => setOpen(open === tab.key ? null : tab.key)}
            >
              <Text className="filter-bar__tab-text">{sel || tab.label}</Text>
              <View className="filter-bar__caret" />
            </View>
          );
        })}
      </View>
      {open ? (
        <>
          <View className="filter-bar__mask" onClick={() => setOpen(null)} />
          <View className="filter-bar__panel">
            <ScrollView scrollY className={`filter-bar__scroll ${open === 'regionCode' ? 'is-tall' : ''}`}>
              <View className={`filter-bar__grid ${open === 'regionCode' ? 'is-4col' : ''}`}>
                {options[open].map((opt) => (
                  <View
                    key={opt.value || 'all'}
                    className={`filter-bar__opt ${filters[open] === opt.value ? 'is-active' : ''}`}
                    role="option"
                    onClick={() => choose(open, opt.value)}
                  >
                    <Text className="filter-bar__opt-text">{opt.label}</Text>
                  </View>
                ))}
              </View>
            </ScrollView>
          </View>
        </>
      ) : null}
    </View>
  );
}
