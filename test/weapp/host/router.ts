// The page stack and WeChat's routing rules: at most ten pages, URLs relative to the current page,
// query values handed over as written (still URL-encoded), no tab bar in this app.
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
    if (this.host.stack.length >= MAX_PAGES) throw new Error('webview count limit exceed');
    await tick();
    const top = this.host.topPage();
    if (top) this.host.hidePage(top);
    this.host.openPage(route, query);
  }

  async redirectTo(o: Options) {
    const { route, query } = this.parse(o.url);
    await tick();
    const top = this.host.stack.pop();
    if (top) this.host.unloadPage(top);
    this.host.openPage(route, query);
  }

  async reLaunch(o: Options) {
    const { route, query } = this.parse(o.url);
    await tick();
    while (this.host.stack.length) this.host.unloadPage(this.host.stack.pop()!);
    this.host.openPage(route, query);
  }

  async switchTab(o: Options) {
    this.parse(o.url);
    throw new Error('can not switch to no-tabBar page');
  }

  async navigateBack(o: Options = {}) {
    const delta = Math.max(1, Number(o.delta ?? 1) || 1);
    if (this.host.stack.length <= 1) throw new Error('cannot navigate back at first page.');
    await tick();
    for (let i = 0; i < delta && this.host.stack.length > 1; i++) this.host.unloadPage(this.host.stack.pop()!);
    this.host.showPage(this.host.topPage()!);
  }
}

function tick() {
  return new Promise((r) => setTimeout(r, 0));
}
