import type { Prisma, PrismaClient } from '../../generated/prisma/client.js';
import type { ApplicationStatus } from '../../generated/prisma/enums.js';
import { decodeGlobalID } from '@pothos/plugin-relay';

export interface ApplicationFilterInput {
  status?: ApplicationStatus | null;
  provinceCode?: string | null;
  campaignId?: string | number | null;
  query?: string | null;
}

/** Staff list and export share this filter: drafts are the official's own business, never listed. */
export async function applicationWhere(_prisma: PrismaClient, filter: ApplicationFilterInput): Promise<Prisma.ApplicationWhereInput> {
  const and: Prisma.ApplicationWhereInput[] = [{ status: filter.status ?? { not: 'DRAFT' } }];
  if (filter.status === 'DRAFT') and.push({ id: '' });
  if (filter.provinceCode) and.push({ region: { OR: [{ code: filter.provinceCode }, { ancestorCodes: { has: filter.provinceCode } }] } });
  if (filter.campaignId) {
    let id = String(filter.campaignId);
    try {
      id = decodeGlobalID(id).id;
    } catch {
      /* a raw id */
    }
    and.push({ campaignId: id });
  }
  const q = filter.query?.trim();
  if (q) {
    const contains = { contains: q, mode: 'insensitive' as const };
    and.push({
      OR: [
        { reference: contains },
        { leadUnit: contains },
        { contactName: contains },
        { intro: contains },
        { region: { name: contains } },
        { leadingIndustries: { has: q } },
        { featuredIndustries: { has: q } },
      ],
    });
  }
  return { AND: and };
}
