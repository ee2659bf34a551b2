// Issue 15, people: admins create, edit and disable staff accounts (roles STAFF and ADMIN); a
// disabled account's sessions end at once and it cannot sign in; an admin cannot disable themself.
// Citizens see a staff member's display name and 工号, never the sign-in account.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient, testServices } from '../support/graphql.js';
import { signInStaff } from '../support/accounts.js';

let db: TestDatabase;
let gql: ReturnType<typeof graphqlClient>;
let admin: { token: string; userId: string };
let staff: { token: string; userId: string };

beforeAll(async () => {
  db = await openTestDatabase();
  gql = graphqlClient(db, testServices({ INQUIRY_HOURS: 'always' }));
  admin = await signInStaff(gql, db, 'ADMIN');
  staff = await signInStaff(gql, db, 'STAFF');
});
afterAll(async () => {
  await gql?.services.close();
  await db?.close();
});

const MEMBER = 'id role username displayName staffNumber publicName disabled';
const RESULT = (type: string) =>
  `__typename ... on ${type} { ${MEMBER} } ... on ValidationError { fieldErrors { field code } } ... on Error { code message }`;
const CREATE = `mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { ${RESULT('User')} } }`;
const UPDATE = `mutation($input: UpdateStaffAccountInput!) { updateStaffAccount(input: $input) { ${RESULT('User')} } }`;
const DISABLE = `mutation($id: ID!, $disabled: Boolean!) { setStaffAccountDisabled(id: $id, disabled: $disabled) { ${RESULT('User')} } }`;
const LOGIN = `mutation($u: String!, $p: String!) { loginWithPassword(username: $u, password: $p) {
  __typename ... on LoginSuccess { token } ... on Error { code message } } }`;

const PASSWORD = 'a long enough password';
const uniqueName = () => `li${crypto.randomBytes(3).toString('hex')}`;

