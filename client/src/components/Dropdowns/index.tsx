import { useState } from 'react';
import { ScrollView, Text, View } from '@tarojs/components';
import '../FilterBar/index.scss';

export interface DropdownOption {
  value: string;
  label: string;
}

export interface DropdownDef {
  key: string;
  /** Shown when nothing is chosen. */
  label: string;
  value: string;
  options: DropdownOption[];
  /** Four narrow columns instead of three (long lists such as provinces). */
  dense?: boolean;
}

interface Props {
  defs: DropdownDef[];
  onChange: (key: string, value: string) => void;
}

/** Drop-down filters in the catalogue's FilterBar look, for any set of options. */
export default function Dropdowns({ defs, onChange }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  const current = defs.find((d) => d.key === open) ?? null;

  return (
    <View className="filter-bar">
      <View className="filter-bar__tabs">
        {defs.map((d) => {
          const chosen = d.value ? d.options.find((o) => o.value === d.value) : null;
          return (
            <View
              key={d.key}
              className={`filter-bar__tab filter-${d.key} ${chosen ? 'is-set' : ''} ${open === d.key ? 'is-open' : ''}`}
              role="button"
              onClick={() => setOpen(open === d.key ? null : d.key)}
            >
              <Text className="filter-bar__tab-text">{chosen ? chosen.label : d.label}</Text>
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
