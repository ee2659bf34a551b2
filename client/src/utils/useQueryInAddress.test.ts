import { afterEach, describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import { addressWith, useQueryInAddress } from './useQueryInAddress';
import { filtersFromParams, filtersToParams } from '../features/cards/filters';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('addressWith', () => {
  it('sets and removes parameters, keeping the others and the hash', () => {
    expect(addressWith('https://x.cn/pages/cards/list/index?lang=en#top', { tier: 'MAIN', query: '东莞 制造', theme: '' })).toBe(
      '/pages/cards/list/index?lang=en&tier=MAIN&query=%E4%B8%9C%E8%8E%9E+%E5%88%B6%E9%80%A0#top',
    );
    expect(addressWith('https://x.cn/p?theme=A', { theme: '' })).toBe('/p');
  });
});

describe('useQueryInAddress', () => {
  it('replaces the address (no new history entry), keeping the router state; only while the page is active', () => {
    window.history.replaceState({ key: 'taro-1' }, '', '/pages/cards/list/index');
    const length = window.history.length;
    const filters = { query: '盐湖', regionCode: '630000', tier: 'FEATURED', theme: '', batchYear: '2025' };
    const { rerender } = renderHook(({ f, active }) => useQueryInAddress(filtersToParams(f), active), { initialProps: { f: filters, active: true } });
    expect(window.location.search).toBe('?query=%E7%9B%90%E6%B9%96&region=630000&tier=FEATURED&year=2025');
    expect(window.history.state).toEqual({ key: 'taro-1' });
    expect(window.history.length).toBe(length);
    // What a reload reads back is what was set.
    const params = Object.fromEntries(new URLSearchParams(window.location.search));
    expect(filtersFromParams(params)).toEqual(filters);

    rerender({ f: { ...filters, tier: '', theme: 'TECH_HOTSPOT' }, active: true });
    expect(window.location.search).toBe('?query=%E7%9B%90%E6%B9%96&region=630000&year=2025&theme=TECH_HOTSPOT');
    // A hidden page (another page on top) leaves the address alone.
    window.history.replaceState({ key: 'taro-2' }, '', '/pages/cards/detail/index?slug=x');
    rerender({ f: { ...filters, query: '别的' }, active: false });
    expect(window.location.pathname + window.location.search).toBe('/pages/cards/detail/index?slug=x');
  });
});
