// The page stack and WeChat's routing rules: at most ten pages, URLs relative to the current page,
// query values handed over as written (still URL-encoded), and the tab bar's: a tab page is reached only
// by switchTab (or reLaunch), switchTab closes every other page and keeps tab pages alive (hidden).
import path from 'node:path';
import type { WeappHost } from './index.js';

type Options = Record<string, any>;
const MAX_PAGES = 10;

export class Router {
  constructor(private host: WeappHost) {}

  private parse(url: unknown): { route: string; query: Record<string, string> } {
    if (typeof url !== 'string' || !url) throw new Error('parameter.url should be String');
    const [pathPart, search = ''] = url.split('?');
    const current = this.host.topPage()?.route ?? '';
    const route = (pathPart.startsWith('/') ? path.posix.normalize(pathPart.slice(1)) : path.posix.join(path.posix.dirname(current), pathPart)).replace(
      /\.html$/,
      '',
    );
    if (!this.host.pageExists(route)) throw new Error(`page "${route}" is not found`);
    const query: Record<string, string> = {};
    // WeChat hands query values over as written (still URL-encoded).
    for (const pair of search.split('&').filter(Boolean)) {
      const i = pair.indexOf('=');
      query[i < 0 ? pair : pair.slice(0, i)] = i < 0 ? '' : pair.slice(i + 1);
    }
    return { route, query };
  }

  async navigateTo(o: Options) {
    const { route, query } = this.parse(o.url);
    if (this.host.isTabPage(route)) throw new Error('can not navigateTo a tabbar page');
    if (this.host.stack.length >= MAX_PAGES) throw new Error('webview count limit exceed');
    await tick();
    const top = this.host.topPage();
    if (top) this.host.hidePage(top);
    this.host.openPage(route, query);
  }

  async redirectTo(o: Options) {
    const { route, query } = this.parse(o.url);
    if (this.host.isTabPage(route)) throw new Error('can not redirectTo a tabbar page');
    await tick();
    const top = this.host.stack.pop();
    if (top) this.host.unloadPage(top);
    this.host.openPage(route, query);
  }

  async reLaunch(o: Options) {
    const { route, query } = this.parse(o.url);
    await tick();
    while (this.host.stack.length) this.host.unloadPage(this.host.stack.pop()!);
    for (const kept of this.host.keptTabs.splice(0)) this.host.unloadPage(kept);
    this.host.openPage(route, query);
  }

  async switchTab(o: Options) {
    const { route } = this.parse(o.url);
    if (!this.host.isTabPage(route)) throw new Error('can not switch to no-tabBar page');
    if ((o.url as string).includes('?')) throw new Error('switchTab url can not contain query');
    await tick();
    const top = this.host.topPage();
    if (top?.route === route) return;
    // Other pages close; tab pages stay alive, hidden.
    while (this.host.stack.length) {
      const page = this.host.stack.pop()!;
      if (!this.host.isTabPage(page.route)) this.host.unloadPage(page);
      else {
        if (page === top) this.host.hidePage(page);
        this.host.keptTabs.push(page);
      }
    }
    const kept = this.host.keptTabs.findIndex((p) => p.route === route);
    if (kept >= 0) {
      const [page] = this.host.keptTabs.splice(kept, 1);
      this.host.stack.push(page);
      this.host.showPage(page);
    } else {
      this.host.openPage(route, query0());
    }
  }

  async navigateBack(o: Options = {}) {
    const delta = Math.max(1, Number(o.delta ?? 1) || 1);
    if (this.host.stack.length <= 1) throw new Error('cannot navigate back at first page.');
    await tick();
    for (let i = 0; i < delta && this.host.stack.length > 1; i++) this.host.unloadPage(this.host.stack.pop()!);
    this.host.showPage(this.host.topPage()!);
  }
}

function query0(): Record<string, string> {
  return {};
}

function tick() {
  return new Promise((r) => setTimeout(r, 0));
}
