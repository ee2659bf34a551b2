// Playable sample films for a fresh start: ffmpeg draws a test pattern with a tone and the card's
// title, and the normal pipeline transcodes it. Titles say they are samples (示例). No binaries
// are committed; without ffmpeg this step is skipped.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { PrismaClient } from '../../generated/prisma/client.js';
import type { Services } from '../../services.js';
import { FFMPEG, ffmpegAvailable, run } from '../media/ffmpeg.js';
import { saveSubtitle } from './subtitles.js';

const CJK_FONT = ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc'].find((f) =>
  fs.existsSync(f),
);

/** A short clip: colour bars, a 440 Hz tone and the title burned in. */
export async function makeTestClip(
  file: string,
  { seconds, title, width = 1280, height = 720, audio = true }: { seconds: number; title?: string; width?: number; height?: number; audio?: boolean },
) {
  const text =
    title && CJK_FONT
      ? `,drawtext=fontfile=${CJK_FONT}:text='${title.replace(/[':\\]/g, ' ')}':fontcolor=white:fontsize=${Math.round(height / 12)}:box=1:boxcolor=black@0.5:boxborderw=16:x=(w-text_w)/2:y=h*0.72`
      : '';
  const args = ['-y', '-v', 'error', '-f', 'lavfi', '-i', `testsrc2=size=${width}x${height}:rate=25,format=yuv420p${text}`];
  if (audio) args.push('-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=44100');
  args.push('-t', String(seconds), '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', ...(audio ? ['-c:a', 'aac', '-shortest'] : []), file);
  await run(FFMPEG, args);
}

const vtt = (seconds: number, lines: string[]) =>
  `WEBVTT\n\n${lines
    .map((line, i) => {
      const from = (i * seconds) / lines.length;
      const to = ((i + 1) * seconds) / lines.length;
      const t = (s: number) => `00:00:${s.toFixed(3).padStart(6, '0')}`;
      return `${i + 1}\n${t(from)} --> ${t(to)}\n${line}\n`;
    })
    .join('\n')}`;

export async function seedSampleFilms(prisma: PrismaClient, services: Services, log: (line: string) => void, count = 4) {
  if ((await prisma.film.count()) > 0) return;
  if (!(await ffmpegAvailable())) {
    log('ffmpeg not found: sample films skipped (install ffmpeg, or reinstall so the bundled one is present)');
    return;
  }
  const cards = await prisma.card.findMany({ where: { status: 'PUBLISHED', tier: 'MAIN' }, orderBy: { publishedAt: 'desc' }, take: count });
  for (const card of cards) {
    const seconds = 12;
    const sourceKey = `sources/${crypto.randomUUID()}.mp4`; // ffmpeg picks the container by extension
    const file = services.privateFiles.pathOf(sourceKey);
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    await makeTestClip(file, { seconds, title: `示例影片 · ${card.title}`, width: 960, height: 540 });
    const film = await prisma.film.create({
      data: {
        cardId: card.id,
        title: `示例影片 · ${card.title}`,
        titleEn: `Sample film · ${card.titleEn ?? card.title}`,
        sourceKey,
        status: 'PUBLISHED',
        publishedAt: new Date(),
        jobState: 'QUEUED',
      },
    });
    const ctx = { db: { prisma }, services } as never;
    await saveSubtitle(ctx, film.id, 'zh-CN', vtt(seconds, [`${card.title}`, '示例影片：测试图案与提示音', '3分钟爱上中国产业名片']));
    await saveSubtitle(
      ctx,
      film.id,
      'en',
      vtt(seconds, [card.titleEn ?? card.title, 'Sample film: test pattern and tone', 'Love China’s industry cards in 3 minutes']),
    );
  }
  log(`sample films: ${cards.length} queued for transcoding`);
  services.filmJobs?.poke();
}
