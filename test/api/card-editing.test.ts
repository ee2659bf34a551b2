// Issue 15, acceptance 1: staff edit a seeded card (every field, both languages), take it offline
// (the public card(slug:) then says so and the lists leave it out), publish it again, and read its
// version history and the audit trail with before/after values.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient } from '../support/graphql.js';
import { signInOfficial, signInStaff } from '../support/accounts.js';
import { SAVE_DRAFT, SUBMIT, TRANSITION, validForm } from '../support/applications.js';

let db: TestDatabase;
let gql: ReturnType<typeof graphqlClient>;
let staff: string;
let admin: string;
let official: string;
let card: { id: string; slug: string; title: string; localId: string };

beforeAll(async () => {
  db = await openTestDatabase();
  gql = graphqlClient(db);
  staff = (await signInStaff(gql, db, 'STAFF')).token;
  admin = (await signInStaff(gql, db, 'ADMIN')).token;
  official = (await signInOfficial(gql)).token;
  const row = await db.prisma.card.findFirstOrThrow({ where: { slug: 'baoding-electric-valley' } });
  card = { id: encodeGlobalID('Card', row.id), slug: row.slug, title: row.title, localId: row.id };
});
afterAll(async () => {
  await gql?.services.close();
  await db?.close();
});

const CARD_FIELDS = `
  id slug status version title titleEn tier themes batchYear industries industriesEn concept conceptEn story storyEn color
  logoUrl coverUrl clusters clustersEn source sampleNote sampleNoteEn enterprises enterprisesEn published
  keyFigures { label labelEn value valueEn unit unitEn }
  landmarks { name nameEn kind description descriptionEn }
  sources { title titleEn url }
  offline { reason since }`;

const UPDATE = `mutation($input: UpdateCardInput!) { updateCard(input: $input) {
  __typename ... on Card { ${CARD_FIELDS} } ... on Error { code message } ... on ValidationError { fieldErrors { field message } } } }`;
const PUBLISH = `mutation($id: ID!) { publishCard(id: $id) { __typename ... on Card { status published offline { reason } } ... on Error { code message } } }`;
const UNPUBLISH = `mutation($id: ID!, $reason: String!) { unpublishCard(id: $id, reason: $reason) {
  __typename ... on Card { status offline { reason } } ... on Error { code message } } }`;
const PUBLIC_CARD = `query($slug: String!) { card(slug: $slug) { ${CARD_FIELDS} films { id } region { name } } }`;

const EDIT = {
  title: '中国电谷（编辑）',
  titleEn: 'China Electric Valley (edited)',
  tier: 'FEATURED',
  themes: ['TECH_HOTSPOT', 'UPGRADE_RENEWAL'],
  batchYear: 2025,
  industries: ['电力装备', '氢能'],
  industriesEn: ['Power equipment', 'Hydrogen'],
  concept: '绿色电力装备链',
  conceptEn: 'A green-power equipment chain',
  story: '第一段。\n\n第二段。',
  storyEn: 'First paragraph.\n\nSecond paragraph.',
  color: '#336699',
  logoUrl: '/media/cards/baoding/logo.png',
  coverUrl: 'https://example.org/cover.jpg',
  clusters: ['保定电力装备集群'],
  clustersEn: ['Baoding power equipment cluster'],
  sampleNote: '示例内容：测试编辑。',
  sampleNoteEn: 'Sample content: an edit test.',
  keyFigures: [
    { label: '装备方向', labelEn: 'Equipment directions', value: '5', valueEn: '5', unit: '个', unitEn: '' },
    { label: '产值（示例）', labelEn: 'Output (sample)', value: '1000', valueEn: '100', unit: '亿元', unitEn: 'billion yuan' },
  ],
  enterprises: [
    { name: '示例电气（示例）', nameEn: 'Sample Electric (sample)' },
    { name: '示例储能（示例）', nameEn: 'Sample Storage (sample)' },
  ],
  landmarks: [
    {
      name: '电谷展示中心（示例）',
      nameEn: 'Electric Valley Showroom (sample)',
      kind: 'MUSEUM',
      description: '展示装备。',
      descriptionEn: 'Shows the equipment.',
    },
  ],
  sources: [{ title: '福建日报转载的公开报道', titleEn: 'A public report reprinted by Fujian Daily', url: 'https://example.org/report' }],
};

