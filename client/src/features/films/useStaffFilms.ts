// A card's films for staff, polled while a job is queued or transcoding and the page is on screen.
import { useContext, useEffect } from 'react';
import { StaffFilmsDocument } from '@cards/schema';
import { useQuery } from '../../graphql/useQuery';
import { PageActiveContext } from '../../utils/pageActive';
import { isTranscoding } from './staffFilms';

export const POLL_MS = 2000;

export function useStaffFilms(slug: string) {
  const pageActive = useContext(PageActiveContext);
  const query = useQuery(StaffFilmsDocument, { cardSlug: slug }, { pause: !slug, requestPolicy: 'network-only' });
  const { data, fetching, refetch } = query;
  const films = data?.films.edges.map((e) => e.node) ?? [];
  const polling = films.some(isTranscoding);

  useEffect(() => {
    if (!polling || fetching || !pageActive) return;
    const timer = setTimeout(refetch, POLL_MS);
    return () => clearTimeout(timer);
  }, [polling, fetching, pageActive, data, refetch]);

  return { query, films, card: data?.card ?? null, totalCount: data?.films.totalCount ?? 0 };
}
