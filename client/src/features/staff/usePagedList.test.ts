import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { usePagedList, type Page } from './usePagedList';

const page = (items: string[], endCursor: string, hasNextPage: boolean): Page<string> => ({ items, totalCount: 5, endCursor, hasNextPage });

describe('usePagedList', () => {
  it('fetches page N after the end cursor of page N − 1, back and forth, and restarts when the key changes', async () => {
    const asked: (string | null)[] = [];
    const pages: Record<string, Page<string>> = { first: page(['a', 'b'], 'c2', true), c2: page(['c', 'd'], 'c4', true), c4: page(['e'], 'c5', false) };
    const fetch = async (after: string | null) => {
      asked.push(after);
      return pages[after ?? 'first'];
    };
    const { result, rerender } = renderHook(({ key }) => usePagedList(key, fetch), { initialProps: { key: 'all' } });
    await waitFor(() => expect(result.current.items).toEqual(['a', 'b']));
    expect(result.current).toMatchObject({ page: 1, hasPrevPage: false, hasNextPage: true, totalCount: 5 });
    await act(() => result.current.next());
    await act(() => result.current.next());
    expect(result.current).toMatchObject({ page: 3, items: ['e'], hasNextPage: false, hasPrevPage: true });
    await act(() => result.current.next()); // no page 4
    await act(() => result.current.prev());
    expect(result.current.items).toEqual(['c', 'd']);
    expect(asked).toEqual([null, 'c2', 'c4', 'c2']);
    rerender({ key: 'filtered' });
    await waitFor(() => expect(result.current.page).toBe(1));
    expect(asked.at(-1)).toBeNull();
  });

  it('shows an error and keeps the page to retry', async () => {
    let fail = true;
    const { result } = renderHook(() => usePagedList('k', async () => (fail ? { error: '网络异常' } : page(['a'], 'x', false))));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toBe('网络异常');
    fail = false;
    await act(() => result.current.reload());
    expect(result.current).toMatchObject({ status: 'ready', items: ['a'] });
  });
});
