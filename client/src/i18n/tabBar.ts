// The tab bar's labels in the chosen language. app.config.ts gives them in Chinese; WeChat lets a page
// change them only while a tab page is on screen, so each tab page calls `useTabBarLabels()`: on show
// and on a language change while it is shown.
import { useCallback } from 'react';
import Taro from '@tarojs/taro';
import type { MessageKey } from './messages';
import { useApplyWhileShown, useI18n } from './index';

/** The labels in the order of the bar (utils/tabs.ts TAB_PAGES). */
export const TAB_LABELS: MessageKey[] = ['tab.home', 'tab.cards', 'tab.films', 'tab.ask', 'tab.me'];

export function useTabBarLabels() {
  const { t } = useI18n();
  const apply = useCallback(() => {
    TAB_LABELS.forEach((key, index) => {
      Promise.resolve(Taro.setTabBarItem({ index, text: t(key) })).catch(() => undefined);
    });
  }, [t]);
  useApplyWhileShown(apply);
}
