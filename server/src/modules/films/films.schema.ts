import { localIdOf } from '../../schema/ids.js';
import { countedOffsetConnection, readTotalCount } from '../../schema/connections.js';
import { queryFromInfo } from '@pothos/plugin-prisma';
import type { Prisma } from '../../generated/prisma/client.js';
import { MediaJobState } from '../../generated/prisma/enums.js';
import { builder } from '../../schema/builder.js';
import { UserError, ValidationError } from '../../schema/errors.js';
import { isStaff, type Context } from '../../context.js';
import { CardThemeEnum, SLUG_MAX } from '../cards/cards.schema.js';
import { chinaDay, viewerKey } from './viewer-key.js';
import { canSign, deviceFromHeader, newDeviceId, signDeviceId } from './device-ids.js';
import { ensureWithinLimit } from '../auth/rate-limits.js';
import { saveSubtitle } from './subtitles.js';
import { UPLOAD_PATH } from './film-uploads.js';

const MediaJobStateEnum = builder.enumType(MediaJobState, { name: 'MediaJobState' });

/** Public films: published, ready, of a published card. */
export function publicFilmWhere(ctx: Context): Prisma.FilmWhereInput {
  return isStaff(ctx.viewer) ? {} : { status: 'PUBLISHED', jobState: 'READY', card: { status: 'PUBLISHED' } };
}

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
    posterUrl: t.string({ nullable: true, select: { mediaPrefix: true }, resolve: (f, _a, ctx) => mediaUrl(ctx, f.mediaPrefix, 'poster.jpg') }),
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
    description: 'Published films of this card, newest first.',
    query: (_args, ctx) => ({ where: publicFilmWhere(ctx), orderBy: { createdAt: 'desc' } }),
  }),
);

function filmId(id: string | number): string {
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

const needViewer = (ctx: Context) => {
  const key = viewerKey(ctx);
  if (!key) throw new UserError('无法识别观看者：请登录，或允许本机保存匿名标识', 'VIEWER_UNKNOWN');
  return key;
};

async function visibleFilm(ctx: Context, id: string | number) {
  const film = await ctx.db.prisma.film.findFirst({ where: { id: filmId(id), ...publicFilmWhere(ctx) }, select: { id: true, durationSeconds: true } });
  if (!film) throw new UserError('微纪录片不存在', 'NOT_FOUND');
  return film;
}

type MutationFieldBuilder = Parameters<Parameters<typeof builder.mutationFields>[0]>[0];

/**
 * A mutation that records a viewer's act at most once (the insert's primary key decides) and
 * bumps the film's counter in the same transaction only when the row is new.
 */
function countOnce(
  t: MutationFieldBuilder,
  description: string,
  counter: 'likeCount' | 'viewCount',
  insert: (tx: Prisma.TransactionClient, filmId: string, key: string) => Promise<number>,
) {
  return t.prismaField({
    type: 'Film',
    description,
    errors: { types: [UserError] },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const key = needViewer(ctx);
      // Signed out, only a device id the server signed counts: invented ones would inflate the counters.
      if (!ctx.viewer.userId && !ctx.deviceVerified) throw new UserError('无法确认本设备，请稍后再试', 'DEVICE_UNVERIFIED');
      if (counter === 'likeCount') {
        await ensureWithinLimit(ctx.services.rateLimits, 'likePerViewer', key);
        await ensureWithinLimit(ctx.services.rateLimits, 'likePerViewer', `ip:${ctx.ip}`);
      } else {
        await ensureWithinLimit(ctx.services.rateLimits, 'viewPerIp', ctx.ip);
      }
      const film = await visibleFilm(ctx, args.id);
      await ctx.db.prisma.$transaction(async (tx) => {
        if ((await insert(tx, film.id, key)) === 1) await tx.film.update({ where: { id: film.id }, data: { [counter]: { increment: 1 } } });
      });
      return ctx.db.prisma.film.findUniqueOrThrow({ ...query, where: { id: film.id } });
    },
  });
}

const RegisteredDevice = builder.objectRef<{ deviceId: string }>('RegisteredDevice').implement({
  fields: (t) => ({ deviceId: t.exposeString('deviceId', { description: 'Send as x-device-id from now on, and keep it.' }) }),
});

