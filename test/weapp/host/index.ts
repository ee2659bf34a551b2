// A mini-program host for tests: WeChat's own compilers and component framework (wcc, exparser via
// miniprogram-simulate / j-component) render the built package into jsdom, while the app's code runs
// unmodified in a separate realm (./app-service.ts) with our base library around it: App, Page (on
// Component, as the docs say), getApp, getCurrentPages, the page stack, and `wx` (./wx.ts). Like the
// real two-thread runtime, everything crossing between the app and the view — setData payloads and
// events — goes through JSON.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { AppService } from './app-service.js';
import { compileStyles, compileTemplates } from './compiler.js';
import { applyPath, normalizeKey } from './data-path.js';
import { Network, TempFiles } from './network.js';
import { Privacy } from './privacy.js';
import { createWx } from './wx.js';
import { Router } from './router.js';
import { builtApiOrigin, describe, installView, propertyTypes, safeJson } from './view-support.js';

const require = createRequire(import.meta.url);
export const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../client/dist/weapp');
/** WeChat's advice for one setData (https://developers.weixin.qq.com/miniprogram/dev/framework/performance/tips/runtime_setData.html). */
export const SETDATA_LIMIT = 256 * 1024;

type Options = Record<string, any>;
type AnyFn = (...args: any[]) => any;

export interface HostOptions {
  serverUrl: string;
  stubControlUrl: string;
  /** The origin compiled into the package (API_URL's default): rewritten to serverUrl. */
  builtOrigin?: string;
  root?: string;
  user?: Partial<HostUser>;
  /** Where the setData sizes of this host go for the run's summary. */
  budgetFile?: string;
}

export interface HostUser {
  openid: string;
  phone: string;
  /** Answer to the subscribe-message prompt. */
  subscribe: 'accept' | 'reject';
}

interface PageEntry {
  id: number;
  route: string;
  query: Record<string, string>;
  inst: Record<string, any>;
  view: any;
  container: HTMLElement;
  title: string;
  alive: boolean;
}

interface ComponentEntry {
  inst: Record<string, any>;
  route: string;
}

export interface SetDataRecord {
  route: string;
  bytes: number;
}

let hostStarted = false;

export type { PageEntry };

export class WeappHost {
  readonly root: string;
  readonly errors: string[] = [];
  readonly rejections: string[] = [];
  readonly consoleErrors: string[] = [];
  readonly unimplemented: { name: string; args: unknown }[] = [];
  readonly calls: { name: string; args: unknown }[] = [];
  readonly setDataLog: SetDataRecord[] = [];
  readonly subscribeRequests: { tmplIds: string[]; inTap: boolean }[] = [];
  readonly chosenFiles: { name: string; content: Buffer }[][] = [];
  readonly storage = new Map<string, string>();
  readonly appListeners = {
    show: new Set<unknown>(),
    hide: new Set<unknown>(),
    error: new Set<unknown>(),
    rejection: new Set<unknown>(),
    pageNotFound: new Set<unknown>(),
  };
  readonly ui = {
    toasts: [] as { title: string; icon: string }[],
    modals: [] as { title: string; content: string; answer: (confirm: boolean) => void }[],
    actionSheets: [] as { items: string[]; choose: (index: number | null) => void }[],
    loading: null as string | null,
    clipboard: '',
    scrolls: [] as { selector?: string; scrollTop?: number }[],
    documents: [] as { filePath: string; fileType: string; size: number }[],
    previews: [] as { urls: string[]; current?: string }[],
    videos: [] as { id: string; method: string; args: unknown[] }[],
    privacyContractOpened: 0,
  };
  user: HostUser;
  implemented = new Set<string>();
  launchOptions = { path: 'pages/home/index', query: {}, scene: 1001, referrerInfo: {}, apiCategory: 'default' };
  readonly network: Network;
  readonly privacy: Privacy;
  readonly router: Router;
  readonly stack: PageEntry[] = [];
  /** Tab pages switched away from: alive and hidden, off the stack (WeChat keeps them). */
  readonly keptTabs: PageEntry[] = [];

