// The staff's list of every card (drafts and offline ones too), with search and filters.
import type { Prisma } from '../../generated/prisma/client.js';
import type { CardStatus, CardTier } from '../../generated/prisma/enums.js';
import type { Deps, Viewer } from '../../context.js';
import { assertCan } from './cards.policy.js';

export interface StaffCardFilter {
  query?: string | null;
  status?: CardStatus | null;
  tier?: CardTier | null;
  batchYear?: number | null;
}

export function staffCardWhere(filter: StaffCardFilter): Prisma.CardWhereInput {
  const q = filter.query?.trim();
  return {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.tier ? { tier: filter.tier } : {}),
    ...(filter.batchYear ? { batchYear: filter.batchYear } : {}),
    ...(q
      ? {
          OR: [
            { title: { contains: q } },
            { titleEn: { contains: q, mode: 'insensitive' } },
            { slug: { contains: q.toLowerCase() } },
            { searchText: { contains: q } },
            { industries: { has: q } },
          ],
        }
      : {}),
  };
}

/** A page of cards, read with the caller's selection (`query`: Prisma select/include). */
export async function listStaffCards(deps: Deps, viewer: Viewer, filter: StaffCardFilter, window: { offset: number; limit: number }, query: object) {
  assertCan(viewer, 'edit');
  const where = staffCardWhere(filter);
  const [rows, totalCount] = await Promise.all([
    deps.db.prisma.card.findMany({ ...query, where, orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }], skip: window.offset, take: window.limit }),
    deps.db.prisma.card.count({ where }),
  ]);
  return { rows, totalCount };
}
