import { reindexIfStale } from '../../server/src/modules/search/card-index.js';
import { describe, expect, it } from 'vitest';
import { CardDetailDocument, CardListDocument, type CardFilter } from '@cards/schema';
import { apiSuite } from '../support/api-suite.js';

const suite = apiSuite();

async function allSlugs(filter?: CardFilter, pageSize = 7) {
  const slugs: string[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let page = 0; page < 100; page++) {
    const { cards }: any = await suite.gql.data(CardListDocument, { first: pageSize, after, filter });
    totalCount = cards.totalCount;
    slugs.push(...cards.edges.map((e: any) => e.node.slug));
    if (!cards.pageInfo.hasNextPage) break;
    after = cards.pageInfo.endCursor;
  }
  return { slugs, totalCount };
}

describe('cards catalogue', () => {
  it('walks every published card once, in pages, with a matching totalCount', async () => {
    const published = await suite.db.prisma.card.findMany({ where: { status: 'PUBLISHED' }, select: { slug: true } });
    expect(published.length).toBeGreaterThanOrEqual(40);
    const { slugs, totalCount } = await allSlugs(undefined, 7);
    expect(totalCount).toBe(published.length);
    expect(new Set(slugs).size).toBe(slugs.length); // no repeats
    expect([...slugs].sort()).toEqual(published.map((c) => c.slug).sort()); // no gaps
  });

  it('gives the same walk whatever the page size', async () => {
    const a = await allSlugs(undefined, 5);
    const b = await allSlugs(undefined, 50);
    expect(a.slugs).toEqual(b.slugs);
  });

  it('sample data spans provinces, tiers, themes and both batches', async () => {
    const cards = await suite.db.prisma.card.findMany({ where: { status: 'PUBLISHED' }, include: { region: true } });
    const provinces = new Set(cards.map((c) => c.region.ancestorCodes[0] ?? c.region.code));
    expect(provinces.size).toBeGreaterThanOrEqual(15);
    expect(new Set(cards.map((c) => c.tier))).toEqual(new Set(['MAIN', 'FEATURED']));
    expect(new Set(cards.flatMap((c) => c.themes))).toEqual(new Set(['TECH_HOTSPOT', 'INNOVATIVE_CONSUMPTION', 'UPGRADE_RENEWAL']));
    expect(new Set(cards.map((c) => c.batchYear))).toEqual(new Set([2024, 2025]));
    // Invented content is marked as sample (示例) in the data itself.
    for (const c of cards) expect(c.sampleNote ?? '').toContain('示例');
  });

  it.each([
    ['tier', { tier: 'MAIN' }, (c: any) => c.tier === 'MAIN'],
    ['tier', { tier: 'FEATURED' }, (c: any) => c.tier === 'FEATURED'],
    ['theme', { theme: 'TECH_HOTSPOT' }, (c: any) => c.themes.includes('TECH_HOTSPOT')],
    ['theme', { theme: 'UPGRADE_RENEWAL' }, (c: any) => c.themes.includes('UPGRADE_RENEWAL')],
    ['batchYear', { batchYear: 2024 }, (c: any) => c.batchYear === 2024],
    ['regionCode (province covers its subtree)', { regionCode: '350000' }, (c: any) => c.region.fullName.startsWith('福建省')],
    ['regionCode (city)', { regionCode: '441900' }, (c: any) => c.region.code === '441900'],
    ['industry', { industry: '陶瓷' }, (c: any) => c.industries.some((i: string) => i.includes('陶瓷'))],
  ] as const)('filters by %s %j', async (_name, filter, predicate) => {
    const all = await suite.gql.data(CardListDocument, { first: 100 });
    const expected = all.cards.edges
      .map((e) => e.node)
      .filter(predicate as any)
      .map((c) => c.slug);
    expect(expected.length).toBeGreaterThan(0);
    const { cards } = await suite.gql.data(CardListDocument, { first: 100, filter: filter as CardFilter });
    expect(cards.edges.map((e) => e.node.slug).sort()).toEqual(expected.sort());
    expect(cards.totalCount).toBe(expected.length);
  });

  it('combines filters with search', async () => {
    const { cards } = await suite.gql.data(CardListDocument, { first: 50, filter: { query: '福建', tier: 'FEATURED' } });
    expect(cards.edges.length).toBeGreaterThan(0);
    for (const { node } of cards.edges) {
      expect(node.tier).toBe('FEATURED');
      expect(node.region.fullName).toContain('福建');
    }
  });
});

