// Acceptance 2 and 3: who may read and move an application, every legal and illegal transition,
// the timeline, notifications, and two staff moving one application at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient } from '../support/graphql.js';
import { signInOfficial, signInStaff } from '../support/accounts.js';
import { APP_FIELDS, SAVE_DRAFT, SUBMIT, TRANSITION, WITHDRAW, validForm } from '../support/applications.js';
import { TRANSITIONS } from '../../server/src/modules/applications/workflow.js';
import type { ApplicationStatus } from '../../server/src/generated/prisma/enums.js';

let db: TestDatabase;
let gql: ReturnType<typeof graphqlClient>;
type As = ReturnType<ReturnType<typeof graphqlClient>['as']>;
let official: As;
let otherOfficial: As;
let staff: As;
let staff2: As;
let visitor: As;
let regionIndex = 0;
let CITIES: string[] = [];

beforeAll(async () => {
  db = await openTestDatabase();
  gql = graphqlClient(db);
  // Every test gets a region of its own, so the one-live-application rule never interferes.
  CITIES = (await db.prisma.region.findMany({ where: { level: 'PREFECTURE_CITY' }, select: { code: true }, orderBy: { code: 'asc' } })).map((r) => r.code);
  official = gql.as((await signInOfficial(gql)).token);
  otherOfficial = gql.as((await signInOfficial(gql)).token);
  staff = gql.as((await signInStaff(gql, db)).token);
  staff2 = gql.as((await signInStaff(gql, db)).token);
  visitor = gql.as(null);
});
afterAll(async () => {
  await gql?.services.close();
  await db?.close();
});

/** A submitted application of `official`, for a region no other test uses. */
async function submitted(by: As = official) {
  const { saveApplicationDraft: d } = await by.data(SAVE_DRAFT, { input: validForm({ regionCode: CITIES[regionIndex++] }) });
  const { submitApplication: s } = await by.data(SUBMIT, { id: d.id, v: d.version });
  expect(s.__typename).toBe('Application');
  return s;
}

async function move(app: any, to: ApplicationStatus, by: As = staff, note: string | null = '说明') {
  const { transitionApplication: r } = await by.data(TRANSITION, { id: app.id, to, note, v: app.version });
  return r;
}

/** Drives a fresh application to `status` along the main road. */
async function at(status: ApplicationStatus) {
  let app = await submitted();
  const road: ApplicationStatus[] = ['IN_CONSULTATION', 'AGREEMENT_SIGNED', 'BUILDING'];
  if (status === 'RETURNED') return move(app, 'RETURNED');
  if (status === 'DECLINED') return move(app, 'DECLINED');
  for (const step of road) {
    if (app.status === status) break;
    app = await move(app, step);
  }
  expect(app.status).toBe(status);
  return app;
}

describe('authorization', () => {
  it('a visitor can read no application and change nothing', async () => {
    const app = await submitted();
    expect((await visitor.data(`query($id: ID!) { application(id: $id) { id } }`, { id: app.id })).application).toBeNull();
    expect((await visitor.data(`query($id: ID!) { node(id: $id) { id } }`, { id: app.id })).node).toBeNull();
    const mine = await visitor.request(`{ myApplications { id } }`);
    expect(mine.errors?.[0].message).toMatch(/没有权限/);
    const list = await visitor.request(`{ applications(first: 5) { totalCount } }`);
    expect(list.errors?.[0].message).toMatch(/没有权限/);
    const save = await visitor.request(SAVE_DRAFT, { input: validForm() });
    expect(save.errors?.[0].message).toMatch(/没有权限/);
  });

  it('an official reads and edits only their own applications', async () => {
    const mine = await submitted(official);
    const theirs = await submitted(otherOfficial);
    expect((await official.data(`{ myApplications { id } }`)).myApplications.map((a: any) => a.id)).toContain(mine.id);
    expect((await official.data(`{ myApplications { id } }`)).myApplications.map((a: any) => a.id)).not.toContain(theirs.id);
    expect((await official.data(`query($id: ID!) { application(id: $id) { id } }`, { id: theirs.id })).application).toBeNull();
    expect((await official.data(`query($id: ID!) { node(id: $id) { id } }`, { id: theirs.id })).node).toBeNull();
    expect((await official.data(`query($id: ID!) { node(id: $id) { ... on Application { id } } }`, { id: mine.id })).node.id).toBe(mine.id);
    // Editing someone else's application is "not found", and changes nothing.
    const returned = await move(theirs, 'RETURNED');
    const { saveApplicationDraft: r } = await official.data(SAVE_DRAFT, { id: theirs.id, input: { leadUnit: '篡改' }, expectedVersion: returned.version });
    expect(r.__typename).toBe('NotFound');
    expect((await staff.data(`query($id: ID!) { application(id: $id) { leadUnit } }`, { id: theirs.id })).application.leadUnit).not.toBe('篡改');
  });

  it('only staff list, transition and export', async () => {
    const app = await submitted();
    for (const who of [official, visitor]) {
      expect((await who.request(`{ applications(first: 5) { totalCount } }`)).errors?.[0].message).toMatch(/没有权限/);
      expect((await who.request(`mutation { exportApplications { url } }`)).errors?.[0].message).toMatch(/没有权限/);
      expect((await who.request(TRANSITION, { id: app.id, to: 'IN_CONSULTATION', v: app.version })).errors?.[0].message).toMatch(/没有权限/);
      expect((await who.request(`{ applicationStats { total } }`)).errors?.[0].message).toMatch(/没有权限/);
    }
    const list = await staff.data(`{ applications(first: 100) { totalCount edges { node { id } } } }`);
    expect(list.applications.edges.map((e: any) => e.node.id)).toContain(app.id);
    const fresh = await db.prisma.application.findFirstOrThrow({ where: { reference: app.reference } });
    expect(fresh.status).toBe('SUBMITTED');
  });

  it('an official moves their application only by submitting and withdrawing', async () => {
    const app = await submitted();
    expect(app.allowedTransitions).toEqual(['WITHDRAWN']);
    const { withdrawApplication: w } = await official.data(WITHDRAW, { id: app.id, v: app.version });
    expect(w.status).toBe('WITHDRAWN');
    const other = await submitted(otherOfficial);
    const { withdrawApplication: notMine } = await official.data(WITHDRAW, { id: other.id, v: other.version });
    expect(notMine.__typename).toBe('NotFound');
  });
});

