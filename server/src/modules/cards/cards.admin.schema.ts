// Staff-only card editing: create from an application, edit, publish.
import { requireLocalId } from '../../schema/ids.js';
import { builder } from '../../schema/builder.js';
import { UserError, ValidationError } from '../../schema/errors.js';
import { CardThemeEnum, CardTierEnum } from './cards.schema.js';
import { createCardFromApplication, publishCard, unpublishCard, updateCard } from './cards.service.js';

const CARD_STORY_MAX = 10_000;

const CardInput = builder.inputType('CardInput', {
  fields: (t) => ({
    title: t.string(),
    titleEn: t.string(),
    tier: t.field({ type: CardTierEnum }),
    themes: t.field({ type: [CardThemeEnum] }),
    batchYear: t.int(),
    industries: t.stringList(),
    concept: t.string(),
    conceptEn: t.string(),
    // A card's story may be longer than the default bound on texts.
    story: t.string({ maxLength: CARD_STORY_MAX }),
    storyEn: t.string({ maxLength: CARD_STORY_MAX }),
    color: t.string(),
  }),
});

const idOf = (globalId: string | number, typename: string) => requireLocalId(globalId, typename, () => new UserError(`无效的 ${typename} ID`, 'NOT_FOUND'));

const errors = { types: [ValidationError, UserError] };

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
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: CardInput, required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const card = await updateCard(ctx, ctx.viewer, idOf(args.id, 'Card'), args.input);
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
  unpublishCard: t.prismaField({
    type: 'Card',
    authScopes: { staff: true },
    errors,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const card = await unpublishCard(ctx, ctx.viewer, idOf(args.id, 'Card'));
      return ctx.db.prisma.card.findUniqueOrThrow({ ...query, where: { id: card.id } });
    },
  }),
}));
