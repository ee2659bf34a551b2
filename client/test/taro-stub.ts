/**
 * A small stand-in for `@tarojs/taro` in unit tests (jsdom). Only what the client uses.
 * `Taro.request` answers from `taroStub.handler`, which tests replace.
 */
import { useEffect, useRef } from 'react';

type RequestOptions = {
  url: string;
  method?: string;
  header?: Record<string, string>;
  data?: unknown;
  dataType?: string;
  responseType?: string;
  success?: (res: { statusCode: number; data: unknown; header: Record<string, string> }) => void;
  fail?: (err: { errMsg: string }) => void;
};

export type RequestHandler = (
  opts: RequestOptions,
) =>
  | { statusCode: number; data: unknown; header?: Record<string, string> }
  | Error
  | Promise<{ statusCode: number; data: unknown; header?: Record<string, string> } | Error>;

const storage = new Map<string, unknown>();
const pageListeners = { show: new Set<() => void>(), hide: new Set<() => void>() };

export const taroStub = {
  storage,
  params: {} as Record<string, string | undefined>,
  navigations: [] as string[],
  titles: [] as string[],
  tabBar: [] as string[],
  toasts: [] as string[],
  modals: [] as string[],
  /** What the next `showModal` answers. */
  modalAnswer: true,
  clipboard: '' as string,
  requests: [] as RequestOptions[],
  handler: ((): Error => new Error('request:fail no handler')) as RequestHandler,
  /** Simulate the page going to the background (`hide`) or coming back (`show`). */
  firePage(event: 'show' | 'hide') {
    for (const fn of pageListeners[event]) fn();
  },
  reset() {
    storage.clear();
    this.params = {};
    this.navigations = [];
    this.titles = [];
    this.tabBar = [];
    this.toasts = [];
    this.modals = [];
    this.modalAnswer = true;
    this.clipboard = '';
    this.requests = [];
    this.handler = () => new Error('request:fail no handler');
  },
};

function request(opts: RequestOptions) {
  taroStub.requests.push(opts);
  let aborted = false;
  Promise.resolve(taroStub.handler(opts)).then((res) => {
    if (aborted) return;
    if (res instanceof Error) opts.fail?.({ errMsg: res.message });
    else opts.success?.({ statusCode: res.statusCode, data: res.data, header: res.header ?? {} });
  });
  return { abort: () => (aborted = true) };
}

const Taro = {
  getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => {
    storage.set(key, value);
  },
  removeStorageSync: (key: string) => {
    storage.delete(key);
  },
  request,
  navigateTo: async ({ url }: { url: string }) => {
    taroStub.navigations.push(url);
  },
  redirectTo: async ({ url }: { url: string }) => {
    taroStub.navigations.push(url);
  },
  reLaunch: async ({ url }: { url: string }) => {
    taroStub.navigations.push(url);
  },
  switchTab: async ({ url }: { url: string }) => {
    taroStub.navigations.push(`tab:${url}`);
  },
  setTabBarItem: async ({ index, text }: { index: number; text: string }) => {
    taroStub.tabBar[index] = text;
  },
  navigateBack: async () => {
    taroStub.navigations.push('back');
  },
  getCurrentPages: () => [{}],
  setNavigationBarTitle: async ({ title }: { title: string }) => {
    taroStub.titles.push(title);
  },
  pageScrollTo: async () => undefined,
  showToast: async ({ title }: { title: string }) => {
    taroStub.toasts.push(title);
  },
  showModal: async ({ content }: { content?: string }) => {
    taroStub.modals.push(content ?? '');
    return { confirm: taroStub.modalAnswer, cancel: !taroStub.modalAnswer };
  },
  showLoading: async () => undefined,
  hideLoading: async () => undefined,
  setClipboardData: async ({ data }: { data: string }) => {
    taroStub.clipboard = data;
  },
  getSystemInfoSync: () => ({ windowWidth: 390, windowHeight: 844, pixelRatio: 2, platform: 'devtools' }),
  getEnv: () => 'WEB',
  ENV_TYPE: { WEAPP: 'WEAPP', WEB: 'WEB' },
  pxTransform: (n: number) => `${n / 40}rem`,
  eventCenter: { on() {}, off() {}, trigger() {} },
};

export default Taro;

export const useRouter = () => ({ params: taroStub.params, path: '/test' });
function usePageEvent(event: 'show' | 'hide', fn: () => void, fireOnMount: boolean) {
  const ref = useRef(fn);
  ref.current = fn;
  useEffect(() => {
    const listener = () => ref.current();
    pageListeners[event].add(listener);
    if (fireOnMount) listener();
    return () => {
      pageListeners[event].delete(listener);
    };
  }, [event, fireOnMount]);
}
export const useDidShow = (fn: () => void) => usePageEvent('show', fn, true);
export const useDidHide = (fn: () => void) => usePageEvent('hide', fn, false);
export const useReachBottom = (_fn: () => void) => undefined;
export const usePullDownRefresh = (_fn: () => void) => undefined;
export const useShareAppMessage = (_fn: () => unknown) => undefined;
export const useShareTimeline = (_fn: () => unknown) => undefined;
export const useLoad = (_fn: () => void) => undefined;
export const useUnload = (_fn: () => void) => undefined;
export const useLaunch = (_fn: () => void) => undefined;
export const getCurrentInstance = () => ({ router: { params: taroStub.params, path: '/test' } });
export const { getStorageSync, setStorageSync, navigateTo, setNavigationBarTitle, showToast, setClipboardData } = Taro;
