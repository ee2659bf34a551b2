import { describe, expect, it } from 'vitest';
import { exportFileName, summarise } from './myData';

describe('my data', () => {
  it('counts what the copy holds', () => {
    const json = JSON.stringify({ account: {}, applications: [{}, {}], inquiries: [{}], notifications: [] });
    expect(summarise(json)).toEqual({ apps: 2, inquiries: 1, notes: 0 });
  });

  it('counts nothing in a copy it cannot read, rather than failing', () => {
    expect(summarise('not json')).toEqual({ apps: 0, inquiries: 0, notes: 0 });
  });

  it('names the file with the Beijing date', () => {
    // 20:30 UTC on 1 December is 04:30 on 2 December in Beijing.
    expect(exportFileName(new Date('2026-12-01T20:30:00Z'))).toBe('产业名片-我的数据-2026-12-02.json');
  });
});
