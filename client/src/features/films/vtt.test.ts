import { describe, expect, it } from 'vitest';
import { cueAt, parseTimestamp, parseVtt } from './vtt';

describe('parseTimestamp', () => {
  it('reads mm:ss.ttt and hh:mm:ss.ttt', () => {
    expect(parseTimestamp('00:04.000')).toBe(4);
    expect(parseTimestamp('01:02.5')).toBeCloseTo(62.5);
    expect(parseTimestamp('01:00:03.250')).toBeCloseTo(3603.25);
    expect(parseTimestamp('00:00:01,200')).toBeCloseTo(1.2);
    expect(parseTimestamp('12')).toBeNaN();
  });
});

describe('parseVtt', () => {
  const source = [
    '\uFEFFWEBVTT',
    '',
    'NOTE made by the sample generator',
    '',
    '1',
    '00:00.000 --> 00:04.000',
    '东莞',
    '',
    '2',
    '00:04.000 --> 00:08.000 line:90% align:center',
    '示例影片：<i>测试图案</i>与提示音',
    '',
    '00:00:08.000 --> 00:00:12.000',
    '3分钟爱上中国产业名片',
    'second line',
    '',
  ].join('\r\n');

  it('reads cues with and without identifiers, settings and hours', () => {
    const cues = parseVtt(source);
    expect(cues).toEqual([
      { start: 0, end: 4, text: '东莞' },
      { start: 4, end: 8, text: '示例影片：测试图案与提示音' },
      { start: 8, end: 12, text: '3分钟爱上中国产业名片\nsecond line' },
    ]);
  });

  it('finds the cue for a time, and nothing between cues', () => {
    const cues = parseVtt(source);
    expect(cueAt(cues, 0.5)).toBe('东莞');
    expect(cueAt(cues, 4)).toBe('示例影片：测试图案与提示音');
    expect(cueAt(cues, 12.5)).toBe('');
    expect(cueAt(parseVtt('WEBVTT\n\n00:02.000 --> 00:03.000\nx\n'), 1)).toBe('');
  });

  it('skips malformed blocks', () => {
    expect(parseVtt('WEBVTT\n\nnot a cue\n\n00:xx --> 00:01.000\nbad\n')).toEqual([]);
  });
});
