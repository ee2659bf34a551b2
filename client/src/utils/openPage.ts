import Taro from '@tarojs/taro';
import { isTabUrl, switchToTab } from './tabs';

/** WeChat keeps at most ten pages on its stack: navigateTo past that fails ("webview count limit exceed"). */
export const MAX_PAGE_STACK = 10;

/**
 * Opens a page on top of the current one; on a full WeChat stack it replaces the current page
 * instead, so that paths that can loop (a card ↔ its film) never get stuck. A tab page is switched to.
 */
export function openPage(url: string): Promise<void> {
  if (isTabUrl(url)) return switchToTab(url);
  const full = !IS_H5 && Taro.getCurrentPages().length >= MAX_PAGE_STACK;
  return Promise.resolve(full ? Taro.redirectTo({ url }) : Taro.navigateTo({ url })).then(
    () => undefined,
    () => undefined,
  );
}
