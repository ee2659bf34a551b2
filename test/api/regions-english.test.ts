// A database seeded with an older English spelling of a region (Wulumuqi) is brought to the official one (Urumqi) at start,
// the region and every place within it; a database already up to date is left alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renameRegionsInEnglish } from '../../server/src/modules/regions/english-names.js';
import { openTestDatabase, type TestDatabase } from '../support/db.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe('regions in their official English', () => {
  it('renames a region seeded in plain pinyin, and the places within it', async () => {
    const urumqi = await db.prisma.region.findUniqueOrThrow({ where: { code: '650100' } });
    expect(urumqi).toMatchObject({ nameEn: 'Urumqi', fullNameEn: 'Xinjiang · Urumqi' });
    const within = await db.prisma.region.findFirstOrThrow({ where: { ancestorCodes: { has: '650100' } } });
    expect(within.fullNameEn.startsWith('Xinjiang · Urumqi · ')).toBe(true);

    // As an older seed left it.
    await db.prisma.region.update({ where: { code: '650100' }, data: { nameEn: 'Wulumuqi', fullNameEn: 'Xinjiang · Wulumuqi' } });
    await db.prisma.region.update({ where: { code: within.code }, data: { fullNameEn: within.fullNameEn.replace('Urumqi', 'Wulumuqi') } });

    expect(await renameRegionsInEnglish(db.prisma)).toBe(1);
    expect(await db.prisma.region.findUniqueOrThrow({ where: { code: '650100' } })).toMatchObject({ nameEn: 'Urumqi', fullNameEn: 'Xinjiang · Urumqi' });
    expect((await db.prisma.region.findUniqueOrThrow({ where: { code: within.code } })).fullNameEn).toBe(within.fullNameEn);
    expect(await renameRegionsInEnglish(db.prisma)).toBe(0);
  });
});
