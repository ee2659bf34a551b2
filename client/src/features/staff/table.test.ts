import { describe, expect, it } from 'vitest';
import { nextSort, sortRows, toggleAll, toggleId } from './table';

const rows = [
  { id: 'a', name: '保定', n: 3 },
  { id: 'b', name: '长沙', n: 10 },
  { id: 'c', name: '', n: 1 },
  { id: 'd', name: '安庆', n: 10 },
];
const value = (r: (typeof rows)[number], key: string) => (key === 'n' ? r.n : r.name);

describe('staff tables', () => {
  it('cycles a column through ascending, descending and the server order', () => {
    expect(nextSort(null, 'n')).toEqual({ key: 'n', dir: 'asc' });
    expect(nextSort({ key: 'n', dir: 'asc' }, 'n')).toEqual({ key: 'n', dir: 'desc' });
    expect(nextSort({ key: 'n', dir: 'desc' }, 'n')).toBeNull();
    expect(nextSort({ key: 'n', dir: 'desc' }, 'name')).toEqual({ key: 'name', dir: 'asc' });
  });

  it('sorts numbers as numbers and Chinese by pinyin, keeps ties in order, and empty values last', () => {
    expect(sortRows(rows, { key: 'n', dir: 'asc' }, value).map((r) => r.id)).toEqual(['c', 'a', 'b', 'd']);
    expect(sortRows(rows, { key: 'n', dir: 'desc' }, value).map((r) => r.id)).toEqual(['b', 'd', 'a', 'c']);
    expect(sortRows(rows, { key: 'name', dir: 'asc' }, value).map((r) => r.name)).toEqual(['安庆', '保定', '长沙', '']);
    expect(sortRows(rows, { key: 'name', dir: 'desc' }, value).map((r) => r.name)).toEqual(['长沙', '保定', '安庆', '']);
    expect(sortRows(rows, null, value)).not.toBe(rows);
  });

  it('selects rows one by one and a whole page at once', () => {
    const one = toggleId(new Set(), 'a');
    expect([...one]).toEqual(['a']);
    expect([...toggleId(one, 'a')]).toEqual([]);
    const page = toggleAll(new Set(['x', 'a']), ['a', 'b']);
    expect([...page].sort()).toEqual(['a', 'b', 'x']);
    expect([...toggleAll(page, ['a', 'b'])]).toEqual(['x']);
  });
});
