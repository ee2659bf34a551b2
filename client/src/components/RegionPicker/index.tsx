import { Input, ScrollView, Text, View } from '@tarojs/components';
import type { RegionOptionFragment } from '@cards/schema';
import { localized, regionKindLabel, regionLevelLabel, useI18n } from '../../i18n';
import { REGION_LEAVES, useRegionPicker, type RegionHit } from '../../features/applications/useRegionPicker';
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

/**
 * The region from the administrative-division tree: province → city → county, or an industrial
 * zone under its city. A bottom sheet walks the tree with `regions(parentCode)`, one level at a time,
 * or finds a place by name, pinyin or initials (`regionSearch`); it reopens at the level of the
 * current choice. Each row says what the place really is (省会, 自治州, 县级市…).
 */
export default function RegionPicker({ value, admittedLevels, onChange, invalid = false, disabled = false }: Props) {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  const picker = useRegionPicker(value, admittedLevels, onChange);
  const { path, parent, children, found, admitted } = picker;
  const name = (r: RegionOptionFragment) => localized(lang, r.name, r.nameEn);
  const admittedText = admittedLevels.map((l) => regionLevelLabel(l, lang)).join(lang === 'zh' ? '、' : ', ');
  const list = picker.searching ? found : children;
  const rows = children.data?.regions ?? [];
  const kind = (r: RegionOptionFragment, blocked: boolean) => (blocked ? t('region.notAdmitted') : regionKindLabel(r, lang));

  const row = (r: RegionOptionFragment, onTap: () => void, trail?: string) => {
    const leaf = REGION_LEAVES.has(r.level);
    const blocked = leaf && !admitted(r.level);
    return (
      <View
        key={r.code}
        className={`region-sheet__row ${blocked ? 'is-blocked' : ''} ${value?.code === r.code ? 'is-chosen' : ''} ${hook('region-option')}`}
        data-code={r.code}
        data-level={r.level}
        role="option"
        aria-selected={value?.code === r.code}
        aria-disabled={blocked}
        aria-label={`${name(r)} · ${kind(r, blocked)}${trail ? ` · ${trail}` : ''}`}
        onClick={onTap}
      >
        <View className="region-sheet__row-main">
          <Text className="region-sheet__row-name">{name(r)}</Text>
          {trail ? <Text className="region-sheet__row-trail">{trail}</Text> : null}
        </View>
        <Text className={`region-sheet__row-level region-sheet__row-level--${r.level.toLowerCase()}`}>{kind(r, blocked)}</Text>
        {!leaf ? <View className="region-sheet__row-arrow" /> : null}
      </View>
    );
  };
  const trailOf = (h: RegionHit) => (h.ancestors.length ? h.ancestors.map(name).join(' · ') : t('region.all'));

  return (
    <View className="region-picker">
      <View
        className={`region-picker__value ${invalid ? 'is-invalid' : ''} ${disabled ? 'is-disabled' : ''} ${hook('region-field')}`}
        role="button"
        onClick={() => !disabled && picker.show()}
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

      {picker.open ? (
        <View className="region-sheet">
          <View className="region-sheet__mask" onClick={picker.close} />
          <View className="region-sheet__panel" role="dialog" aria-label={t('region.title')}>
            <View className="region-sheet__head">
              <Text className="region-sheet__title">{t('region.title')}</Text>
              <View className="region-sheet__close" role="button" aria-label={t('region.close')} onClick={picker.close}>
                <View className="region-sheet__x" />
              </View>
            </View>
            {admittedText ? <Text className="region-sheet__admitted">{t('region.admitted', { levels: admittedText })}</Text> : null}
            <View className="region-sheet__search">
              <Input
                className="region-sheet__search-input"
                type="text"
                value={picker.search}
                placeholder={t('region.search')}
                aria-label={t('region.searchLabel')}
                confirmType="search"
                maxlength={30}
                onInput={(e) => picker.setSearch(e.detail.value)}
              />
              {picker.search ? (
                <View className="region-sheet__search-clear" role="button" aria-label={t('region.clearSearch')} onClick={() => picker.setSearch('')}>
                  <View className="region-sheet__x" />
                </View>
              ) : null}
            </View>
            {!picker.searching ? (
              <ScrollView scrollX className="region-sheet__crumbs" enhanced showScrollbar={false}>
                <View className="region-sheet__crumbs-row">
                  <Text className={`region-sheet__crumb ${path.length === 0 ? 'is-current' : ''}`} onClick={() => picker.setPath([])}>
                    {t('region.all')}
                  </Text>
                  {path.map((p, i) => (
                    <Text
                      key={p.code}
                      className={`region-sheet__crumb ${i === path.length - 1 ? 'is-current' : ''}`}
                      onClick={() => picker.setPath(path.slice(0, i + 1))}
                    >
                      {name(p)}
                    </Text>
                  ))}
                </View>
              </ScrollView>
            ) : null}

            <ScrollView scrollY className="region-sheet__list">
              <View role="listbox" aria-label={t('region.title')}>
                {!picker.searching && parent && admitted(parent.level) ? (
                  <View className={`region-sheet__choose ${hook('region-choose-current')}`} role="button" onClick={picker.chooseCurrent}>
                    <Text className="region-sheet__choose-text">{t('region.chooseThis', { name: name(parent) })}</Text>
                    <Text className="region-sheet__choose-level">{regionKindLabel(parent, lang)}</Text>
                  </View>
                ) : null}
                {list.fetching && !list.data ? <Loading compact /> : null}
                {list.error && !list.data ? (
                  <View className="region-sheet__error" role="button" onClick={list.refetch}>
                    <Text>
                      {t('common.error')} · {t('common.retry')}
                    </Text>
                  </View>
                ) : null}
                {picker.searching ? (
                  <>
                    {found.data && !found.fetching && picker.hits.length === 0 ? (
                      <Text className="region-sheet__empty" role="status">
                        {t('region.noMatch', { q: picker.term })}
                      </Text>
                    ) : null}
                    {picker.hits.map((h) => row(h, () => picker.tapHit(h), trailOf(h)))}
                  </>
                ) : (
                  <>
                    {children.data && rows.length === 0 ? <Text className="region-sheet__empty">{t('region.empty')}</Text> : null}
                    {rows.map((r) => row(r, () => picker.tap(r)))}
                  </>
                )}
              </View>
            </ScrollView>
          </View>
        </View>
      ) : null}
    </View>
  );
}
