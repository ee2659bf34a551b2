// Regions spelt in English as they are known abroad (Urumqi, not Wulumuqi; division-data.ts ENGLISH_NAMES): a database
// seeded before a spelling was added gets it, with the full names of the places within it. Run at every start; a
// database already up to date costs one query.
import type { PrismaClient } from '../../generated/prisma/client.js';
import { ENGLISH_NAMES } from './division-data.js';

/** Renames the regions whose English name is not the official one; returns how many were renamed. */
export async function renameRegionsInEnglish(prisma: PrismaClient): Promise<number> {
  const regions = await prisma.region.findMany({
    where: { code: { in: Object.keys(ENGLISH_NAMES) } },
    select: { code: true, nameEn: true, fullNameEn: true },
  });
  const stale = regions.filter((r) => r.nameEn !== ENGLISH_NAMES[r.code]);
  for (const region of stale) {
    const nameEn = ENGLISH_NAMES[region.code];
    // (The full name ends with the region's own: "Xinjiang · Wulumuqi" → "Xinjiang · Urumqi".)
    const fullNameEn = region.fullNameEn.endsWith(region.nameEn) ? region.fullNameEn.slice(0, -region.nameEn.length) + nameEn : nameEn;
    const within = await prisma.region.findMany({ where: { ancestorCodes: { has: region.code } }, select: { code: true, fullNameEn: true } });
    await prisma.$transaction([
      prisma.region.update({ where: { code: region.code }, data: { nameEn, fullNameEn } }),
      ...within.map((r) => prisma.region.update({ where: { code: r.code }, data: { fullNameEn: r.fullNameEn.replace(region.fullNameEn, fullNameEn) } })),
    ]);
  }
  return stale.length;
}
