// Export of the staff's filtered application list to Excel, with the form's columns.
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../../context.js';
import crypto from 'node:crypto';
import { chinaDay } from '../../domain/time.js';
import type { Deps } from '../../context.js';
import { applicationWhere, type ApplicationFilterInput } from './application-filter.js';
import { STATUS_LABELS } from './workflow.js';
import { APPLICATION_FIELD_LABELS as L } from '@cards/schema/rules';

export const EXPORT_COLUMNS = [
  { header: '申请编号', key: 'reference', width: 16 },
  { header: '状态', key: 'status', width: 12 },
  { header: '征集', key: 'campaign', width: 28 },
  { header: L.regionCode, key: 'region', width: 30 },
  { header: '区域代码', key: 'regionCode', width: 12 },
  { header: L.leadUnit, key: 'leadUnit', width: 28 },
  { header: L.leadingIndustries, key: 'leadingIndustries', width: 28 },
  { header: L.featuredIndustries, key: 'featuredIndustries', width: 28 },
  { header: L.intro, key: 'intro', width: 60 },
  { header: L.contactName, key: 'contactName', width: 12 },
  { header: L.contactTitle, key: 'contactTitle', width: 14 },
  { header: L.phone, key: 'phone', width: 16 },
  { header: '附件数', key: 'attachments', width: 8 },
  { header: '提交时间', key: 'submittedAt', width: 20 },
] as const;

export async function buildApplicationsWorkbook(ctx: Deps, filter: ApplicationFilterInput): Promise<{ buffer: Buffer; rows: number }> {
  const where = applicationWhere(filter);
  const apps = await ctx.db.prisma.application.findMany({
    where,
    include: { region: { select: { fullName: true } }, campaign: { select: { title: true } }, _count: { select: { attachments: true } } },
    orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }],
  });
  // Loaded on the first export rather than at start: ~13 MB an instance that never exports does not need.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '产业名片';
  const sheet = workbook.addWorksheet('申请列表');
  sheet.columns = EXPORT_COLUMNS.map((c) => ({ ...c }));
  sheet.getRow(1).font = { bold: true };
  for (const a of apps) {
    sheet.addRow({
      reference: a.reference ?? '',
      status: STATUS_LABELS[a.status],
      campaign: a.campaign.title,
      region: a.region?.fullName ?? '',
      regionCode: a.regionCode ?? '',
      leadUnit: a.leadUnit,
      leadingIndustries: a.leadingIndustries.join('、'),
      featuredIndustries: a.featuredIndustries.join('、'),
      intro: a.intro,
      contactName: a.contactName,
      contactTitle: a.contactTitle,
      phone: a.phone,
      attachments: a._count.attachments,
      submittedAt: a.submittedAt ? a.submittedAt.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }) : '',
    });
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return { buffer: Buffer.from(await workbook.xlsx.writeBuffer()), rows: apps.length };
}

/** Writes the workbook to the private store and returns its key. */
export async function exportApplications(ctx: Deps, viewer: Viewer, filter: ApplicationFilterInput) {
  const { buffer, rows } = await buildApplicationsWorkbook(ctx, filter);
  const key = `exports/${crypto.randomUUID()}.xlsx`;
  await ctx.services.privateFiles.write(key, buffer);
  // Who took personal data out of the system, and which.
  await recordAudit(ctx.db.prisma, viewer, { action: 'application.export', subjectType: 'Export', subjectId: key, after: { filter, rows } });
  return { key, rows };
}

/** The export's file name, dated in Beijing time (at 07:38 on 2 December in Beijing it is 12-02, not UTC's 12-01). */
export function exportFileName(now = new Date()): string {
  return `产业名片申请_${chinaDay(now)}.xlsx`;
}
