// Subtitles: read (WebVTT checked, SRT converted, see subtitle-formats.ts) before they are stored as public media.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Deps } from '../../context.js';
import { UserError, ValidationError } from '../../domain/errors.js';
import { toWebVtt } from './subtitle-formats.js';

export const SUBTITLE_LANGUAGES = ['zh-CN', 'en'] as const;

/** Stores subtitles (WebVTT, or SRT converted to WebVTT) as public media. */
export async function saveSubtitle(deps: Deps, filmId: string, language: string, text: string) {
  if (!(SUBTITLE_LANGUAGES as readonly string[]).includes(language)) throw new ValidationError([{ field: 'language', message: '字幕语言只能是 zh-CN 或 en' }]);
  if (text.length > 2_000_000) throw new ValidationError([{ field: 'file', message: '字幕文件过大' }]);
  const read = toWebVtt(text);
  if (!read.ok) throw new ValidationError([{ field: 'file', message: read.message }]);
  const film = await deps.db.prisma.film.findUnique({ where: { id: filmId }, select: { id: true } });
  if (!film) throw new UserError('微纪录片不存在', 'NOT_FOUND');
  const key = `subtitles/${filmId}/${language}-${crypto.randomBytes(4).toString('hex')}.vtt`;
  const tmp = path.join(os.tmpdir(), `${crypto.randomUUID()}.vtt`);
  await fs.promises.writeFile(tmp, read.vtt);
  await deps.services.media.putFile(tmp, key);
  const previous = await deps.db.prisma.filmSubtitle.findUnique({ where: { filmId_language: { filmId, language } } });
  await deps.db.prisma.filmSubtitle.upsert({ where: { filmId_language: { filmId, language } }, create: { filmId, language, key }, update: { key } });
  if (previous) await deps.services.media.remove(previous.key);
}