  private app!: AppService;
  private appJSON!: JSON;
  private gwx!: (file: string) => AnyFn;
  private styles!: ReturnType<typeof compileStyles>;
  private simulate: any;
  private evalStyle: AnyFn | null = null;
  private exparser: any;
  private appConfig!: { pages: string[]; subPackages?: { root: string; pages: string[] }[]; tabBar?: { list: { pagePath: string; text: string }[] } };
  /** The tab bar as the app set it (setTabBarItem changes the labels). */
  tabBar: { pagePath: string; text: string }[] = [];
  private appInstance: Record<string, any> | null = null;
  private pageDefs = new Map<string, Options>();
  private componentDefs = new Map<string, Options>();
  private viewIds = new Map<string, string>();
  private callerToComponent = new WeakMap<object, ComponentEntry>();
  private callerToPage = new WeakMap<object, PageEntry>();
  private tapDepth = 0;
  private nextPageId = 1;
  private onRejection = (reason: unknown) => {
    this.rejections.push(describe(reason));
    for (const fn of this.appListeners.rejection) this.call(fn, this.toApp({ reason: describe(reason) }), 'onUnhandledRejection');
  };

  private constructor(private options: HostOptions) {
    this.root = options.root ?? DIST;
    this.user = { openid: `o_weapp_${process.pid}_${Date.now()}`, phone: '13800000000', subscribe: 'accept', ...options.user };
    const server = new URL(options.serverUrl);
    this.network = new Network(
      {
        builtOrigin: options.builtOrigin ?? builtApiOrigin(this.root),
        serverOrigin: server.origin,
        call: (fn, arg, where) => this.call(fn, arg, where),
        toApp: (v) => this.toApp(v),
      },
      new TempFiles(),
    );
    this.privacy = new Privacy(
      (fn, ...args) => this.callWith(fn, args, 'onNeedPrivacyAuthorization listener'),
      (v) => this.toApp(v),
    );
    this.router = new Router(this);
  }

  /** Loads the package (app.js, App(), the first page) in a fresh realm. One host per test file. */
  static async start(options: HostOptions, firstPage = 'pages/home/index'): Promise<WeappHost> {
    if (hostStarted) throw new Error('one WeappHost per test file: Taro keeps global state (use the forks pool with isolation)');
    hostStarted = true;
    const host = new WeappHost(options);
    host.boot();
    await host.router.reLaunch({ url: `/${firstPage}` });
    return host;
  }

  private boot() {
    installView();
    this.gwx = new Function(`${compileTemplates(this.root)}; return $gwx;`)() as (file: string) => AnyFn;
    this.styles = compileStyles(this.root);
    this.simulate = require('miniprogram-simulate');
    this.exparser = createRequire(require.resolve('j-component'))('miniprogram-exparser');
    this.appConfig = JSON.parse(fs.readFileSync(path.join(this.root, 'app.json'), 'utf8'));
    this.tabBar = (this.appConfig.tabBar?.list ?? []).map((t) => ({ pagePath: t.pagePath, text: t.text }));
    this.injectStyle('app.wxss');

    process.on('unhandledRejection', this.onRejection);
    const appConsole = {
      ...console,
      error: (...args: unknown[]) => {
        this.consoleErrors.push(args.map(describe).join(' '));
        console.error('[app]', ...args);
      },
    };
    const wx = createWx(this);
    this.app = new AppService({
      root: this.root,
      onError: (err, where) => this.appError(err, where),
      globals: {
        console: appConsole,
        wx,
        App: (def: Options) => this.registerApp(def),
        Page: (def: Options) => this.pageDefs.set(this.loadingPath('Page'), def),
        Component: (def: Options) => this.componentDefs.set(this.loadingPath('Component'), def),
        Behavior: (def: Options) => def,
        getApp: () => this.appInstance,
        getCurrentPages: () => this.stack.map((p) => p.inst),
        requirePlugin: () => {
          this.unimplemented.push({ name: 'requirePlugin', args: [] });
          return {};
        },
        __wxConfig: this.toAppRaw({ ...this.appConfig, envVersion: 'develop', platform: 'ios' }),
      },
    });
    this.appJSON = vm.runInContext('JSON', this.app.context) as JSON;
    this.app.require('app');
    if (!this.appInstance) throw new Error('app.js did not call App()');
    const launch = this.toApp(this.launchOptions);
    this.callMethod(this.appInstance, 'onLaunch', [launch], 'App.onLaunch');
    this.callMethod(this.appInstance, 'onShow', [launch], 'App.onShow');
    for (const fn of this.appListeners.show) this.call(fn, launch, 'wx.onAppShow');
  }

