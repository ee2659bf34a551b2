import { localIdOf } from '../../schema/ids.js';
import { countedOffsetConnection, readTotalCount } from '../../schema/connections.js';
import { queryFromInfo } from '@pothos/plugin-prisma';
import type { Prisma } from '../../generated/prisma/client.js';
import { MediaJobState } from '../../generated/prisma/enums.js';
import { builder } from '../../schema/builder.js';
import { UserError, ValidationError } from '../../schema/errors.js';
import type { Context } from '../../context.js';
import { filmVisibleWhere } from './films.policy.js';
import * as films from './films.service.js';
import { CardThemeEnum, SLUG_MAX } from '../cards/cards.schema.js';
import { viewerKey } from './viewer-key.js';
import { UPLOAD_PATH } from './film-uploads.js';

const MediaJobStateEnum = builder.enumType(MediaJobState, { name: 'MediaJobState' });

/** The films this request's viewer may see (films.policy.ts). */
const publicFilmWhere = (ctx: Context): Prisma.FilmWhereInput => filmVisibleWhere(ctx.viewer);

/** The film a use case returned, read with the selection the client asked for. */
export const reload = (ctx: Context, query: { select?: object; include?: object }, id: string) =>
  ctx.db.prisma.film.findUniqueOrThrow({ ...(query as object), where: { id } });

const Subtitle = builder.prismaObject('FilmSubtitle', {
  name: 'Subtitle',
  fields: (t) => ({
    language: t.exposeString('language', { description: '"zh-CN" or "en".' }),
    url: t.string({ select: { key: true }, resolve: (s, _a, ctx) => ctx.services.media.url(s.key) }),
  }),
});

const MediaJob = builder.objectRef<{ state: MediaJobState; progress: number; error: string | null; attempts: number }>('MediaJob').implement({
  fields: (t) => ({
    state: t.expose('state', { type: MediaJobStateEnum }),
    progress: t.exposeInt('progress', { description: 'Percent, while PROCESSING.' }),
    error: t.exposeString('error', { nullable: true }),
    attempts: t.exposeInt('attempts'),
  }),
});

const mediaUrl = (ctx: Context, prefix: string | null, file: string) => (prefix ? ctx.services.media.url(`${prefix}/${file}`) : null);

export const FilmNode = builder.prismaNode('Film', {
  id: { field: 'id' },
  findUnique: (id, ctx) => ({ id, AND: [publicFilmWhere(ctx)] }),
  fields: (t) => ({
    title: t.exposeString('title'),
    titleEn: t.exposeString('titleEn', { nullable: true }),
    durationSeconds: t.float({ select: { durationSeconds: true }, resolve: (f) => f.durationSeconds ?? 0 }),
    posterUrl: t.string({
      nullable: true,
      select: { mediaPrefix: true, posterKey: true },
      resolve: (f, _a, ctx) => (f.posterKey ? ctx.services.media.url(f.posterKey) : mediaUrl(ctx, f.mediaPrefix, 'poster.jpg')),
    }),
    posterSeconds: t.exposeFloat('posterSeconds', { nullable: true, description: 'The moment staff chose for the poster (null: the default frame).' }),
    position: t.exposeInt('position', { description: "Order among the card's films (lower first)." }),
    hlsUrl: t.string({ nullable: true, select: { mediaPrefix: true }, resolve: (f, _a, ctx) => mediaUrl(ctx, f.mediaPrefix, 'master.m3u8') }),
    mp4Url: t.string({ nullable: true, select: { mediaPrefix: true }, resolve: (f, _a, ctx) => mediaUrl(ctx, f.mediaPrefix, 'film.mp4') }),
    subtitles: t.relation('subtitles', { type: Subtitle, query: { orderBy: { language: 'asc' } } }),
    card: t.relation('card'),
    viewCount: t.exposeInt('viewCount'),
    likeCount: t.exposeInt('likeCount'),
    published: t.boolean({ select: { status: true }, resolve: (f) => f.status === 'PUBLISHED' }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
    job: t.field({
      type: MediaJob,
      description: 'Transcoding state (staff).',
      select: { jobState: true, jobProgress: true, jobError: true, jobAttempts: true },
      resolve: (f) => ({ state: f.jobState, progress: f.jobProgress, error: f.jobError, attempts: f.jobAttempts }),
    }),
    likedByViewer: t.boolean({
      resolve: async (f, _a, ctx) => {
        const key = viewerKey(ctx);
        return key ? (await ctx.db.prisma.filmLike.count({ where: { filmId: f.id, viewerKey: key } })) > 0 : false;
      },
    }),
    resumeAt: t.float({
      description: 'Where this viewer left off, in seconds (0 when new or finished).',
      resolve: async (f, _a, ctx) => {
        const key = viewerKey(ctx);
        if (!key) return 0;
        const p = await ctx.db.prisma.filmProgress.findUnique({ where: { filmId_viewerKey: { filmId: f.id, viewerKey: key } } });
        return p?.positionSeconds ?? 0;
      },
    }),
    nextFilm: t.prismaField({
      type: 'Film',
      nullable: true,
      description: 'The next film of the same card, else the newest film of another card with a shared theme, else the newest other film.',
      resolve: async (query, f, _a, ctx) => {
        const base = { ...publicFilmWhere(ctx), id: { not: f.id } };
        const self = await ctx.db.prisma.film.findUniqueOrThrow({
          where: { id: f.id },
          select: { cardId: true, createdAt: true, card: { select: { themes: true } } },
        });
        return (
          (await ctx.db.prisma.film.findFirst({
            ...query,
            where: { ...base, cardId: self.cardId, createdAt: { gt: self.createdAt } },
            orderBy: { createdAt: 'asc' },
          })) ??
          (self.card.themes.length
            ? await ctx.db.prisma.film.findFirst({
                ...query,
                where: { ...base, cardId: { not: self.cardId }, card: { status: 'PUBLISHED', themes: { hasSome: self.card.themes } } },
                orderBy: { publishedAt: 'desc' },
              })
            : null) ??
          (await ctx.db.prisma.film.findFirst({ ...query, where: { ...base, cardId: { not: self.cardId } }, orderBy: { publishedAt: 'desc' } }))
        );
      },
    }),
  }),
});

builder.prismaObjectField('Card', 'films', (t) =>
  t.relation('films', {
    description: 'Published films of this card (staff: all of them), in the order staff set, then newest first.',
    query: (_args, ctx) => ({ where: publicFilmWhere(ctx), orderBy: [{ position: 'asc' }, { createdAt: 'desc' }] }),
  }),
);

export function filmId(id: string | number): string {
  const local = localIdOf(id, 'Film');
  if (!local) throw new UserError('微纪录片不存在', 'NOT_FOUND');
  return local;
}

builder.queryFields((t) => ({
  films: t.connection(
    {
      type: FilmNode,
      description: 'Published films, newest first; of one card with cardSlug, of a 2025 theme with theme.',
      args: { cardSlug: t.arg.string({ maxLength: SLUG_MAX }), theme: t.arg({ type: CardThemeEnum }) },
      resolve: (_root, args, ctx, info) => {
        const where: Prisma.FilmWhereInput = {
          AND: [publicFilmWhere(ctx), args.cardSlug ? { card: { slug: args.cardSlug } } : {}, args.theme ? { card: { themes: { has: args.theme } } } : {}],
        };
        return countedOffsetConnection(
          args,
          async ({ offset, limit }) => {
            const query = queryFromInfo({ context: ctx, info, typeName: 'Film', path: ['edges', 'node'] });
            const [rows, totalCount] = await Promise.all([
              ctx.db.prisma.film.findMany({
                ...query,
                where,
                orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
                skip: offset,
                take: limit,
              }),
              ctx.db.prisma.film.count({ where }),
            ]);
            return { rows, totalCount };
          },
          { defaultSize: 20, maxSize: 50 },
        );
      },
    },
    { name: 'FilmConnection', fields: (t) => ({ totalCount: t.int({ resolve: readTotalCount }) }) },
    { name: 'FilmEdge' },
  ),
  film: t.prismaField({
    type: 'Film',
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) => {
      const id = localIdOf(args.id, 'Film');
      return id ? ctx.db.prisma.film.findFirst({ ...query, where: { id, ...publicFilmWhere(ctx) } }) : null;
    },
  }),
  filmUploadEndpoint: t.string({ description: 'Where staff upload film sources (tus resumable uploads).', resolve: () => UPLOAD_PATH }),
}));

