// Issue 15, applications: staff see what an official changed when resubmitting after a return,
// write internal comments the official never sees, assign a reviewer, and attach the signed
// agreement (a real PDF) that only staff and the application's own official can download.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import type { AppServer } from '../../server/src/http/server.js';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { type graphqlClient, listenForTests } from '../support/graphql.js';
import { signInOfficial, signInStaff } from '../support/accounts.js';
import { PDF, postUpload, SAVE_DRAFT, SUBMIT, TRANSITION, uploadForm, validForm } from '../support/applications.js';

let db: TestDatabase;
let app: AppServer;
let gql: ReturnType<typeof graphqlClient>;
let official: string;
let stranger: string;
let staff: { token: string; userId: string };
let admin: { token: string; userId: string };

beforeAll(async () => {
  db = await openTestDatabase();
  ({ app, gql } = await listenForTests(db));
  official = (await signInOfficial(gql)).token;
  stranger = (await signInOfficial(gql)).token;
  staff = await signInStaff(gql, db, 'STAFF');
  admin = await signInStaff(gql, db, 'ADMIN');
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const REVIEW = `query($id: ID!) { application(id: $id) { id version status submissionCount
  resubmissionChanges { field label before after }
  comments { id text authorName createdAt }
  reviewer { id displayName staffNumber }
  agreement { fileName size url } } }`;
const COMMENT = `mutation($id: ID!, $text: String!) { addApplicationComment(applicationId: $id, text: $text) {
  __typename ... on Application { comments { text authorName } } ... on ValidationError { fieldErrors { field code } } ... on Error { code message } } }`;
const ASSIGN = `mutation($id: ID!, $staffId: ID) { assignApplicationReviewer(applicationId: $id, staffId: $staffId) {
  __typename ... on Application { reviewer { id displayName } } ... on ValidationError { fieldErrors { field code } } ... on Error { code message } } }`;
const AGREEMENT = `mutation($id: ID!, $file: File!, $fileName: String) { attachApplicationAgreement(applicationId: $id, file: $file, fileName: $fileName) {
  __typename ... on Application { status agreement { fileName size url } } ... on ValidationError { fieldErrors { field code } } ... on Error { code message } } }`;

/** A submitted application of a region nobody else applied for in these tests. */
async function submitted(regionCode: string, token = official) {
  const { saveApplicationDraft: draft } = await gql.as(token).data(SAVE_DRAFT, { input: validForm({ regionCode }) });
  const { submitApplication: sent } = await gql.as(token).data(SUBMIT, { id: draft.id, v: draft.version });
  expect(sent.__typename).toBe('Application');
  return sent as { id: string; version: number };
}

async function move(id: string, to: string, note?: string) {
  const { application } = await gql.as(staff.token).data(REVIEW, { id });
  const { transitionApplication: r } = await gql.as(staff.token).data(TRANSITION, { id, to, note, v: application.version });
  expect(r.__typename).toBe('Application');
}

const uploadAgreement = (id: string, bytes: Uint8Array, name: string, token = staff.token, type = 'application/pdf') =>
  postUpload(globalThis, `${app.url}/graphql`, uploadForm(AGREEMENT, { id }, new Blob([bytes], { type }), name), token);

describe('resubmission changes', () => {
  it('shows staff each changed field with its label, before and after; the official sees none', async () => {
    const sent = await submitted('130600');
    expect((await gql.as(staff.token).data(REVIEW, { id: sent.id })).application).toMatchObject({ submissionCount: 1, resubmissionChanges: [] });
    await move(sent.id, 'RETURNED', '请补充特色产业');
    const { application: returned } = await gql.as(official).data(REVIEW, { id: sent.id });
    const form = validForm({ regionCode: '130600', leadUnit: '保定市人民政府', featuredIndustries: ['氢能', '光伏'] });
    const { saveApplicationDraft: saved } = await gql.as(official).data(SAVE_DRAFT, { id: sent.id, input: form, expectedVersion: returned.version });
    expect((await gql.as(official).data(SUBMIT, { id: sent.id, v: saved.version })).submitApplication.__typename).toBe('Application');

    const { application } = await gql.as(staff.token).data(REVIEW, { id: sent.id });
    expect(application.submissionCount).toBe(2);
    expect(application.resubmissionChanges).toEqual([
      { field: 'leadUnit', label: '牵头单位', before: '保定市工业和信息化局', after: '保定市人民政府' },
      { field: 'featuredIndustries', label: '特色产业', before: '氢能', after: '氢能、光伏' },
    ]);
    expect((await gql.as(official).data(REVIEW, { id: sent.id })).application.resubmissionChanges).toEqual([]);
  });
});

describe('internal comments', () => {
  it('are kept for staff, audited, and never shown to the official', async () => {
    const sent = await submitted('130100');
    const r = (await gql.as(staff.token).data(COMMENT, { id: sent.id, text: '  联系人电话已核实 ' })).addApplicationComment;
    expect(r.__typename).toBe('Application');
    expect(r.comments).toEqual([{ text: '联系人电话已核实', authorName: expect.stringMatching(/^staff/) }]);
    expect((await gql.as(admin.token).data(REVIEW, { id: sent.id })).application.comments).toHaveLength(1);

    // The official reads their application (by id and as a node) without the comments.
    expect((await gql.as(official).data(REVIEW, { id: sent.id })).application.comments).toEqual([]);
    const node = await gql.as(official).data(`query($id: ID!) { node(id: $id) { ... on Application { comments { text } } } }`, { id: sent.id });
    expect(node.node.comments).toEqual([]);
    expect(JSON.stringify(await gql.as(official).data(`{ myApplications { comments { text } } }`))).not.toContain('核实');

    // Officials cannot write one, even on their own application.
    const own = await gql.as(official).request(COMMENT, { id: sent.id, text: '我也想写' });
    expect(own.errors?.[0].message).toMatch(/没有权限|Not allowed/);
    const blank = (await gql.as(staff.token).data(COMMENT, { id: sent.id, text: '   ' })).addApplicationComment;
    expect(blank).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ field: 'text', code: 'REQUIRED' }] });
    const long = (await gql.as(staff.token).data(COMMENT, { id: sent.id, text: '长'.repeat(1001) })).addApplicationComment;
    expect(long).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ field: 'text', code: 'TOO_LONG' }] });

    const [entry] = await db.prisma.auditEntry.findMany({ where: { action: 'application.comment' } });
    expect(entry).toMatchObject({ actorId: decodeGlobalID(staff.userId).id, subjectType: 'Application', after: { text: '联系人电话已核实' } });
    expect(await db.prisma.applicationComment.count()).toBe(1);
  });
});

