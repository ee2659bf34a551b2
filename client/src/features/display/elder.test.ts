import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { taroStub } from '../../../test/taro-stub';
import {
  ELDER_CLASS,
  ELDER_STORAGE_KEY,
  isElderMode,
  modeFromAddress,
  resetElderModeForTests,
  setElderMode,
  systemFontIsLarge,
  useElderClass,
  useElderMode,
} from './elder';

beforeEach(() => {
  resetElderModeForTests();
  taroStub.storage.delete(ELDER_STORAGE_KEY);
  document.body.classList.remove(ELDER_CLASS);
  window.history.replaceState(null, '', '/');
});
afterEach(() => window.history.replaceState(null, '', '/'));

describe('elder mode', () => {
  it('is off by default and remembers the choice on this device', () => {
    expect(isElderMode()).toBe(false);
    setElderMode(true);
    expect(taroStub.storage.get(ELDER_STORAGE_KEY)).toBe('on');
    expect(document.body.classList.contains(ELDER_CLASS)).toBe(true);
    resetElderModeForTests();
    expect(isElderMode()).toBe(true);
    setElderMode(false);
    expect(taroStub.storage.get(ELDER_STORAGE_KEY)).toBe('off');
    expect(document.body.classList.contains(ELDER_CLASS)).toBe(false);
  });

  it('turns on from ?mode=elder in the H5 address, and stays on without it', () => {
    window.history.replaceState(null, '', '/pages/cards/list/index?tier=MAIN&mode=elder');
    expect(isElderMode()).toBe(true);
    expect(document.body.classList.contains(ELDER_CLASS)).toBe(true);
    window.history.replaceState(null, '', '/pages/home/index');
    resetElderModeForTests();
    expect(isElderMode()).toBe(true);
  });

  it('reads the address: elder, normal or nothing', () => {
    expect(modeFromAddress('?mode=elder')).toBe(true);
    expect(modeFromAddress('?a=1&mode=normal')).toBe(false);
    expect(modeFromAddress('?mode=big')).toBeNull();
    expect(modeFromAddress('')).toBeNull();
  });

  it('follows WeChat’s font setting at 关怀模式 size or larger', () => {
    expect(systemFontIsLarge({ fontSizeSetting: 17 })).toBe(false);
    expect(systemFontIsLarge({ fontSizeSetting: 23.8 })).toBe(true);
    expect(systemFontIsLarge({ fontSizeSetting: 26 })).toBe(true);
    expect(systemFontIsLarge({ fontSizeScaleFactor: 1 })).toBe(false);
    expect(systemFontIsLarge({ fontSizeScaleFactor: 1.4 })).toBe(true);
    // H5 has neither.
    expect(systemFontIsLarge({})).toBe(false);
    expect(systemFontIsLarge(null)).toBe(false);
  });

  it('tells every mounted page when it is switched', () => {
    const page = renderHook(() => ({ mode: useElderMode(), cls: useElderClass() }));
    expect(page.result.current.cls).toBe('');
    act(() => page.result.current.mode[1](true));
    expect(page.result.current.mode[0]).toBe(true);
    expect(page.result.current.cls).toBe(ELDER_CLASS);
  });
});
