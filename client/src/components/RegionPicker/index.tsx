import { useState } from 'react';
import { ScrollView, Text, View } from '@tarojs/components';
import { RegionsDocument, type RegionOptionFragment } from '@cards/schema';
import { localized, regionKindLabel, regionLevelLabel, useI18n } from '../../i18n';
import { useQuery } from '../../graphql/useQuery';
import { useTestHook } from '../../utils/pageActive';
import { Loading } from '../StatusView';
import './index.scss';

interface Props {
  value: RegionOptionFragment | null;
  /** Levels the campaign admits; others are shown but cannot be chosen. */
  admittedLevels: string[];
  onChange: (region: RegionOptionFragment) => void;
  invalid?: boolean;
  disabled?: boolean;
}

/** Leaves of the tree: choosing one closes the sheet. Other levels open their children. */
const LEAVES = new Set(['COUNTY', 'INDUSTRIAL_ZONE']);

/**
 * The region from the administrative-division tree: province → city → county, or an industrial
 * zone under its city. A bottom sheet walks the tree with `regions(parentCode)`, one level at a time.
 */
export default function RegionPicker({ value, admittedLevels, onChange, invalid = false, disabled = false }: Props) {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  const [open, setOpen] = useState(false);
  const [path, setPath] = useState<RegionOptionFragment[]>([]);
  const parent = path.length ? path[path.length - 1] : null;
  const { data, error, fetching, refetch } = useQuery(RegionsDocument, { parentCode: parent?.code ?? null }, { pause: !open });
  const admitted = (level: string) => admittedLevels.length === 0 || admittedLevels.includes(level);
  const name = (r: RegionOptionFragment) => localized(lang, r.name, r.nameEn);

  const choose = (region: RegionOptionFragment) => {
    onChange(region);
    setOpen(false);
  };

  const tap = (region: RegionOptionFragment) => {
    if (LEAVES.has(region.level)) {
      if (admitted(region.level)) choose(region);
      return;
    }
    setPath([...path, region]);
  };

  const show = () => {
    if (disabled) return;
    // Start where the current choice is, so that changing a county is one step.
    setPath([]);
    setOpen(true);
  };

  const children = data?.regions ?? [];
  const admittedText = admittedLevels.map((l) => regionLevelLabel(l, lang)).join(lang === 'zh' ? '、' : ', ');

  return (
    <View className="region-picker">
      <View
        className={`region-picker__value ${invalid ? 'is-invalid' : ''} ${disabled ? 'is-disabled' : ''} ${hook('region-field')}`}
        role="button"
        onClick={show}
      >
        {value ? (
          <View className="region-picker__chosen">
            <Text className={`region-picker__name ${hook('region-value')}`}>{localized(lang, value.fullName, value.fullNameEn)}</Text>
            <Text className="region-picker__level">{regionKindLabel(value, lang)}</Text>
          </View>
        ) : (
          <Text className="region-picker__placeholder">{t('form.regionPlaceholder')}</Text>
        )}
        <View className="region-picker__chevron" />
      </View>

      {open ? (
        <View className="region-sheet">
          <View className="region-sheet__mask" onClick={() => setOpen(false)} />
          <View className="region-sheet__panel">
            <View className="region-sheet__head">
              <Text className="region-sheet__title">{t('region.title')}</Text>
              <View className="region-sheet__close" role="button" aria-label={t('region.close')} onClick={() => setOpen(false)}>
                <View className="region-sheet__x" />
              </View>
            </View>
            {admittedText ? <Text className="region-sheet__admitted">{t('region.admitted', { levels: admittedText })}</Text> : null}
            <ScrollView scrollX className="region-sheet__crumbs" enhanced showScrollbar={false}>
              <View className="region-sheet__crumbs-row">
                <Text className={`region-sheet__crumb ${path.length === 0 ? 'is-current' : ''}`} onClick={() => setPath([])}>
                  {t('region.all')}
                </Text>
                {path.map((p, i) => (
                  <Text
                    key={p.code}
                    className={`region-sheet__crumb ${i === path.length - 1 ? 'is-current' : ''}`}
                    onClick={() => setPath(path.slice(0, i + 1))}
                  >
                    {name(p)}
                  </Text>
                ))}
              </View>
            </ScrollView>

            <ScrollView scrollY className="region-sheet__list">
              {parent && admitted(parent.level) ? (
                <View className={`region-sheet__choose ${hook('region-choose-current')}`} role="button" onClick={() => choose(parent)}>
                  <Text className="region-sheet__choose-text">{t('region.chooseThis', { name: name(parent) })}</Text>
                  <Text className="region-sheet__choose-level">{regionLevelLabel(parent.level, lang)}</Text>
                </View>
              ) : null}
              {fetching && !data ? <Loading compact /> : null}
              {error && !data ? (
                <View className="region-sheet__error" role="button" onClick={refetch}>
                  <Text>
                    {t('common.error')} · {t('common.retry')}
                  </Text>
                </View>
              ) : null}
              {data && children.length === 0 ? <Text className="region-sheet__empty">{t('region.empty')}</Text> : null}
              {children.map((r) => {
                const leaf = LEAVES.has(r.level);
                const blocked = leaf && !admitted(r.level);
                return (
                  <View
                    key={r.code}
                    className={`region-sheet__row ${blocked ? 'is-blocked' : ''} ${value?.code === r.code ? 'is-chosen' : ''} ${hook('region-option')}`}
                    data-code={r.code}
                    data-level={r.level}
                    role="option"
                    onClick={() => tap(r)}
                  >
                    <Text className="region-sheet__row-name">{name(r)}</Text>
                    <Text className={`region-sheet__row-level region-sheet__row-level--${r.level.toLowerCase()}`}>
                      {blocked ? t('region.notAdmitted') : regionKindLabel(r, lang)}
                    </Text>
                    {!leaf ? <View className="region-sheet__row-arrow" /> : null}
                  </View>
                );
              })}
            </ScrollView>
          </View>
        </View>
      ) : null}
    </View>
  );
}