describe('reviewer', () => {
  it('is an active staff member, assigned and cleared with an audit entry; officials neither see nor set it', async () => {
    const sent = await submitted('130200');
    const { staffMembers } = await gql.as(staff.token).data(`{ staffMembers { id displayName role } }`);
    expect(staffMembers.map((m: { id: string }) => m.id)).toEqual(expect.arrayContaining([staff.userId, admin.userId]));

    const r = (await gql.as(staff.token).data(ASSIGN, { id: sent.id, staffId: admin.userId })).assignApplicationReviewer;
    expect(r).toMatchObject({ __typename: 'Application', reviewer: { id: admin.userId } });
    expect((await gql.as(official).data(REVIEW, { id: sent.id })).application.reviewer).toBeNull();

    const officialUser = await db.prisma.user.findFirstOrThrow({ where: { role: 'OFFICIAL' } });
    const notStaff = (await gql.as(staff.token).data(ASSIGN, { id: sent.id, staffId: encodeGlobalID('User', officialUser.id) })).assignApplicationReviewer;
    expect(notStaff).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ field: 'staffId', code: 'NOT_STAFF' }] });
    const byOfficial = await gql.as(official).request(ASSIGN, { id: sent.id, staffId: staff.userId });
    expect(byOfficial.errors?.[0].message).toMatch(/没有权限|Not allowed/);
    expect((await gql.as(staff.token).data(ASSIGN, { id: sent.id, staffId: null })).assignApplicationReviewer.reviewer).toBeNull();

    const entries = await db.prisma.auditEntry.findMany({ where: { action: 'application.assignReviewer' }, orderBy: { createdAt: 'asc' } });
    expect(entries.map((e) => [e.before, e.after])).toEqual([
      [{ reviewerId: null, reviewerName: null }, { reviewerId: expect.any(String), reviewerName: expect.stringMatching(/^staff/) }],
      [{ reviewerId: expect.any(String), reviewerName: expect.stringMatching(/^staff/) }, { reviewerId: null, reviewerName: null }],
    ]);
  });
});

describe('signed agreement', () => {
  it('takes a real PDF from staff at 签约 and serves it to staff and the owner only', async () => {
    const sent = await submitted('130300');
    const early = (await uploadAgreement(sent.id, PDF, '协议.pdf')).data.attachApplicationAgreement;
    expect(early).toMatchObject({ __typename: 'ActionRefused', code: 'INVALID_STATE' });
    await move(sent.id, 'IN_CONSULTATION');

    const fake = (await uploadAgreement(sent.id, new TextEncoder().encode('not a pdf at all'), '协议.pdf')).data.attachApplicationAgreement;
    expect(fake).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ field: 'file', code: 'NOT_PDF' }] });
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(PDF);
    const tooBig = (await uploadAgreement(sent.id, big, '大.pdf')).data.attachApplicationAgreement;
    expect(tooBig).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ field: 'file', code: 'FILE_TOO_LARGE' }] });
    const byOwner = await uploadAgreement(sent.id, PDF, '协议.pdf', official);
    expect(byOwner.errors?.[0].message).toMatch(/没有权限|Not allowed/);
    expect(await db.prisma.application.count({ where: { agreementKey: { not: null } } })).toBe(0);

    const ok = (await uploadAgreement(sent.id, PDF, '保定市签约协议.pdf')).data.attachApplicationAgreement;
    expect(ok).toMatchObject({ __typename: 'Application', agreement: { fileName: '保定市签约协议.pdf', size: PDF.length } });
    await move(sent.id, 'AGREEMENT_SIGNED');

    for (const token of [staff.token, official]) {
      const { application } = await gql.as(token).data(REVIEW, { id: sent.id });
      const res = await fetch(`${app.url}${application.agreement.url}`);
      expect(res.status).toBe(200);
      expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);
    }
    // Another official cannot reach the application, so gets no link; a link without its signature is refused.
    expect((await gql.as(stranger).data(REVIEW, { id: sent.id })).application).toBeNull();
    expect((await fetch(`${app.url}${ok.agreement.url.split('?')[0]}`)).status).toBe(403);

    // Replacing it keeps one file; both uploads are in the audit trail.
    const again = (await uploadAgreement(sent.id, PDF, '补签协议.pdf')).data.attachApplicationAgreement;
    expect(again.agreement.fileName).toBe('补签协议.pdf');
    const entries = await db.prisma.auditEntry.findMany({ where: { action: 'application.agreement' }, orderBy: { createdAt: 'asc' } });
    expect(entries.map((e) => [e.before, e.after])).toEqual([
      [null, { fileName: '保定市签约协议.pdf', size: PDF.length }],
      [{ fileName: '保定市签约协议.pdf', size: PDF.length }, { fileName: '补签协议.pdf', size: PDF.length }],
    ]);
  });
});
