// Helpers of the host's view side: the jsdom the view renders into, and small conversions.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The API origin compiled into the package (the build's API_URL). */
export function builtApiOrigin(root: string): string {
  for (const file of ['common.js', 'app.js', 'vendors.js']) {
    const full = path.join(root, file);
    if (!fs.existsSync(full)) continue;
    const m = /"(https?:\/\/[^"/\s]+)\/graphql"/.exec(fs.readFileSync(full, 'utf8'));
    if (m) return m[1];
  }
  throw new Error(`no API_URL (…/graphql) found in the package at ${root}`);
}

/**
 * The view layer's DOM: jsdom's window and document as globals of this (test) realm, where exparser,
 * j-component and wcc's template code run. The app's realm never sees them.
 */
export function installView() {
  const { JSDOM } = require('jsdom') as { JSDOM: new (html: string, options: object) => { window: any } };
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { pretendToBeVisual: true });
  const g = globalThis as any;
  g.window = dom.window;
  g.document = dom.window.document;
  for (const name of ['Element', 'HTMLElement', 'Node', 'Event', 'CustomEvent', 'TouchEvent']) g[name] ??= (dom.window as any)[name];
  // wcsc's code reads the screen; wcc's marks its version on window.
  Object.defineProperty(dom.window.screen, 'width', { value: 390 });
  Object.defineProperty(dom.window.screen, 'height', { value: 844 });
  (dom.window as any).devicePixelRatio = 3;
  (dom.window as any).__webview_engine_version__ = 0.02;
}

/** Property types (constructors) do not survive JSON: take them from the app's definition. */
export function propertyTypes(props: Record<string, any>): Record<string, any> {
  const out: Record<string, any> = {};
  const byName: Record<string, unknown> = { String, Number, Boolean, Object, Array };
  for (const [name, spec] of Object.entries(props)) {
    if (typeof spec === 'function') out[name] = { type: byName[spec.name] ?? null };
    else if (spec && typeof spec === 'object') out[name] = { ...JSON.parse(JSON.stringify(spec)), type: spec.type ? (byName[spec.type.name] ?? null) : null };
  }
  return out;
}

export function describe(value: unknown): string {
  if (value instanceof Error || (value && typeof value === 'object' && 'stack' in value && 'message' in value)) {
    const e = value as Error;
    return `${e.message}\n${String(e.stack ?? '')
      .split('\n')
      .slice(1, 6)
      .join('\n')}`;
  }
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

export function safeJson(value: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === 'function' ? '[function]' : v)));
  } catch {
    return String(value);
  }
}
