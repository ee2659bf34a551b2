// WebVTT subtitles: checked (header, well-formed cues) before they are stored as public media.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Deps } from '../../context.js';
import { UserError, ValidationError } from '../../domain/errors.js';

export const SUBTITLE_LANGUAGES = ['zh-CN', 'en'] as const;
const TIMING = /^(\d{2,}:)?\d{2}:\d{2}\.\d{3} --> (\d{2,}:)?\d{2}:\d{2}\.\d{3}( .*)?$/;

/** null when the text is valid WebVTT with at least one cue; else the reason. */
export function checkWebVtt(text: string): string | null {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!/^WEBVTT( |\t|\n|$)/.test(body)) return '字幕文件必须是 WebVTT 格式（以 WEBVTT 开头）';
  let cues = 0;
  for (const line of body.split('\n')) {
    if (line.includes('-->')) {
      if (!TIMING.test(line.trim())) return `字幕时间轴格式不正确：${line.trim().slice(0, 40)}`;
      cues++;
    }
  }
  return cues ? null : '字幕文件中没有字幕内容';
}

export async function saveSubtitle(deps: Deps, filmId: string, language: string, text: string) {
  if (!(SUBTITLE_LANGUAGES as readonly string[]).includes(language)) throw new ValidationError([{ field: 'language', message: '字幕语言只能是 zh-CN 或 en' }]);
  if (text.length > 2_000_000) throw new ValidationError([{ field: 'file', message: '字幕文件过大' }]);
  const problem = checkWebVtt(text);
  if (problem) throw new ValidationError([{ field: 'file', message: problem }]);
  const film = await deps.db.prisma.film.findUnique({ where: { id: filmId }, select: { id: true } });
  if (!film) throw new UserError('微纪录片不存在', 'NOT_FOUND');
  const key = `subtitles/${filmId}/${language}-${crypto.randomBytes(4).toString('hex')}.vtt`;
  const tmp = path.join(os.tmpdir(), `${crypto.randomUUID()}.vtt`);
  await fs.promises.writeFile(tmp, text);
  await deps.services.media.putFile(tmp, key);
  const previous = await deps.db.prisma.filmSubtitle.findUnique({ where: { filmId_language: { filmId, language } } });
  await deps.db.prisma.filmSubtitle.upsert({ where: { filmId_language: { filmId, language } }, create: { filmId, language, key }, update: { key } });
  if (previous) await deps.services.media.remove(previous.key);
}
