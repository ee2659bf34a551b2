// Finds the ids of one page of cards for a filter, in one SQL statement: filters, relevance
// ranking for a text query, and the total count (window function) together.
import { Prisma } from '../../generated/prisma/client.js';
import type { PrismaClient } from '../../generated/prisma/client.js';
import type { CardTheme, CardTier } from '../../generated/prisma/enums.js';
import { stripControl } from '@cards/schema/rules';
import { normalize, parseQuery, toTsQuery } from '../search/text.js';

export interface CardFilterInput {
  query?: string | null;
  tier?: CardTier | null;
  theme?: CardTheme | null;
  batchYear?: number | null;
  regionCode?: string | null;
  industry?: string | null;
}

export interface CardPageRequest {
  filter: CardFilterInput;
  offset: number;
  limit: number;
  includeDrafts: boolean;
}

export async function searchCardIds(prisma: PrismaClient, req: CardPageRequest): Promise<{ ids: string[]; totalCount: number }> {
  const { filter } = req;
  const where: Prisma.Sql[] = [];
  if (!req.includeDrafts) where.push(Prisma.sql`c.status = 'PUBLISHED'`);
  if (filter.tier) where.push(Prisma.sql`c.tier = ${filter.tier}::"CardTier"`);
  if (filter.theme) where.push(Prisma.sql`${filter.theme}::"CardTheme" = ANY(c.themes)`);
  if (filter.batchYear != null) where.push(Prisma.sql`c."batchYear" = ${filter.batchYear}`);
  const regionCode = filter.regionCode ? stripControl(filter.regionCode) : '';
  if (regionCode) {
    where.push(Prisma.sql`c."regionCode" IN (SELECT code FROM "Region" WHERE code = ${regionCode} OR ${regionCode} = ANY("ancestorCodes"))`);
  }
  if (filter.industry?.trim()) {
    const industry = `%${escapeLike(normalize(filter.industry))}%`;
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM unnest(c.industries) AS i WHERE i ILIKE ${industry})`);
  }

  let rank = Prisma.sql`0::real`;
  const text = filter.query?.trim() ? normalize(filter.query) : '';
  if (text) {
    const tsquery = toTsQuery(parseQuery(text));
    const substring = `%${escapeLike(text.replace(/\s+/g, ''))}%`;
    if (tsquery) {
      where.push(Prisma.sql`(c."searchVector" @@ ${tsquery}::tsquery OR c."searchText" ILIKE ${substring})`);
      rank = Prisma.sql`ts_rank(c."searchVector", ${tsquery}::tsquery) + CASE WHEN c."searchText" ILIKE ${substring} THEN 0.05 ELSE 0 END`;
    } else {
      where.push(Prisma.sql`c."searchText" ILIKE ${substring}`);
    }
  }

  const whereSql = where.length ? Prisma.sql`WHERE ${Prisma.join(where, ' AND ')}` : Prisma.empty;
  const rows = await prisma.$queryRaw<{ id: string; total: bigint }[]>`
    SELECT c.id, count(*) OVER () AS total
    FROM "Card" c
    ${whereSql}
    ORDER BY ${rank} DESC, c."publishedAt" DESC NULLS LAST, c.id DESC
    OFFSET ${req.offset} LIMIT ${req.limit}`;
  let totalCount = rows.length ? Number(rows[0].total) : 0;
  if (!rows.length && req.offset > 0) {
    // Past the end the window has no row to carry the count: count separately.
    const [{ count }] = await prisma.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM "Card" c ${whereSql}`;
    totalCount = Number(count);
  }
  return { ids: rows.map((r) => r.id), totalCount };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