  // ---------------------------------------------------------------- app realm helpers

  /** A copy of host data made in the app's realm, through JSON (as the real runtime passes data). */
  toApp<T>(value: T): T {
    if (value === undefined) return value;
    return this.appJSON.parse(JSON.stringify(value));
  }

  private toAppRaw<T>(value: T): T {
    return JSON.parse(JSON.stringify(value));
  }

  /** Calls an app function; an exception is the app's error (WeChat reports it to App.onError). */
  call(fn: unknown, arg: unknown, where: string): unknown {
    return this.callWith(fn, arg === undefined ? [] : [arg], where);
  }

  callWith(fn: unknown, args: unknown[], where: string): unknown {
    if (typeof fn !== 'function') return undefined;
    try {
      return (fn as AnyFn)(...args);
    } catch (err) {
      this.appError(err, where);
      return undefined;
    }
  }

  private callMethod(target: Record<string, any>, name: string, args: unknown[], where: string): unknown {
    const fn = target[name];
    if (typeof fn !== 'function') return undefined;
    try {
      return fn.apply(target, args);
    } catch (err) {
      this.appError(err, where);
      return undefined;
    }
  }

  appError(err: unknown, where: string) {
    const text = `${where}: ${describe(err)}`;
    this.errors.push(text);
    if (this.appInstance && typeof this.appInstance.onError === 'function') {
      try {
        this.appInstance.onError(describe(err));
      } catch {
        // an onError that throws is not reported twice
      }
    }
    for (const fn of this.appListeners.error) {
      try {
        (fn as AnyFn)(describe(err));
      } catch {
        // as above
      }
    }
  }

  recordCall(name: string, args: unknown) {
    this.calls.push({ name, args: safeJson(args) });
  }

  /** Delivers success/fail/complete for an API that settles itself (privacy-guarded ones). */
  settle(o: Options, name: string, ok: boolean, result: Record<string, unknown>) {
    const res = this.toApp({ errMsg: `${name}:${ok ? 'ok' : 'fail'}`, ...result });
    setTimeout(() => {
      this.call(ok ? o.success : o.fail, res, `${name} ${ok ? 'success' : 'fail'}`);
      this.call(o.complete, res, `${name} complete`);
    }, 0);
  }

  /** Runs code in the app's realm (host self-checks). */
  evalInApp(code: string): unknown {
    return vm.runInContext(code, this.app.context);
  }

  /** A Promise of the app's realm (what a promise-style wx call returns). */
  appPromise(executor: (resolve: (v: unknown) => void, reject: (e: unknown) => void) => void): Promise<unknown> {
    const AppPromise = vm.runInContext('Promise', this.app.context) as PromiseConstructor;
    return new AppPromise(executor);
  }

  inTap(): boolean {
    return this.tapDepth > 0;
  }

  async wechatCode(kind: 'login-code' | 'phone-code', body: Record<string, string>): Promise<string> {
    const res = await fetch(`${this.options.stubControlUrl}/${kind}`, { method: 'POST', body: JSON.stringify(body) });
    const json = (await res.json()) as { code?: string; error?: string };
    if (!json.code) throw new Error(`WeChat stand-in refused ${kind}: ${json.error}`);
    return json.code;
  }

  private loadingPath(kind: string): string {
    const current = this.app.loading[this.app.loading.length - 1];
    if (!current) throw new Error(`${kind}() called outside a page or component file`);
    return current;
  }

  private registerApp(def: Options) {
    if (this.appInstance) throw new Error('App() called twice');
    this.appInstance = def;
  }

  // ---------------------------------------------------------------- views