describe('card editing, taking offline and the trail', () => {
  it('refuses the public and officials, and bad input with coded, field-by-field errors in both languages', async () => {
    const visitor = await gql.request(UPDATE, { input: { id: card.id, title: 'x' } });
    expect(visitor.errors?.[0].message).toMatch(/没有权限/);
    const byOfficial = await gql.as(official).request(UNPUBLISH, { id: card.id, reason: '测试下线原因' });
    expect(byOfficial.errors?.[0].message).toMatch(/没有权限/);

    const bad = (
      await gql.as(staff).data(UPDATE, {
        input: {
          id: card.id,
          title: ' ',
          color: 'blue',
          industries: ['电力装备', '氢能'],
          industriesEn: ['Power equipment'],
          keyFigures: [{ label: '产值', value: '' }],
          sources: [{ title: '报道', url: 'javascript:alert(1)' }],
          coverUrl: 'http://insecure.example/x.jpg',
        },
      })
    ).updateCard;
    expect(bad.__typename).toBe('ValidationError');
    expect(bad.code).toBe('INVALID_INPUT');
    const byField = Object.fromEntries(bad.fieldErrors.map((e: { field: string; message: string }) => [e.field, e.message]));
    expect(Object.keys(byField).sort()).toEqual(['color', 'coverUrl', 'industriesEn', 'keyFigures.0.value', 'sources.0.url', 'title']);
    expect(byField.title).toMatch(/请填写名片标题.*Title is required/);
    expect(byField['sources.0.url']).toMatch(/链接.*link must start/);
    // Nothing of a refused edit is stored.
    const stored = await db.prisma.card.findUniqueOrThrow({ where: { id: card.localId } });
    expect(stored.title).toBe(card.title);
    expect(stored.version).toBe(0);
  });

  it('edits every field in both languages and reads them back, publicly too', async () => {
    const edited = (await gql.as(staff).data(UPDATE, { input: { id: card.id, expectedVersion: 0, ...EDIT } })).updateCard;
    expect(edited.__typename).toBe('Card');
    expect(edited.version).toBe(1);
    const { keyFigures, enterprises, landmarks, sources, ...scalars } = EDIT;
    expect(edited).toMatchObject(scalars);
    expect(edited.keyFigures).toEqual(keyFigures.map((f) => ({ ...f, unitEn: f.unitEn || null })));
    expect(edited.enterprises).toEqual(enterprises.map((e) => e.name));
    expect(edited.enterprisesEn).toEqual(enterprises.map((e) => e.nameEn));
    expect(edited.landmarks).toEqual(landmarks);
    expect(edited.sources).toEqual(sources);
    expect(edited.source).toBe(sources[0].title);

    const seen = (await gql.data(PUBLIC_CARD, { slug: card.slug })).card;
    expect(seen).toMatchObject({ title: EDIT.title, storyEn: EDIT.storyEn, offline: null, published: true });
    // The search index follows the edit.
    const found = (await gql.data(`{ cards(first: 5, filter: { query: "中国电谷（编辑）" }) { edges { node { slug } } } }`)).cards.edges;
    expect(found.map((e: any) => e.node.slug)).toContain(card.slug);

    // An edit from a stale version is refused, and nothing changes.
    const stale = (await gql.as(staff).data(UPDATE, { input: { id: card.id, expectedVersion: 0, title: '过期的编辑' } })).updateCard;
    expect(stale).toMatchObject({ __typename: 'ActionRefused', code: 'VERSION_CONFLICT' });
    expect((await db.prisma.card.findUniqueOrThrow({ where: { id: card.localId } })).title).toBe(EDIT.title);
  });

  it('takes the card offline: card(slug:) says so with the reason and no content; lists, search and films leave it out', async () => {
    const tooShort = (await gql.as(staff).data(UNPUBLISH, { id: card.id, reason: ' ' })).unpublishCard;
    expect(tooShort.__typename).toBe('ValidationError');

    const reason = '资料待核实，暂时下线';
    const off = (await gql.as(staff).data(UNPUBLISH, { id: card.id, reason })).unpublishCard;
    expect(off).toEqual({ __typename: 'Card', status: 'OFFLINE', offline: { reason } });
    const again = (await gql.as(staff).data(UNPUBLISH, { id: card.id, reason })).unpublishCard;
    expect(again).toMatchObject({ __typename: 'ActionRefused', code: 'INVALID_STATE' });

    const seen = (await gql.data(PUBLIC_CARD, { slug: card.slug })).card;
    expect(seen.offline.reason).toBe(reason);
    expect(seen).toMatchObject({
      status: 'OFFLINE',
      published: false,
      title: EDIT.title,
      story: null,
      storyEn: null,
      concept: null,
      source: null,
      coverUrl: null,
    });
    for (const list of ['industries', 'keyFigures', 'landmarks', 'enterprises', 'sources', 'clusters', 'films']) expect(seen[list]).toEqual([]);
    // Only the status was asked for: still the notice, never the content.
    const bare = (await gql.data(`query($slug: String!) { card(slug: $slug) { title story offline { reason } } }`, { slug: card.slug })).card;
    expect(bare).toEqual({ title: EDIT.title, story: null, offline: { reason } });
    // node(id) answers nothing, as for a draft.
    expect((await gql.data(`query($id: ID!) { node(id: $id) { id } }`, { id: card.id })).node).toBeNull();

    const slugs = async (token: string | null, query = '') =>
      (
        await gql.as(token).data(`query($f: CardFilter) { cards(first: 100, filter: $f) { edges { node { slug } } } }`, { f: query ? { query } : null })
      ).cards.edges.map((e: any) => e.node.slug);
    expect(await slugs(null)).not.toContain(card.slug);
    expect(await slugs(null, '保定')).not.toContain(card.slug);
    // Staff still find it, in their list with its status.
    const mine = (await gql.as(staff).data(`{ staffCards(first: 10, filter: { status: OFFLINE }) { totalCount edges { node { slug status } } } }`)).staffCards;
    expect(mine.edges.map((e: any) => e.node)).toContainEqual({ slug: card.slug, status: 'OFFLINE' });
    expect((await gql.as(staff).data(PUBLIC_CARD, { slug: card.slug })).card.storyEn).toBe(EDIT.storyEn);
  });

  it('publishes it again, and the public gets it whole', async () => {
    const on = (await gql.as(staff).data(PUBLISH, { id: card.id })).publishCard;
    expect(on).toEqual({ __typename: 'Card', status: 'PUBLISHED', published: true, offline: null });
    const seen = (await gql.data(PUBLIC_CARD, { slug: card.slug })).card;
    expect(seen).toMatchObject({ story: EDIT.story, industriesEn: EDIT.industriesEn, offline: null });
    expect(seen.keyFigures).toHaveLength(2);
  });

  it('keeps a version history: who, when, and each field before and after', async () => {
    const VERSIONS = `query($id: ID!) { cardVersions(cardId: $id) { number action actorName createdAt note changes { field before after } } }`;
    expect((await gql.as(official).request(VERSIONS, { id: card.id })).errors?.[0].message).toMatch(/没有权限/);
    const versions = (await gql.as(staff).data(VERSIONS, { id: card.id })).cardVersions;
    expect(versions.map((v: any) => [v.number, v.action])).toEqual([
      [3, 'PUBLISH'],
      [2, 'UNPUBLISH'],
      [1, 'EDIT'],
    ]);
    for (const v of versions) expect(v.actorName).toMatch(/^staff/);
    expect(versions[1].note).toBe('资料待核实，暂时下线');
    const edit = Object.fromEntries(versions[2].changes.map((c: any) => [c.field, c]));
    expect(edit.title).toEqual({ field: 'title', before: '中国电谷', after: EDIT.title });
    expect(edit.storyEn.after).toBe(EDIT.storyEn);
    expect(edit.enterprises.before).toEqual([
      { name: '英利集团', nameEn: 'Yingli Group' },
      { name: '保定天威保变电气股份有限公司', nameEn: 'Baoding Tianwei Baobian Electric Co., Ltd.' },
    ]);
    expect(edit.enterprises.after).toEqual(EDIT.enterprises);
    // Unchanged fields are not listed.
    expect(edit.status).toBeUndefined();
  });

  it('records the edit, the unpublish and the publish in the audit log, for admins only, append-only', async () => {
    const LOG = `query($f: AuditLogFilter) { auditLog(first: 10, filter: $f) { totalCount edges { node { action actorName subjectType subjectId before after note createdAt } } } }`;
    expect((await gql.as(staff).request(LOG, { f: null })).errors?.[0].message).toMatch(/没有权限/);
    const log = (await gql.as(admin).data(LOG, { f: { subjectId: card.id } })).auditLog;
    expect(log.totalCount).toBe(3);
    const [publish, unpublish, update] = log.edges.map((e: any) => e.node);
    expect([publish.action, unpublish.action, update.action]).toEqual(['card.publish', 'card.unpublish', 'card.update']);
    expect(update).toMatchObject({
      subjectType: 'Card',
      subjectId: card.id,
      before: { title: '中国电谷', tier: 'MAIN' },
      after: { title: EDIT.title, tier: 'FEATURED' },
    });
    expect(unpublish).toMatchObject({ before: { status: 'PUBLISHED' }, after: { status: 'OFFLINE', offlineReason: '资料待核实，暂时下线' } });
    expect(publish).toMatchObject({ before: { status: 'OFFLINE' }, after: { status: 'PUBLISHED' } });
    const byAction = (await gql.as(admin).data(LOG, { f: { action: 'card.unpublish' } })).auditLog;
    expect(byAction.edges.every((e: any) => e.node.action === 'card.unpublish')).toBe(true);
    // The table itself refuses changes, whoever asks.
    await expect(db.prisma.auditEntry.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(db.prisma.auditEntry.updateMany({ data: { note: 'rewritten' } })).rejects.toThrow(/append-only/);
    expect(await db.prisma.auditEntry.count({ where: { subjectId: card.localId } })).toBe(3);
  });
});

describe('the audit trail beyond cards', () => {
  const LOG = `query($f: AuditLogFilter) { auditLog(first: 20, filter: $f) { edges { node { action subjectType subjectId before after note } } } }`;
  const entries = async (subjectId: string) => (await gql.as(admin).data(LOG, { f: { subjectId } })).auditLog.edges.map((e: any) => e.node);

  it('records workflow moves, canned replies, FAQ edits and exports with before/after values', async () => {
    const { saveApplicationDraft: draft } = await gql.as(official).data(SAVE_DRAFT, { input: validForm() });
    const submitted = (await gql.as(official).data(SUBMIT, { id: draft.id, v: draft.version })).submitApplication;
    const moved = (await gql.as(staff).data(TRANSITION, { id: draft.id, to: 'IN_CONSULTATION', note: '开始洽谈', v: submitted.version })).transitionApplication;
    expect(moved.status).toBe('IN_CONSULTATION');
    // The official's own step is not a staff action; the staff's move is.
    expect(await entries(draft.id)).toEqual([
      {
        action: 'application.transition',
        subjectType: 'Application',
        subjectId: draft.id,
        before: { status: 'SUBMITTED' },
        after: { status: 'IN_CONSULTATION' },
        note: '开始洽谈',
      },
    ]);

    const SAVE_CANNED = `mutation($id: ID, $title: String!, $text: String!) { saveCannedReply(id: $id, title: $title, text: $text) { __typename ... on CannedReply { id } } }`;
    const created = (await gql.as(staff).data(SAVE_CANNED, { id: null, title: '问候', text: '您好' })).saveCannedReply;
    await gql.as(staff).data(SAVE_CANNED, { id: created.id, title: '问候', text: '您好，请问有什么可以帮您？' });
    await gql.as(staff).data(`mutation($id: ID!) { deleteCannedReply(id: $id) }`, { id: created.id });
    const canned = await entries(created.id);
    expect(canned.map((e: any) => e.action)).toEqual(['cannedReply.delete', 'cannedReply.save', 'cannedReply.save']);
    expect(canned[1]).toMatchObject({ before: { text: '您好' }, after: { text: '您好，请问有什么可以帮您？' } });
    expect(canned[0]).toMatchObject({ before: { title: '问候' }, after: null });

    const faq = (await gql.as(staff).data(`{ faqs { id question answer } }`)).faqs[0];
    const input = {
      category: '申请',
      question: faq.question,
      alternatives: [],
      answer: '新的答案（审计测试）',
      sourceTitle: '测试',
      sourceUrl: null,
      published: true,
    };
    const saved = (await gql.as(staff).data(`mutation($id: ID, $input: FaqInput!) { saveFaq(id: $id, input: $input) { __typename } }`, { id: faq.id, input }))
      .saveFaq;
    expect(saved.__typename).toBe('Faq');
    expect((await entries(faq.id))[0]).toMatchObject({ action: 'faq.save', before: { answer: faq.answer }, after: { answer: '新的答案（审计测试）' } });

    const exported = (await gql.as(staff).data(`mutation { exportApplications { __typename } }`)).exportApplications;
    expect(exported.__typename).toBeTruthy();
    const exports = (await gql.as(admin).data(LOG, { f: { action: 'application.export' } })).auditLog.edges;
    expect(exports).toHaveLength(1);
    expect(exports[0].node.after.rows).toBeGreaterThanOrEqual(1);
  });
});
