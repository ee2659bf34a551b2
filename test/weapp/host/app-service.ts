// The app's logic thread (AppService): a separate JavaScript realm holding only what WeChat gives a
// mini-program — the language's own built-ins, timers, console, `wx`, App/Page/Component/Behavior,
// getApp/getCurrentPages and a CommonJS `require` per file. No DOM, no fetch, URL, TextEncoder,
// XMLHttpRequest or WebSocket: code that leans on them fails here as it would on a phone.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

export interface AppServiceOptions {
  root: string;
  globals: Record<string, unknown>;
  /** Errors thrown by timer callbacks (WeChat reports them to App.onError / wx.onError). */
  onError: (error: unknown, where: string) => void;
}

// WeChat's module wrapper shadows these browser names with undefined inside every file.
const SHADOWED = [
  'window',
  'document',
  'frames',
  'self',
  'location',
  'navigator',
  'localStorage',
  'history',
  'Caches',
  'screen',
  'alert',
  'confirm',
  'prompt',
  'XMLHttpRequest',
  'WebSocket',
  'Reporter',
  'webkit',
  'WeixinJSCore',
];

export class AppService {
  readonly context: vm.Context;
  private modules = new Map<string, { exports: unknown }>();
  private timers = new Set<NodeJS.Timeout>();
  /** Path (relative to root, no extension) of the file being evaluated, for Page/Component. */
  loading: string[] = [];

  constructor(private options: AppServiceOptions) {
    const wrap =
      (fn: unknown, where: string) =>
      (...args: unknown[]) => {
        try {
          return (fn as (...a: unknown[]) => unknown)(...args);
        } catch (err) {
          options.onError(err, where);
        }
      };
    const timers = this.timers;
    const sandbox: Record<string, unknown> = {
      console,
      setTimeout: (fn: unknown, ms?: number, ...args: unknown[]) => {
        const t = setTimeout(() => {
          timers.delete(t);
          wrap(fn, 'setTimeout')(...args);
        }, ms);
        timers.add(t);
        return t;
      },
      clearTimeout: (t: NodeJS.Timeout) => {
        timers.delete(t);
        clearTimeout(t);
      },
      setInterval: (fn: unknown, ms?: number, ...args: unknown[]) => {
        const t = setInterval(wrap(fn, 'setInterval'), ms, ...args);
        timers.add(t);
        return t;
      },
      clearInterval: (t: NodeJS.Timeout) => {
        timers.delete(t);
        clearInterval(t);
      },
      ...options.globals,
    };
    this.context = vm.createContext(sandbox, { name: 'AppService', codeGeneration: { strings: true, wasm: false } });
  }

  /** Runs a file of the package (path relative to root, with or without `.js`) once; returns its exports. */
  require(file: string): unknown {
    const rel = path.posix.normalize(file.replace(/\.js$/, '')) + '.js';
    const cached = this.modules.get(rel);
    if (cached) return cached.exports;
    const full = path.join(this.options.root, rel);
    if (!fs.existsSync(full)) throw new Error(`module "${rel}" is not defined`);
    const module = { exports: {} as unknown };
    this.modules.set(rel, module);
    const code = fs.readFileSync(full, 'utf8');
    const fn = vm.runInContext(`(function (require, module, exports, ${SHADOWED.join(', ')}) {${code}\n})`, this.context, { filename: full }) as (
      ...args: unknown[]
    ) => void;
    const localRequire = (request: string) => this.require(path.posix.join(path.posix.dirname(rel), request));
    this.loading.push(rel.replace(/\.js$/, ''));
    try {
      fn(localRequire, module, module.exports);
    } finally {
      this.loading.pop();
    }
    return module.exports;
  }

  isLoaded(file: string): boolean {
    return this.modules.has(path.posix.normalize(file.replace(/\.js$/, '')) + '.js');
  }

  /** Stops every timer the app left running (the page stack is gone). */
  dispose() {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
}
