import { describe, expect, it } from 'vitest';
import type { StaffApplicationItemFragment } from '@cards/schema';
import { selectionCsv, selectionFileName } from './selectionExport';

const row = {
  id: '1',
  reference: 'CY2026-00001',
  status: 'SUBMITTED',
  statusLabel: '已提交',
  submittedAt: '2026-12-01T23:38:00.000Z',
  updatedAt: '2026-12-01T23:38:00.000Z',
  leadUnit: '长沙市工业和信息化局, "产业科"',
  leadingIndustries: [],
  contactName: '李明',
  region: { code: '430100', name: '长沙市', fullName: '湖南省 · 长沙市', fullNameEn: 'Changsha', level: 'CITY' },
  campaign: { id: 'c', title: '2026 年征集' },
} as unknown as StaffApplicationItemFragment;

describe('exporting a selection of applications', () => {
  it('writes a CSV Excel reads (BOM, quoted commas and quotes), times in Beijing', () => {
    const csv = selectionCsv([row]);
    expect(csv.startsWith('\uFEFF编号 Reference,')).toBe(true);
    const line = csv.split('\r\n')[1];
    expect(line).toBe('CY2026-00001,湖南省 · 长沙市,"长沙市工业和信息化局, ""产业科""",李明,已提交,2026 年征集,2026-12-02 07:38');
  });

  it('names the file with the Beijing date', () => {
    expect(selectionFileName(new Date('2026-12-01T23:38:00.000Z'))).toBe('申请登记-所选-2026-12-02.csv');
  });
});