describe('search', () => {
  const slugsFor = async (query: string) => {
    const { cards } = await suite.gql.data(CardListDocument, { first: 50, filter: { query } });
    return cards.edges.map((e) => e.node.slug);
  };

  it('finds 东莞 in simplified, traditional and pinyin, ranked first', async () => {
    const dongguan = await suite.db.prisma.card.findMany({ where: { regionCode: '441900', status: 'PUBLISHED' }, select: { slug: true } });
    expect(dongguan.length).toBeGreaterThan(0);
    const simplified = await slugsFor('东莞');
    expect(simplified[0]).toBe(dongguan[0].slug);
    expect(simplified).toEqual(expect.arrayContaining(dongguan.map((c) => c.slug)));
    expect(await slugsFor('東莞')).toEqual(simplified);
    expect(await slugsFor('dongguan')).toEqual(simplified);
    expect(await slugsFor('dong guan')).toEqual(simplified);
    expect(await slugsFor('DongGuan')).toEqual(simplified);
    // Pinyin initials, as people type a place name fast.
    expect((await slugsFor('dg'))[0]).toBe(dongguan[0].slug);
    expect(await slugsFor('dg')).toEqual(expect.arrayContaining(dongguan.map((c) => c.slug)));
  });

  it('re-indexes, once, a database indexed by an older version of the search words', async () => {
    await suite.db.prisma.$executeRaw`UPDATE "Card" SET "searchVector" = to_tsvector('simple', "title")`;
    await suite.db.prisma.counter.update({ where: { name: 'search-index-version' }, data: { value: 1 } });
    expect(await slugsFor('dg')).toEqual([]);
    expect(await reindexIfStale(suite.db.prisma)).toBe(await suite.db.prisma.card.count());
    expect((await slugsFor('dg')).length).toBeGreaterThan(0);
    expect(await reindexIfStale(suite.db.prisma)).toBe(0);
  });

  it('segments a sentence and matches industry words', async () => {
    const slugs = await slugsFor('保定的新能源');
    const baoding = await suite.db.prisma.card.findFirst({ where: { regionCode: '130600' } });
    expect(slugs[0]).toBe(baoding!.slug);
  });

  it('searches traditional-character industry words', async () => {
    const simplified = await slugsFor('陶瓷');
    expect(simplified.length).toBeGreaterThan(0);
    expect(await slugsFor('製造')).toEqual(await slugsFor('制造'));
    expect(await slugsFor('醫藥')).toEqual(await slugsFor('医药'));
  });

  it('ranks a title match above a story mention', async () => {
    const slugs = await slugsFor('电谷');
    const card = await suite.db.prisma.card.findFirst({ where: { title: { contains: '电谷' } } });
    expect(slugs[0]).toBe(card!.slug);
  });

  it('returns nothing, not everything, for a query that matches nothing', async () => {
    const { cards } = await suite.gql.data(CardListDocument, { first: 10, filter: { query: '不存在的词语xyzzy' } });
    expect(cards.totalCount).toBe(0);
    expect(cards.edges).toEqual([]);
  });

  it('treats LIKE wildcards in a query as plain characters', async () => {
    const { cards } = await suite.gql.data(CardListDocument, { first: 10, filter: { query: '%' } });
    expect(cards.totalCount).toBe(0);
  });
});

