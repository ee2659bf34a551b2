// The tab bar (首页 · 名片 · 影片 · 咨询 · 我的): its pages and how to reach them. WeChat opens a tab page
// only with switchTab (navigateTo / redirectTo to one fail) and switchTab takes no query.
import Taro from '@tarojs/taro';

/** The tab pages in the order of the bar (app.config.ts lists the same, with the Chinese labels). */
export const TAB_PAGES = [
  'pages/home/index',
  'pages/cards/catalogue/index',
  'pages/films/list/index',
  'pages/inquiries/ask/index',
  'pages/account/me/index',
] as const;

export const HOME_URL = '/pages/home/index';
export const CATALOGUE_URL = '/pages/cards/catalogue/index';
export const ME_URL = '/pages/account/me/index';
export const ASK_URL = '/pages/inquiries/ask/index';

/** Whether a page address (with or without a leading slash and query) is a tab page. */
export function isTabUrl(url: string): boolean {
  const route = url.split('?')[0].replace(/^\//, '');
  return (TAB_PAGES as readonly string[]).includes(route);
}

/** Shows a tab page (its query, if any, is dropped: tab pages read none when switched to). */
export function switchToTab(url: string): Promise<void> {
  return Promise.resolve(Taro.switchTab({ url: url.split('?')[0] })).then(
    () => undefined,
    () => undefined,
  );
}

/** Replaces the current page with `url`, or shows it as a tab. */
export function replacePage(url: string): Promise<void> {
  if (isTabUrl(url)) return switchToTab(url);
  return Promise.resolve(Taro.redirectTo({ url })).then(
    () => undefined,
    () => undefined,
  );
}
