// Staff-only card editing: create from an application, edit every field in both languages,
// publish and take offline, the version history and the staff's list of every card.
import { queryFromInfo } from '@pothos/plugin-prisma';
import { requireLocalId } from '../../schema/ids.js';
import { builder } from '../../schema/builder.js';
import { NotFoundError, UserError, ValidationError } from '../../schema/errors.js';
import { countedOffsetConnection, readTotalCount } from '../../schema/connections.js';
import { INPUT_LIMITS } from '@cards/schema/rules';
import { CardNode, CardStatusEnum, CardThemeEnum, CardTierEnum, LandmarkKindEnum } from './cards.schema.js';
import { createCardFromApplication, publishCard, unpublishCard, updateCard } from './cards.service.js';
import { listCardVersions } from './card-versions.js';
import { listStaffCards } from './staff-cards.js';
import { uploadCardImage } from './card-images.js';

const CardImageKindEnum = builder.enumType('CardImageKind', { values: ['LOGO', 'COVER'] as const });

const CARD_STORY_MAX = 10_000;

const KeyFigureInput = builder.inputType('KeyFigureInput', {
  fields: (t) => ({
    label: t.string({ required: true }),
    labelEn: t.string(),
    value: t.string({ required: true }),
    valueEn: t.string(),
    unit: t.string(),
    unitEn: t.string(),
  }),
});

const EnterpriseInput = builder.inputType('EnterpriseInput', {
  fields: (t) => ({ name: t.string({ required: true }), nameEn: t.string() }),
});

const LandmarkInput = builder.inputType('LandmarkInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    nameEn: t.string(),
    kind: t.field({ type: LandmarkKindEnum, required: true }),
    description: t.string(),
    descriptionEn: t.string(),
  }),
});

const CardSourceInput = builder.inputType('CardSourceInput', {
  fields: (t) => ({ title: t.string({ required: true }), titleEn: t.string(), url: t.string() }),
});

const UpdateCardInput = builder.inputType('UpdateCardInput', {
  description: 'Fields left out stay as they are; a list given replaces the stored one; an empty optional text clears it.',
  fields: (t) => ({
    id: t.id({ required: true }),
    expectedVersion: t.int({ description: 'The card version the edit started from; a newer one answers VERSION_CONFLICT.' }),
    title: t.string(),
    titleEn: t.string(),
    tier: t.field({ type: CardTierEnum }),
    themes: t.field({ type: [CardThemeEnum] }),
    batchYear: t.int(),
    industries: t.stringList(),
    industriesEn: t.stringList(),
    concept: t.string(),
    conceptEn: t.string(),
    // A card's story may be longer than the default bound on texts.
    story: t.string({ maxLength: CARD_STORY_MAX }),
    storyEn: t.string({ maxLength: CARD_STORY_MAX }),
    color: t.string(),
    logoUrl: t.string(),
    coverUrl: t.string(),
    clusters: t.stringList(),
    clustersEn: t.stringList(),
    sampleNote: t.string(),
    sampleNoteEn: t.string(),
    keyFigures: t.field({ type: [KeyFigureInput] }),
    enterprises: t.field({ type: [EnterpriseInput] }),
    landmarks: t.field({ type: [LandmarkInput] }),
    sources: t.field({ type: [CardSourceInput] }),
  }),
});

const StaffCardFilter = builder.inputType('StaffCardFilter', {
  fields: (t) => ({
    query: t.string({ maxLength: INPUT_LIMITS.search, description: 'A fragment of the title (either language), slug, region or industry.' }),
    status: t.field({ type: CardStatusEnum }),
    tier: t.field({ type: CardTierEnum }),
    batchYear: t.int(),
  }),
});

const FieldChange = builder.objectRef<{ field: string; before: unknown; after: unknown }>('FieldChange').implement({
  fields: (t) => ({
    field: t.exposeString('field'),
    before: t.expose('before', { type: 'JSON', nullable: true }),
    after: t.expose('after', { type: 'JSON', nullable: true }),
  }),
});