describe('staff accounts', () => {
  it('are created by an admin with a display name and 工号, and sign in', async () => {
    const username = uniqueName();
    const { createStaffAccount: created } = await gql
      .as(admin.token)
      .data(CREATE, { input: { username, password: PASSWORD, displayName: '李明', staffNumber: 'A012', role: 'STAFF' } });
    expect(created).toMatchObject({ __typename: 'User', role: 'STAFF', username, displayName: '李明', staffNumber: 'A012', publicName: '李明（工号 A012）', disabled: false });
    expect((await gql.data(LOGIN, { u: username, p: PASSWORD })).loginWithPassword.__typename).toBe('LoginSuccess');
    const { staffMembers } = await gql.as(staff.token).data(`{ staffMembers { id publicName } }`);
    expect(staffMembers).toContainEqual({ id: created.id, publicName: '李明（工号 A012）' });

    const entry = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: 'staff.create', subjectId: decodeGlobalID(created.id).id } });
    expect(entry.after).toEqual({ username, displayName: '李明', staffNumber: 'A012', role: 'STAFF' });
    expect(JSON.stringify(entry)).not.toContain(PASSWORD);

    // Duplicates and bad values are refused field by field, and nothing is stored.
    const users = await db.prisma.user.count();
    const dup = (await gql.as(admin.token).data(CREATE, { input: { username, password: PASSWORD, displayName: '王五', role: 'STAFF' } })).createStaffAccount;
    expect(dup).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ field: 'username', code: 'TAKEN' }] });
    const dupNumber = (
      await gql.as(admin.token).data(CREATE, { input: { username: uniqueName(), password: PASSWORD, displayName: '王五', staffNumber: 'A012', role: 'ADMIN' } })
    ).createStaffAccount;
    expect(dupNumber).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ field: 'staffNumber', code: 'TAKEN' }] });
    const bad = (await gql.as(admin.token).data(CREATE, { input: { username: 'x', password: 'short', displayName: ' ', staffNumber: '工号1', role: 'STAFF' } }))
      .createStaffAccount;
    expect(bad.fieldErrors.map((e: { field: string }) => e.field)).toEqual(['username', 'password', 'displayName', 'staffNumber']);
    expect(await db.prisma.user.count()).toBe(users);
  });

  it('are refused to staff and officials', async () => {
    const input = { username: uniqueName(), password: PASSWORD, displayName: '赵六', role: 'ADMIN' };
    const byStaff = await gql.as(staff.token).request(CREATE, { input });
    expect(byStaff.errors?.[0].message).toMatch(/没有权限|Not allowed/);
    const disable = await gql.as(staff.token).request(DISABLE, { id: admin.userId, disabled: true });
    expect(disable.errors?.[0].message).toMatch(/没有权限|Not allowed/);
    const edit = await gql.as(staff.token).request(UPDATE, { input: { id: staff.userId, role: 'ADMIN' } });
    expect(edit.errors?.[0].message).toMatch(/没有权限|Not allowed/);
    const list = await gql.request(`{ staffMembers { id } }`);
    expect(list.errors?.[0].message).toMatch(/没有权限|Not allowed|请先登录/);
    expect(await db.prisma.user.count({ where: { username: input.username } })).toBe(0);
  });

  it('disabling ends every session at once; the account cannot sign in until enabled; an admin cannot disable themself', async () => {
    const username = uniqueName();
    const { createStaffAccount: created } = await gql.as(admin.token).data(CREATE, { input: { username, password: PASSWORD, displayName: '周七', role: 'STAFF' } });
    const { loginWithPassword: session } = await gql.data(LOGIN, { u: username, p: PASSWORD });
    expect((await gql.as(session.token).data(`{ viewer { id role } }`)).viewer).toMatchObject({ role: 'STAFF' });

    const { setStaffAccountDisabled: off } = await gql.as(admin.token).data(DISABLE, { id: created.id, disabled: true });
    expect(off).toMatchObject({ __typename: 'User', disabled: true });
    expect((await gql.as(session.token).data(`{ viewer { id } }`)).viewer).toBeNull();
    expect((await gql.as(session.token).request(`{ inquiryQueue { id } }`)).errors?.[0].message).toMatch(/没有权限|Not allowed|请先登录/);
    expect(await db.prisma.session.count({ where: { userId: decodeGlobalID(created.id).id } })).toBe(0);
    expect((await gql.data(LOGIN, { u: username, p: PASSWORD })).loginWithPassword).toMatchObject({ __typename: 'AuthError', code: 'ACCOUNT_DISABLED' });
    const { staffMembers } = await gql.as(staff.token).data(`{ staffMembers { id } }`);
    expect(staffMembers.map((m: { id: string }) => m.id)).not.toContain(created.id);
    const { staffMembers: all } = await gql.as(staff.token).data(`{ staffMembers(includeDisabled: true) { id disabled } }`);
    expect(all).toContainEqual({ id: created.id, disabled: true });

    const self = (await gql.as(admin.token).data(DISABLE, { id: admin.userId, disabled: true })).setStaffAccountDisabled;
    expect(self).toMatchObject({ __typename: 'ActionRefused', code: 'SELF_CHANGE' });
    const demote = (await gql.as(admin.token).data(UPDATE, { input: { id: admin.userId, role: 'STAFF' } })).updateStaffAccount;
    expect(demote).toMatchObject({ __typename: 'ActionRefused', code: 'SELF_CHANGE' });
    expect((await gql.as(admin.token).data(`{ viewer { role } }`)).viewer.role).toBe('ADMIN');

    const { setStaffAccountDisabled: on } = await gql.as(admin.token).data(DISABLE, { id: created.id, disabled: false });
    expect(on.disabled).toBe(false);
    expect((await gql.data(LOGIN, { u: username, p: PASSWORD })).loginWithPassword.__typename).toBe('LoginSuccess');
    const trail = await db.prisma.auditEntry.findMany({ where: { subjectId: decodeGlobalID(created.id).id, action: { in: ['staff.disable', 'staff.enable'] } }, orderBy: { createdAt: 'asc' } });
    expect(trail.map((e) => [e.action, e.before, e.after])).toEqual([
      ['staff.disable', { disabled: false }, { disabled: true }],
      ['staff.enable', { disabled: true }, { disabled: false }],
    ]);
  });

  it('an admin edits the name, 工号 and role, with before/after in the trail', async () => {
    const { createStaffAccount: created } = await gql
      .as(admin.token)
      .data(CREATE, { input: { username: uniqueName(), password: PASSWORD, displayName: '吴八', staffNumber: 'B100', role: 'STAFF' } });
    const { updateStaffAccount: edited } = await gql.as(admin.token).data(UPDATE, { input: { id: created.id, displayName: '吴捌', staffNumber: '', role: 'ADMIN' } });
    expect(edited).toMatchObject({ displayName: '吴捌', staffNumber: null, role: 'ADMIN', publicName: '吴捌' });
    const entry = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: 'staff.update', subjectId: decodeGlobalID(created.id).id } });
    expect([entry.before, entry.after]).toEqual([
      { displayName: '吴八', staffNumber: 'B100', role: 'STAFF' },
      { displayName: '吴捌', staffNumber: null, role: 'ADMIN' },
    ]);
  });
});

describe('what citizens see of staff', () => {
  it('the display name and 工号 when staff take an inquiry, never the account name', async () => {
    const username = uniqueName();
    await gql.as(admin.token).data(CREATE, { input: { username, password: PASSWORD, displayName: '陈静', staffNumber: 'C007', role: 'STAFF' } });
    const { loginWithPassword: session } = await gql.data(LOGIN, { u: username, p: PASSWORD });
    const visitor = gql.as(null, `dev-${crypto.randomUUID()}`);
    const sent = await visitor.data(
      `mutation($k: String!) { sendInquiryMessage(text: "转人工", clientKey: $k) { ... on SendInquiryMessageResult { inquiry { id } } } }`,
      { k: crypto.randomUUID() },
    );
    const inquiryId = sent.sendInquiryMessage.inquiry.id;
    await visitor.data(`mutation($id: ID!) { requestInquiryHuman(inquiryId: $id) { __typename } }`, { id: inquiryId });
    const { takeInquiry } = await gql.as(session.token).data(`mutation($id: ID!) { takeInquiry(inquiryId: $id) { __typename ... on Error { message } } }`, { id: inquiryId });
    expect(takeInquiry.__typename).toBe('Inquiry');

    const { inquiry } = await visitor.data(`query($id: ID!) { inquiry(id: $id) { staffName messages { author text } } }`, { id: inquiryId });
    expect(inquiry.staffName).toBe('陈静（工号 C007）');
    const system = inquiry.messages.filter((m: { author: string }) => m.author === 'SYSTEM').map((m: { text: string }) => m.text);
    expect(system).toContain('工作人员陈静（工号 C007）已接入，为您服务。');
    expect(JSON.stringify(inquiry)).not.toContain(username);
  });
});
