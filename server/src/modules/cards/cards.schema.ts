import { queryFromInfo } from '@pothos/plugin-prisma';
import { builder } from '../../schema/builder.js';
import { CardStatus, CardTheme, CardTier, LandmarkKind } from '../../generated/prisma/enums.js';
import { cardBySlugWhere, cardVisibleWhere, seesDraftCards, seesOnlyOfflineNotice } from './cards.policy.js';
import { searchCardIds } from './card-search.js';
import { countedOffsetConnection, readTotalCount } from '../../schema/connections.js';
import { INPUT_LIMITS } from '@cards/schema/rules';
import { REGION_CODE_MAX } from '../regions/regions.schema.js';

/** Card slugs are short latin words (dongguan-electronics). */
export const SLUG_MAX = 100;

export const CardTierEnum = builder.enumType(CardTier, { name: 'CardTier' });
export const CardThemeEnum = builder.enumType(CardTheme, { name: 'CardTheme' });
export const LandmarkKindEnum = builder.enumType(LandmarkKind, { name: 'LandmarkKind' });
export const CardStatusEnum = builder.enumType(CardStatus, { name: 'CardStatus' });

const KeyFigure = builder.prismaObject('CardFigure', {
  name: 'KeyFigure',
  fields: (t) => ({
    label: t.exposeString('label'),
    labelEn: t.exposeString('labelEn', { nullable: true }),
    value: t.exposeString('value'),
    valueEn: t.exposeString('valueEn', { nullable: true }),
    unit: t.exposeString('unit', { nullable: true }),
    unitEn: t.exposeString('unitEn', { nullable: true }),
  }),
});

const CardSource = builder.prismaObject('CardSource', {
  fields: (t) => ({
    title: t.exposeString('title'),
    titleEn: t.exposeString('titleEn', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
  }),
});

const CardOffline = builder.objectRef<{ reason: string; since: Date }>('CardOffline').implement({
  description: 'Why and since when a card is offline (已下线).',
  fields: (t) => ({ reason: t.exposeString('reason'), since: t.expose('since', { type: 'DateTime' }) }),
});

const Landmark = builder.prismaObject('CardLandmark', {
  name: 'Landmark',
  fields: (t) => ({
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn', { nullable: true }),
    kind: t.expose('kind', { type: LandmarkKindEnum }),
    description: t.exposeString('description', { nullable: true }),
    descriptionEn: t.exposeString('descriptionEn', { nullable: true }),
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
    industriesEn: t.exposeStringList('industriesEn', { description: 'English names of `industries`, same order (empty when not translated).' }),
    concept: t.exposeString('concept', { nullable: true }),
    conceptEn: t.exposeString('conceptEn', { nullable: true }),
    story: t.exposeString('story', { nullable: true }),
    storyEn: t.exposeString('storyEn', { nullable: true }),
    color: t.exposeString('color', { nullable: true }),
    logoUrl: t.exposeString('logoUrl', { nullable: true }),
    coverUrl: t.exposeString('coverUrl', { nullable: true }),
    clusters: t.exposeStringList('clusters'),
    clustersEn: t.exposeStringList('clustersEn', { description: 'English names of `clusters`, same order.' }),
    source: t.exposeString('source', { nullable: true, description: 'The sources in one line (older clients); see `sources`.' }),
    sources: t.relation('sources', { type: CardSource, query: { orderBy: { position: 'asc' } } }),
    sampleNoteEn: t.exposeString('sampleNoteEn', { nullable: true }),
    status: t.expose('status', { type: CardStatusEnum }),
    version: t.exposeInt('version', { description: 'Counts saved changes; send it as expectedVersion with an edit.' }),
    offline: t.field({
      type: CardOffline,
      nullable: true,
      description: 'Set when staff took the card offline: the public then gets this and no content.',
      select: { status: true, offlineReason: true, offlineAt: true },
      resolve: (card) => (card.status === 'OFFLINE' ? { reason: card.offlineReason ?? '', since: card.offlineAt ?? new Date(0) } : null),
    }),
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
    enterprisesEn: t.stringList({
      description: 'English names of `enterprises`, same order ("" when not translated).',
      select: { enterprises: { select: { nameEn: true }, orderBy: { position: 'asc' } } },
      resolve: (card) => card.enterprises.map((e) => e.nameEn ?? ''),
    }),
  }),
});

/** An offline card as the public gets it: its name stays, everything it said is withheld. */
function withoutContent<T extends object>(card: T): T {
  const cleared: Record<string, unknown> = { concept: null, conceptEn: null, story: null, storyEn: null, logoUrl: null, coverUrl: null, source: null };
  for (const list of ['industries', 'industriesEn', 'clusters', 'clustersEn', 'keyFigures', 'landmarks', 'enterprises', 'sources', 'films']) cleared[list] = [];
  return Object.assign(
    Object.create(Object.getPrototypeOf(card)),
    card,
    Object.fromEntries(
      Object.keys(cleared)
        .filter((k) => k in card)
        .map((k) => [k, cleared[k]]),
    ),
  );
}

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
    description: 'A published card; for a card taken offline, only who it was (title, region) and `offline` with the reason.',
    args: { slug: t.arg.string({ required: true, maxLength: SLUG_MAX }) },
    resolve: async (query, _root, args, ctx) => {
      // The status decides what the public gets, so it is read whatever the client selected.
      const withStatus = 'select' in query && query.select ? { select: { ...query.select, status: true } } : query;
      const card = await ctx.db.prisma.card.findFirst({ ...withStatus, where: { slug: args.slug, ...cardBySlugWhere(ctx.viewer) } });
      return card && seesOnlyOfflineNotice(ctx.viewer, card) ? withoutContent(card) : card;
    },
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
