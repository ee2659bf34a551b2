// Writes each card's weighted lexemes (tsvector) and plain search text. Called whenever a
// card is created or changed, so the search query itself stays one indexed SQL statement.
import type { PrismaClient } from '../../generated/prisma/client.js';
import { hasChinese, normalize, segmentForIndex, toInitials, toPinyin, clean } from './text.js';

interface IndexedCard {
  id: string;
  title: string;
  titleEn: string | null;
  industries: string[];
  concept: string | null;
  conceptEn: string | null;
  story: string | null;
  clusters: string[];
  region: { name: string; shortName: string; pinyin: string; fullName: string; ancestorCodes: string[] };
  enterprises: { name: string }[];
  landmarks: { name: string }[];
}

function chineseLexemes(texts: (string | null | undefined)[], withPinyin: boolean): string[] {
  const words = texts.flatMap((t) => (t ? segmentForIndex(t) : []));
  const pinyins = withPinyin ? words.filter(hasChinese).map(toPinyin) : [];
  return [...words, ...pinyins];
}

function englishLexemes(texts: (string | null | undefined)[]): string[] {
  return texts.flatMap((t) => (t ? normalize(t).split(/\s+/).map(clean) : []));
}

export function cardLexemes(card: IndexedCard, ancestorNames: string[]) {
  const dedupe = (xs: string[]) => [...new Set(xs.filter((x) => x.length > 0))];
  const a = dedupe([
    ...chineseLexemes([card.title, card.region.name, card.region.shortName], true),
    clean(normalize(card.title)),
    toPinyin(normalize(card.title)),
    card.region.pinyin,
    // Initials of the region's names: "dg" finds 东莞, "bd" 保定.
    toInitials(card.region.shortName),
    toInitials(card.region.name),
    ...englishLexemes([card.titleEn]),
  ]);
  const b = dedupe([...chineseLexemes([...card.industries, ...ancestorNames], true), ...englishLexemes([card.conceptEn])]).filter((x) => !a.includes(x));
  const c = dedupe(
    chineseLexemes([card.concept, ...card.clusters, ...card.enterprises.map((e) => e.name), ...card.landmarks.map((l) => l.name)], false),
  ).filter((x) => !a.includes(x) && !b.includes(x));
  const d = dedupe(chineseLexemes([card.story], false)).filter((x) => !a.includes(x) && !b.includes(x) && !c.includes(x));
  const text = normalize([card.title, card.region.fullName, ...card.industries, card.concept ?? '', card.titleEn ?? ''].join(' '));
  return { a, b, c, d, text };
}

/** Re-indexes the given cards (all when ids is omitted). */
export async function indexCards(prisma: PrismaClient, ids?: string[]): Promise<number> {
  const cards = await prisma.card.findMany({
    where: ids ? { id: { in: ids } } : {},
    select: {
      id: true,
      title: true,
      titleEn: true,
      industries: true,
      concept: true,
      conceptEn: true,
      story: true,
      clusters: true,
      region: { select: { name: true, shortName: true, pinyin: true, fullName: true, ancestorCodes: true } },
      enterprises: { select: { name: true } },
      landmarks: { select: { name: true } },
    },
  });
  const ancestorCodes = [...new Set(cards.flatMap((c) => c.region.ancestorCodes))];
  const ancestors = await prisma.region.findMany({ where: { code: { in: ancestorCodes } }, select: { code: true, shortName: true } });
  const names = new Map(ancestors.map((r) => [r.code, r.shortName]));
  for (const card of cards) {
    const { a, b, c, d, text } = cardLexemes(
      card,
      card.region.ancestorCodes.map((code) => names.get(code) ?? ''),
    );
    await prisma.$executeRaw`
      UPDATE "Card" SET
        "searchVector" = setweight(array_to_tsvector(${a}::text[]), 'A') || setweight(array_to_tsvector(${b}::text[]), 'B')
                      || setweight(array_to_tsvector(${c}::text[]), 'C') || setweight(array_to_tsvector(${d}::text[]), 'D'),
        "searchText" = ${text}
      WHERE id = ${card.id}`;
  }
  return cards.length;
}

/** Bump when cardLexemes changes what it writes: databases indexed before are re-indexed at start. */
export const SEARCH_INDEX_VERSION = 2; // 2: pinyin initials of region names
const VERSION_COUNTER = 'search-index-version';

export async function markSearchIndexCurrent(prisma: PrismaClient): Promise<void> {
  await prisma.counter.upsert({
    where: { name: VERSION_COUNTER },
    create: { name: VERSION_COUNTER, value: SEARCH_INDEX_VERSION },
    update: { value: SEARCH_INDEX_VERSION },
  });
}

/** Re-indexes every card when the database's index was written by an older cardLexemes; answers how many. */
export async function reindexIfStale(prisma: PrismaClient): Promise<number> {
  const row = await prisma.counter.findUnique({ where: { name: VERSION_COUNTER } });
  if ((row?.value ?? 1) >= SEARCH_INDEX_VERSION) return 0;
  const count = await indexCards(prisma);
  await markSearchIndexCurrent(prisma);
  return count;
}