builder.prismaObject('CardVersion', {
  fields: (t) => ({
    number: t.exposeInt('number'),
    action: t.exposeString('action', { description: 'EDIT, PUBLISH or UNPUBLISH.' }),
    actorName: t.exposeString('actorName', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    note: t.exposeString('note', { nullable: true }),
    changes: t.field({
      type: [FieldChange],
      resolve: (v) =>
        Object.entries(v.changes as Record<string, { before: unknown; after: unknown }>).map(([field, c]) => ({ field, before: c.before, after: c.after })),
    }),
  }),
});

const idOf = (globalId: string | number, typename: string) => requireLocalId(globalId, typename, () => new NotFoundError(`无效的 ${typename} ID`));

const errors = { types: [ValidationError, NotFoundError, UserError] };

builder.queryFields((t) => ({
  staffCards: t.connection(
    {
      type: CardNode,
      authScopes: { staff: true },
      description: 'Every card, drafts and offline ones included, most recently changed first (staff).',
      args: { filter: t.arg({ type: StaffCardFilter, required: false }) },
      resolve: (_root, args, ctx, info) =>
        countedOffsetConnection(args, (window) =>
          listStaffCards(ctx, ctx.viewer, args.filter ?? {}, window, queryFromInfo({ context: ctx, info, typeName: 'Card', path: ['edges', 'node'] })),
        ),
    },
    { name: 'StaffCardConnection', fields: (t) => ({ totalCount: t.int({ resolve: readTotalCount }) }) },
    { name: 'StaffCardEdge' },
  ),
  cardVersions: t.prismaField({
    type: ['CardVersion'],
    authScopes: { staff: true },
    description: "A card's saved changes, newest first: who, when, and each field before and after.",
    args: { cardId: t.arg.id({ required: true }) },
    resolve: (_query, _root, args, ctx) => listCardVersions(ctx, ctx.viewer, idOf(args.cardId, 'Card')),
  }),
}));

builder.mutationFields((t) => ({
  createCardFromApplication: t.prismaField({
    type: 'Card',
    authScopes: { staff: true },
    errors,
    args: { applicationId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const card = await createCardFromApplication(ctx, ctx.viewer, idOf(args.applicationId, 'Application'));
      return ctx.db.prisma.card.findUniqueOrThrow({ ...query, where: { id: card.id } });
    },
  }),
  updateCard: t.prismaField({
    type: 'Card',
    authScopes: { staff: true },
    errors,
    args: { input: t.arg({ type: UpdateCardInput, required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const { id, expectedVersion, ...fields } = args.input;
      const card = await updateCard(ctx, ctx.viewer, idOf(id, 'Card'), fields, expectedVersion);
      return ctx.db.prisma.card.findUniqueOrThrow({ ...query, where: { id: card.id } });
    },
  }),
  publishCard: t.prismaField({
    type: 'Card',
    authScopes: { staff: true },
    errors,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const card = await publishCard(ctx, ctx.viewer, idOf(args.id, 'Card'));
      return ctx.db.prisma.card.findUniqueOrThrow({ ...query, where: { id: card.id } });
    },
  }),
  uploadCardImage: t.prismaField({
    type: 'Card',
    authScopes: { staff: true },
    errors,
    description:
      "Uploads the card's logo or cover image (PNG, JPEG or WebP, checked by its bytes, at most 5 MB) and sets logoUrl / coverUrl: " +
      'saved as an edit (a version and an audit entry).',
    args: {
      cardId: t.arg.id({ required: true }),
      kind: t.arg({ type: CardImageKindEnum, required: true }),
      file: t.arg({ type: 'File', required: true }),
      expectedVersion: t.arg.int({ description: 'As in UpdateCardInput.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const card = await uploadCardImage(ctx, ctx.viewer, { cardId: idOf(args.cardId, 'Card'), kind: args.kind, file: args.file, expectedVersion: args.expectedVersion });
      return ctx.db.prisma.card.findUniqueOrThrow({ ...query, where: { id: card.id } });
    },
  }),
  unpublishCard: t.prismaField({
    type: 'Card',
    authScopes: { staff: true },
    errors,
    description: 'Takes a published card offline; the public card(slug:) then answers with `offline` (the reason), the lists leave it out.',
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const card = await unpublishCard(ctx, ctx.viewer, idOf(args.id, 'Card'), args.reason);
      return ctx.db.prisma.card.findUniqueOrThrow({ ...query, where: { id: card.id } });
    },
  }),
}));
