// From a source file to what players need: an HLS ladder (360p, 720p) with a master playlist,
// an MP4 fallback and a poster. Progress is reported as 0–100.
import fs from 'node:fs';
import path from 'node:path';
import { FFMPEG, run } from './ffmpeg.js';
import type { ProbeResult } from './probe.js';
import { setting } from '../../config.js';

export const RENDITIONS = [
  { name: '360p', height: 360, videoBitrate: '800k', audioBitrate: '96k' },
  { name: '720p', height: 720, videoBitrate: '2500k', audioBitrate: '128k' },
] as const;

export const HLS_SEGMENT_SECONDS = 4;

export interface TranscodeOutput {
  master: string; // relative to the output folder
  mp4: string;
  poster: string;
}

/** ffmpeg's `-progress` reports out_time_us; turn it into a share of the film. */
function progressReporter(durationSeconds: number, from: number, to: number, report: (percent: number) => void) {
  return (line: string) => {
    const m = /^out_time_(?:us|ms)=(\d+)/.exec(line);
    if (!m) return;
    const done = Math.min(1, Number(m[1]) / 1_000_000 / durationSeconds);
    report(Math.round(from + (to - from) * done));
  };
}

const even = (n: number) => Math.max(2, Math.round(n / 2) * 2);
const bitsPerSecond = (rate: string) => Number.parseInt(rate, 10) * 1000;

/** The master playlist: one variant per rendition, with its peak bandwidth and frame size. */
export function masterPlaylist(probe: Pick<ProbeResult, 'width' | 'height'>, audio: boolean): string {
  const aspect = probe.width && probe.height ? probe.width / probe.height : 16 / 9;
  const variants = RENDITIONS.map((r) => {
    const bandwidth = Math.round((bitsPerSecond(r.videoBitrate) + (audio ? bitsPerSecond(r.audioBitrate) : 0)) * 1.1);
    return `#EXT-X-STREAM-INF:BANDWIDTH=${bandwidth},RESOLUTION=${even(r.height * aspect)}x${r.height}\n${r.name}/index.m3u8\n`;
  });
  return `#EXTM3U\n#EXT-X-VERSION:6\n#EXT-X-INDEPENDENT-SEGMENTS\n${variants.join('')}`;
}

export async function transcode(
  source: string,
  outDir: string,
  probe: ProbeResult,
  report: (percent: number) => void,
  signal?: AbortSignal,
): Promise<TranscodeOutput> {
  await fs.promises.mkdir(outDir, { recursive: true });
  const threads = ['-threads', String(Math.max(1, setting('TRANSCODE_THREADS') ?? 0))];
  // x264 speed preset; tests and small machines may choose a faster one.
  const PRESET = setting('TRANSCODE_PRESET') ?? 'veryfast';
  const audio = probe.hasAudio;

  // Poster: a frame a little into the film (the first frame is often black).
  const at = Math.min(probe.durationSeconds / 3, 3).toFixed(2);
  await run(FFMPEG, ['-y', '-v', 'error', '-ss', at, '-i', source, '-frames:v', '1', '-vf', 'scale=-2:720', '-q:v', '3', path.join(outDir, 'poster.jpg')], {
    signal,
  });
  report(5);

  // MP4 fallback, 720p (or the source height if smaller), streamable from the first byte.
  const mp4Height = Math.min(720, even(probe.height || 720));
  await run(
    FFMPEG,
    [
      '-y',
      '-v',
      'error',
      '-i',
      source,
      ...threads,
      '-vf',
      `scale=-2:${mp4Height}`,
      '-c:v',
      'libx264',
      '-preset',
      PRESET,
      '-crf',
      '23',
      '-pix_fmt',
      'yuv420p',
      ...(audio ? ['-c:a', 'aac', '-b:a', '128k', '-ac', '2'] : ['-an']),
      '-movflags',
      '+faststart',
      '-progress',
      'pipe:1',
      '-nostats',
      path.join(outDir, 'film.mp4'),
    ],
    { onLine: progressReporter(probe.durationSeconds, 5, 45, report), signal },
  );

  // HLS ladder in one pass: decode once, split the video, one HLS output per rendition. The master
  // playlist is ours to write: older ffmpeg builds (the bundled one) cannot name variant streams.
  const split = `[0:v]split=${RENDITIONS.length}${RENDITIONS.map((_, i) => `[v${i}]`).join('')}`;
  const scales = RENDITIONS.map((r, i) => `[v${i}]scale=-2:${r.height}[v${i}out]`).join(';');
  const args = ['-y', '-v', 'error', '-i', source, ...threads, '-filter_complex', `${split};${scales}`, '-progress', 'pipe:1', '-nostats'];
  RENDITIONS.forEach((r, i) => {
    args.push('-map', `[v${i}out]`, '-c:v', 'libx264', '-b:v', r.videoBitrate, '-maxrate', r.videoBitrate, '-bufsize', r.videoBitrate);
    if (audio) args.push('-map', 'a:0', '-c:a', 'aac', '-b:a', r.audioBitrate, '-ac', '2');
    args.push(
      '-preset',
      PRESET,
      '-pix_fmt',
      'yuv420p',
      '-sc_threshold',
      '0',
      '-g',
      '48',
      '-keyint_min',
      '48',
      '-f',
      'hls',
      '-hls_time',
      String(HLS_SEGMENT_SECONDS),
      '-hls_playlist_type',
      'vod',
      '-hls_flags',
      'independent_segments',
      '-hls_segment_filename',
      path.join(outDir, r.name, 'seg_%03d.ts'),
      path.join(outDir, r.name, 'index.m3u8'),
    );
  });
  for (const r of RENDITIONS) await fs.promises.mkdir(path.join(outDir, r.name), { recursive: true });
  await run(FFMPEG, args, { onLine: progressReporter(probe.durationSeconds, 45, 99, report), signal });
  await fs.promises.writeFile(path.join(outDir, 'master.m3u8'), masterPlaylist(probe, audio));
  return { master: 'master.m3u8', mp4: 'film.mp4', poster: 'poster.jpg' };
}
