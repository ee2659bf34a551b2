import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { serveGraphQL } from '../../test/serve';
import { createClient, setClient } from './client';
import { HomeCardsDocument } from './operations';
import { useQuery } from './useQuery';

const home = (total: number) => ({ featured: { totalCount: 1, edges: [] }, all: { totalCount: total } });

function HomeTotal() {
  const { data, fetching, refetch } = useQuery(HomeCardsDocument, {});
  return (
    <button type="button" onClick={refetch}>
      {fetching ? 'loading' : `total ${data?.all.totalCount}`}
    </button>
  );
}

function pageArrivesWith(data: unknown, operation = 'HomeCards') {
  const element = document.createElement('script');
  element.type = 'application/json';
  element.id = 'first-screen-data';
  element.dataset.operation = operation;
  element.textContent = JSON.stringify(data);
  document.body.append(element);
}

beforeEach(() => setClient(createClient('/graphql')));
afterEach(() => {
  setClient(null);
  document.getElementById('first-screen-data')?.remove();
});

describe('the first screen data in the H5 page', () => {
  it('answers the first home query without a request, once; a refetch asks the server', async () => {
    const asked = serveGraphQL(() => ({ data: home(51) }));
    pageArrivesWith(home(50));
    render(<HomeTotal />);
    expect(screen.getByRole('button').textContent).toBe('total 50');
    expect(asked).toEqual([]);
    expect(document.getElementById('first-screen-data')).toBeNull();
    screen.getByRole('button').click();
    await waitFor(() => expect(screen.getByRole('button').textContent).toBe('total 51'));
    expect(asked.map((a) => a.operationName)).toEqual(['HomeCards']);
  });

  it('is not taken by another operation', async () => {
    const asked = serveGraphQL(() => ({ data: home(51) }));
    pageArrivesWith(home(50), 'CardList');
    render(<HomeTotal />);
    await waitFor(() => expect(screen.getByRole('button').textContent).toBe('total 51'));
    expect(asked.map((a) => a.operationName)).toEqual(['HomeCards']);
    expect(document.getElementById('first-screen-data')).not.toBeNull();
  });
});
