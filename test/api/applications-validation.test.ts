// Acceptance 1: every rule of the form, on the server. Each refusal names the field; nothing is stored.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient } from '../support/graphql.js';
import { signInOfficial } from '../support/accounts.js';
import { SAVE_DRAFT, SUBMIT, validForm } from '../support/applications.js';

let db: TestDatabase;
let gql: ReturnType<typeof graphqlClient>;
let official: ReturnType<ReturnType<typeof graphqlClient>['as']>;

beforeAll(async () => {
  db = await openTestDatabase();
  gql = graphqlClient(db);
  official = gql.as((await signInOfficial(gql)).token);
});
afterAll(async () => {
  await gql?.services.close();
  await db?.close();
});

async function counts() {
  return {
    applications: await db.prisma.application.count(),
    events: await db.prisma.applicationEvent.count(),
    notifications: await db.prisma.notification.count(),
  };
}

async function refusedDraft(input: Record<string, unknown>, field: string, messagePart: string | RegExp) {
  const before = await counts();
  const { saveApplicationDraft: r } = await official.data(SAVE_DRAFT, { input });
  expect(r.__typename).toBe('ValidationError');
  const error = r.fieldErrors.find((e: any) => e.field === field);
  expect(error, JSON.stringify(r.fieldErrors)).toBeTruthy();
  expect(error.message).toMatch(messagePart);
  expect(await counts()).toEqual(before);
}

/** Saves a draft (partial rules), then submits it (all rules): returns the submit result. */
async function draftThenSubmit(input: Record<string, unknown>) {
  const { saveApplicationDraft: d } = await official.data(SAVE_DRAFT, { input });
  expect(d.__typename).toBe('Application');
  const before = await counts();
  const { submitApplication: r } = await official.data(SUBMIT, { id: d.id, v: d.version });
  return { draft: d, result: r, before };
}

async function expectNothingChanged(draft: any, before: Awaited<ReturnType<typeof counts>>) {
  expect(await counts()).toEqual(before);
  const row = await db.prisma.application.findUniqueOrThrow({ where: { id: Buffer.from(draft.id, 'base64').toString().split(':')[1] } });
  expect(row.status).toBe('DRAFT');
  expect(row.version).toBe(draft.version);
  expect(row.reference).toBeNull();
}