  /** Runs wcsc's code for one stylesheet: it builds the CSS (rpx → px) and adds it to the document. */
  private injectStyle(file: string) {
    const code = this.styles.files[file];
    if (!code) return;
    if (!this.evalStyle) {
      const w = window as any;
      w.__rpxRecalculatingFuncs__ ??= [];
      this.evalStyle = new Function('navigator', 'window', 'document', `${this.styles.common};\nreturn function (code) { return eval(code); };`)(
        w.navigator,
        w,
        document,
      ) as AnyFn;
    }
    const rewrite = this.evalStyle(code);
    if (typeof rewrite === 'function') rewrite();
  }

  /** Registers the view side of a page or component (once per path); returns its exparser id. */
  private registerView(file: string): string {
    const known = this.viewIds.get(file);
    if (known) return known;
    const id = `v_${file.replace(/[^A-Za-z0-9]/g, '_')}`;
    this.viewIds.set(file, id);
    const json = JSON.parse(fs.readFileSync(path.join(this.root, `${file}.json`), 'utf8')) as { usingComponents?: Record<string, string>; component?: boolean };
    const using: Record<string, string> = {};
    for (const [name, rel] of Object.entries(json.usingComponents ?? {})) {
      const target = rel.startsWith('/') ? rel.slice(1) : path.posix.join(path.posix.dirname(file), rel);
      this.ensureComponent(target);
      using[name] = this.registerView(target);
    }
    const template = this.gwx(`${file}.wxml`);
    if (typeof template !== 'function') throw new Error(`wcc produced no template for ${file}.wxml`);
    const isComponent = json.component === true;
    const def = isComponent ? this.componentDefs.get(file) : this.pageDefs.get(file);
    if (!def) throw new Error(`${file}.js did not call ${isComponent ? 'Component' : 'Page'}()`);
    const host = this;
    const methods: Record<string, AnyFn> = {};
    const source = isComponent ? (def.methods ?? {}) : def;
    for (const [name, value] of Object.entries(source)) {
      if (typeof value !== 'function') continue;
      methods[name] = function (this: object, event: unknown) {
        host.deliverEvent(this, name, event);
      };
    }
    const viewDef: Options = {
      id,
      template,
      usingComponents: using,
      methods,
      options: { virtualHost: !!def.options?.virtualHost, multipleSlots: !!def.options?.multipleSlots },
    };
    if (isComponent) {
      viewDef.properties = propertyTypes(def.properties ?? {});
      viewDef.lifetimes = {
        created(this: object) {
          host.createComponentInstance(this, file, def);
        },
        attached(this: object) {
          host.componentLifetime(this, 'attached');
        },
        ready(this: object) {
          host.componentLifetime(this, 'ready');
        },
        detached(this: object) {
          host.componentLifetime(this, 'detached');
        },
      };
    }
    this.simulate.load(viewDef);
    this.injectStyle(`${file}.wxss`);
    return id;
  }

  private ensureComponent(file: string) {
    if (!this.componentDefs.has(file)) this.app.require(file);
    if (!this.componentDefs.has(file)) throw new Error(`${file}.js did not call Component()`);
  }

  /** The app-side instance of a custom component, made when its view node is created. */
  private createComponentInstance(caller: any, file: string, def: Options) {
    const page = this.stack[this.stack.length - 1];
    const inst: Record<string, any> = Object.create(null);
    for (const [name, value] of Object.entries(def.methods ?? {})) inst[name] = value;
    Object.defineProperty(inst, 'data', { get: () => this.toApp(caller.data), enumerable: true });
    Object.defineProperty(inst, 'properties', { get: () => this.toApp(caller.data), enumerable: true });
    inst.is = file;
    inst.setData = (data: Options, cb?: unknown) => this.sendData(`${page?.route ?? '?'} > ${file}`, null, caller, data, cb);
    inst.triggerEvent = (name: string, detail: unknown) => caller.triggerEvent?.(name, JSON.parse(JSON.stringify(detail ?? {})));
    inst.selectComponent = () => null;
    inst.selectAllComponents = () => [];
    this.callerToComponent.set(caller, { inst, route: page?.route ?? '?' });
    const created = def.lifetimes?.created ?? def.created;
    if (typeof created === 'function') this.callWith(() => created.call(inst), [], `${file} created`);
  }

