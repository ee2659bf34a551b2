// Acceptance 6 (the .xlsx export) and the attachments: real files through the HTTP server.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServer } from '../../server/src/http/server.js';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { type graphqlClient, listenForTests } from '../support/graphql.js';
import { signInOfficial, signInStaff } from '../support/accounts.js';
import { PDF, postUpload, SAVE_DRAFT, SUBMIT, TRANSITION, uploadForm, validForm } from '../support/applications.js';
import { EXPORT_COLUMNS } from '../../server/src/modules/applications/export.js';
import { APPLICATION_FIELD_LABELS } from '@cards/schema/rules';

let db: TestDatabase;
let app: AppServer;
let gql: ReturnType<typeof graphqlClient>;
let officialToken: string;
let staffToken: string;

beforeAll(async () => {
  db = await openTestDatabase();
  ({ app, gql } = await listenForTests(db));
  officialToken = (await signInOfficial(gql)).token;
  staffToken = (await signInStaff(gql, db)).token;
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

/** A GraphQL multipart request (the spec's operations / map / file parts) over real HTTP. */
async function upload(applicationId: string, name: string, type: string, bytes: Uint8Array, token = officialToken, fileName?: string) {
  const form = uploadForm(
    `mutation($id: ID!, $file: File!, $fileName: String) { uploadApplicationAttachment(applicationId: $id, file: $file, fileName: $fileName) { __typename
      ... on Attachment { id fileName contentType size url } ... on ValidationError { fieldErrors { field message } } ... on Error { message code } } }`,
    { id: applicationId, fileName },
    new Blob([bytes], { type }),
    name,
  );
  return postUpload(globalThis, `${app.url}/graphql`, form, token);
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

describe('attachments', () => {
  it('stores a real PDF privately and serves it only through a signed link', async () => {
    const { saveApplicationDraft: d } = await gql.as(officialToken).data(SAVE_DRAFT, { input: validForm({ regionCode: '410300' }) });
    const r = (await upload(d.id, '产业规划.pdf', 'application/pdf', PDF)).data.uploadApplicationAttachment;
    expect(r).toMatchObject({ __typename: 'Attachment', fileName: '产业规划.pdf', contentType: 'application/pdf', size: PDF.length });
    const res = await fetch(`${app.url}${r.url}`);
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);
    const tampered = r.url.replace(/sig=[^&]+/, 'sig=AAAA');
    expect((await fetch(`${app.url}${tampered}`)).status).toBe(403);
    expect((await fetch(`${app.url}${r.url.split('?')[0]}`)).status).toBe(403);
    // Not reachable as a public media file either.
    expect((await fetch(`${app.url}/media/${r.url.split('?')[0].slice('/files/'.length)}`)).status).toBe(404);
  });

  it('takes a mini-program upload (octet-stream, temporary name) by its bytes and the given name', async () => {
    const { saveApplicationDraft: d } = await gql.as(officialToken).data(SAVE_DRAFT, { input: validForm({ regionCode: '410500' }) });
    const r = (await upload(d.id, 'tmp_8f3a.pdf', 'application/octet-stream', PDF, officialToken, '保定市产业规划.pdf')).data.uploadApplicationAttachment;
    expect(r).toMatchObject({ __typename: 'Attachment', fileName: '保定市产业规划.pdf', contentType: 'application/pdf' });
  });

  it('refuses a file whose bytes do not match its type, a wrong type, and strangers', async () => {
    const { saveApplicationDraft: d } = await gql.as(officialToken).data(SAVE_DRAFT, { input: validForm({ regionCode: '410400' }) });
    const fake = (await upload(d.id, 'fake.pdf', 'application/pdf', new TextEncoder().encode('just text'))).data.uploadApplicationAttachment;
    expect(fake.__typename).toBe('ValidationError');
    expect(fake.fieldErrors[0]).toMatchObject({ field: 'attachments', message: expect.stringContaining('附件内容与类型不符') });
    const exe = (await upload(d.id, 'tool.exe', 'application/x-msdownload', PNG)).data.uploadApplicationAttachment;
    expect(exe.fieldErrors[0].message).toContain('只能是 PDF、JPEG 或 PNG');
    const unknownBytes = (await upload(d.id, 'tmp_1.bin', 'application/octet-stream', new TextEncoder().encode('MZ not a document'))).data
      .uploadApplicationAttachment;
    expect(unknownBytes.fieldErrors[0].message).toContain('只能是 PDF、JPEG 或 PNG');
    const stranger = (await signInOfficial(gql)).token;
    const theirs = (await upload(d.id, 'a.png', 'image/png', PNG, stranger)).data.uploadApplicationAttachment;
    expect(theirs.__typename).toBe('NotFound');
    expect(await db.prisma.attachment.count({ where: { application: { regionCode: '410400' } } })).toBe(0);
  });
});

describe('export', () => {
  it('exports the filtered list to an .xlsx with one row per application and the form’s columns', async () => {
    const official = gql.as(officialToken);
    const staff = gql.as(staffToken);
    const regions = ['420100', '420200', '420300', '440300'];
    for (const [i, regionCode] of regions.entries()) {
      const { saveApplicationDraft: d } = await official.data(SAVE_DRAFT, { input: validForm({ regionCode, leadUnit: `第${i + 1}号牵头单位` }) });
      const { submitApplication: s } = await official.data(SUBMIT, { id: d.id, v: d.version });
      if (i === 0) await staff.data(TRANSITION, { id: s.id, to: 'IN_CONSULTATION', v: s.version });
    }
    await official.data(SAVE_DRAFT, { input: validForm({ regionCode: '420500' }) }); // a draft: never exported

    const { exportApplications: all } = await staff.data(`mutation { exportApplications { url rows fileName } }`);
    const submitted = await db.prisma.application.count({ where: { status: { not: 'DRAFT' } } });
    expect(all.rows).toBe(submitted);
    const res = await fetch(`${app.url}${all.url}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(EXPORT_COLUMNS.map((c) => c.header));
    for (const label of Object.values(APPLICATION_FIELD_LABELS).filter((l) => l !== '附件')) expect(header).toContain(label);
    expect(sheet.actualRowCount - 1).toBe(submitted);
    const column = (key: string) => EXPORT_COLUMNS.findIndex((c) => c.key === key) + 1;
    const leadUnits = Array.from({ length: submitted }, (_, i) => String(sheet.getRow(i + 2).getCell(column('leadUnit')).value));
    expect(leadUnits).toEqual(expect.arrayContaining(['第1号牵头单位', '第4号牵头单位']));
    const wuhan = Array.from({ length: submitted }, (_, i) => sheet.getRow(i + 2)).find((row) => row.getCell(column('regionCode')).value === '420100')!;
    expect(wuhan.getCell(column('status')).value).toBe('协商中');
    expect(wuhan.getCell(column('region')).value).toBe('湖北省 · 武汉市');
    expect(wuhan.getCell(column('leadingIndustries')).value).toBe('电力装备、新能源');

    // Filters apply: Hubei (42) only, and status.
    const hubei = (await staff.data(`mutation { exportApplications(filter: { provinceCode: "420000" }) { rows } }`)).exportApplications;
    expect(hubei.rows).toBe(3);
    const consulting = (await staff.data(`mutation { exportApplications(filter: { status: IN_CONSULTATION }) { rows } }`)).exportApplications;
    expect(consulting.rows).toBe(1);
    expect(fs.existsSync(gql.services.privateFiles.root)).toBe(true);
  });
});
