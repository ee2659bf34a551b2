/** A subtitle cue: `start`/`end` in seconds. */
export interface Cue {
  start: number;
  end: number;
  text: string;
}

/** `hh:mm:ss.ttt` or `mm:ss.ttt` (also with `,` as in SRT) → seconds; NaN when malformed. */
export function parseTimestamp(value: string): number {
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$/.exec(value.trim());
  if (!m) return NaN;
  const [, h, min, s, frac] = m;
  const ms = frac ? Number(frac.padEnd(3, '0')) : 0;
  return Number(h ?? 0) * 3600 + Number(min) * 60 + Number(s) + ms / 1000;
}

/**
 * A small WebVTT parser: enough for the server's subtitles (cues with optional identifiers and settings,
 * NOTE/STYLE/REGION blocks skipped, simple tags such as `<i>` or `<c.x>` stripped).
 */
export function parseVtt(source: string): Cue[] {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const blocks = text.split(/\n{2,}/);
  const cues: Cue[] = [];
  for (const block of blocks) {
    const lines = block.split('\n').filter((l) => l.length > 0);
    if (!lines.length) continue;
    if (/^(WEBVTT|NOTE|STYLE|REGION)\b/.test(lines[0])) continue;
    const timingIndex = lines.findIndex((l) => l.includes('-->'));
    if (timingIndex < 0 || timingIndex > 1) continue;
    const [startText, rest] = lines[timingIndex].split('-->');
    const endText = rest.trim().split(/\s+/)[0];
    const start = parseTimestamp(startText);
    const end = parseTimestamp(endText);
    if (!Number.isFinite(start) || !Number.isFinite(end)) continue;
    const body = lines
      .slice(timingIndex + 1)
      .join('\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&nbsp;/g, '\u00a0')
      .trim();
    if (body) cues.push({ start, end, text: body });
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** The text of the cue(s) showing at `time` (joined by a line break), or '' between cues. */
export function cueAt(cues: Cue[], time: number): string {
  const active: string[] = [];
  for (const cue of cues) {
    if (cue.start > time) break;
    if (time < cue.end) active.push(cue.text);
  }
  return active.join('\n');
}
