// What viewers and staff do to films: like, count a view, resume, publish, subtitles. No GraphQL here:
// the schema, the tus route and scripts call these with the database, the services and who is asking.
import { recordAudit } from '../audit/audit.service.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { Deps, Requester, Viewer } from '../../context.js';
import { UserError } from '../../domain/errors.js';
import { ensureWithinLimit } from '../auth/rate-limits.js';
import { assertCan, filmVisibleWhere } from './films.policy.js';
import { viewerKey } from './viewer-key.js';
import { chinaDay } from '../../domain/time.js';
import { canSign, deviceFromHeader, newDeviceId, signDeviceId } from './device-ids.js';
import { saveSubtitle } from './subtitles.js';

const notFound = () => new UserError('微纪录片不存在', 'NOT_FOUND');

function needViewer(who: Requester): string {
  const key = viewerKey(who);
  if (!key) throw new UserError('无法识别观看者：请登录，或允许本机保存匿名标识', 'VIEWER_UNKNOWN');
  return key;
}

async function visibleFilm(deps: Deps, viewer: Viewer, id: string) {
  const film = await deps.db.prisma.film.findFirst({ where: { id, ...filmVisibleWhere(viewer) }, select: { id: true, durationSeconds: true } });
  if (!film) throw notFound();
  return film;
}

type Counter = 'likeCount' | 'viewCount';

const INSERTS: Record<Counter, (tx: Prisma.TransactionClient, filmId: string, key: string) => Promise<number>> = {
  likeCount: (tx, filmId, key) =>
    tx.$executeRaw`INSERT INTO "FilmLike" ("filmId", "viewerKey", "createdAt") VALUES (${filmId}, ${key}, now()) ON CONFLICT DO NOTHING`,
  viewCount: (tx, filmId, key) =>
    tx.$executeRaw`INSERT INTO "FilmView" ("filmId", "viewerKey", "day") VALUES (${filmId}, ${key}, ${chinaDay()}) ON CONFLICT DO NOTHING`,
};

/**
 * Records a viewer's act at most once (the insert's primary key decides) and bumps the film's
 * counter in the same transaction only when the row is new. Returns the film's id.
 */
async function countOnce(deps: Deps, who: Requester, counter: Counter, id: string): Promise<string> {
  const key = needViewer(who);
  // Signed out, only a device id the server signed counts: invented ones would inflate the counters.
  if (!who.viewer.userId && !who.deviceVerified) throw new UserError('无法确认本设备，请稍后再试', 'DEVICE_UNVERIFIED');
  const limits = deps.services.rateLimits;
  if (counter === 'likeCount') {
    await ensureWithinLimit(limits, 'likePerViewer', key);
    await ensureWithinLimit(limits, 'likePerViewer', `ip:${who.ip}`);
  } else {
    await ensureWithinLimit(limits, 'viewPerIp', who.ip);
  }
  const film = await visibleFilm(deps, who.viewer, id);
  await deps.db.prisma.$transaction(async (tx) => {
    if ((await INSERTS[counter](tx, film.id, key)) === 1) await tx.film.update({ where: { id: film.id }, data: { [counter]: { increment: 1 } } });
  });
  return film.id;
}

export const likeFilm = (deps: Deps, who: Requester, { id }: { id: string }) => countOnce(deps, who, 'likeCount', id);

/**
 * Takes a viewer's like back: the same checks as liking (a verified device or an account, the same
 * per-viewer and per-address limit, so toggling cannot be used to hammer the counter), and the count
 * goes down only when this viewer's like row is actually deleted — a second unlike changes nothing,
 * and an unlike without a like never takes someone else's like away.
 */