  private componentLifetime(caller: object, name: 'attached' | 'ready' | 'detached') {
    const entry = this.callerToComponent.get(caller);
    if (!entry) return;
    const file = entry.inst.is as string;
    const def = this.componentDefs.get(file)!;
    const fn = def.lifetimes?.[name] ?? def[name];
    if (typeof fn === 'function') this.callWith(() => fn.call(entry.inst), [], `${file} ${name}`);
  }

  /** A view event reaches the app asynchronously, as a JSON copy; a tap opens a user-gesture window. */
  private deliverEvent(caller: object, method: string, event: unknown) {
    const page = this.callerToPage.get(caller);
    const target = page?.inst ?? this.callerToComponent.get(caller)?.inst;
    if (!target) return;
    const copy = this.toApp(event);
    const type = (event as { type?: string }).type;
    queueMicrotask(() => {
      if (page && !page.alive) return;
      const gesture = type === 'tap' || type === 'longpress';
      if (gesture) this.tapDepth += 1;
      try {
        this.callMethod(target, method, [copy], `event ${type} → ${method}`);
      } finally {
        if (gesture) this.tapDepth -= 1;
      }
    });
  }

  /** setData: measured, JSON round-tripped, applied to the app's copy and to the view. */
  sendData(route: string, page: PageEntry | null, caller: any, data: unknown, cb: unknown) {
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      throw new TypeError('setData: the argument must be an object');
    }
    const text = JSON.stringify(data);
    const bytes = Buffer.byteLength(text);
    this.setDataLog.push({ route, bytes });
    if (page) {
      const appData = this.appJSON.parse(text) as Record<string, unknown>;
      for (const [key, value] of Object.entries(appData)) applyPath(page.inst.data, key, value);
    }
    if (!page || page.alive) {
      const viewData: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(JSON.parse(text))) viewData[normalizeKey(key)] = value;
      try {
        caller.setData(viewData);
      } catch (err) {
        this.errors.push(`view render of ${route}: ${describe(err)}`);
      }
    }
    if (typeof cb === 'function') setTimeout(() => this.call(cb, undefined, `${route} setData callback`), 0);
  }

  // ---------------------------------------------------------------- pages

  isTabPage(route: string): boolean {
    return (this.appConfig.tabBar?.list ?? []).some((t) => t.pagePath === route);
  }

  pageExists(route: string): boolean {
    if (this.appConfig.pages.includes(route)) return true;
    return (this.appConfig.subPackages ?? []).some((s) => s.pages.some((p) => path.posix.join(s.root, p) === route));
  }

  allPages(): string[] {
    return [...this.appConfig.pages, ...(this.appConfig.subPackages ?? []).flatMap((s) => s.pages.map((p) => path.posix.join(s.root, p)))];
  }

  /** Loads a page's code (and its components'), creates its instance and view, runs onLoad/onShow. */
  openPage(route: string, query: Record<string, string>): PageEntry {
    if (!this.pageDefs.has(route)) this.app.require(route);
    const def = this.pageDefs.get(route);
    if (!def) throw new Error(`${route}.js did not call Page()`);
    const viewId = this.registerView(route);
    const id = this.nextPageId++;
    const inst: Record<string, any> = {};
    for (const [key, value] of Object.entries(def)) inst[key] = key === 'data' ? this.toApp(value ?? {}) : value;
    inst.data ??= this.toApp({});
    inst.route = route;
    inst.__route__ = route;
    inst.options = this.toApp(query);
    inst.__wxWebviewId__ = id;
    const container = document.createElement('div');
    container.dataset.route = route;
    container.dataset.pageId = String(id);
    document.body.appendChild(container);
    const entry: PageEntry = { id, route, query, inst, view: null, container, title: '', alive: true };
    inst.setData = (data: Options, cb?: unknown) => this.sendData(route, entry, entry.view.instance, data, cb);
    inst.selectComponent = () => null;
    inst.selectAllComponents = () => [];
    inst.getOpenerEventChannel = () => this.toApp({});
    entry.view = this.simulate.render(viewId, {});
    this.callerToPage.set(entry.view.instance, entry);
    if (Object.keys(inst.data).length) entry.view.instance.setData(JSON.parse(JSON.stringify(inst.data)));
    entry.view.attach(container);
    this.stack.push(entry);
    this.callMethod(inst, 'onLoad', [this.toApp(query)], `${route} onLoad`);
    this.callMethod(inst, 'onShow', [], `${route} onShow`);
    setTimeout(() => {
      if (entry.alive) this.callMethod(inst, 'onReady', [], `${route} onReady`);
    }, 0);
    return entry;
  }

  hidePage(entry: PageEntry) {
    entry.container.hidden = true;
    this.callMethod(entry.inst, 'onHide', [], `${entry.route} onHide`);
  }

  showPage(entry: PageEntry) {
    entry.container.hidden = false;
    this.callMethod(entry.inst, 'onShow', [], `${entry.route} onShow`);
  }

  unloadPage(entry: PageEntry) {
    this.callMethod(entry.inst, 'onUnload', [], `${entry.route} onUnload`);
    entry.alive = false;
    try {
      entry.view.detach();
    } catch (err) {
      this.errors.push(`view detach of ${entry.route}: ${describe(err)}`);
    }
    entry.container.remove();
  }

  topPage(): PageEntry | undefined {
    return this.stack[this.stack.length - 1];
  }

  // ---------------------------------------------------------------- video

  videoContext(id: string) {
    const record = (method: string, args: unknown[]) => this.ui.videos.push({ id, method, args: safeJson(args) as unknown[] });
    const fire = (type: string, detail: Record<string, unknown>) => {
      const el = this.byId(id);
      if (el) this.fire(el, type, detail);
    };
    const ctx: Record<string, AnyFn> = {};
    for (const method of [
      'play',
      'pause',
      'stop',
      'seek',
      'playbackRate',
      'requestFullScreen',
      'exitFullScreen',
      'showStatusBar',
      'hideStatusBar',
      'sendDanmu',
      'requestPictureInPicture',
      'exitPictureInPicture',
      'requestBackgroundPlayback',
      'exitBackgroundPlayback',
    ]) {
      ctx[method] = (...args: unknown[]) => {
        record(method, args);
        // The player answers with its events, as the native video does.
        if (method === 'play') setTimeout(() => fire('play', {}), 0);
        if (method === 'pause' || method === 'stop') setTimeout(() => fire('pause', {}), 0);
      };
    }
    return ctx;
  }

  // ---------------------------------------------------------------- what a person does

  /** Elements of the page on screen matching a CSS selector. */
  $$(selector: string): Element[] {
    const page = this.topPage();
    return page ? [...page.container.querySelectorAll(selector)] : [];
  }

  $(selector: string): Element | null {
    return this.$$(selector)[0] ?? null;
  }

  /** The element with this WXML id on the page on screen (exparser keeps ids off the DOM). */
  byId(id: string): Element | null {
    return this.$$('*').find((el) => (el as any).__wxElement?.id === id) ?? null;
  }

  /** The visible text of the page on screen. */
  text(selector?: string): string {
    const el = selector ? this.$(selector) : this.topPage()?.container;
    return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  /**
   * What a person reads: the innermost elements of the page on screen whose text matches (a string
   * is the whole text, spaces folded, so that 重试 is the button and not a hint saying 请稍后重试; a
   * RegExp may match part of it), optionally among `selector` (e.g. `wx-button`). Innermost, so that
   * a tap lands on the words and bubbles up to the handler as a real tap does.
   */
  $$text(text: string | RegExp, selector = '*'): Element[] {
    const matches = (el: Element) => {
      const content = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      return typeof text === 'string' ? content === text : text.test(content);
    };
    const all = this.$$(selector).filter(matches);
    return all.filter((el) => !all.some((other) => other !== el && el.contains(other)));
  }

  /** Waits for text on the page on screen; resolves with its innermost element. */
  waitForText(text: string | RegExp, selector?: string, timeout?: number): Promise<Element> {
    return this.until(() => this.$$text(text, selector)[0], `text ${String(text)}`, timeout);
  }

  /** The <input>/<textarea> on the page on screen showing this placeholder (how a person finds a field). */
  field(placeholder: string | RegExp): Element | null {
    return (
      this.$$('wx-input, wx-textarea').find((el) => {
        const shown = String(this.attrs(el).placeholder ?? '');
        return typeof placeholder === 'string' ? shown === placeholder : placeholder.test(shown);
      }) ?? null
    );
  }

  /** Waits for the field with this placeholder. */
  waitForField(placeholder: string | RegExp, timeout?: number): Promise<Element> {
    return this.until(() => this.field(placeholder), `a field "${String(placeholder)}"`, timeout);
  }

  /** Attributes the template gave a built-in component, camel-cased as wcc gives them (openType, value, src, …). */
  attrs(el: Element): Record<string, unknown> {
    const node = (el as any).__wxElement;
    const out: Record<string, unknown> = {};
    for (const a of node?._vt?.attrs ?? []) out[a.name.replace(/-([a-z])/g, (_m: string, c: string) => c.toUpperCase())] = a.value;
    return out;
  }

  /** The <button>s on the page on screen with this open-type. */
  openTypeButtons(openType: string, within = ''): Element[] {
    return this.$$(`${within} wx-button`.trim()).filter((b) => this.attrs(b).openType === openType);
  }

  private element(target: string | Element): Element {
    if (typeof target !== 'string') return target;
    const el = this.$(target);
    if (!el) throw new Error(`no element "${target}" on ${this.topPage()?.route}:\n${this.text().slice(0, 600)}`);
    return el;
  }

  /** Fires a view event on an element, bubbling through exparser to the handlers bound in WXML. */
  fire(target: string | Element, type: string, detail: Record<string, unknown> = {}) {
    const el = this.element(target);
    const node = (el as any).__wxElement;
    if (!node) throw new Error(`${el.tagName} is not a rendered component`);
    this.exparser.Event.dispatchEvent(
      node,
      this.exparser.Event.create(type, detail, { bubbles: true, composed: true, capturePhase: true, extraFields: { touches: [], changedTouches: [] } }),
    );
  }

  /**
   * A tap, and what the tapped built-in component then does in WeChat: a <button open-type> asks for
   * the phone number, records the privacy agreement, …
   */
  tap(target: string | Element) {
    const el = this.element(target);
    const attrs = this.attrs(el);
    if (attrs.disabled === true || attrs.disabled === 'true') return;
    this.fire(el, 'tap', { x: 0, y: 0 });
    if (el.tagName.toLowerCase() !== 'wx-button') return;
    const openType = String(attrs.openType ?? '');
    if (openType === 'agreePrivacyAuthorization') {
      this.privacy.agreeButtonTapped(String((el as any).__wxElement.id || el.id));
      this.fire(el, 'agreeprivacyauthorization', {});
    } else if (openType === 'getPhoneNumber') {
      this.privacy.guard(
        'button.getPhoneNumber',
        () => {
          void this.wechatCode('phone-code', { phone: this.user.phone }).then(
            (code) => this.fire(el, 'getphonenumber', { errMsg: 'getPhoneNumber:ok', code }),
            (err) => this.errors.push(`getPhoneNumber: ${describe(err)}`),
          );
        },
        (reason) => this.fire(el, 'getphonenumber', { errMsg: `getPhoneNumber:fail ${reason}` }),
      );
    } else if (openType === 'share') {
      this.callMethod(this.topPage()!.inst, 'onShareAppMessage', [this.toApp({ from: 'button', target: {} })], 'onShareAppMessage');
    } else if (openType) {
      this.unimplemented.push({ name: `button open-type="${openType}"`, args: [] });
    }
  }

  /** The navigation bar's back arrow (or Android's back key). */
  async back() {
    await this.router.navigateBack({});
  }

  /** Typing into an <input>/<textarea>: focus, input with the whole value, blur. */
  type(target: string | Element, value: string) {
    const el = this.element(target);
    this.fire(el, 'focus', { value: '', height: 0 });
    this.fire(el, 'input', { value, cursor: value.length, keyCode: 0 });
    this.fire(el, 'blur', { value, cursor: value.length });
  }

  /** Waits until `check` passes (polling; no fixed sleep decides anything). */
  async until<T>(check: () => T | undefined | null | false, what: string, timeout = 20_000): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      let value: T | undefined | null | false;
      let error: unknown;
      try {
        value = check();
      } catch (err) {
        error = err;
      }
      if (value) return value as T;
      if (Date.now() > deadline) {
        const page = this.topPage();
        throw new Error(
          `timed out waiting for ${what} on ${page?.route ?? '(no page)'}${error ? ` (${describe(error)})` : ''}\npage text: ${this.text().slice(0, 800)}\napp errors: ${this.errors.join('\n') || '–'}`,
        );
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Waits for an element on the page on screen (optionally one whose text includes `text`). */
  waitFor(selector: string, text?: string, timeout?: number): Promise<Element> {
    return this.until(
      () => this.$$(selector).find((el) => !text || (el.textContent ?? '').includes(text)),
      `"${selector}"${text ? ` with "${text}"` : ''}`,
      timeout,
    );
  }

  waitForRoute(route: string, timeout?: number): Promise<PageEntry> {
    return this.until(() => (this.topPage()?.route === route ? this.topPage() : undefined), `page ${route}`, timeout);
  }

  /**
   * Waits until the app is at rest: no HTTP call in flight and no setData for a few turns of the
   * event loop (what a person sees once the page stops changing).
   */
  async idle(timeout = 20_000) {
    const deadline = Date.now() + timeout;
    let quiet = 0;
    let seen = this.setDataLog.length;
    while (quiet < 3) {
      if (Date.now() > deadline) throw new Error(`the app did not settle on ${this.topPage()?.route}`);
      await this.network.idle();
      await new Promise((r) => setTimeout(r, 25));
      quiet = this.setDataLog.length === seen && this.network.pending() === 0 ? quiet + 1 : 0;
      seen = this.setDataLog.length;
    }
  }

  /** The largest setData payload so far. */
  largestSetData(): SetDataRecord | null {
    return this.setDataLog.reduce<SetDataRecord | null>((max, r) => (!max || r.bytes > max.bytes ? r : max), null);
  }

  /** Everything a test fails on: app errors, rejections, unimplemented wx calls, budget, privacy misuse. */
  problems(): string[] {
    const out = [
      ...this.errors.map((e) => `app error: ${e}`),
      ...this.rejections.map((r) => `unhandled rejection: ${r}`),
      ...this.unimplemented.map((u) => `unimplemented wx call: ${u.name}(${JSON.stringify(u.args).slice(0, 200)})`),
      ...this.setDataLog.filter((r) => r.bytes > SETDATA_LIMIT).map((r) => `setData of ${(r.bytes / 1024).toFixed(1)} KB on ${r.route} (limit 256 KB)`),
      ...this.privacy.problems.map((p) => `privacy: ${p}`),
      ...this.consoleErrors.map((c) => `console.error: ${c}`),
    ];
    return out;
  }

  /** Starts the next test with a clean slate of findings. */
  clearProblems() {
    for (const list of [this.errors, this.rejections, this.unimplemented, this.privacy.problems, this.consoleErrors]) list.length = 0;
    this.setDataLog.splice(0, this.setDataLog.length, ...this.setDataLog.filter((r) => r.bytes <= SETDATA_LIMIT));
  }

  /** Ends the host: unloads the pages, closes sockets and timers, writes the budget summary. */
  async stop() {
    for (const page of [...this.stack].reverse()) this.unloadPage(page);
    this.stack.length = 0;
    for (const page of this.keptTabs.splice(0)) this.unloadPage(page);
    this.network.dispose();
    this.app?.dispose();
    process.off('unhandledRejection', this.onRejection);
    const largest = this.largestSetData();
    if (largest) console.log(`[weapp] setData: ${this.setDataLog.length} payloads, largest ${(largest.bytes / 1024).toFixed(1)} KB on ${largest.route}`);
    if (this.options.budgetFile)
      fs.writeFileSync(this.options.budgetFile, JSON.stringify({ file: path.basename(this.options.budgetFile), count: this.setDataLog.length, largest }));
  }
}
