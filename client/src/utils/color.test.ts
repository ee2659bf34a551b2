import { describe, expect, it } from 'vitest';
import { ACCENT, cardColor, parseHex, shade, tint } from './color';

describe('card colours', () => {
  it('parses #rgb and #rrggbb, rejects anything else', () => {
    expect(parseHex('#1F4E79')).toEqual([31, 78, 121]);
    expect(parseHex('c8102e')).toEqual([200, 16, 46]);
    expect(parseHex('#abc')).toEqual([170, 187, 204]);
    expect(parseHex('red')).toBeNull();
    expect(parseHex('url(javascript:alert(1))')).toBeNull();
    expect(parseHex(null)).toBeNull();
  });

  it('falls back to the accent and never passes raw input into CSS', () => {
    expect(cardColor(undefined)).toBe(ACCENT);
    expect(cardColor('expression(alert(1))')).toBe(ACCENT);
    expect(cardColor('#1F4E79')).toBe('rgb(31, 78, 121)');
    expect(tint('#1F4E79', 0.1)).toBe('rgba(31, 78, 121, 0.1)');
    expect(tint('nope', 0.5)).toBe('rgba(200, 16, 46, 0.5)');
    expect(shade('#C8102E', 0.5)).toBe('rgb(100, 8, 23)');
  });
});
