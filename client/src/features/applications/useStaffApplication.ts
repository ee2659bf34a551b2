// One application on the staff's page: loaded fresh, replaced by the answer of a move, reloaded on a conflict.
import { useState } from 'react';
import { ApplicationDetailDocument, type ApplicationFieldsFragment } from '@cards/schema';
import { useQuery } from '../../graphql/useQuery';
import { useI18n } from '../../i18n';
import { useRefetchOnShow } from '../../utils/useRefetchOnShow';

/** The newer of what the query loaded and what a move answered (by version). */
export function newerApplication<A extends { version: number }>(fromQuery: A | null, moved: A | null): A | null {
  return moved && (!fromQuery || moved.version > fromQuery.version) ? moved : fromQuery;
}

export function useStaffApplication(id: string) {
  const { t } = useI18n();
  const query = useQuery(ApplicationDetailDocument, { id }, { requestPolicy: 'network-only' });
  useRefetchOnShow(query.refetch);
  const [moved, setMoved] = useState<ApplicationFieldsFragment | null>(null);
  // Survives the reload after a conflict (the actions start afresh for the new version).
  const [notice, setNotice] = useState<string | null>(null);
  const app = newerApplication(query.data?.application ?? null, moved);

  const onMoved = (a: ApplicationFieldsFragment) => {
    setNotice(null);
    setMoved(a);
  };
  const onConflict = () => {
    setNotice(t('common.conflict'));
    setMoved(null);
    query.refetch();
  };
  /** The card changed: the application (its card, maybe its status) is read again. */
  const reload = () => {
    setMoved(null);
    query.refetch();
  };

  return { query, app, notice, onMoved, onConflict, reload };
}
