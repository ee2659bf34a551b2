// Media: how long the real pipeline takes to transcode a 60-second 1080p clip, as a share of the
// clip's duration (the real-time factor: below 1 means faster than real time).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeTestClip } from '../src/modules/films/sample-films.js';
import { probeFilm } from '../src/modules/media/probe.js';
import { transcode } from '../src/modules/media/transcode.js';
import { ffmpegAvailable } from '../src/modules/media/ffmpeg.js';

export async function runMediaBench() {
  if (!(await ffmpegAvailable())) {
    console.log('media: skipped (ffmpeg not installed)');
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-bench-media-'));
  try {
    const clip = path.join(dir, 'source-1080p.mp4');
    await makeTestClip(clip, { seconds: 60, title: '基准测试 1080p', width: 1920, height: 1080 });
    const probe = await probeFilm(clip);
    const started = process.hrtime.bigint();
    await transcode(clip, path.join(dir, 'out'), probe, () => {});
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(
      `media: transcode of a ${probe.durationSeconds.toFixed(0)} s ${probe.width}x${probe.height} clip (HLS 360p+720p, MP4 720p, poster, preset ${process.env.TRANSCODE_PRESET ?? 'veryfast'}): ${seconds.toFixed(1)} s, real-time factor ${(seconds / probe.durationSeconds).toFixed(2)} on ${os.cpus().length} cores`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
