import { describe, expect, it } from 'vitest';
import { detailUrl, filtersFromParams, hasActiveFilters, listUrl, toCardFilter } from './filters';

describe('list filters', () => {
  it('reads and validates page params', () => {
    const f = filtersFromParams({ query: encodeURIComponent('东莞 '), tier: 'main', theme: 'TECH_HOTSPOT', year: '2025', region: '440000' });
    expect(f).toEqual({ query: '东莞', tier: 'MAIN', theme: 'TECH_HOTSPOT', batchYear: '2025', regionCode: '440000' });
    expect(filtersFromParams({ tier: 'GOLD', theme: 'x', year: '25' })).toEqual({
      query: '',
      tier: '',
      theme: '',
      batchYear: '',
      regionCode: '',
    });
  });

  it('builds the GraphQL filter with only the set fields', () => {
    expect(toCardFilter(filtersFromParams({}))).toBeNull();
    expect(toCardFilter({ query: ' 陶瓷 ', tier: '', theme: 'UPGRADE_RENEWAL', batchYear: '2024', regionCode: '' })).toEqual({
      query: '陶瓷',
      theme: 'UPGRADE_RENEWAL',
      batchYear: 2024,
    });
  });

  it('round-trips through the list URL', () => {
    const url = listUrl({ query: '东莞 制造', theme: 'TECH_HOTSPOT' });
    expect(url).toBe('/pages/cards/list/index?query=%E4%B8%9C%E8%8E%9E%20%E5%88%B6%E9%80%A0&theme=TECH_HOTSPOT');
    const params = Object.fromEntries(new URLSearchParams(url.split('?')[1]).entries());
    // Taro hands params over still encoded on some platforms; decoding twice must be harmless.
    expect(filtersFromParams(params).query).toBe('东莞 制造');
    expect(listUrl({})).toBe('/pages/cards/list/index');
    expect(detailUrl('baoding-electric-valley')).toBe('/pages/cards/detail/index?slug=baoding-electric-valley');
  });

  it('knows when filters other than the query are active', () => {
    expect(hasActiveFilters({ query: 'x', tier: '', theme: '', batchYear: '', regionCode: '' })).toBe(false);
    expect(hasActiveFilters({ query: '', tier: 'MAIN', theme: '', batchYear: '', regionCode: '' })).toBe(true);
  });
});
