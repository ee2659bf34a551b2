// Subtitle files as staff have them: WebVTT is checked, SRT (SubRip) is checked and converted to
// WebVTT, which is what players read. A problem names its line, so the file can be fixed.
import { stripControl } from '@cards/schema/rules';

export type SubtitleResult = { ok: true; vtt: string } | { ok: false; message: string };

const VTT_TIMING = /^((?:\d{2,}:)?\d{2}:\d{2}\.\d{3}) --> ((?:\d{2,}:)?\d{2}:\d{2}\.\d{3})( .*)?$/;
// SubRip: hours may have one digit and some tools write a dot; coordinates after the end time are ignored.
const SRT_TIMING = /^(\d{1,3}):(\d{2}):(\d{2})[,.](\d{3}) *--> *(\d{1,3}):(\d{2}):(\d{2})[,.](\d{3})(?: +X1:.*)?$/;
const SRT_EXAMPLE = '00:00:01,000 --> 00:00:03,500';

const lineProblem = (line: number, zh: string, en: string) => ({ ok: false as const, message: `第 ${line} 行：${zh}（line ${line}: ${en}）` });

function linesOf(text: string): string[] {
  return stripControl(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')).split('\n');
}

/** Reads a subtitle file: WebVTT as it is, SRT converted; or the first problem with its line number. */
export function toWebVtt(text: string): SubtitleResult {
  const lines = linesOf(text);
  if (/^WEBVTT( |\t|$)/.test(lines[0] ?? '')) return checkWebVtt(lines);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first >= 0 && /^\d+$/.test(lines[first].trim())) return srtToWebVtt(lines);
  return { ok: false, message: '字幕文件应为 WebVTT（以 WEBVTT 开头）或 SRT 格式（Subtitles must be WebVTT or SRT）' };
}

function checkWebVtt(lines: string[]): SubtitleResult {
  let cues = 0;
  for (const [i, line] of lines.entries()) {
    if (!line.includes('-->')) continue;
    if (!VTT_TIMING.test(line.trim())) return lineProblem(i + 1, `字幕时间轴格式不正确：${line.trim().slice(0, 40)}`, 'bad cue timing');
    cues++;
  }
  return cues ? { ok: true, vtt: lines.join('\n') } : { ok: false, message: '字幕文件中没有字幕内容（no cues）' };
}

const ms = (h: string, m: string, s: string, f: string) => ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000 + Number(f);
const stamp = (h: string, m: string, s: string, f: string) => `${h.padStart(2, '0')}:${m}:${s}.${f}`;

/** SubRip cues: a number, a timing line, text lines, a blank line. */
function srtToWebVtt(lines: string[]): SubtitleResult {
  const out = ['WEBVTT', ''];
  let i = 0;
  let cues = 0;
  while (i < lines.length) {
    if (lines[i].trim() === '') {
      i++;
      continue;
    }
    if (!/^\d+$/.test(lines[i].trim())) return lineProblem(i + 1, `应为字幕序号（数字），实际为「${lines[i].trim().slice(0, 40)}」`, 'expected a cue number');
    const timingLine = i + 1;
    const t = SRT_TIMING.exec((lines[timingLine] ?? '').trim());
    if (!t) return lineProblem(timingLine + 1, `时间轴格式不正确，应如 ${SRT_EXAMPLE}`, `bad timing, expected e.g. ${SRT_EXAMPLE}`);
    if ([t[3], t[7], t[2], t[6]].some((n) => Number(n) > 59)) return lineProblem(timingLine + 1, '时间轴中的分或秒超过 59', 'minutes or seconds above 59');
    if (ms(t[5], t[6], t[7], t[8]) < ms(t[1], t[2], t[3], t[4])) return lineProblem(timingLine + 1, '结束时间早于开始时间', 'the cue ends before it starts');
    out.push(lines[i].trim(), `${stamp(t[1], t[2], t[3], t[4])} --> ${stamp(t[5], t[6], t[7], t[8])}`);
    i = timingLine + 1;
    for (; i < lines.length && lines[i].trim() !== ''; i++) {
      if (lines[i].includes('-->')) return lineProblem(i + 1, '字幕文字前缺少空行或序号', 'a timing line inside a cue: a blank line or number is missing');
      // WebVTT knows <b>, <i>, <u> but not SubRip's <font …>; its text is kept.
      out.push(lines[i].replace(/<\/?font[^>]*>/gi, ''));
    }
    out.push('');
    cues++;
  }
  return cues ? { ok: true, vtt: out.join('\n') } : { ok: false, message: '字幕文件中没有字幕内容（no cues）' };
}