export async function unlikeFilm(deps: Deps, who: Requester, { id }: { id: string }): Promise<string> {
  const key = needViewer(who);
  if (!who.viewer.userId && !who.deviceVerified) throw new UserError('无法确认本设备，请稍后再试', 'DEVICE_UNVERIFIED');
  const limits = deps.services.rateLimits;
  await ensureWithinLimit(limits, 'likePerViewer', key);
  await ensureWithinLimit(limits, 'likePerViewer', `ip:${who.ip}`);
  const film = await visibleFilm(deps, who.viewer, id);
  await deps.db.prisma.$transaction(async (tx) => {
    const removed = await tx.$executeRaw`DELETE FROM "FilmLike" WHERE "filmId" = ${film.id} AND "viewerKey" = ${key}`;
    if (removed === 1) await tx.$executeRaw`UPDATE "Film" SET "likeCount" = GREATEST("likeCount" - 1, 0) WHERE "id" = ${film.id}`;
  });
  return film.id;
}
export const recordFilmView = (deps: Deps, who: Requester, { id }: { id: string }) => countOnce(deps, who, 'viewCount', id);

/** Saves where the viewer is; near the end it resets to 0 so the next visit starts over. */
export async function recordFilmProgress(deps: Deps, who: Requester, { id, positionSeconds }: { id: string; positionSeconds: number }): Promise<number> {
  const key = needViewer(who);
  const film = await visibleFilm(deps, who.viewer, id);
  const duration = film.durationSeconds ?? 0;
  if (!Number.isFinite(positionSeconds) || positionSeconds < 0) throw new UserError('播放位置不正确', 'INVALID_POSITION');
  const position = duration && positionSeconds >= duration - 3 ? 0 : Math.min(positionSeconds, duration || positionSeconds);
  await deps.db.prisma.filmProgress.upsert({
    where: { filmId_viewerKey: { filmId: film.id, viewerKey: key } },
    create: { filmId: film.id, viewerKey: key, positionSeconds: position },
    update: { positionSeconds: position },
  });
  return position;
}

/** A device id signed by the server; the one the app has is kept when it can be. */
export async function registerDevice(deps: Deps, who: Requester, { deviceId }: { deviceId: string | null }): Promise<string> {
  const secret = deps.services.config.appSecret;
  const current = deviceFromHeader(deviceId, secret);
  if (current.deviceVerified && deviceId) return deviceId;
  await ensureWithinLimit(deps.services.rateLimits, 'deviceIdPerIp', who.ip);
  const own = current.deviceId && canSign(current.deviceId) ? current.deviceId : newDeviceId();
  return signDeviceId(secret, own);
}

export async function publishFilm(deps: Deps, viewer: Viewer, { id }: { id: string }): Promise<string> {
  assertCan(viewer, 'publish');
  const prisma = deps.db.prisma;
  const film = await prisma.film.findUnique({ where: { id } });
  if (!film) throw notFound();
  if (film.jobState !== 'READY') throw new UserError('转码完成后才能发布', 'NOT_READY');
  await prisma.$transaction(async (tx) => {
    await tx.film.update({ where: { id: film.id }, data: { status: 'PUBLISHED', publishedAt: film.publishedAt ?? new Date() } });
    await recordAudit(tx, viewer, {
      action: 'film.publish',
      subjectType: 'Film',
      subjectId: film.id,
      before: { status: film.status },
      after: { status: 'PUBLISHED' },
    });
  });
  return film.id;
}

export async function unpublishFilm(deps: Deps, viewer: Viewer, { id }: { id: string }): Promise<string> {
  assertCan(viewer, 'publish');
  await deps.db.prisma.$transaction(async (tx) => {
    const before = await tx.film.findUnique({ where: { id }, select: { status: true } });
    if (!before) throw notFound();
    await tx.film.update({ where: { id }, data: { status: 'DRAFT' } });
    await recordAudit(tx, viewer, { action: 'film.unpublish', subjectType: 'Film', subjectId: id, before, after: { status: 'DRAFT' } });
  });
  return id;
}

export async function attachFilmSubtitle(deps: Deps, viewer: Viewer, input: { id: string; language: string; text: string }): Promise<string> {
  assertCan(viewer, 'editSubtitles');
  await saveSubtitle(deps, input.id, input.language, input.text);
  await recordAudit(deps.db.prisma, viewer, { action: 'film.subtitle', subjectType: 'Film', subjectId: input.id, after: { language: input.language } });
  return input.id;
}
