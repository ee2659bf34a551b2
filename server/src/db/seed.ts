// Sample data: the region tree and the sample cards (marked 示例 in the data itself).
import type { PrismaClient } from '../generated/prisma/client.js';
import { buildRegionRows } from '../modules/regions/division-data.js';
import { SAMPLE_NOTES_EN, sampleCards } from '../modules/cards/seed/cards-data.js';
import { sampleCardEnglish } from '../modules/cards/seed/cards-english.js';
import type { SeedCard } from '../modules/cards/seed/types.js';
import { indexCards, markSearchIndexCurrent } from '../modules/search/card-index.js';
import { markSampleEnglishCurrent } from './sample-english.js';

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
    const en = sampleCardEnglish(card);
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
        industriesEn: en.industriesEn,
        concept: card.concept,
        conceptEn: card.conceptEn,
        story: card.story,
        storyEn: card.storyEn,
        color: card.color,
        clusters: card.clusters,
        clustersEn: en.clustersEn,
        source: card.source,
        sampleNote: card.sampleNote,
        sampleNoteEn: SAMPLE_NOTES_EN[card.sampleNote] ?? null,
        status: 'PUBLISHED',
        publishedAt,
        keyFigures: { create: card.keyFigures.map((f, position) => ({ ...f, ...en.keyFigures[position], position })) },
        enterprises: { create: card.enterprises.map((name, position) => ({ name, nameEn: en.enterprisesEn[position], position })) },
        landmarks: { create: card.landmarks.map((l, position) => ({ ...l, ...en.landmarks[position], position })) },
        sources: { create: [{ title: card.source, titleEn: en.sourceEn, position: 0 }] },
      },
    });
  }
  await indexCards(prisma);
  await markSearchIndexCurrent(prisma);
  await markSampleEnglishCurrent(prisma);
  return cards.length;
}

/**
 * One open call for applications, so that a fresh start can be tried end to end. Its dates are
 * relative to the day of seeding, and its title says it is a sample (示例).
 */
export async function seedCampaign(prisma: PrismaClient, now = new Date()): Promise<void> {
  await prisma.campaign.create({
    data: {
      title: `${now.getFullYear()}年区域（城市）产业名片打造计划征集（示例）`,
      opensAt: new Date(now.getTime() - 30 * 86_400_000),
      closesAt: new Date(now.getTime() + 180 * 86_400_000),
      // Who may apply (the programme's letter): 副省级（省会）城市, 地级市, 区县, 产业集聚区.
      admittedLevels: ['SUB_PROVINCIAL_CITY', 'PREFECTURE_CITY', 'COUNTY', 'INDUSTRIAL_ZONE'],
    },
  });
}

/** Loads everything into an empty database. */
export async function seed(prisma: PrismaClient, log: (line: string) => void = () => {}): Promise<void> {
  const regions = await seedRegions(prisma);
  const cards = await seedCards(prisma);
  await seedCampaign(prisma);
  log(`sample data: ${regions} regions, ${cards} cards, 1 open campaign`);
}

/**
 * `pnpm seed`: replaces the sample data. Cards staff made (no sample note), applications, users
 * and the regions and campaigns they refer to are kept.
 */
export async function reseed(prisma: PrismaClient, log: (line: string) => void = () => {}): Promise<void> {
  await prisma.card.deleteMany({ where: { sampleNote: { not: null }, application: null } });
  if ((await prisma.region.count()) === 0) {
    await seed(prisma, log);
    return;
  }
  const cards = await seedCards(prisma);
  if ((await prisma.campaign.count()) === 0) await seedCampaign(prisma);
  log(`sample data: ${cards} cards reloaded`);
}
