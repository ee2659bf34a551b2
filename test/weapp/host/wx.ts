// The `wx` object the app sees. It has every member WeChat's has (read from WeChat's typings);
// the ones this app needs behave as WeChat documents them, the rest record the call and fail it,
// and a test fails when anything unimplemented was called.
import type { WeappHost } from './index.js';
import { wxApiNames } from './api-names.js';
import { safeJson } from './view-support.js';

type Options = Record<string, any>;
type Result = Record<string, unknown>;

class ApiError extends Error {
  constructor(
    readonly errMsg: string,
    readonly extra: Result = {},
  ) {
    super(errMsg);
  }
}

const DOCUMENT_TYPES = ['doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'pdf'];
const STORAGE_KEY_LIMIT = 1024 * 1024;
const STORAGE_TOTAL_LIMIT = 10 * 1024 * 1024;

export const SYSTEM_INFO = {
  brand: 'iPhone',
  model: 'iPhone 14',
  pixelRatio: 3,
  screenWidth: 390,
  screenHeight: 844,
  windowWidth: 390,
  windowHeight: 753,
  statusBarHeight: 47,
  language: 'zh_CN',
  version: '8.0.50',
  system: 'iOS 17.5',
  platform: 'ios',
  fontSizeSetting: 16,
  SDKVersion: '3.5.8',
  benchmarkLevel: 1,
  safeArea: { left: 0, right: 390, top: 47, bottom: 810, width: 390, height: 763 },
  theme: 'light',
  enableDebug: false,
  deviceOrientation: 'portrait',
};

export function createWx(host: WeappHost): Record<string, unknown> {
  const wx: Record<string, unknown> = {};

  /**
   * WeChat's two calling styles: with success/fail/complete the API calls back and returns nothing;
   * without them it returns a Promise (base library 2.10.2+) that rejects with the fail result.
   */
  const promiseStyle =
    (api: (o: Options) => unknown) =>
    (o: Options = {}) => {
      if (o.success || o.fail || o.complete) return api(o);
      return host.appPromise((resolve, reject) => api({ ...o, success: resolve, fail: reject }));
    };

  /** An asynchronous API: `impl` returns the result (or throws ApiError); callbacks fire later. */
  const asyncApi = (name: string, impl: (o: Options) => Result | Promise<Result>) =>
    promiseStyle((o: Options = {}) => {
      host.recordCall(name, o);
      void (async () => {
        try {
          const res = await impl(o);
          const out = host.toApp({ errMsg: `${name}:ok`, ...res });
          host.call(o.success, out, `${name} success`);
          host.call(o.complete, out, `${name} complete`);
        } catch (err) {
          const res = host.toApp(err instanceof ApiError ? { errMsg: err.errMsg, ...err.extra } : { errMsg: `${name}:fail ${(err as Error).message}` });
          host.call(o.fail, res, `${name} fail`);
          host.call(o.complete, res, `${name} complete`);
        }
      })();
    });
  const syncApi =
    (name: string, impl: (...args: any[]) => unknown) =>
    (...args: unknown[]) => {
      host.recordCall(name, args);
      return impl(...args);
    };

  const recorders = new Set<unknown>();
  for (const name of wxApiNames()) {
    const recorder = (...args: unknown[]) => {
      host.unimplemented.push({ name, args: safeJson(args) });
      const o = args[0] as Options | undefined;
      if (o && typeof o === 'object') {
        const res = host.toApp({ errMsg: `${name}:fail not implemented in the test host` });
        host.call(o.fail, res, `${name} fail`);
        host.call(o.complete, res, `${name} complete`);
      }
    };
    recorders.add(recorder);
    wx[name] = recorder;
  }
  // Properties, not functions.
  wx.env = { USER_DATA_PATH: 'wxfile://usr' };

  // --- Network (real HTTP and WebSocket to the test server).
  wx.request = (o: Options = {}) => (host.recordCall('request', o), host.network.request(o));
  wx.uploadFile = (o: Options = {}) => (host.recordCall('uploadFile', o), host.network.uploadFile(o));
  wx.downloadFile = (o: Options = {}) => (host.recordCall('downloadFile', o), host.network.downloadFile(o));
  wx.connectSocket = (o: Options = {}) => (host.recordCall('connectSocket', o), host.network.connectSocket(o));

  // --- Storage: in memory, JSON like WeChat's.
  const storage = host.storage;
  const used = () => [...storage.entries()].reduce((n, [k, v]) => n + k.length + v.length, 0);
  const setItem = (key: unknown, data: unknown) => {
    if (typeof key !== 'string' || !key) throw new ApiError('setStorage:fail parameter error: parameter.key should be String');
    const text = JSON.stringify(data === undefined ? null : data);
    if (text.length > STORAGE_KEY_LIMIT) throw new ApiError('setStorage:fail entry size limit reached');
    if (used() - (storage.get(key)?.length ?? 0) + text.length > STORAGE_TOTAL_LIMIT) throw new ApiError('setStorage:fail storage limit reached');
    storage.set(key, text);
  };
  const getItem = (key: unknown) => {
    const text = storage.get(String(key));
    return text === undefined ? undefined : host.toApp(JSON.parse(text));
  };
  wx.setStorageSync = syncApi('setStorageSync', (key, data) => {
    try {
      setItem(key, data);
    } catch (err) {
      throw new Error((err as ApiError).errMsg.replace('setStorage', 'setStorageSync'));
    }
  });
  wx.getStorageSync = syncApi('getStorageSync', (key) => getItem(key) ?? '');
  wx.removeStorageSync = syncApi('removeStorageSync', (key) => void storage.delete(String(key)));
  wx.clearStorageSync = syncApi('clearStorageSync', () => storage.clear());
  wx.getStorageInfoSync = syncApi('getStorageInfoSync', () =>
    host.toApp({ keys: [...storage.keys()], currentSize: Math.ceil(used() / 1024), limitSize: 10240 }),
  );
  wx.setStorage = asyncApi('setStorage', (o) => (setItem(o.key, o.data), {}));
  wx.getStorage = asyncApi('getStorage', (o) => {
    const data = getItem(o.key);
    if (data === undefined) throw new ApiError('getStorage:fail data not found');
    return { data };
  });
  wx.removeStorage = asyncApi('removeStorage', (o) => (storage.delete(String(o.key)), {}));
  wx.clearStorage = asyncApi('clearStorage', () => (storage.clear(), {}));

  // --- Sign-in, phone number, subscribe messages.
  wx.login = asyncApi('login', async () => ({ code: await host.wechatCode('login-code', { openid: host.user.openid }) }));
  wx.checkSession = asyncApi('checkSession', () => ({}));
  wx.requestSubscribeMessage = asyncApi('requestSubscribeMessage', (o) => {
    const tapped = host.inTap();
    host.subscribeRequests.push({ tmplIds: safeJson(o.tmplIds) as string[], inTap: tapped });
    if (!tapped) throw new ApiError('requestSubscribeMessage:fail can only be invoked by user TAP gesture.', { errCode: 20001 });
    const ids = o.tmplIds;
    if (!Array.isArray(ids) || !ids.length || ids.some((id) => typeof id !== 'string'))
      throw new ApiError('requestSubscribeMessage:fail Templates list invalid', { errCode: 10001 });
    if (ids.length > 3) throw new ApiError('requestSubscribeMessage:fail Templates count out of max bounds', { errCode: 20003 });
    return Object.fromEntries(ids.map((id: string) => [id, host.user.subscribe]));
  });

  // --- Privacy.
  wx.onNeedPrivacyAuthorization = syncApi('onNeedPrivacyAuthorization', (listener) => host.privacy.onNeed(listener));
  wx.requirePrivacyAuthorize = (o: Options = {}) => {
    host.recordCall('requirePrivacyAuthorize', o);
    host.privacy.guard(
      'requirePrivacyAuthorize',
      () => host.settle(o, 'requirePrivacyAuthorize', true, {}),
      (reason) => host.settle(o, 'requirePrivacyAuthorize', false, { errMsg: `requirePrivacyAuthorize:fail ${reason}`, errno: 104 }),
    );
  };
  wx.getPrivacySetting = asyncApi('getPrivacySetting', () => host.privacy.setting());
  wx.openPrivacyContract = asyncApi('openPrivacyContract', () => ((host.ui.privacyContractOpened += 1), {}));

  // --- Files.
  wx.chooseMessageFile = promiseStyle((o: Options = {}) => {
    host.recordCall('chooseMessageFile', o);
    host.privacy.guard(
      'chooseMessageFile',
      () => {
        const count = Number(o.count);
        if (!Number.isInteger(count) || count < 1 || count > 100)
          return host.settle(o, 'chooseMessageFile', false, { errMsg: 'chooseMessageFile:fail parameter error: count should be 1 to 100' });
        const picked = host.chosenFiles.shift();
        if (!picked) return host.settle(o, 'chooseMessageFile', false, { errMsg: 'chooseMessageFile:fail cancel' });
        const allowed: string[] | null = Array.isArray(o.extension) ? o.extension.map((e: string) => String(e).toLowerCase()) : null;
        const files = picked
          .filter((f) => !allowed || allowed.includes(f.name.split('.').pop()!.toLowerCase()))
          .slice(0, count)
          .map((f) => ({
            path: host.network.files.add(f.content, f.name.split('.').pop()!),
            size: f.content.length,
            name: f.name,
            type: 'file',
            time: Math.floor(Date.now() / 1000),
          }));
        host.settle(o, 'chooseMessageFile', true, { tempFiles: files });
      },
      (reason) => host.settle(o, 'chooseMessageFile', false, { errMsg: `chooseMessageFile:fail ${reason}`, errno: 104 }),
    );
  });
  wx.openDocument = asyncApi('openDocument', (o) => {
    const content = typeof o.filePath === 'string' ? host.network.files.read(o.filePath) : null;
    if (!content) throw new ApiError(`openDocument:fail file not found: ${o.filePath}`);
    const type = String(o.fileType ?? o.filePath.split('.').pop()).toLowerCase();
    if (!DOCUMENT_TYPES.includes(type)) throw new ApiError(`openDocument:fail filetype not supported`);
    host.ui.documents.push({ filePath: o.filePath, fileType: type, size: content.length });
    return {};
  });
  wx.previewImage = asyncApi('previewImage', (o) => {
    if (!Array.isArray(o.urls) || !o.urls.length) throw new ApiError('previewImage:fail parameter error: urls should be a non-empty Array');
    host.ui.previews.push({ urls: [...o.urls], current: o.current });
    return {};
  });

  // --- Interface.
  wx.showToast = asyncApi('showToast', (o) => {
    if (typeof o.title !== 'string') throw new ApiError('showToast:fail parameter error: parameter.title should be String');
    host.ui.toasts.push({ title: o.title, icon: o.icon ?? 'success' });
    return {};
  });
  wx.hideToast = asyncApi('hideToast', () => ({}));
  wx.showLoading = asyncApi('showLoading', (o) => ((host.ui.loading = String(o.title ?? '')), {}));
  wx.hideLoading = asyncApi('hideLoading', () => ((host.ui.loading = null), {}));
  wx.showModal = asyncApi(
    'showModal',
    (o) =>
      new Promise<Result>((resolve) => {
        host.ui.modals.push({
          title: String(o.title ?? ''),
          content: String(o.content ?? ''),
          answer: (confirm: boolean) => resolve({ confirm, cancel: !confirm }),
        });
      }),
  );
  wx.showActionSheet = asyncApi(
    'showActionSheet',
    (o) =>
      new Promise<Result>((resolve, reject) => {
        host.ui.actionSheets.push({
          items: [...(o.itemList ?? [])],
          choose: (index: number | null) => (index === null ? reject(new ApiError('showActionSheet:fail cancel')) : resolve({ tapIndex: index })),
        });
      }),
  );
  wx.setNavigationBarTitle = asyncApi('setNavigationBarTitle', (o) => {
    const page = host.topPage();
    if (page) page.title = String(o.title ?? '');
    return {};
  });
  // The tab bar: WeChat changes it only while a tab page is on screen.
  wx.setTabBarItem = asyncApi('setTabBarItem', (o) => {
    const page = host.topPage();
    if (!page || !host.isTabPage(page.route)) throw new ApiError('setTabBarItem:fail not TabBar page');
    const item = host.tabBar[Number(o.index)];
    if (!item) throw new ApiError('setTabBarItem:fail tabbar item not found');
    if (typeof o.text === 'string') item.text = o.text;
    return {};
  });
  wx.pageScrollTo = asyncApi('pageScrollTo', (o) => (host.ui.scrolls.push({ selector: o.selector, scrollTop: o.scrollTop }), {}));
  // The clipboard is a privacy API too.
  wx.setClipboardData = promiseStyle((o: Options = {}) => {
    host.recordCall('setClipboardData', o);
    host.privacy.guard(
      'setClipboardData',
      () => {
        if (typeof o.data !== 'string')
          return host.settle(o, 'setClipboardData', false, { errMsg: 'setClipboardData:fail parameter error: parameter.data should be String' });
        host.ui.clipboard = o.data;
        host.ui.toasts.push({ title: '内容已复制', icon: 'success' });
        host.settle(o, 'setClipboardData', true, {});
      },
      (reason) => host.settle(o, 'setClipboardData', false, { errMsg: `setClipboardData:fail ${reason}`, errno: 104 }),
    );
  });
  wx.getClipboardData = promiseStyle((o: Options = {}) => {
    host.recordCall('getClipboardData', o);
    host.privacy.guard(
      'getClipboardData',
      () => host.settle(o, 'getClipboardData', true, { data: host.ui.clipboard }),
      (reason) => host.settle(o, 'getClipboardData', false, { errMsg: `getClipboardData:fail ${reason}`, errno: 104 }),
    );
  });
  wx.showShareMenu = asyncApi('showShareMenu', () => ({}));
  wx.hideShareMenu = asyncApi('hideShareMenu', () => ({}));
  wx.createVideoContext = syncApi('createVideoContext', (id: string) => host.videoContext(String(id)));

  // --- Routing.
  for (const api of ['navigateTo', 'redirectTo', 'reLaunch', 'switchTab', 'navigateBack'] as const) {
    wx[api] = asyncApi(api, async (o) => {
      try {
        await host.router[api](o);
      } catch (err) {
        throw new ApiError(`${api}:fail ${(err as Error).message}`);
      }
      return {};
    });
  }

  // --- Base.
  const info = () => host.toApp({ ...SYSTEM_INFO });
  wx.getSystemInfoSync = syncApi('getSystemInfoSync', info);
  wx.getSystemInfo = asyncApi('getSystemInfo', () => ({ ...SYSTEM_INFO }));
  wx.getWindowInfo = syncApi('getWindowInfo', () =>
    host.toApp(pick(SYSTEM_INFO, ['pixelRatio', 'screenWidth', 'screenHeight', 'windowWidth', 'windowHeight', 'statusBarHeight', 'safeArea'])),
  );
  wx.getDeviceInfo = syncApi('getDeviceInfo', () => host.toApp(pick(SYSTEM_INFO, ['brand', 'model', 'system', 'platform', 'benchmarkLevel'])));
  wx.getAppBaseInfo = syncApi('getAppBaseInfo', () =>
    host.toApp(pick(SYSTEM_INFO, ['SDKVersion', 'enableDebug', 'language', 'version', 'theme', 'fontSizeSetting'])),
  );
  wx.getSystemSetting = syncApi('getSystemSetting', () =>
    host.toApp({ bluetoothEnabled: false, locationEnabled: false, wifiEnabled: true, deviceOrientation: 'portrait' }),
  );
  wx.getMenuButtonBoundingClientRect = syncApi('getMenuButtonBoundingClientRect', () =>
    host.toApp({ width: 87, height: 32, top: 51, right: 382, bottom: 83, left: 295 }),
  );
  wx.getAccountInfoSync = syncApi('getAccountInfoSync', () => host.toApp({ miniProgram: { appId: 'wx-test-app', envVersion: 'develop', version: '' } }));
  wx.getLaunchOptionsSync = syncApi('getLaunchOptionsSync', () => host.toApp(host.launchOptions));
  wx.getEnterOptionsSync = syncApi('getEnterOptionsSync', () => host.toApp(host.launchOptions));
  wx.canIUse = syncApi('canIUse', (schema: string) => typeof schema === 'string' && host.implemented.has(schema.split('.')[0]));
  for (const [on, off, list] of [
    ['onAppShow', 'offAppShow', host.appListeners.show],
    ['onAppHide', 'offAppHide', host.appListeners.hide],
    ['onError', 'offError', host.appListeners.error],
    ['onUnhandledRejection', 'offUnhandledRejection', host.appListeners.rejection],
    ['onPageNotFound', 'offPageNotFound', host.appListeners.pageNotFound],
  ] as const) {
    wx[on] = syncApi(on, (fn) => void list.add(fn));
    wx[off] = syncApi(off, (fn) => void (fn ? list.delete(fn) : list.clear()));
  }
  wx.nextTick = syncApi('nextTick', (fn) => void Promise.resolve().then(() => host.call(fn, undefined, 'nextTick')));
  wx.reportAnalytics = syncApi('reportAnalytics', () => undefined);
  wx.reportEvent = syncApi('reportEvent', () => undefined);

  host.implemented = new Set(Object.keys(wx).filter((k) => !recorders.has(wx[k])));
  return wx;
}

function pick<T extends object>(o: T, keys: (keyof T)[]): Partial<T> {
  return Object.fromEntries(keys.map((k) => [k, o[k]])) as Partial<T>;
}

export { ApiError };
