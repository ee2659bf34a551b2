import type { Deps } from '../../context.js';
import type { ApplicationStatus } from '../../generated/prisma/enums.js';

/** Counts for the staff overview: by status, and by province (submitted applications only). */
export async function applicationStats(ctx: Deps) {
  const prisma = ctx.db.prisma;
  const byStatus = await prisma.application.groupBy({ by: ['status'], where: { status: { not: 'DRAFT' } }, _count: { _all: true } });
  const rows = await prisma.$queryRaw<{ code: string; name: string; count: bigint }[]>`
    SELECT p.code, p.name, count(*) AS count
    FROM "Application" a
    JOIN "Region" r ON r.code = a."regionCode"
    JOIN "Region" p ON p.code = COALESCE(r."ancestorCodes"[1], r.code)
    WHERE a.status <> 'DRAFT'
    GROUP BY p.code, p.name
    ORDER BY count DESC, p.code`;
  return {
    byStatus: byStatus.map((s) => ({ status: s.status as ApplicationStatus, count: s._count._all })),
    byProvince: rows.map((r) => ({ code: r.code, name: r.name, count: Number(r.count) })),
  };
}