describe('the registration form, on the server', () => {
  beforeEach(async () => {
    // Each case starts without live applications, so the duplicate rule does not interfere.
    await db.prisma.application.deleteMany();
  });

  it('accepts a complete form and gives a reference number', async () => {
    const { result } = await draftThenSubmit(validForm());
    expect(result.__typename).toBe('Application');
    expect(result.status).toBe('SUBMITTED');
    expect(result.reference).toMatch(/^CY\d{4}-\d{5}$/);
  });

  it('refuses 0 leading industries at submit', async () => {
    const { draft, result, before } = await draftThenSubmit(validForm({ leadingIndustries: [] }));
    expect(result.__typename).toBe('ValidationError');
    expect(result.fieldErrors).toContainEqual({ field: 'leadingIndustries', message: expect.stringContaining('主导产业') });
    await expectNothingChanged(draft, before);
  });

  it('refuses 4 leading industries', () =>
    refusedDraft(validForm({ leadingIndustries: ['电力装备', '新能源', '氢能', '储能'] }), 'leadingIndustries', /主导产业.*最多.*3/));

  it('refuses duplicate industries (leading and featured)', async () => {
    await refusedDraft(validForm({ leadingIndustries: ['新能源', '新能源'] }), 'leadingIndustries', '主导产业不能重复');
    await refusedDraft(validForm({ featuredIndustries: ['氢能', ' 氢能 '] }), 'featuredIndustries', '特色产业不能重复');
  });

  it('refuses an intro of 301 characters and accepts exactly 300 Chinese characters', async () => {
    await refusedDraft(validForm({ intro: '电'.repeat(301) }), 'intro', /申请区域简介.*300/);
    const { result } = await draftThenSubmit(validForm({ intro: '电'.repeat(300) }));
    expect(result.__typename).toBe('Application');
    expect([...result.intro].length).toBe(300);
  });

  it.each(['1391234567', '12912345678', '139-1234-5678x', '68209937', '010-682', 'abc', '+8613912345678'])('refuses the phone %s', (phone) =>
    refusedDraft(validForm({ phone }), 'phone', /联系电话格式不正确/),
  );

  it.each(['13912345678', '010-12345678', '0755-12345678'])('accepts the phone %s', async (phone) => {
    const { result } = await draftThenSubmit(validForm({ phone }));
    expect(result.__typename).toBe('Application');
  });

  it.each([
    ['regionCode', '请选择申请区域'],
    ['leadUnit', '请填写牵头单位'],
    ['intro', '请填写申请区域简介'],
    ['contactName', '请填写联系人'],
    ['contactTitle', '请填写职务'],
    ['phone', '请填写联系电话'],
  ])('refuses a form without %s at submit', async (field, message) => {
    const { draft, result, before } = await draftThenSubmit(validForm({ [field]: '' }));
    expect(result.__typename).toBe('ValidationError');
    expect(result.fieldErrors).toContainEqual({ field, message });
    await expectNothingChanged(draft, before);
  });

  it('refuses a lead unit shorter than 2 characters', () => refusedDraft(validForm({ leadUnit: '局' }), 'leadUnit', '牵头单位至少 2 个字'));

  it('refuses a region that does not exist', () => refusedDraft(validForm({ regionCode: '999999' }), 'regionCode', '申请区域不存在'));

  it('refuses a region level the campaign does not admit (a province)', async () => {
    const { draft, result, before } = await draftThenSubmit(validForm({ regionCode: '130000' }));
    expect(result.__typename).toBe('ValidationError');
    expect(result.fieldErrors[0]).toEqual({ field: 'regionCode', message: expect.stringMatching(/申请区域：本次征集不受理省级/) });
    await expectNothingChanged(draft, before);
  });

  it('refuses submission after the deadline', async () => {
    const { saveApplicationDraft: d } = await official.data(SAVE_DRAFT, { input: validForm() });
    await db.prisma.campaign.updateMany({ data: { closesAt: new Date(Date.now() - 1000) } });
    try {
      const before = await counts();
      const { submitApplication: r } = await official.data(SUBMIT, { id: d.id, v: d.version });
      expect(r.__typename).toBe('ActionRefused');
      expect(r.code).toBe('CAMPAIGN_CLOSED');
      expect(r.message).toMatch(/已于 .* 截止，无法提交/);
      await expectNothingChanged(d, before);
    } finally {
      await db.prisma.campaign.updateMany({ data: { closesAt: new Date(Date.now() + 86_400_000) } });
    }
  });

  it('refuses a second live application for the same region in the same campaign', async () => {
    const first = await draftThenSubmit(validForm());
    expect(first.result.status).toBe('SUBMITTED');
    const other = gql.as((await signInOfficial(gql)).token);
    const { saveApplicationDraft: d } = await other.data(SAVE_DRAFT, { input: validForm({ leadUnit: '保定市人民政府' }) });
    const before = await counts();
    const { submitApplication: r } = await other.data(SUBMIT, { id: d.id, v: d.version });
    expect(r.__typename).toBe('ValidationError');
    expect(r.fieldErrors[0].field).toBe('regionCode');
    expect(r.fieldErrors[0].message).toContain(first.result.reference);
    expect(await counts()).toEqual(before);
  });

  it('checks only what is filled in for a draft', async () => {
    const { saveApplicationDraft: r } = await official.data(SAVE_DRAFT, { input: { leadUnit: '保定市工业和信息化局' } });
    expect(r.__typename).toBe('Application');
    expect(r.status).toBe('DRAFT');
  });
});
