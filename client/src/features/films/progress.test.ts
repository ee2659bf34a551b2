import { beforeEach, describe, expect, it } from 'vitest';
import { taroStub } from '../../../test/taro-stub';
import { chooseResume, createProgressThrottle, formatDuration, readLocalPosition, writeLocalPosition } from './progress';

beforeEach(() => taroStub.reset());

describe('createProgressThrottle', () => {
  it('saves at once, then at most every interval, and on flush', () => {
    let now = 0;
    const saved: number[] = [];
    const th = createProgressThrottle(
      (p) => saved.push(p),
      5000,
      () => now,
    );
    th.update(0.3);
    expect(saved).toEqual([0.3]);
    for (let t = 1; t <= 4; t++) {
      now = t * 1000;
      th.update(t);
    }
    expect(saved).toEqual([0.3]);
    now = 5300;
    th.update(5.3);
    expect(saved).toEqual([0.3, 5.3]);
    now = 6000;
    th.update(6);
    th.flush();
    expect(saved).toEqual([0.3, 5.3, 6]);
    // Nothing new: a flush saves nothing.
    th.flush();
    expect(saved).toEqual([0.3, 5.3, 6]);
  });

  it('skips positions that did not move and ignores nonsense', () => {
    let now = 0;
    const saved: number[] = [];
    const th = createProgressThrottle(
      (p) => saved.push(p),
      5000,
      () => now,
    );
    th.update(NaN);
    th.update(-1);
    expect(saved).toEqual([]);
    th.update(10);
    now = 20_000;
    th.update(10.2);
    th.flush();
    expect(saved).toEqual([10]);
    expect(th.latest).toBe(10);
  });
});

describe('chooseResume', () => {
  it('takes the larger of the server and local positions', () => {
    expect(chooseResume(0, null, 60)).toBe(0);
    expect(chooseResume(12, null, 60)).toBe(12);
    expect(chooseResume(0, { position: 20, savedAt: 1 }, 60)).toBe(20);
    expect(chooseResume(30, { position: 20, savedAt: 1 }, 60)).toBe(30);
  });

  it('starts over near the end and for a mere second', () => {
    expect(chooseResume(58, null, 60)).toBe(0);
    expect(chooseResume(0, { position: 0.8, savedAt: 1 }, 60)).toBe(0);
  });

  it('keeps the local copy in Taro storage', () => {
    expect(readLocalPosition('f1')).toBeNull();
    writeLocalPosition('f1', 7.5, 123);
    expect(readLocalPosition('f1')).toEqual({ position: 7.5, savedAt: 123 });
  });
});

describe('formatDuration', () => {
  it('formats m:ss', () => {
    expect(formatDuration(12.4)).toBe('0:12');
    expect(formatDuration(75)).toBe('1:15');
    expect(formatDuration(null)).toBe('0:00');
  });
});
