// The host itself: what it promises the journeys (a realm without browser APIs, JSON across the
// threads, WeChat's calling styles, and a finding for every unimplemented call or oversized setData).
import { describe, expect, it } from 'vitest';
import { useHost } from './support.js';

const host = useHost();

describe('weapp test host', () => {
  it('runs the app without the browser APIs WeChat lacks', () => {
    const h = host();
    const kinds = h.evalInApp(
      `[typeof fetch, typeof XMLHttpRequest, typeof WebSocket, typeof URL, typeof TextEncoder, typeof window, typeof document, typeof wx, typeof getCurrentPages]`,
    );
    expect(kinds).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'object', 'function']);
  });

  it('reports a call to a wx API it does not implement, and fails it as WeChat would fail', async () => {
    const h = host();
    h.evalInApp(`globalThis.__result = null; wx.getLocation({ type: 'gcj02', fail: (e) => { globalThis.__result = e.errMsg } })`);
    await h.until(() => h.evalInApp('globalThis.__result'), 'the fail callback');
    expect(h.evalInApp('globalThis.__result')).toBe('getLocation:fail not implemented in the test host');
    expect(h.problems()).toEqual([expect.stringContaining('unimplemented wx call: getLocation')]);
    h.clearProblems();
  });

  it('returns a Promise when no callback is given, as the base library does', async () => {
    const h = host();
    const res = await (h.evalInApp(`wx.showToast({ title: '好' })`) as Promise<{ errMsg: string }>);
    expect(res.errMsg).toBe('showToast:ok');
  });

  it('passes setData through JSON and flags a payload over 256 KB', async () => {
    const h = host();
    const page = h.topPage()!;
    h.evalInApp(`getCurrentPages()[0].setData({ probe: { at: new Date(0), gone: undefined, n: 1 } })`);
    expect(page.inst.data.probe).toEqual({ at: '1970-01-01T00:00:00.000Z', n: 1 });
    expect(page.view.instance.data.probe).toEqual({ at: '1970-01-01T00:00:00.000Z', n: 1 });
    h.evalInApp(`getCurrentPages()[0].setData({ probe: 'x'.repeat(300 * 1024) })`);
    expect(h.problems()).toEqual([expect.stringMatching(/^setData of 300\.\d KB on pages\/home\/index/)]);
    h.clearProblems();
  });

  it('keeps WeChat’s page stack: relative URLs, unknown pages and the ten-page limit fail', async () => {
    const h = host();
    await expect(h.router.navigateTo({ url: '/pages/nowhere/index' })).rejects.toThrow('page "pages/nowhere/index" is not found');
    await h.router.reLaunch({ url: '/pages/cards/list/index' });
    await h.router.navigateTo({ url: '../detail/index?slug=x' });
    expect(h.topPage()!.route).toBe('pages/cards/detail/index');
    while (h.stack.length < 10) await h.router.navigateTo({ url: '/pages/cards/list/index' });
    await expect(h.router.navigateTo({ url: '/pages/cards/list/index' })).rejects.toThrow('webview count limit exceed');
    await h.router.reLaunch({ url: '/pages/home/index' });
    await h.idle();
  });

  it('keeps WeChat’s tab bar: tab pages only by switchTab, which closes other pages and keeps tabs alive', async () => {
    const h = host();
    await h.router.reLaunch({ url: '/pages/home/index' });
    await h.waitForRoute('pages/home/index');
    await expect(h.router.navigateTo({ url: '/pages/account/me/index' })).rejects.toThrow('can not navigateTo a tabbar page');
    await expect(h.router.switchTab({ url: '/pages/cards/detail/index' })).rejects.toThrow('can not switch to no-tabBar page');
    await h.router.navigateTo({ url: '/pages/cards/list/index?query=x' });
    await h.router.switchTab({ url: '/pages/films/list/index' });
    expect(h.stack.map((p) => p.route)).toEqual(['pages/films/list/index']);
    expect(h.keptTabs.map((p) => p.route)).toEqual(['pages/home/index']);
    await h.router.switchTab({ url: '/pages/home/index' });
    expect(h.stack.map((p) => p.route)).toEqual(['pages/home/index']);
    await h.idle();
  });
});

describe('the tab bar on weapp', () => {
  it('is 首页 · 名片 · 影片 · 咨询 · 我的; home’s 我的 switches to the tab; English relabels it', async () => {
    const h = host();
    await h.router.reLaunch({ url: '/pages/home/index' });
    await h.waitForRoute('pages/home/index');
    await h.until(() => h.calls.some((c) => c.name === 'setTabBarItem'), 'the tab labels');
    expect(h.tabBar.map((t) => t.text)).toEqual(['首页', '名片', '影片', '咨询', '我的']);

    h.tap(await h.waitFor('.account-entry'));
    await h.waitForRoute('pages/account/me/index');
    expect(h.calls.some((c) => c.name === 'switchTab')).toBe(true);
    expect(h.stack).toHaveLength(1);

    h.tap(await h.waitFor('.lang-toggle'));
    await h.until(() => h.tabBar[4].text === 'Me', 'English tab labels');
    expect(h.tabBar.map((t) => t.text)).toEqual(['Home', 'Cards', 'Films', 'Ask', 'Me']);
    h.tap(await h.waitFor('.lang-toggle'));
    await h.until(() => h.tabBar[0].text === '首页', 'Chinese tab labels again');

    // The 咨询 tab is a light page in the main package; its button opens the chat subpackage.
    await h.router.switchTab({ url: '/pages/inquiries/ask/index' });
    h.tap(await h.waitFor('.ask__start'));
    await h.waitForRoute('pages/inquiries/chat/index');
    await h.idle();
  });
});
