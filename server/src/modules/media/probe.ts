// Is an uploaded file really a film we accept? ffprobe decides, and the reason for a refusal is
// written for the staff member who uploaded it.
import fs from 'node:fs';
import { FFPROBE, run } from './ffmpeg.js';

export const MAX_FILM_SECONDS = 180;
/** Encoders pad the last frame or audio packet: up to one second over 3:00 still counts as 3:00. */
export const DURATION_TOLERANCE_SECONDS = 1;

export interface ProbeResult {
  durationSeconds: number;
  width: number;
  height: number;
  hasAudio: boolean;
}

export class FilmRefused extends Error {
  constructor(
    readonly reason: string,
    readonly code: 'EMPTY' | 'NOT_MEDIA' | 'NO_VIDEO' | 'TOO_LONG' | 'NO_DURATION',
  ) {
    super(reason);
  }
}

const clock = (s: number) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;

export async function probeFilm(file: string): Promise<ProbeResult> {
  const size = (await fs.promises.stat(file)).size;
  if (size === 0) throw new FilmRefused('文件是空的，请重新选择视频文件', 'EMPTY');
  let info: {
    streams?: { codec_type: string; width?: number; height?: number; duration?: string; disposition?: { attached_pic?: number } }[];
    format?: { duration?: string; format_name?: string };
  };
  try {
    info = JSON.parse(await run(FFPROBE, ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file]));
  } catch {
    throw new FilmRefused('无法识别为视频文件（文件已损坏或不是视频格式）', 'NOT_MEDIA');
  }
  const streams = info.streams ?? [];
  // A cover picture inside an audio file is a "video" stream too: it does not make a film.
  const video = streams.find((s) => s.codec_type === 'video' && !s.disposition?.attached_pic);
  if (!video) {
    throw new FilmRefused(streams.some((s) => s.codec_type === 'audio') ? '文件只有声音，没有视频画面' : '无法识别为视频文件（没有视频画面）', 'NO_VIDEO');
  }
  const duration = Number(info.format?.duration ?? video.duration);
  if (!Number.isFinite(duration) || duration <= 0) throw new FilmRefused('无法读取视频时长', 'NO_DURATION');
  if (duration > MAX_FILM_SECONDS + DURATION_TOLERANCE_SECONDS) {
    throw new FilmRefused(`视频时长 ${clock(duration)}，超过 3 分钟上限`, 'TOO_LONG');
  }
  return { durationSeconds: duration, width: video.width ?? 0, height: video.height ?? 0, hasAudio: streams.some((s) => s.codec_type === 'audio') };
}
