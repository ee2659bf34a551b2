import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { taroStub } from '../../../../test/taro-stub';
import { createClient, setClient } from '../../../graphql/client';
import { resetLangForTests } from '../../../i18n/store';
import CardListPage from './index';

type Handler = (operationName: string, variables: Record<string, unknown>) => unknown;

function serve(handler: Handler) {
  taroStub.handler = (opts) => {
    const body = JSON.parse(String(opts.data));
    const result = handler(body.operationName, body.variables ?? {});
    if (result instanceof Error) return result;
    return { statusCode: 200, data: JSON.stringify(result), header: { 'content-type': 'application/json' } };
  };
}

const node = (i: number) => ({
  id: `Card:${i}`,
  slug: `card-${i}`,
  title: `示例名片${i}`,
  titleEn: i === 1 ? 'Sample Card One' : null,
  tier: i % 2 ? 'MAIN' : 'FEATURED',
  themes: ['TECH_HOTSPOT'],
  batchYear: 2025,
  industries: ['电子信息'],
  concept: '概念',
  conceptEn: null,
  color: '#1f4e8c',
  isSample: true,
  region: { code: '441900', name: '东莞市', fullName: '广东省 · 东莞市', fullNameEn: 'Region' },
});

function cardsResponse(from: number, count: number, total: number) {
  const edges = Array.from({ length: count }, (_, k) => ({ cursor: `c${from + k}`, node: node(from + k) }));
  return {
    data: {
      cards: {
        totalCount: total,
        pageInfo: { hasNextPage: from + count - 1 < total, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
        edges,
      },
    },
  };
}

const basics: Handler = (op) => {
  if (op === 'Provinces') return { data: { regions: [{ code: '440000', name: '广东省', shortName: '广东' }] } };
  if (op === 'BatchYears') return { data: { cardBatchYears: [2025, 2024] } };
  return null;
};

beforeEach(() => {
  resetLangForTests();
  setClient(createClient('/graphql'));
});

afterEach(() => setClient(null));

describe('card list page', () => {
  it('shows an error state with a retry button when the server is down, and recovers on retry', async () => {
    let up = false;
    serve((op, vars) => basics(op, vars) ?? (up ? cardsResponse(1, 2, 2) : new Error('request:fail connect ECONNREFUSED')));
    const { container } = render(<CardListPage />);

    const retry = await waitFor(() => {
      return screen.getByRole('button', { name: '重试' });
    });
    expect(container.textContent).toContain('加载失败');
    expect(screen.queryByRole('link')).toBeNull();

    up = true;
    await act(async () => {
      fireEvent.click(retry);
    });
    await waitFor(() => expect(screen.queryAllByRole('link')).toHaveLength(2));
    expect(screen.queryByRole('button', { name: '重试' })).toBeNull();
    expect(screen.queryByRole('status')?.textContent).toBe('共 2 张名片');
    expect(screen.queryAllByRole('link')[0]?.getAttribute('data-slug')).toBe('card-1');
  });

  it('sends the query and filters from the URL, first page of 20', async () => {
    taroStub.params = { query: encodeURIComponent('东莞'), theme: 'TECH_HOTSPOT' };
    const seen: Record<string, unknown>[] = [];
    serve((op, vars) => {
      if (op === 'CardList') seen.push(vars);
      return basics(op, vars) ?? cardsResponse(1, 1, 1);
    });
    render(<CardListPage />);
    await waitFor(() => expect(screen.queryAllByRole('link')).toHaveLength(1));
    expect(seen[0]).toEqual({ first: 20, after: null, filter: { query: '东莞', theme: 'TECH_HOTSPOT' } });
  });

  it('shows the empty state when nothing matches', async () => {
    serve((op, vars) => basics(op, vars) ?? cardsResponse(1, 0, 0));
    const { container } = render(<CardListPage />);
    await waitFor(() => expect(container.textContent).toContain('没有找到符合条件的名片'));
    expect(screen.queryByRole('status')?.textContent).toBe('共 0 张名片');
  });

  it('switches card content and UI text to English with the language switch', async () => {
    serve((op, vars) => basics(op, vars) ?? cardsResponse(1, 2, 2));
    const { container } = render(<CardListPage />);
    await waitFor(() => expect(screen.queryAllByRole('link')).toHaveLength(2));
    const titles = () => Array.from(container.querySelectorAll('.card-item__title')).map((el) => el.textContent);
    expect(titles()).toEqual(['示例名片1', '示例名片2']);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /Switch to English/ }));
    });
    // English title where there is one, Chinese otherwise.
    expect(titles()).toEqual(['Sample Card One', '示例名片2']);
    expect(screen.queryByRole('status')?.textContent).toBe('2 cards');
    expect(taroStub.storage.get('cards.lang')).toBe('en');
  });
});
