import { queryFromInfo } from '@pothos/plugin-prisma';
import { builder } from '../../schema/builder.js';
import { CardTheme, CardTier, LandmarkKind } from '../../generated/prisma/enums.js';
import { cardVisibleWhere, seesDraftCards } from './cards.policy.js';
import { searchCardIds } from './card-search.js';
import { countedOffsetConnection, readTotalCount } from '../../schema/connections.js';
import { INPUT_LIMITS } from '@cards/schema/rules';
import { REGION_CODE_MAX } from '../regions/regions.schema.js';

/** Card slugs are short latin words (dongguan-electronics). */
export const SLUG_MAX = 100;

export const CardTierEnum = builder.enumType(CardTier, { name: 'CardTier' });
export const CardThemeEnum = builder.enumType(CardTheme, { name: 'CardTheme' });
export const LandmarkKindEnum = builder.enumType(LandmarkKind, { name: 'LandmarkKind' });

const KeyFigure = builder.prismaObject('CardFigure', {
  name: 'KeyFigure',
  fields: (t) => ({
    label: t.exposeString('label'),
    labelEn: t.exposeString('labelEn', { nullable: true }),
    value: t.exposeString('value'),
    unit: t.exposeString('unit', { nullable: true }),
  }),
});

const Landmark = builder.prismaObject('CardLandmark', {
  name: 'Landmark',
  fields: (t) => ({
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: LandmarkKindEnum }),
    description: t.exposeString('description', { nullable: true }),
  }),
});

export const CardNode = builder.prismaNode('Card', {
  id: { field: 'id' },
  // node(id) must not reveal drafts to the public.
  findUnique: (id, ctx) => ({ id, AND: [cardVisibleWhere(ctx.viewer)] }),
  fields: (t) => ({
    slug: t.exposeString('slug'),
    title: t.exposeString('title'),
    titleEn: t.exposeString('titleEn', { nullable: true }),
    tier: t.expose('tier', { type: CardTierEnum }),
    themes: t.expose('themes', { type: [CardThemeEnum] }),
    batchYear: t.exposeInt('batchYear', { nullable: true }),
    region: t.relation('region'),
    industries: t.exposeStringList('industries'),
    concept: t.exposeString('concept', { nullable: true }),
    conceptEn: t.exposeString('conceptEn', { nullable: true }),
    story: t.exposeString('story', { nullable: true }),
    storyEn: t.exposeString('storyEn', { nullable: true }),
    color: t.exposeString('color', { nullable: true }),
    logoUrl: t.exposeString('logoUrl', { nullable: true }),
    clusters: t.exposeStringList('clusters'),
    source: t.exposeString('source', { nullable: true }),
    sampleNote: t.exposeString('sampleNote', { nullable: true, description: 'Set when the card is sample content (示例): says what is invented.' }),
    isSample: t.boolean({ select: { sampleNote: true }, resolve: (card) => card.sampleNote != null }),
    published: t.boolean({ select: { status: true }, resolve: (card) => card.status === 'PUBLISHED' }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
    keyFigures: t.relation('keyFigures', { type: KeyFigure, query: { orderBy: { position: 'asc' } } }),
    landmarks: t.relation('landmarks', { type: Landmark, query: { orderBy: { position: 'asc' } } }),
    enterprises: t.stringList({
      select: { enterprises: { select: { name: true }, orderBy: { position: 'asc' } } },
      resolve: (card) => card.enterprises.map((e) => e.name),
    }),
  }),
});

const CardFilter = builder.inputType('CardFilter', {
  fields: (t) => ({
    query: t.string({ maxLength: INPUT_LIMITS.search, description: 'Words in Chinese (simplified or traditional) or pinyin: 东莞 = 東莞 = dongguan.' }),
    tier: t.field({ type: CardTierEnum }),
    theme: t.field({ type: CardThemeEnum }),
    batchYear: t.int(),
    regionCode: t.string({ maxLength: REGION_CODE_MAX, description: 'A region code; matches cards of that region and everything under it.' }),
    industry: t.string({ maxLength: INPUT_LIMITS.search }),
  }),
});

builder.queryFields((t) => ({
  cards: t.connection(
    {
      type: CardNode,
      description: 'Published cards (staff also see drafts), most relevant first when filter.query is set, newest first otherwise.',
      args: { filter: t.arg({ type: CardFilter, required: false }) },
      resolve: (_root, args, ctx, info) =>
        countedOffsetConnection(args, async ({ offset, limit }) => {
          const page = await searchCardIds(ctx.db.prisma, { filter: args.filter ?? {}, offset, limit, includeDrafts: seesDraftCards(ctx.viewer) });
          if (!page.ids.length) return { rows: [], totalCount: page.totalCount };
          const query = queryFromInfo({ context: ctx, info, typeName: 'Card', path: ['edges', 'node'] });
          const cards = await ctx.db.prisma.card.findMany({ ...query, where: { id: { in: page.ids } } });
          const byId = new Map(cards.map((c) => [c.id, c]));
          return { rows: page.ids.map((id) => byId.get(id)!).filter(Boolean), totalCount: page.totalCount };
        }),
    },
    {
      name: 'CardConnection',
      fields: (t) => ({
        totalCount: t.int({ resolve: readTotalCount }),
      }),
    },
    { name: 'CardEdge' },
  ),

  card: t.prismaField({
    type: 'Card',
    nullable: true,
    args: { slug: t.arg.string({ required: true, maxLength: SLUG_MAX }) },
    resolve: (query, _root, args, ctx) => ctx.db.prisma.card.findFirst({ ...query, where: { slug: args.slug, ...cardVisibleWhere(ctx.viewer) } }),
  }),

  cardBatchYears: t.intList({
    description: 'Batch years of published cards, newest first (for filters).',
    resolve: async (_root, _args, ctx) => {
      const rows = await ctx.db.prisma.card.findMany({
        where: { status: 'PUBLISHED', batchYear: { not: null } },
        distinct: ['batchYear'],
        select: { batchYear: true },
        orderBy: { batchYear: 'desc' },
      });
      return rows.map((r) => r.batchYear!);
    },
  }),
}));
