import { describe, expect, it } from 'vitest';
import { daysLeft, MAIN_STEPS, stepsAhead } from './guide';

describe('stepsAhead', () => {
  it('lists every step for a draft or a returned form', () => {
    expect(stepsAhead('DRAFT')).toEqual([...MAIN_STEPS]);
    expect(stepsAhead('RETURNED')).toEqual([...MAIN_STEPS]);
  });

  it('lists the steps after the current one', () => {
    expect(stepsAhead('SUBMITTED')).toEqual(['IN_CONSULTATION', 'AGREEMENT_SIGNED', 'BUILDING', 'PUBLISHED']);
    expect(stepsAhead('BUILDING')).toEqual(['PUBLISHED']);
  });

  it('has nothing ahead once published, declined or withdrawn', () => {
    for (const s of ['PUBLISHED', 'DECLINED', 'WITHDRAWN']) expect(stepsAhead(s)).toEqual([]);
  });
});

describe('daysLeft', () => {
  it('rounds part of a day up and is 0 or less once closed', () => {
    const now = Date.parse('2026-06-01T00:00:00Z');
    expect(daysLeft('2026-06-03T12:00:00Z', now)).toBe(3);
    expect(daysLeft('2026-06-01T00:00:00Z', now)).toBe(0);
    expect(daysLeft('2026-05-30T00:00:00Z', now)).toBeLessThan(0);
  });
});