builder.mutationFields((t) => ({
  registerDevice: t.field({
    type: RegisteredDevice,
    description:
      'A device id signed by the server, for a signed-out app: its views and likes count only with one. Pass the id the app has ' +
      'so its conversations stay its own; the app asks once and keeps the answer (a few per address an hour).',
    errors: { types: [UserError] },
    args: { deviceId: t.arg.string({ maxLength: 64 }) },
    resolve: async (_root, args, ctx) => {
      const secret = ctx.services.config.appSecret;
      const current = deviceFromHeader(args.deviceId ?? null, secret);
      if (current.deviceVerified) return { deviceId: args.deviceId! };
      await ensureWithinLimit(ctx.services.rateLimits, 'deviceIdPerIp', ctx.ip);
      const own = current.deviceId && canSign(current.deviceId) ? current.deviceId : newDeviceId();
      return { deviceId: signDeviceId(secret, own) };
    },
  }),
  likeFilm: countOnce(
    t,
    'Likes a film, once per viewer (a second like changes nothing).',
    'likeCount',
    (tx, filmId, key) => tx.$executeRaw`INSERT INTO "FilmLike" ("filmId", "viewerKey", "createdAt") VALUES (${filmId}, ${key}, now()) ON CONFLICT DO NOTHING`,
  ),
  recordFilmView: countOnce(
    t,
    'Counts a view, once per viewer, film and day.',
    'viewCount',
    (tx, filmId, key) => tx.$executeRaw`INSERT INTO "FilmView" ("filmId", "viewerKey", "day") VALUES (${filmId}, ${key}, ${chinaDay()}) ON CONFLICT DO NOTHING`,
  ),
  recordFilmProgress: t.float({
    description: 'Saves where the viewer is (seconds); near the end it resets to 0 so the next visit starts over.',
    errors: { types: [UserError], directResult: false },
    args: { id: t.arg.id({ required: true }), positionSeconds: t.arg.float({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const key = needViewer(ctx);
      const film = await visibleFilm(ctx, args.id);
      const duration = film.durationSeconds ?? 0;
      if (!Number.isFinite(args.positionSeconds) || args.positionSeconds < 0) throw new UserError('播放位置不正确', 'INVALID_POSITION');
      const position = duration && args.positionSeconds >= duration - 3 ? 0 : Math.min(args.positionSeconds, duration || args.positionSeconds);
      await ctx.db.prisma.filmProgress.upsert({
        where: { filmId_viewerKey: { filmId: film.id, viewerKey: key } },
        create: { filmId: film.id, viewerKey: key, positionSeconds: position },
        update: { positionSeconds: position },
      });
      return position;
    },
  }),
  publishFilm: t.prismaField({
    type: 'Film',
    authScopes: { staff: true },
    errors: { types: [UserError] },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const film = await ctx.db.prisma.film.findUnique({ where: { id: filmId(args.id) } });
      if (!film) throw new UserError('微纪录片不存在', 'NOT_FOUND');
      if (film.jobState !== 'READY') throw new UserError('转码完成后才能发布', 'NOT_READY');
      return ctx.db.prisma.film.update({ ...query, where: { id: film.id }, data: { status: 'PUBLISHED', publishedAt: film.publishedAt ?? new Date() } });
    },
  }),
  unpublishFilm: t.prismaField({
    type: 'Film',
    authScopes: { staff: true },
    errors: { types: [UserError] },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) => ctx.db.prisma.film.update({ ...query, where: { id: filmId(args.id) }, data: { status: 'DRAFT' } }),
  }),
  attachFilmSubtitle: t.prismaField({
    type: 'Film',
    description: 'Adds or replaces the WebVTT subtitles of one language ("zh-CN" or "en").',
    authScopes: { staff: true },
    errors: { types: [ValidationError, UserError] },
    args: { id: t.arg.id({ required: true }), language: t.arg.string({ required: true, maxLength: 10 }), file: t.arg({ type: 'File', required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const id = filmId(args.id);
      await saveSubtitle(ctx, id, args.language, await args.file.text());
      return ctx.db.prisma.film.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
