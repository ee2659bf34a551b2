import { describe, expect, it } from 'vitest';
import { inProgressCount } from './status';

describe('applications in progress (进行中)', () => {
  it('counts submitted to building, and neither published, declined, withdrawn nor drafts', () => {
    const byStatus = [
      { status: 'DRAFT', count: 7 },
      { status: 'SUBMITTED', count: 3 },
      { status: 'IN_CONSULTATION', count: 2 },
      { status: 'RETURNED', count: 1 },
      { status: 'AGREEMENT_SIGNED', count: 1 },
      { status: 'BUILDING', count: 1 },
      { status: 'PUBLISHED', count: 5 },
      { status: 'DECLINED', count: 4 },
      { status: 'WITHDRAWN', count: 6 },
    ];
    expect(inProgressCount(byStatus)).toBe(8);
  });
});
