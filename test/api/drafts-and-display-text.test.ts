// Two rules from the hostile review:
// - a draft is the official's private work: staff cannot open it or its attachments by ID (node,
//   application), find it in lists or the export, or act on it — until it is submitted;
// - text that would show differently from what it is (bidi overrides and isolates, e.g. U+202E in
//   "报告\u202Efdp.exe") is neutralised on input in messages and file names; nothing else changes.
import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SendInquiryMessageDocument } from '@cards/schema';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient, testServices } from '../support/graphql.js';
import { signInOfficial, signInStaff } from '../support/accounts.js';
import { PDF, postUpload, SAVE_DRAFT, SUBMIT, TRANSITION, uploadForm, validForm } from '../support/applications.js';

let db: TestDatabase;
let gql: ReturnType<typeof graphqlClient>;
let official: { token: string };
let staff: { token: string };

beforeAll(async () => {
  db = await openTestDatabase();
  gql = graphqlClient(db, testServices({ INQUIRY_HOURS: 'always' }));
  official = await signInOfficial(gql);
  staff = await signInStaff(gql, db);
});
afterAll(async () => {
  await gql?.services.close();
  await db?.close();
});

async function upload(applicationId: string, name: string, fileName?: string) {
  const form = uploadForm(
    `mutation($id: ID!, $file: File!, $fileName: String) { uploadApplicationAttachment(applicationId: $id, file: $file, fileName: $fileName) { __typename ... on Attachment { id fileName } ... on Error { code message } } }`,
    { id: applicationId, fileName },
    new Blob([PDF], { type: 'application/pdf' }),
    name,
  );
  return (await postUpload(gql.yoga, 'http://localhost/graphql', form, official.token)).data.uploadApplicationAttachment;
}

describe('drafts are the official’s private work', () => {
  it('staff cannot open, list, export or move a draft, nor reach its attachments; once submitted they can', async () => {
    const { saveApplicationDraft: draft } = await gql
      .as(official.token)
      .data(SAVE_DRAFT, { input: validForm({ regionCode: '130700', leadUnit: '张家口市草稿测试单位' }) });
    const attachment = await upload(draft.id, '草稿附件.pdf');
    expect(attachment.__typename).toBe('Attachment');
    const asStaff = gql.as(staff.token);

    const byId = await asStaff.data(`query($id: ID!) { application(id: $id) { id attachments { url } } node(id: $id) { id } }`, { id: draft.id });
    expect(byId).toEqual({ application: null, node: null });
    const listed = await asStaff.data(
      `{ applications(first: 100, filter: { query: "张家口市草稿测试单位" }) { totalCount } drafts: applications(first: 100, filter: { status: DRAFT }) { totalCount } }`,
    );
    expect(listed).toEqual({ applications: { totalCount: 0 }, drafts: { totalCount: 0 } });
    const moved = (await asStaff.data(TRANSITION, { id: draft.id, to: 'IN_CONSULTATION', v: draft.version })).transitionApplication;
    expect(moved).toMatchObject({ __typename: 'NotFound', code: 'NOT_FOUND' });
    const removed = await asStaff.data(`mutation($id: ID!) { removeApplicationAttachment(id: $id) { __typename ... on Error { code } } }`, {
      id: attachment.id,
    });
    expect(removed.removeApplicationAttachment).toMatchObject({ code: 'NOT_FOUND' });
    expect(await exportedLeadUnits()).not.toContain('张家口市草稿测试单位');

    // The official still sees their own draft.
    expect(
      (await gql.as(official.token).data(`query($id: ID!) { application(id: $id) { id attachments { fileName } } }`, { id: draft.id })).application.attachments,
    ).toHaveLength(1);

    const { submitApplication: submitted } = await gql.as(official.token).data(SUBMIT, { id: draft.id, v: draft.version });
    expect(submitted.status).toBe('SUBMITTED');
    const seen = await asStaff.data(`query($id: ID!) { application(id: $id) { id attachments { fileName url } } node(id: $id) { id } }`, { id: draft.id });
    expect(seen.application.attachments).toEqual([{ fileName: '草稿附件.pdf', url: expect.stringMatching(/^\/files\//) }]);
    expect(seen.node).toEqual({ id: draft.id });
    expect(await exportedLeadUnits()).toContain('张家口市草稿测试单位');
  });
});

async function exportedLeadUnits(): Promise<string[]> {
  const { exportApplications: x } = await gql.as(staff.token).data(`mutation { exportApplications { url } }`);
  // The export is a private file (served by the HTTP server, not GraphQL): read it from the store.
  const key = decodeURIComponent(new URL(x.url, 'http://local').pathname.slice('/files/'.length));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(gql.services.privateFiles.pathOf(key));
  const sheet = workbook.getWorksheet(1)!;
  const column = sheet.getRow(1).values as string[];
  const leadUnitColumn = column.indexOf('牵头单位');
  const units: string[] = [];
  sheet.eachRow((row, n) => n > 1 && units.push(String(row.getCell(leadUnitColumn).value)));
  return units;
}

describe('text that shows differently from what it is', () => {
  const sneaky = '报告\u202Efdp.exe 见\u2066附件\u2069\u202A。\u202B\u202C\u202D';
  const shown = '报告fdp.exe 见附件。';
  const unchanged = '多行\n文字 👩‍💻 مرحبا e\u0301 ١٢٣ Ünïcödé ——';

  it('messages keep every character but the bidi controls', async () => {
    const visitor = gql.as(null, `dev-${crypto.randomUUID()}`);
    const { sendInquiryMessage: r } = await visitor.data(SendInquiryMessageDocument, { text: `${sneaky}${unchanged}`, clientKey: crypto.randomUUID() });
    expect(r.messages[0].text).toBe(`${shown}${unchanged}`);
    const stored = await db.prisma.inquiryMessage.findFirstOrThrow({ where: { text: { startsWith: '报告' } }, orderBy: { createdAt: 'desc' } });
    expect(stored.text).toBe(`${shown}${unchanged}`);
  });

  it('file names keep every character but the bidi controls', async () => {
    const { saveApplicationDraft: draft } = await gql.as(official.token).data(SAVE_DRAFT, { input: validForm({ regionCode: '130800' }) });
    expect((await upload(draft.id, 'tmp.pdf', `发票\u202Efdp.exe 👩‍💻.pdf`)).fileName).toBe('发票fdp.exe 👩‍💻.pdf');
    expect((await upload(draft.id, `合同\u2067gpj.pdf`)).fileName).toBe('合同gpj.pdf');
  });
});
