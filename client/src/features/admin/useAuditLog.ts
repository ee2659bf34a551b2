// The admin's audit log: the trail newest first, filtered by action, subject, person and days, in
// numbered pages.
import { useState } from 'react';
import { AuditLogDocument, StaffMembersDocument, type AuditLogQuery } from '@cards/schema';
import { getClient } from '../../graphql/client';
import { errorMessage } from '../../graphql/mutate';
import { useQuery } from '../../graphql/useQuery';
import { useI18n } from '../../i18n';
import { connectionPage, usePagedList } from '../staff/usePagedList';
import { NO_AUDIT_FILTERS, toAuditFilter, type AuditFilters } from './audit';

export const AUDIT_PAGE_SIZE = 20;

export type AuditRow = AuditLogQuery['auditLog']['edges'][number]['node'];

export function useAuditLog() {
  const { t } = useI18n();
  const [filters, setFilters] = useState<AuditFilters>(NO_AUDIT_FILTERS);
  const filter = toAuditFilter(filters);
  const list = usePagedList<AuditRow>(JSON.stringify(filter), async (after) => {
    const res = await getClient().query(AuditLogDocument, { first: AUDIT_PAGE_SIZE, after, filter }, { requestPolicy: 'network-only' }).toPromise();
    return connectionPage(res.data?.auditLog, errorMessage(res.error, t('common.networkError')));
  });
  // The people who may appear in the trail, for the "who" filter (disabled accounts too).
  const staff = useQuery(StaffMembersDocument, { includeDisabled: true });
  return {
    filters,
    active: Object.values(filters).some(Boolean),
    update: (patch: Partial<AuditFilters>) => setFilters((f) => ({ ...f, ...patch })),
    clear: () => setFilters(NO_AUDIT_FILTERS),
    list,
    actors: staff.data?.staffMembers ?? [],
  };
}
