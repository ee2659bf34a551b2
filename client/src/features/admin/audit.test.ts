import { describe, expect, it } from 'vitest';
import { auditChanges, auditValue, beijingDayStart, toAuditFilter, NO_AUDIT_FILTERS } from './audit';

describe('toAuditFilter', () => {
  it('sends only what was chosen', () => {
    expect(toAuditFilter(NO_AUDIT_FILTERS)).toEqual({});
    expect(toAuditFilter({ ...NO_AUDIT_FILTERS, action: 'staff.disable', subjectType: 'User', actorId: 'VXNlcjox' })).toEqual({
      action: 'staff.disable',
      subjectType: 'User',
      actorId: 'VXNlcjox',
    });
  });

  it('reads days in Beijing time: from the start of the first to the end of the last', () => {
    expect(toAuditFilter({ ...NO_AUDIT_FILTERS, since: '2026-12-02', until: '2026-12-03' })).toEqual({
      since: '2026-12-01T16:00:00.000Z',
      until: '2026-12-03T16:00:00.000Z',
    });
    expect(beijingDayStart('2026-01-01')).toBe('2025-12-31T16:00:00.000Z');
    expect(toAuditFilter({ ...NO_AUDIT_FILTERS, since: '2026-1-2' })).toEqual({});
  });
});

describe('auditChanges', () => {
  it('lists each changed field with its value before and after', () => {
    expect(auditChanges({ displayName: '张三', staffNumber: 'A01' }, { displayName: '张三丰', staffNumber: 'A01' })).toEqual([
      { field: 'displayName', before: '张三', after: '张三丰' },
    ]);
  });

  it('shows a created entry with nothing before and a deleted one with nothing after', () => {
    expect(auditChanges(null, { username: 'x', disabled: false })).toEqual([
      { field: 'username', before: '—', after: 'x' },
      { field: 'disabled', before: '—', after: '否' },
    ]);
    expect(auditChanges({ title: '问' }, null, ['yes', 'no'])).toEqual([{ field: 'title', before: '问', after: '—' }]);
  });

  it('words values instead of dumping JSON', () => {
    expect(auditValue(true, ['yes', 'no'])).toBe('yes');
    expect(auditValue(['工程机械', '新材料'])).toBe('工程机械、新材料');
    expect(auditValue({ label: '产值', value: 3000 })).toBe('label: 产值；value: 3000');
    expect(auditValue([])).toBe('—');
    expect(auditValue(12)).toBe('12');
  });
});