describe('visibility', () => {
  it('hides draft cards from the public in cards, card and node', async () => {
    const region = await suite.db.prisma.region.findUniqueOrThrow({ where: { code: '110000' } });
    const draft = await suite.db.prisma.card.create({
      data: { slug: 'draft-secret', title: '未发布草稿东莞', tier: 'MAIN', regionCode: region.code, industries: ['测试'], status: 'DRAFT', sampleNote: '示例' },
    });
    const { indexCards } = await import('../../server/src/modules/search/card-index.js');
    await indexCards(suite.db.prisma, [draft.id]);
    try {
      const list = await suite.gql.data(CardListDocument, { first: 100 });
      expect(list.cards.edges.map((e) => e.node.slug)).not.toContain('draft-secret');
      const search = await suite.gql.data(CardListDocument, { first: 100, filter: { query: '未发布草稿' } });
      expect(search.cards.totalCount).toBe(0);
      expect((await suite.gql.data(CardDetailDocument, { slug: 'draft-secret' })).card).toBeNull();
      const { node } = await suite.gql.data<any>(`query($id: ID!) { node(id: $id) { id } }`, {
        id: Buffer.from(`Card:${draft.id}`).toString('base64'),
      });
      expect(node).toBeNull();
    } finally {
      await suite.db.prisma.card.delete({ where: { id: draft.id } });
    }
  });

  it('resolves a published card through node(id)', async () => {
    const { cards } = await suite.gql.data(CardListDocument, { first: 1 });
    const { id, slug } = cards.edges[0].node;
    const { node } = await suite.gql.data<any>(`query($id: ID!) { node(id: $id) { ... on Card { slug } } }`, { id });
    expect(node.slug).toBe(slug);
  });
});

describe('card detail and regions', () => {
  it('returns every part of a card', async () => {
    const { cards } = await suite.gql.data(CardListDocument, { first: 1, filter: { regionCode: '130600' } });
    const { card } = await suite.gql.data(CardDetailDocument, { slug: cards.edges[0].node.slug });
    expect(card!.region.fullName).toBe('河北省 · 保定市');
    expect(card!.keyFigures.length).toBeGreaterThan(0);
    expect(card!.enterprises.length).toBeGreaterThan(0);
    expect(card!.landmarks.length).toBeGreaterThan(0);
    expect(card!.titleEn).toBeTruthy();
    expect(card!.isSample).toBe(true);
  });

  it('lists provinces, then the children of a region', async () => {
    const { regions } = await suite.gql.data<any>(`{ regions { code name level } }`);
    expect(regions).toHaveLength(31);
    expect(regions.every((r: any) => r.level === 'PROVINCE')).toBe(true);
    const fujian = await suite.gql.data<any>(`{ regions(parentCode: "350500") { code name level parent { code } } }`);
    expect(fujian.regions.map((r: any) => r.name)).toContain('德化县');
    expect(fujian.regions.every((r: any) => r.parent.code === '350500')).toBe(true);
  });

  it('answers an unknown slug with null', async () => {
    expect((await suite.gql.data(CardDetailDocument, { slug: 'no-such-card' })).card).toBeNull();
  });
});

describe('query counts', () => {
  // One statement for the page of ids and its count, one for the cards, one per included relation
  // (region, parent region, figures, enterprises, landmarks): the same for 5 or 50 cards.
  const pageQuery = `query($first: Int!) { cards(first: $first) { totalCount edges { node { slug title
    region { name fullName parent { name } } keyFigures { label value } enterprises landmarks { name kind } } } } }`;

  it('is constant whatever the page size', async () => {
    const counts: number[] = [];
    for (const first of [5, 50]) {
      suite.db.queries.length = 0;
      const data = await suite.gql.data<any>(pageQuery, { first });
      expect(data.cards.edges).toHaveLength(first);
      counts.push(suite.db.queries.length);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(7);
  });

  it('is constant with a search query too', async () => {
    const counts: number[] = [];
    for (const first of [5, 50]) {
      suite.db.queries.length = 0;
      await suite.gql.data<any>(
        `query($first: Int!) { cards(first: $first, filter: { query: "产业" }) { totalCount edges { node { slug region { parent { name } } } } } }`,
        { first },
      );
      counts.push(suite.db.queries.length);
    }
    expect(counts[0]).toBe(counts[1]);
  });
});
