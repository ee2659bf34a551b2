import { describe, expect, it } from 'vitest';
import { isTabUrl, TAB_PAGES } from './tabs';

describe('tab pages', () => {
  it('knows a tab page with or without slash and query, and nothing else', () => {
    expect(isTabUrl('/pages/account/me/index')).toBe(true);
    expect(isTabUrl('pages/films/list/index?theme=TECH_HOTSPOT')).toBe(true);
    expect(isTabUrl('/pages/cards/list/index?query=x')).toBe(false);
    expect(isTabUrl('/pages/inquiries/chat/index')).toBe(false);
  });

  it('matches the app config: same pages in the same order, all in the main package, none under a subpackage root', async () => {
    (globalThis as Record<string, unknown>).defineAppConfig = (c: unknown) => c;
    const config = (await import('../app.config')).default as unknown as {
      pages: string[];
      subPackages: { root: string }[];
      tabBar: { list: { pagePath: string; text: string }[] };
    };
    expect(config.tabBar.list.map((t) => t.pagePath)).toEqual([...TAB_PAGES]);
    expect(config.tabBar.list.map((t) => t.text)).toEqual(['首页', '名片', '影片', '咨询', '我的']);
    for (const page of config.pages) {
      for (const { root } of config.subPackages) expect(page.startsWith(`${root}/`), `${page} under ${root}`).toBe(false);
    }
    for (const page of TAB_PAGES) expect(config.pages).toContain(page);
  });
});
