// Staff edit a film after upload: its titles and card, the poster frame, and its place among the
// card's films. Each change is recorded in the audit trail with the values before and after.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { charCount, STAFF_LIMITS, stripControl } from '@cards/schema/rules';
import type { Deps, Viewer } from '../../context.js';
import { UserError, ValidationError } from '../../domain/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { extractPoster } from '../media/poster.js';
import { assertCan } from './films.policy.js';

const notFound = () => new UserError('微纪录片不存在', 'NOT_FOUND');

export interface FilmEdit {
  title?: string | null;
  titleEn?: string | null;
  cardId?: string | null;
}

/** Changes a film's titles (zh/en) or moves it to another card; fields left out stay. */
export async function updateFilm(deps: Deps, viewer: Viewer, id: string, edit: FilmEdit): Promise<string> {
  assertCan(viewer, 'edit');
  const L = STAFF_LIMITS;
  const data: { title?: string; titleEn?: string | null; cardId?: string } = {};
  const problems: { field: string; code: string; params?: Record<string, number>; message: string }[] = [];
  if (edit.title != null) {
    data.title = stripControl(edit.title).trim();
    if (!data.title) problems.push({ field: 'title', code: 'REQUIRED', message: '请填写片名（A title is required）' });
    else if (charCount(data.title) > L.filmTitle.max)
      problems.push({ field: 'title', code: 'TOO_LONG', params: { max: L.filmTitle.max }, message: `片名不能超过 ${L.filmTitle.max} 个字（at most ${L.filmTitle.max} characters）` });
  }
  if (edit.titleEn !== undefined) {
    data.titleEn = edit.titleEn == null ? null : stripControl(edit.titleEn).trim() || null;
    if (data.titleEn && charCount(data.titleEn) > L.filmTitleEn.max)
      problems.push({
        field: 'titleEn',
        code: 'TOO_LONG',
        params: { max: L.filmTitleEn.max },
        message: `英文片名不能超过 ${L.filmTitleEn.max} 个字符（at most ${L.filmTitleEn.max} characters）`,
      });
  }
  if (edit.cardId != null) data.cardId = edit.cardId;
  if (problems.length) throw new ValidationError(problems);
  await deps.db.prisma.$transaction(async (tx) => {
    const current = await tx.film.findUnique({ where: { id }, select: { title: true, titleEn: true, cardId: true } });
    if (!current) throw notFound();
    if (data.cardId && data.cardId !== current.cardId && !(await tx.card.findUnique({ where: { id: data.cardId }, select: { id: true } })))
      throw new ValidationError([{ field: 'cardId', code: 'NOT_FOUND', message: '所选产业名片不存在（No such card）' }]);
    const changed = (Object.keys(data) as (keyof typeof data)[]).filter((k) => data[k] !== current[k]);
    if (!changed.length) return;
    // A film moved to another card goes to the end of that card's films.
    const position =
      data.cardId && data.cardId !== current.cardId
        ? ((await tx.film.aggregate({ where: { cardId: data.cardId }, _max: { position: true } }))._max.position ?? -1) + 1
        : undefined;
    await tx.film.update({ where: { id }, data: { ...data, ...(position !== undefined ? { position } : {}) } });
    await recordAudit(tx, viewer, {
      action: 'film.update',
      subjectType: 'Film',
      subjectId: id,
      before: Object.fromEntries(changed.map((k) => [k, current[k]])),
      after: Object.fromEntries(changed.map((k) => [k, data[k]])),
    });
  });
  return id;
}

/** Makes the frame at `seconds` the film's poster (ffmpeg reads the film's MP4 rendition). */
export async function setPosterFrame(deps: Deps, viewer: Viewer, id: string, seconds: number): Promise<string> {
  assertCan(viewer, 'edit');
  const prisma = deps.db.prisma;
  const film = await prisma.film.findUnique({ where: { id }, select: { mediaPrefix: true, jobState: true, durationSeconds: true, posterKey: true, posterSeconds: true } });
  if (!film) throw notFound();
  if (film.jobState !== 'READY' || !film.mediaPrefix) throw new UserError('转码完成后才能选择封面画面（The film is not transcoded yet）', 'NOT_READY');
  const duration = film.durationSeconds ?? 0;
  if (!Number.isFinite(seconds) || seconds < 0 || (duration > 0 && seconds >= duration))
    throw new ValidationError([
      { field: 'seconds', code: 'OUT_OF_RANGE', params: { max: Math.floor(duration) }, message: `封面时间应在 0–${Math.floor(duration)} 秒之间（within the film）` },
    ]);
  const media = deps.services.media;
  const key = `${film.mediaPrefix}/poster-${crypto.randomUUID().slice(0, 8)}.jpg`;
  const tmp = path.join(os.tmpdir(), `poster-${crypto.randomUUID()}.jpg`);
  try {
    await extractPoster(media.readable(`${film.mediaPrefix}/film.mp4`), seconds, tmp);
    if (!fs.existsSync(tmp) || fs.statSync(tmp).size === 0) throw new UserError('无法从该时间点生成封面，请换一个时间（No frame at that time）', 'NO_FRAME');
    await media.putFile(tmp, key);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError('无法从该时间点生成封面，请换一个时间（No frame at that time）', 'NO_FRAME');
  } finally {
    await fs.promises.rm(tmp, { force: true });
  }
  try {
    await prisma.$transaction(async (tx) => {
      await tx.film.update({ where: { id }, data: { posterKey: key, posterSeconds: seconds } });
      await recordAudit(tx, viewer, {
        action: 'film.poster',
        subjectType: 'Film',
        subjectId: id,
        before: { posterSeconds: film.posterSeconds },
        after: { posterSeconds: seconds },
      });
    });
  } catch (err) {
    await media.remove(key).catch(() => {});
    throw err;
  }
  if (film.posterKey) await media.remove(film.posterKey).catch(() => {});
  return id;
}

/** Orders a card's films: `filmIds` lists every film of the card, first shown first. */
export async function reorderCardFilms(deps: Deps, viewer: Viewer, cardId: string, filmIds: string[]): Promise<void> {
  assertCan(viewer, 'edit');
  await deps.db.prisma.$transaction(async (tx) => {
    const films = await tx.film.findMany({ where: { cardId }, select: { id: true, position: true }, orderBy: [{ position: 'asc' }, { createdAt: 'desc' }] });
    if (!films.length && !(await tx.card.findUnique({ where: { id: cardId }, select: { id: true } }))) throw new UserError('名片不存在（Card not found）', 'NOT_FOUND');
    const have = new Set(films.map((f) => f.id));
    if (filmIds.length !== films.length || new Set(filmIds).size !== filmIds.length || !filmIds.every((f) => have.has(f)))
      throw new ValidationError([{ field: 'filmIds', code: 'NOT_ALL_FILMS', message: '请按新顺序列出该名片的全部微纪录片，每部一次（List every film of the card once）' }]);
    const before = films.map((f) => f.id);
    if (before.every((f, i) => f === filmIds[i]) && films.every((f, i) => f.position === i)) return;
    for (const [position, id] of filmIds.entries()) await tx.film.update({ where: { id }, data: { position } });
    await recordAudit(tx, viewer, { action: 'film.reorder', subjectType: 'Card', subjectId: cardId, before: { filmIds: before }, after: { filmIds } });
  });
}
