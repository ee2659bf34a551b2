import type { Prisma } from '../../generated/prisma/client.js';
import type { ApplicationStatus } from '../../generated/prisma/enums.js';
import { localIdOf } from '../../schema/ids.js';

export interface ApplicationFilterInput {
  status?: ApplicationStatus | null;
  provinceCode?: string | null;
  campaignId?: string | number | null;
  query?: string | null;
  /** A staff member's global User ID: the applications they review. */
  reviewerId?: string | number | null;
}

/** Staff list and export share this filter: drafts are the official's own business, never listed. */
export function applicationWhere(filter: ApplicationFilterInput): Prisma.ApplicationWhereInput {
  const and: Prisma.ApplicationWhereInput[] = [{ status: filter.status ?? { not: 'DRAFT' } }];
  if (filter.status === 'DRAFT') and.push({ id: '' });
  if (filter.provinceCode) and.push({ region: { OR: [{ code: filter.provinceCode }, { ancestorCodes: { has: filter.provinceCode } }] } });
  if (filter.campaignId) and.push({ campaignId: localIdOf(filter.campaignId, 'Campaign') ?? String(filter.campaignId) });
  if (filter.reviewerId) and.push({ reviewerId: localIdOf(filter.reviewerId, 'User') ?? '' });
  const q = filter.query?.trim();
  if (q) {
    const contains = { contains: q, mode: 'insensitive' as const };
    and.push({
      OR: [
        { reference: contains },
        { leadUnit: contains },
        { contactName: contains },
        // Any fragment of the contact number: an area code (0731), the last digits.
        { phone: contains },
        { intro: contains },
        { region: { name: contains } },
        { leadingIndustries: { has: q } },
        { featuredIndustries: { has: q } },
      ],
    });
  }
  return { AND: and };
}
