// 长辈模式 (elder mode): larger text, taller lines, bigger tap targets and stronger contrast, by
// redefining the design tokens under one root class. Remembered per device; on H5 `?mode=elder` in
// any address turns it on, and on WeChat it turns on by itself when the user's font setting is at
// 关怀模式 size (23.8 px) or larger, unless the user switched it off on this device.
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';

export const ELDER_STORAGE_KEY = 'cards.elder';
/** The root class whose token overrides make a page elder-sized (styles/_elder.scss). */
export const ELDER_CLASS = 'is-elder';
/** WeChat's 关怀模式 font size. */
export const CARE_FONT_SIZE = 23.8;
/** The font scale WeChat reports at that size (17 px is its standard size). */
export const CARE_FONT_SCALE = CARE_FONT_SIZE / 17;

type Stored = 'on' | 'off' | '';
type Listener = (on: boolean) => void;

const listeners = new Set<Listener>();
let current: boolean | null = null;

function readStored(): Stored {
  try {
    const v = Taro.getStorageSync(ELDER_STORAGE_KEY);
    return v === 'on' || v === 'off' ? v : '';
  } catch {
    return '';
  }
}

function store(value: Stored): void {
  try {
    Taro.setStorageSync(ELDER_STORAGE_KEY, value);
  } catch {
    // Storage full or unavailable: the mode still holds for this session.
  }
}

/** `mode=elder` (or `mode=normal`) in the H5 address, if any. */
export function modeFromAddress(search: string): boolean | null {
  const mode = new URLSearchParams(search).get('mode');
  if (mode === 'elder') return true;
  if (mode === 'normal') return false;
  return null;
}

/** Whether WeChat's font setting is at 关怀模式 size or larger (false where the API is absent, as on H5). */
export function systemFontIsLarge(info: { fontSizeSetting?: number; fontSizeScaleFactor?: number } | null | undefined): boolean {
  if (!info) return false;
  if (typeof info.fontSizeSetting === 'number' && info.fontSizeSetting >= CARE_FONT_SIZE) return true;
  return typeof info.fontSizeScaleFactor === 'number' && info.fontSizeScaleFactor >= CARE_FONT_SCALE - 0.01;
}

function systemInfo(): { fontSizeSetting?: number; fontSizeScaleFactor?: number } | null {
  if (!IS_WEAPP) return null;
  try {
    return Taro.getSystemInfoSync() as { fontSizeSetting?: number; fontSizeScaleFactor?: number };
  } catch {
    return null;
  }
}

function applyToDocument(on: boolean): void {
  // On H5 the class also goes on <body>, where the tokens are declared, so overlays outside a page follow.
  if (IS_H5 && typeof document !== 'undefined') document.body?.classList.toggle(ELDER_CLASS, on);
}

function resolve(): boolean {
  if (IS_H5 && typeof window !== 'undefined') {
    const fromAddress = modeFromAddress(window.location.search);
    if (fromAddress !== null) {
      store(fromAddress ? 'on' : 'off');
      return fromAddress;
    }
  }
  const stored = readStored();
  if (stored) return stored === 'on';
  return systemFontIsLarge(systemInfo());
}

/** Whether elder mode is on (worked out on first use). */
export function isElderMode(): boolean {
  if (current === null) {
    current = resolve();
    applyToDocument(current);
  }
  return current;
}

/** Turn elder mode on or off on this device, and tell every mounted page. */
export function setElderMode(on: boolean): void {
  store(on ? 'on' : 'off');
  if (on === isElderMode()) return;
  current = on;
  applyToDocument(on);
  for (const fn of listeners) fn(on);
}

export function subscribeElderMode(fn: Listener): () => void {
  listeners.add(fn);
  return () => {
    listeners.delete(fn);
  };
}

/** For tests: forget the worked-out value so that the next read resolves it again. */
export function resetElderModeForTests(): void {
  current = null;
  listeners.clear();
}

/** The mode and its switch, for a page or a component. */
export function useElderMode(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState<boolean>(isElderMode);
  useEffect(() => {
    // Another page may have switched while this one was hidden.
    setOn(isElderMode());
    return subscribeElderMode(setOn);
  }, []);
  return [on, setElderMode];
}

/** The class a page root adds: `is-elder` in elder mode, '' otherwise. */
export function useElderClass(): string {
  return useElderMode()[0] ? ELDER_CLASS : '';
}
