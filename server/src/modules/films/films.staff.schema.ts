// Staff edit films: titles and card, the poster frame, the order of a card's films.
import { builder } from '../../schema/builder.js';
import { UserError, ValidationError } from '../../schema/errors.js';
import { localIdOf } from '../../schema/ids.js';
import { filmId, reload } from './films.schema.js';
import { reorderCardFilms, setPosterFrame, updateFilm } from './film-editing.js';

const UpdateFilmInput = builder.inputType('UpdateFilmInput', {
  description: 'Fields left out stay as they are; an empty titleEn clears it.',
  fields: (t) => ({
    id: t.id({ required: true }),
    title: t.string({ maxLength: 200 }),
    titleEn: t.string({ maxLength: 400 }),
    cardId: t.id({ description: 'Moves the film to another card (it goes last there).' }),
  }),
});

const cardIdOf = (id: string | number) => {
  const local = localIdOf(id, 'Card');
  if (!local) throw new ValidationError([{ field: 'cardId', code: 'NOT_FOUND', message: '所选产业名片不存在（No such card）' }]);
  return local;
};

const errors = { types: [ValidationError, UserError] };

builder.mutationFields((t) => ({
  updateFilm: t.prismaField({
    type: 'Film',
    authScopes: { staff: true },
    errors,
    description: "Changes a film's title (zh/en) or its card (staff; audited).",
    args: { input: t.arg({ type: UpdateFilmInput, required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const { id, cardId, ...rest } = args.input;
      return reload(ctx, query, await updateFilm(ctx, ctx.viewer, filmId(id), { ...rest, cardId: cardId ? cardIdOf(cardId) : undefined }));
    },
  }),
  setFilmPosterFrame: t.prismaField({
    type: 'Film',
    authScopes: { staff: true },
    errors,
    description: 'Makes the frame at `seconds` the poster (regenerated with ffmpeg from the transcoded film; staff; audited).',
    args: { id: t.arg.id({ required: true }), seconds: t.arg.float({ required: true }) },
    resolve: async (query, _root, args, ctx) => reload(ctx, query, await setPosterFrame(ctx, ctx.viewer, filmId(args.id), args.seconds)),
  }),
  reorderCardFilms: t.prismaField({
    type: ['Film'],
    authScopes: { staff: true },
    errors,
    description: "Sets the order of a card's films: filmIds lists every film of the card once, first shown first (staff; audited).",
    args: { cardId: t.arg.id({ required: true }), filmIds: t.arg.idList({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const cardId = localIdOf(args.cardId, 'Card');
      if (!cardId) throw new UserError('名片不存在（Card not found）', 'NOT_FOUND');
      await reorderCardFilms(ctx, ctx.viewer, cardId, args.filmIds.map((id) => localIdOf(id, 'Film') ?? ''));
      return ctx.db.prisma.film.findMany({ ...query, where: { cardId }, orderBy: [{ position: 'asc' }, { createdAt: 'desc' }] });
    },
  }),
}));