describe('workflow', () => {
  const legal = (Object.entries(TRANSITIONS) as [ApplicationStatus, Record<string, { by: string }>][]).flatMap(([from, tos]) =>
    Object.entries(tos).map(([to, rule]) => [from, to as ApplicationStatus, rule.by] as const),
  );

  it.each(legal.filter(([from]) => from !== 'DRAFT'))('%s → %s by %s succeeds and is recorded', async (from, to, by) => {
    const app = await at(from);
    const result =
      by === 'STAFF'
        ? await move(app, to, staff, '依流程办理')
        : to === 'WITHDRAWN'
          ? (await official.data(WITHDRAW, { id: app.id, v: app.version, note: '暂缓申请' })).withdrawApplication
          : (await official.data(SUBMIT, { id: app.id, v: app.version })).submitApplication;
    expect(result.__typename).toBe('Application');
    expect(result.status).toBe(to);
    const last = result.timeline.at(-1);
    expect(last).toMatchObject({ from, to });
    expect(last.actorRole).toBe(by === 'STAFF' ? 'STAFF' : 'OFFICIAL');
  });

  const all: ApplicationStatus[] = ['SUBMITTED', 'IN_CONSULTATION', 'RETURNED', 'AGREEMENT_SIGNED', 'BUILDING', 'PUBLISHED', 'DECLINED', 'WITHDRAWN'];
  const froms: ApplicationStatus[] = ['SUBMITTED', 'IN_CONSULTATION', 'RETURNED', 'AGREEMENT_SIGNED', 'BUILDING', 'DECLINED'];
  const illegal = froms.flatMap((from) => all.filter((to) => TRANSITIONS[from][to]?.by !== 'STAFF').map((to) => [from, to] as const));

  it.each(illegal)('staff cannot move %s → %s', async (from, to) => {
    const app = await at(from);
    const result = await move(app, to);
    expect(result.__typename).toBe('ActionRefused');
    expect(result.code).toBe('INVALID_TRANSITION');
    const row = await db.prisma.application.findFirstOrThrow({ where: { reference: app.reference } });
    expect(row.status).toBe(from);
    expect(row.version).toBe(app.version);
  });

  it('returning or declining needs a reason', async () => {
    const app = await submitted();
    for (const to of ['RETURNED', 'DECLINED'] as const) {
      const r = await move(app, to, staff, '  ');
      expect(r.__typename).toBe('ActionRefused');
      expect(r.message).toContain('需要填写原因');
    }
  });

  it('keeps the whole timeline, notifies the official, and lets a returned application be edited and resubmitted', async () => {
    await official.data(`mutation { markNotificationsRead }`); // start from zero unread
    const app = await submitted();
    const returned = await move(app, 'RETURNED', staff, '请补充产业集群数据');
    const { saveApplicationDraft: edited } = await official.data(SAVE_DRAFT, {
      id: app.id,
      input: validForm({ regionCode: returned.region.code, intro: '已补充：电力装备产业集群。' }),
      expectedVersion: returned.version,
    });
    expect(edited.__typename).toBe('Application');
    const { submitApplication: again } = await official.data(SUBMIT, { id: app.id, v: edited.version });
    expect(again.status).toBe('SUBMITTED');
    expect(again.reference).toBe(app.reference); // the reference stays
    let current = again;
    for (const step of ['IN_CONSULTATION', 'AGREEMENT_SIGNED', 'BUILDING'] as const) current = await move(current, step);
    const view = (await official.data(`query($id: ID!) { application(id: $id) { ${APP_FIELDS} } }`, { id: app.id })).application;
    expect(view.timeline.map((e: any) => e.to)).toEqual(['SUBMITTED', 'RETURNED', 'SUBMITTED', 'IN_CONSULTATION', 'AGREEMENT_SIGNED', 'BUILDING']);
    expect(view.timeline[1]).toMatchObject({ note: '请补充产业集群数据', actorName: '工业文化发展中心' });
    const notes = await official.data(`{ unreadNotificationCount notifications { title body read } }`);
    expect(notes.unreadNotificationCount).toBe(4); // the centre's four steps; the official's own are not notified
    expect(notes.notifications.map((n: any) => n.body).join('\n')).toContain('请补充产业集群数据');
    expect(await official.data(`mutation { markNotificationsRead }`)).toEqual({ markNotificationsRead: 4 });
    expect((await official.data(`{ unreadNotificationCount }`)).unreadNotificationCount).toBe(0);
  });

  it('refuses a stale version with a conflict', async () => {
    const app = await submitted();
    await move(app, 'IN_CONSULTATION', staff);
    const stale = await move(app, 'DECLINED', staff2, '不符合条件');
    expect(stale.__typename).toBe('ConflictError');
    expect(stale.currentVersion).toBe(app.version + 1);
  });

  it('two staff moving the same application at once: one wins, one gets a conflict', async () => {
    const app = await submitted();
    const results = await Promise.all([move(app, 'IN_CONSULTATION', staff), move(app, 'RETURNED', staff2, '材料不全')]);
    const types = results.map((r) => r.__typename).sort();
    expect(types).toEqual(['Application', 'ConflictError']);
    const events = await db.prisma.applicationEvent.count({ where: { application: { reference: app.reference } } });
    expect(events).toBe(2); // the submission and exactly one move
  });

  it('creates the card from a building application and publishing it publishes the application', async () => {
    const app = await at('BUILDING');
    const created = (
      await staff.data(
        `mutation($id: ID!) { createCardFromApplication(applicationId: $id) { __typename ... on Card { id slug title industries story region { code } published } ... on Error { message } } }`,
        { id: app.id },
      )
    ).createCardFromApplication;
    expect(created.__typename).toBe('Card');
    expect(created.published).toBe(false);
    expect(created.industries).toEqual(['电力装备', '新能源', '氢能']);
    // The form's intro is the story's first draft (issue 15).
    expect(created.story).toBe(validForm().intro);
    const again = (
      await staff.data(`mutation($id: ID!) { createCardFromApplication(applicationId: $id) { __typename ... on Error { code } } }`, { id: app.id })
    ).createCardFromApplication;
    expect(again.code).toBe('CARD_EXISTS');
    // Not public yet.
    expect((await visitor.data(`query($slug: String!) { card(slug: $slug) { id } }`, { slug: created.slug })).card).toBeNull();
    const edited = (
      await staff.data(`mutation($input: UpdateCardInput!) { updateCard(input: $input) { __typename ... on Card { title } } }`, {
        input: { id: created.id, title: '测试产业名片', themes: ['TECH_HOTSPOT'] },
      })
    ).updateCard;
    expect(edited.title).toBe('测试产业名片');
    const published = (await staff.data(`mutation($id: ID!) { publishCard(id: $id) { __typename ... on Card { published } } }`, { id: created.id }))
      .publishCard;
    expect(published.published).toBe(true);
    expect((await visitor.data(`query($slug: String!) { card(slug: $slug) { title } }`, { slug: created.slug })).card.title).toBe('测试产业名片');
    const search = await visitor.data(`{ cards(first: 5, filter: { query: "测试产业名片" }) { edges { node { slug } } } }`);
    expect(search.cards.edges.map((e: any) => e.node.slug)).toContain(created.slug);
    const view = (await official.data(`query($id: ID!) { application(id: $id) { status card { slug } timeline { to } } }`, { id: app.id })).application;
    expect(view.status).toBe('PUBLISHED');
    expect(view.card.slug).toBe(created.slug);
    expect(view.timeline.at(-1).to).toBe('PUBLISHED');
    // Officials cannot edit or publish cards.
    expect((await official.request(`mutation($id: ID!) { publishCard(id: $id) { __typename } }`, { id: created.id })).errors?.[0].message).toMatch(/没有权限/);
  });
});
