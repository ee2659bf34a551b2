import { describe, expect, it } from 'vitest';
import type { CardListQuery, CardSummaryFragment } from '../../graphql/operations';
import { canLoadMore, initialListState, listReducer, mergeById, type ListState } from './listState';

function card(id: string): CardSummaryFragment {
  return {
    id,
    slug: `slug-${id}`,
    title: `名片${id}`,
    titleEn: null,
    tier: 'MAIN',
    themes: [],
    batchYear: 2025,
    industries: [],
    industriesEn: [],
    concept: null,
    conceptEn: null,
    color: null,
    isSample: true,
    region: { code: '440000', name: '广东省', fullName: '广东省', fullNameEn: 'Region' },
  } as CardSummaryFragment;
}

function page(ids: string[], hasNextPage: boolean, totalCount = 50): CardListQuery['cards'] {
  return {
    totalCount,
    pageInfo: { hasNextPage, endCursor: ids.length ? `c-${ids[ids.length - 1]}` : null },
    edges: ids.map((id) => ({ cursor: `c-${id}`, node: card(id) })),
  } as CardListQuery['cards'];
}

describe('listReducer', () => {
  it('loads a first page, then appends the next one without duplicates', () => {
    let s: ListState = listReducer(initialListState, { type: 'reset', requestId: 1 });
    expect(s.status).toBe('loading');
    s = listReducer(s, { type: 'pageLoaded', requestId: 1, page: page(['1', '2', '3'], true), append: false });
    expect(s.items.map((c) => c.id)).toEqual(['1', '2', '3']);
    expect(s.endCursor).toBe('c-3');
    expect(canLoadMore(s)).toBe(true);

    s = listReducer(s, { type: 'loadMore', requestId: 2 });
    expect(s.status).toBe('loadingMore');
    expect(canLoadMore(s)).toBe(false);
    // The window shifted: card 3 comes again.
    s = listReducer(s, { type: 'pageLoaded', requestId: 2, page: page(['3', '4', '5'], false), append: true });
    expect(s.items.map((c) => c.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(s.hasNextPage).toBe(false);
    expect(s.endCursor).toBe('c-5');
    expect(canLoadMore(s)).toBe(false);
  });

  it('drops a late answer for an older request', () => {
    let s = listReducer(initialListState, { type: 'reset', requestId: 1 });
    s = listReducer(s, { type: 'reset', requestId: 2 }); // the filter changed meanwhile
    const stale = listReducer(s, { type: 'pageLoaded', requestId: 1, page: page(['old'], false), append: false });
    expect(stale).toBe(s);
    s = listReducer(s, { type: 'pageLoaded', requestId: 2, page: page(['new'], false, 1), append: false });
    expect(s.items.map((c) => c.id)).toEqual(['new']);
    expect(s.totalCount).toBe(1);
  });

  it('a new filter starts from an empty list', () => {
    let s = listReducer(initialListState, { type: 'reset', requestId: 1 });
    s = listReducer(s, { type: 'pageLoaded', requestId: 1, page: page(['1'], true), append: false });
    s = listReducer(s, { type: 'reset', requestId: 2 });
    expect(s.items).toEqual([]);
    expect(s.totalCount).toBeNull();
  });

  it('a failed first page is a page error; a failed next page keeps the cards', () => {
    let s = listReducer(initialListState, { type: 'reset', requestId: 1 });
    s = listReducer(s, { type: 'failed', requestId: 1, message: 'down' });
    expect(s.status).toBe('error');
    expect(s.error).toBe('down');

    s = listReducer(s, { type: 'reset', requestId: 2 });
    s = listReducer(s, { type: 'pageLoaded', requestId: 2, page: page(['1', '2'], true), append: false });
    s = listReducer(s, { type: 'loadMore', requestId: 3 });
    s = listReducer(s, { type: 'failed', requestId: 3, message: 'down' });
    expect(s.status).toBe('moreError');
    expect(s.items).toHaveLength(2);
    expect(canLoadMore(s)).toBe(true);
  });

  it('ignores loadMore when there is no next page', () => {
    let s = listReducer(initialListState, { type: 'reset', requestId: 1 });
    s = listReducer(s, { type: 'pageLoaded', requestId: 1, page: page(['1'], false), append: false });
    expect(listReducer(s, { type: 'loadMore', requestId: 2 })).toBe(s);
  });
});

describe('mergeById', () => {
  it('keeps the first occurrence and the order', () => {
    expect(mergeById([{ id: 'a' }, { id: 'b' }], [{ id: 'b' }, { id: 'c' }, { id: 'c' }]).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
});
