// Sample data: the region tree and the sample cards (marked 示例 in the data itself).
import type { PrismaClient } from '../generated/prisma/client.js';
import { buildRegionRows } from '../modules/regions/division-data.js';
import { sampleCards } from '../modules/cards/seed/cards-data.js';
import type { SeedCard } from '../modules/cards/seed/types.js';
import { indexCards } from '../modules/search/card-index.js';

/** Release dates of the batches (FACTS.md): cards of a batch are published that day. */
const BATCH_RELEASE: Record<number, string> = { 2024: '2024-12-25T10:00:00+08:00', 2025: '2025-12-16T10:00:00+08:00' };

export async function isEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.region.count()) === 0;
}

export async function seedRegions(prisma: PrismaClient): Promise<number> {
  const rows = buildRegionRows();
  // Parents first, so the foreign key holds at every step.
  const depth = (r: (typeof rows)[number]) => r.ancestorCodes.length;
  rows.sort((a, b) => depth(a) - depth(b));
  for (let i = 0; i < rows.length; i += 1000) await prisma.region.createMany({ data: rows.slice(i, i + 1000) });
  return rows.length;
}

export async function seedCards(prisma: PrismaClient, cards: SeedCard[] = sampleCards): Promise<number> {
  for (const [i, card] of cards.entries()) {
    // Within a batch, earlier entries appear first in "newest" order.
    const publishedAt = new Date(new Date(BATCH_RELEASE[card.batchYear]).getTime() - i * 60_000);
    await prisma.card.create({
      data: {
        slug: card.slug,
        title: card.title,
        titleEn: card.titleEn,
        tier: card.tier,
        themes: card.themes,
        batchYear: card.batchYear,
        regionCode: card.regionCode,
        industries: card.industries,
        concept: card.concept,
        conceptEn: card.conceptEn,
        story: card.story,
        storyEn: card.storyEn,
        color: card.color,
        clusters: card.clusters,
        source: card.source,
        sampleNote: card.sampleNote,
        status: 'PUBLISHED',
        publishedAt,
        keyFigures: { create: card.keyFigures.map((f, position) => ({ ...f, position })) },
        enterprises: { create: card.enterprises.map((name, position) => ({ name, position })) },
        landmarks: { create: card.landmarks.map((l, position) => ({ ...l, position })) },
      },
    });
  }
  await indexCards(prisma);
  return cards.length;
}

/** Loads everything into an empty database. */
export async function seed(prisma: PrismaClient, log: (line: string) => void = () => {}): Promise<void> {
  const regions = await seedRegions(prisma);
  const cards = await seedCards(prisma);
  log(`sample data: ${regions} regions, ${cards} cards`);
}

/** `pnpm seed`: replaces the sample data. */
export async function reseed(prisma: PrismaClient, log: (line: string) => void = () => {}): Promise<void> {
  await prisma.card.deleteMany();
  await prisma.region.deleteMany();
  await seed(prisma, log);
}
