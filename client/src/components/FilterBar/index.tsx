import { useState } from 'react';
import { ScrollView, Text, View } from '@tarojs/components';
import { tabLabel, type FilterDef } from '../../utils/filterDef';
import './index.scss';

interface Props {
  defs: FilterDef[];
  onChange: (key: string, value: string) => void;
}

/**
 * Drop-down filters in the style of WeChat service pages: a row of tabs, one panel of options at a
 * time. The catalogue (province, tier, theme, year) and the staff's desk (status, province, campaign) use it.
 */
export default function FilterBar({ defs, onChange }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  const current = defs.find((d) => d.key === open) ?? null;

  return (
    <View className="filter-bar">
      <View className="filter-bar__tabs">
        {defs.map((d) => {
          const tab = tabLabel(d);
          return (
            <View
              key={d.key}
              className={`filter-bar__tab filter-${d.key} ${tab.set ? 'is-set' : ''} ${open === d.key ? 'is-open' : ''}`}
              role="button"
              onClick={() => setOpen(open === d.key ? null : d.key)}
            >
              <Text className="filter-bar__tab-text">{tab.text}</Text>
              <View className="filter-bar__caret" />
            </View>
          );
        })}
      </View>
      {current ? (
        <>
          <View className="filter-bar__mask" onClick={() => setOpen(null)} />
          <View className="filter-bar__panel">
            <ScrollView scrollY className={`filter-bar__scroll ${current.dense ? 'is-tall' : ''}`}>
              <View className={`filter-bar__grid ${current.dense ? 'is-4col' : ''}`}>
                {current.options.map((opt) => (
                  <View
                    key={opt.value || 'all'}
                    className={`filter-bar__opt ${current.value === opt.value ? 'is-active' : ''}`}
                    role="option"
                    data-value={opt.value}
                    onClick={() => {
                      setOpen(null);
                      if (opt.value !== current.value) onChange(current.key, opt.value);
                    }}
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