const RegisteredDevice = builder.objectRef<{ deviceId: string }>('RegisteredDevice').implement({
  fields: (t) => ({ deviceId: t.exposeString('deviceId', { description: 'Send as x-device-id from now on, and keep it.' }) }),
});

const filmMutation = { type: 'Film' as const, errors: { types: [UserError] } };

builder.mutationFields((t) => ({
  registerDevice: t.field({
    type: RegisteredDevice,
    description:
      'A device id signed by the server, for a signed-out app: its views and likes count only with one. Pass the id the app has ' +
      'so its conversations stay its own; the app asks once and keeps the answer (a few per address an hour).',
    errors: { types: [UserError] },
    args: { deviceId: t.arg.string({ maxLength: 64 }) },
    resolve: async (_root, args, ctx) => ({ deviceId: await films.registerDevice(ctx, ctx, { deviceId: args.deviceId ?? null }) }),
  }),
  likeFilm: t.prismaField({
    ...filmMutation,
    description: 'Likes a film, once per viewer (a second like changes nothing).',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => reload(ctx, query, await films.likeFilm(ctx, ctx, { id: filmId(args.id) })),
  }),
  recordFilmView: t.prismaField({
    ...filmMutation,
    description: 'Counts a view, once per viewer, film and day.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => reload(ctx, query, await films.recordFilmView(ctx, ctx, { id: filmId(args.id) })),
  }),
  recordFilmProgress: t.float({
    description: 'Saves where the viewer is (seconds); near the end it resets to 0 so the next visit starts over.',
    errors: { types: [UserError], directResult: false },
    args: { id: t.arg.id({ required: true }), positionSeconds: t.arg.float({ required: true }) },
    resolve: (_root, args, ctx) => films.recordFilmProgress(ctx, ctx, { id: filmId(args.id), positionSeconds: args.positionSeconds }),
  }),
  publishFilm: t.prismaField({
    ...filmMutation,
    authScopes: { staff: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => reload(ctx, query, await films.publishFilm(ctx, ctx.viewer, { id: filmId(args.id) })),
  }),
  unpublishFilm: t.prismaField({
    ...filmMutation,
    authScopes: { staff: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => reload(ctx, query, await films.unpublishFilm(ctx, ctx.viewer, { id: filmId(args.id) })),
  }),
  attachFilmSubtitle: t.prismaField({
    ...filmMutation,
    description:
      'Adds or replaces the subtitles of one language ("zh-CN" or "en"): a WebVTT or SRT file (SRT is converted to WebVTT); a malformed file is refused with its line number.',
    authScopes: { staff: true },
    errors: { types: [ValidationError, UserError] },
    args: { id: t.arg.id({ required: true }), language: t.arg.string({ required: true, maxLength: 10 }), file: t.arg({ type: 'File', required: true }) },
    resolve: async (query, _root, args, ctx) =>
      reload(ctx, query, await films.attachFilmSubtitle(ctx, ctx.viewer, { id: filmId(args.id), language: args.language, text: await args.file.text() })),
  }),
}));
