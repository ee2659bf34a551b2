// A poster from a chosen moment of a film: one frame, scaled like the transcoder's own poster.
import { FFMPEG, run } from './ffmpeg.js';

export async function extractPoster(input: string, seconds: number, outFile: string): Promise<void> {
  await run(FFMPEG, ['-y', '-v', 'error', '-ss', seconds.toFixed(2), '-i', input, '-frames:v', '1', '-vf', 'scale=-2:720', '-q:v', '3', outFile]);
}
