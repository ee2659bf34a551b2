// A database loaded from older sample data, whose sample cards have English only for title, concept
// and story, gets the English of their other fields once at start (as `reindexIfStale` does for the
// search index). Only sample cards (a sample note, no application) are touched, only fields whose
// English is missing, and only where the Chinese is still the sample's own: what staff wrote stays.
import type { PrismaClient } from '../generated/prisma/client.js';
import { SAMPLE_NOTES_EN } from '../modules/cards/seed/cards-data.js';
import { CLUSTERS_EN, ENTERPRISES_EN, figureEnglish, industryEnglish, LANDMARKS_EN, SOURCES_EN } from '../modules/cards/seed/cards-english.js';

/** Bump when the sample cards gain English: databases loaded before are filled in once at start. */
export const SAMPLE_ENGLISH_VERSION = 1; // 1: industries, figures, enterprises, landmarks, clusters, note, sources
const VERSION_COUNTER = 'sample-english-version';

export async function markSampleEnglishCurrent(prisma: PrismaClient): Promise<void> {
  await prisma.counter.upsert({
    where: { name: VERSION_COUNTER },
    create: { name: VERSION_COUNTER, value: SAMPLE_ENGLISH_VERSION },
    update: { value: SAMPLE_ENGLISH_VERSION },
  });
}

/** The English of every text in the list, or undefined when one of them is not a sample text. */
function allOf(table: Record<string, string>, texts: string[]): string[] | undefined {
  const en = texts.map((zh) => (Object.hasOwn(table, zh) ? table[zh] : undefined));
  return en.every((x) => x !== undefined) ? (en as string[]) : undefined;
}

const has = (table: Record<string, unknown>, zh: string | null) => zh != null && Object.hasOwn(table, zh);

/** Fills in the missing English of the sample cards; answers how many cards changed. */
export async function fillSampleEnglish(prisma: PrismaClient): Promise<number> {
  const cards = await prisma.card.findMany({
    where: { sampleNote: { not: null }, application: null },
    select: {
      id: true,
      slug: true,
      industries: true,
      industriesEn: true,
      clusters: true,
      clustersEn: true,
      sampleNote: true,
      sampleNoteEn: true,
      keyFigures: { select: { id: true, value: true, unit: true, valueEn: true, unitEn: true } },
      enterprises: { select: { id: true, name: true, nameEn: true } },
      landmarks: { select: { id: true, name: true, description: true, nameEn: true, descriptionEn: true } },
      sources: { select: { id: true, title: true, titleEn: true } },
    },
  });
  let changed = 0;
  for (const card of cards) {
    const industries = card.industries.map((zh) => industryEnglish(card.slug, zh));
    const industriesEn = card.industriesEn.length || industries.includes(undefined) ? undefined : (industries as string[]);
    const clustersEn = card.clustersEn.length ? undefined : allOf(CLUSTERS_EN, card.clusters);
    const sampleNoteEn = card.sampleNoteEn == null && has(SAMPLE_NOTES_EN, card.sampleNote) ? SAMPLE_NOTES_EN[card.sampleNote!] : undefined;
    const writes = [
      ...(industriesEn?.length || clustersEn?.length || sampleNoteEn
        ? [prisma.card.update({ where: { id: card.id }, data: { industriesEn, clustersEn, sampleNoteEn } })]
        : []),
      ...card.keyFigures.flatMap((f) => {
        const en = f.valueEn == null && f.unitEn == null ? figureEnglish(f.value, f.unit) : undefined;
        return en ? [prisma.cardFigure.update({ where: { id: f.id }, data: en })] : [];
      }),
      ...card.enterprises.flatMap((e) =>
        e.nameEn == null && has(ENTERPRISES_EN, e.name)
          ? [prisma.cardEnterprise.update({ where: { id: e.id }, data: { nameEn: ENTERPRISES_EN[e.name] } })]
          : [],
      ),
      ...card.landmarks.flatMap((l) => {
        if (!has(LANDMARKS_EN, l.name)) return [];
        const en = LANDMARKS_EN[l.name];
        const data = {
          nameEn: l.nameEn == null ? en.name : undefined,
          descriptionEn: l.descriptionEn == null && l.description === en.zh ? en.description : undefined,
        };
        return data.nameEn || data.descriptionEn ? [prisma.cardLandmark.update({ where: { id: l.id }, data })] : [];
      }),
      ...card.sources.flatMap((s) =>
        s.titleEn == null && has(SOURCES_EN, s.title) ? [prisma.cardSource.update({ where: { id: s.id }, data: { titleEn: SOURCES_EN[s.title] } })] : [],
      ),
    ];
    if (!writes.length) continue;
    await prisma.$transaction(writes);
    changed += 1;
  }
  return changed;
}

/** Fills in the sample cards' English when the database was loaded before this version; answers how many cards changed. */
export async function fillSampleEnglishIfStale(prisma: PrismaClient): Promise<number> {
  const row = await prisma.counter.findUnique({ where: { name: VERSION_COUNTER } });
  if ((row?.value ?? 0) >= SAMPLE_ENGLISH_VERSION) return 0;
  const changed = await fillSampleEnglish(prisma);
  await markSampleEnglishCurrent(prisma);
  return changed;
}
