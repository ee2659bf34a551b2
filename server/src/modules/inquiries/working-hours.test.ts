import { describe, expect, it } from 'vitest';
import { describeHours, describeInstant, isOpen, nextOpening, parseWorkingHours } from './working-hours.js';

// Instants written in Beijing time (UTC+8).
const bj = (local: string) => new Date(`${local}+08:00`);

describe('working hours', () => {
  const hours = parseWorkingHours('1-5 09:00-17:30', 'Asia/Shanghai');

  it('is open on weekdays within the hours, in Beijing time', () => {
    expect(isOpen(hours, bj('2026-11-23T09:00:00'))).toBe(true); // Monday
    expect(isOpen(hours, bj('2026-11-23T17:29:59'))).toBe(true);
    expect(isOpen(hours, bj('2026-11-23T17:30:00'))).toBe(false);
    expect(isOpen(hours, bj('2026-11-23T08:59:00'))).toBe(false);
    expect(isOpen(hours, bj('2026-11-21T10:00:00'))).toBe(false); // Saturday
  });

  it('names the next opening: later today, tomorrow, or after the weekend', () => {
    expect(nextOpening(hours, bj('2026-11-23T07:15:30'))).toEqual(bj('2026-11-23T09:00:00'));
    expect(nextOpening(hours, bj('2026-11-24T18:00:00'))).toEqual(bj('2026-11-25T09:00:00'));
    expect(nextOpening(hours, bj('2026-11-27T20:00:00'))).toEqual(bj('2026-11-30T09:00:00')); // Friday night → Monday
    expect(nextOpening(hours, bj('2026-11-21T12:00:00'))).toEqual(bj('2026-11-23T09:00:00')); // Saturday
    expect(nextOpening(hours, bj('2026-11-23T10:00:00'))).toEqual(bj('2026-11-23T10:00:00')); // open now
  });

  it('describes hours and instants for the out-of-hours message', () => {
    expect(describeHours(hours)).toBe('工作日 9:00–17:30');
    expect(describeInstant(hours, bj('2026-11-30T09:00:00'))).toBe('11月30日（周一）9:00');
    expect(describeHours(parseWorkingHours('6-0 10:00-12:00'))).toBe('周日、周六 10:00–12:00');
  });

  it('refuses a malformed setting with a clear message', () => {
    expect(() => parseWorkingHours('weekdays 9-5')).toThrow(/INQUIRY_HOURS must look like/);
    expect(() => parseWorkingHours('1-5 18:00-09:00')).toThrow(/opening time must come before/);
    expect(() => parseWorkingHours('1-5 09:00-17:00', 'Mars/Base')).toThrow(RangeError);
  });
});
