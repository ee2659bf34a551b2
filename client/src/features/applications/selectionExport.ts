// Exporting the staff's selection of applications: a CSV (UTF-8 with BOM, so Excel reads the Chinese)
// of the rows they ticked, named with the Beijing date, downloaded in the browser.
import type { StaffApplicationItemFragment } from '@cards/schema';
import { formatDate, formatDateTime } from '../../utils/format';

const HEADERS = ['编号 Reference', '区域 Region', '牵头单位 Lead unit', '联系人 Contact', '状态 Status', '征集 Campaign', '提交时间 Submitted'];

function cell(value: string | null | undefined): string {
  const text = value ?? '';
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function selectionCsv(rows: readonly StaffApplicationItemFragment[]): string {
  const lines = rows.map((r) =>
    [r.reference, r.region?.fullName, r.leadUnit, r.contactName, r.statusLabel, r.campaign.title, formatDateTime(r.submittedAt)].map(cell).join(','),
  );
  return `\uFEFF${[HEADERS.join(','), ...lines].join('\r\n')}\r\n`;
}

export function selectionFileName(now: Date = new Date()): string {
  return `申请登记-所选-${formatDate(now.toISOString())}.csv`;
}

/** Saves the CSV as a file (H5); false where the platform cannot. */
export function downloadCsv(fileName: string, csv: string): boolean {
  if (!IS_H5 || typeof document === 'undefined' || typeof URL.createObjectURL !== 'function') return false;
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return true;
}
