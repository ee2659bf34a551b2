// The authorization matrix: every field of Query, Mutation and Subscription × every role (visitor,
// official, another official, staff, admin), allowed or refused. The list of fields comes from the
// schema, so a new field without an entry here fails the test.
//
// Resources belong to the first official (an application with an attachment, a conversation), so
// "another official" shows that one official cannot reach another's. Allowed means the request
// was not refused for who is asking (it may still fail for a business reason, such as a stale
// version); refused means a permission error, a typed refusal (sign in / not found), or null for a
// lookup of something that exists.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { schema } from '../../server/src/schema/index.js';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient, testServices } from '../support/graphql.js';
import { signInOfficial, signInStaff } from '../support/accounts.js';
import { SAVE_DRAFT, SUBMIT, validForm } from '../support/applications.js';

type Role = 'visitor' | 'official' | 'other' | 'staff' | 'admin';
const ROLES: Role[] = ['visitor', 'official', 'other', 'staff', 'admin'];
/** One letter per role, in ROLES order: A allowed, D refused. */
type Row = `${'A' | 'D'}${'A' | 'D'}${'A' | 'D'}${'A' | 'D'}${'A' | 'D'}`;

const PUBLIC: Row = 'AAAAA';
const SIGNED_IN: Row = 'DAAAA';
const STAFF: Row = 'DDDAA';
const OWNER_OR_STAFF: Row = 'DADAA';
const OWNER_ONLY: Row = 'DADDD';
const ADMIN: Row = 'DDDDA';
/** A citizen's own account (staff accounts are managed by an admin). */
const CITIZEN_SELF: Row = 'DAADD';

const EXPECTED: Record<string, Row> = {
  // Query
  'Query.application': OWNER_OR_STAFF,
  'Query.auditLog': ADMIN,
  'Query.cardVersions': STAFF,
  'Query.staffCards': STAFF,
  'Query.staffMembers': STAFF,
  'Query.applicationStats': STAFF,
  'Query.applications': STAFF,
  'Query.botAnswer': PUBLIC,
  'Query.botMisses': STAFF,
  'Query.campaigns': PUBLIC,
  'Query.cannedReplies': STAFF,
  'Query.card': PUBLIC,
  'Query.cardBatchYears': PUBLIC,
  'Query.cards': PUBLIC,
  'Query.faqs': STAFF,
  'Query.film': PUBLIC,
  'Query.filmUploadEndpoint': PUBLIC, // only a path; the upload endpoint itself refuses non-staff
  'Query.films': PUBLIC,
  'Query.inquiry': OWNER_OR_STAFF,
  'Query.inquiryQueue': STAFF,
  'Query.inquiryStats': STAFF,
  'Query.myActiveInquiries': STAFF,
  'Query.myApplications': SIGNED_IN,
  'Query.myData': SIGNED_IN,
  'Query.myInquiries': PUBLIC, // a visitor's own, by device
  'Query.node': OWNER_OR_STAFF, // asked for the official's application
  'Query.notifications': SIGNED_IN,
  'Query.openCampaign': PUBLIC,
  'Query.recentInquiries': STAFF,
  'Query.regions': PUBLIC,
  'Query.unreadNotificationCount': SIGNED_IN,
  'Query.viewer': PUBLIC,
  // Mutation
  'Mutation.addApplicationComment': STAFF,
  'Mutation.addInquiryNote': STAFF,
  'Mutation.assignApplicationReviewer': STAFF,
  'Mutation.attachApplicationAgreement': STAFF,
  'Mutation.createStaffAccount': ADMIN,
  'Mutation.reorderCardFilms': STAFF,
  'Mutation.setFilmPosterFrame': STAFF,
  'Mutation.setStaffAccountDisabled': ADMIN,
  'Mutation.updateFilm': STAFF,
  'Mutation.updateStaffAccount': ADMIN,
  'Mutation.uploadCardImage': STAFF,
  'Mutation.attachFilmSubtitle': STAFF,
  'Mutation.bindWechatPhone': SIGNED_IN,
  'Mutation.closeMyAccount': CITIZEN_SELF,
  'Mutation.createCardFromApplication': STAFF,
  'Mutation.deleteCannedReply': STAFF,
  'Mutation.endInquiry': OWNER_OR_STAFF,
  'Mutation.exportApplications': STAFF,
  'Mutation.likeFilm': PUBLIC,
  'Mutation.loginWithPassword': PUBLIC,
  'Mutation.loginWithPhoneCode': PUBLIC,
  'Mutation.loginWithWechat': PUBLIC,
  'Mutation.logout': PUBLIC,
  'Mutation.markNotificationsRead': SIGNED_IN,
  'Mutation.publishCard': STAFF,
  'Mutation.publishFilm': STAFF,
  'Mutation.rateBotAnswer': OWNER_ONLY, // 👍/👎 on a bot answer in one's own conversation
  'Mutation.rateInquiry': OWNER_ONLY,
  'Mutation.recordFilmProgress': PUBLIC,
  'Mutation.recordFilmView': PUBLIC,
  'Mutation.recordSubscribeGrant': SIGNED_IN,
  'Mutation.registerDevice': PUBLIC,
  'Mutation.removeApplicationAttachment': OWNER_ONLY,
  'Mutation.requestInquiryHuman': OWNER_ONLY,
  'Mutation.requestLoginCode': PUBLIC,
  'Mutation.saveApplicationDraft': OWNER_ONLY,
  'Mutation.saveCannedReply': STAFF,
  'Mutation.saveFaq': STAFF,
  'Mutation.teachBot': STAFF,
  'Mutation.sendInquiryMessage': OWNER_OR_STAFF,
  'Mutation.setInquiryTyping': OWNER_OR_STAFF,
  'Mutation.submitApplication': OWNER_ONLY,
  'Mutation.takeInquiry': STAFF,
  'Mutation.transitionApplication': STAFF,
  'Mutation.unpublishCard': STAFF,
  'Mutation.unpublishFilm': STAFF,
  'Mutation.updateCard': STAFF,
  'Mutation.uploadApplicationAttachment': OWNER_ONLY,
  'Mutation.withdrawApplication': OWNER_ONLY,
  'Mutation.withdrawConsent': SIGNED_IN,
  // Subscription
  'Subscription.inquiryEvents': OWNER_OR_STAFF,
  'Subscription.inquiryInbox': STAFF,
};

/** Lookups whose null answer means "not yours" (the thing exists). */
const LOOKUPS = new Set(['Query.application', 'Query.inquiry', 'Query.node']);
/** Permission errors, and "not found" for a conversation that exists but is someone else's (subscriptions). */
const REFUSAL_MESSAGE = /没有权限|Not allowed|请先登录|咨询不存在或已删除/;
const REFUSAL_CODES = new Set(['FORBIDDEN', 'NOT_FOUND', 'NO_VIEWER', 'SIGN_IN_REQUIRED', 'UNAUTHENTICATED', 'STAFF_ACCOUNT']);
/** Mutations that end the asker's sessions: each signed-in role runs them with a fresh account of its kind. */
const SESSION_ENDING = new Set(['Mutation.logout', 'Mutation.withdrawConsent', 'Mutation.closeMyAccount']);

let db: TestDatabase;
let gql: ReturnType<typeof graphqlClient>;
const tokens: Partial<Record<Role, string | null>> = { visitor: null };
const devices: Record<Role, string> = Object.fromEntries(ROLES.map((r) => [r, `dev-${r}-${crypto.randomUUID()}`])) as Record<Role, string>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  db = await openTestDatabase();
  // WeChat is pointed at a closed local port, so bindWechatPhone fails fast (no network here).
  gql = graphqlClient(db, testServices({ WECHAT_API_BASE: 'http://127.0.0.1:9', INQUIRY_HOURS: 'always' }));
  tokens.official = (await signInOfficial(gql)).token;
  tokens.other = (await signInOfficial(gql)).token;
  tokens.staff = (await signInStaff(gql, db, 'STAFF')).token;
  tokens.admin = (await signInStaff(gql, db, 'ADMIN')).token;

  // Submitted: staff see an application once it is submitted (a draft is the official's alone).
  const { saveApplicationDraft: app } = await gql.as(tokens.official!).data(SAVE_DRAFT, { input: validForm() });
  ids.application = app.id;
  expect((await gql.as(tokens.official!).data(SUBMIT, { id: app.id, v: app.version })).submitApplication.__typename).toBe('Application');
  const appRow = await db.prisma.application.findFirstOrThrow({ where: { id: Buffer.from(app.id, 'base64').toString().split(':')[1] } });
  const attachment = await db.prisma.attachment.create({
    data: { applicationId: appRow.id, fileName: 'a.pdf', contentType: 'application/pdf', size: 1, storageKey: 'matrix/a.pdf' },
  });
  ids.attachment = attachment.id;
  const card = await db.prisma.card.findFirstOrThrow({ where: { status: 'PUBLISHED' } });
  ids.card = encodeGlobalID('Card', card.id);
  ids.cardSlug = card.slug;
  const film = await db.prisma.film.create({
    data: {
      cardId: card.id,
      status: 'PUBLISHED',
      title: '权限影片',
      jobState: 'READY',
      mediaPrefix: 'films/x/y',
      durationSeconds: 30,
      publishedAt: new Date(),
    },
  });
  ids.film = encodeGlobalID('Film', film.id);
  const sent = await gql
    .as(tokens.official!)
    .data(`mutation { sendInquiryMessage(text: "转人工", clientKey: "matrix-key-1") { ... on SendInquiryMessageResult { inquiry { id } } } }`);
  ids.inquiry = sent.sendInquiryMessage.inquiry.id;
  ids.botMessage = (await db.prisma.inquiryMessage.findFirstOrThrow({ where: { author: 'BOT', botOutcome: { not: null } } })).id;
  ids.canned = (await db.prisma.cannedReply.create({ data: { title: 't', text: 't' } })).id;
  ids.faq = (await db.prisma.faq.findFirstOrThrow()).id;
  // A staff account for the admin-only account mutations to act on (not one whose session the matrix uses).
  const spare = await db.prisma.user.create({ data: { username: `matrix-spare-${crypto.randomInt(1e9)}`, role: 'STAFF', displayName: '备用' } });
  ids.staffMember = encodeGlobalID('User', spare.id);
});
afterAll(async () => {
  await gql?.services.close();
  await db?.close();
});

/** A value for an argument: the shared resources by name, otherwise something of the right type. */
function argValue(coordinate: string, arg: GraphQLArgument | { name: string; type: GraphQLInputType }): unknown {
  const byName: Record<string, () => unknown> = {
    inquiryId: () => ids.inquiry,
    messageId: () => ids.botMessage,
    applicationId: () => ids.application,
    slug: () => ids.cardSlug,
    question: () => '谁可以申请？',
    phone: () => '13800000000',
    text: () => '你好',
    title: () => '标题',
    score: () => 5,
    cardId: () => ids.card,
    reason: () => '权限测试下线',
    language: () => 'zh-CN',
    expectedVersion: () => 1,
    positionSeconds: () => 1,
    templateIds: () => ['tmpl'],
  };
  if (arg.name === 'id') {
    const field = coordinate.split('.')[1];
    if (field === 'saveCannedReply') return undefined; // creates one (deleteCannedReply ran before)
    if (/StaffAccount/.test(field)) return ids.staffMember;
    if (/Film|film/.test(field)) return ids.film;
    if (/Card/.test(field)) return ids.card;
    if (/Attachment/.test(field)) return ids.attachment;
    if (/CannedReply/.test(field)) return ids.canned;
    if (/Faq/.test(field)) return ids.faq;
    if (field === 'inquiry') return ids.inquiry;
    return ids.application;
  }
  // updateCard names its card inside the input.
  if (arg.name === 'input' && coordinate === 'Mutation.updateCard') return { id: ids.card };
  if (arg.name === 'input' && coordinate === 'Mutation.updateFilm') return { id: ids.film };
  if (arg.name === 'input' && coordinate === 'Mutation.updateStaffAccount') return { id: ids.staffMember };
  if (byName[arg.name]) return byName[arg.name]();
  return sample(arg.type);
}

function sample(type: GraphQLInputType): unknown {
  if (!isNonNullType(type)) return undefined;
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return [];
  if (isEnumType(inner)) return inner.getValues()[0].value;
  if (isInputObjectType(inner))
    return Object.fromEntries(
      Object.values(inner.getFields())
        .map((f) => [f.name, sample(f.type)])
        .filter(([, v]) => v !== undefined),
    );
  if (isScalarType(inner))
    return ({ String: 'x', Int: 1, Float: 1, Boolean: true, ID: 'x', DateTime: new Date().toISOString() } as Record<string, unknown>)[inner.name] ?? 'x';
  return undefined;
}

function operationFor(kind: 'query' | 'mutation' | 'subscription', field: GraphQLField<unknown, unknown>, coordinate: string) {
  const variables: Record<string, unknown> = {};
  const defs: string[] = [];
  const args: string[] = [];
  let file = false;
  for (const arg of field.args) {
    if (getNamedType(arg.type).name === 'File') {
      file = true;
      defs.push(`$${arg.name}: ${arg.type}`);
      args.push(`${arg.name}: $${arg.name}`);
      variables[arg.name] = null;
      continue;
    }
    const value = argValue(coordinate, arg);
    if (value === undefined) continue;
    defs.push(`$${arg.name}: ${arg.type}`);
    args.push(`${arg.name}: $${arg.name}`);
    variables[arg.name] = value;
  }
  const named = getNamedType(field.type);
  const canBeError = isUnionType(named) && named.getTypes().some((t) => t.getInterfaces().some((i) => i.name === 'Error'));
  const selection = isScalarType(named) || isEnumType(named) ? '' : canBeError ? `{ __typename ... on Error { code message } }` : '{ __typename }';
  const query = `${kind}${defs.length ? `(${defs.join(', ')})` : ''} { result: ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selection} }`;
  return { query, variables, file };
}

async function run(
  role: Role,
  kind: 'query' | 'mutation' | 'subscription',
  query: string,
  variables: Record<string, unknown>,
  file: boolean,
  token = tokens[role],
): Promise<{ errors?: { message: string }[]; data?: any }> {
  const headers: Record<string, string> = { 'x-device-id': devices[role], ...(token ? { authorization: `Bearer ${token}` } : {}) };
  if (kind === 'subscription') {
    // Over SSE: a refusal arrives as the stream's first event; an allowed one stays quiet but is counted
    // live by the server. Either acknowledgement ends the wait (a slow refusal cannot pass as allowed).
    const events = gql.services.inquiryEvents;
    const before = events.liveCount();
    const abort = new AbortController();
    const res = await gql.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query, variables }),
      signal: abort.signal,
    });
    const reader = res.body!.getReader();
    let event: string | null = null;
    void (async () => {
      let text = '';
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        text += new TextDecoder().decode(chunk.value);
        const data = /data: (.*)\n/.exec(text)?.[1];
        if (data) return void (event = data);
      }
    })().catch(() => {});
    await vi.waitFor(() => expect(event !== null || events.liveCount() > before).toBe(true), { timeout: 15_000, interval: 10 });
    abort.abort();
    await reader.cancel().catch(() => {});
    // The stream is released when the client goes: nothing stays counted into the next case.
    await vi.waitFor(() => expect(events.liveCount()).toBe(before), { timeout: 15_000, interval: 10 });
    return event ? JSON.parse(event) : {};
  }
  if (file) {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query, variables }));
    form.set('map', JSON.stringify({ 0: ['variables.file'] }));
    form.set('0', new Blob(['WEBVTT\n\n00:00.000 --> 00:01.000\n你好\n'], { type: 'text/vtt' }), 'a.vtt');
    const res = await gql.yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { ...headers, 'graphql-require-preflight': '1' }, body: form });
    return (await res.json()) as any;
  }
  const res = await gql.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as any;
}

/** A new account of the role's kind, for a mutation that ends its sessions. */
async function freshToken(role: Role): Promise<string> {
  if (role === 'staff' || role === 'admin') return (await signInStaff(gql, db, role === 'staff' ? 'STAFF' : 'ADMIN')).token;
  return (await signInOfficial(gql)).token;
}

function refused(coordinate: string, result: { errors?: { message: string }[]; data?: any }): boolean {
  if (result.errors?.some((e) => REFUSAL_MESSAGE.test(e.message))) return true;
  const value = result.data?.result;
  if (value && typeof value === 'object' && REFUSAL_CODES.has(value.code)) return true;
  if (LOOKUPS.has(coordinate) && result.data && value === null) return true;
  return false;
}

const FIELDS = (['Query', 'Mutation', 'Subscription'] as const).flatMap((typeName) => {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) return [];
  return Object.values(type.getFields()).map((field) => ({ typeName, field, coordinate: `${typeName}.${field.name}` }));
});

describe('authorization matrix', () => {
  it('has an entry for every field of Query, Mutation and Subscription', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(FIELDS.map((f) => f.coordinate).sort());
  });

  it('allows and refuses each role as the matrix says', async () => {
    const actual: Record<string, string> = {};
    const broken: string[] = [];
    // Refused roles first, so that allowed mutations run after the refusals were checked.
    const order: Role[] = ['visitor', 'other', 'official', 'staff', 'admin'];
    for (const { typeName, field, coordinate } of FIELDS) {
      const kind = typeName === 'Query' ? 'query' : typeName === 'Mutation' ? 'mutation' : 'subscription';
      const { query, variables, file } = operationFor(kind, field, coordinate);
      const outcome: Partial<Record<Role, string>> = {};
      for (const role of order) {
        // Signing out, withdrawing consent or closing the account would end the session the rest of the matrix uses.
        const token = SESSION_ENDING.has(coordinate) && role !== 'visitor' ? await freshToken(role) : tokens[role];
        const result = await run(role, kind, query, variables, file, token);
        outcome[role] = refused(coordinate, result) ? 'D' : 'A';
        // Any other GraphQL error means the generated request is broken (or a raw error escaped).
        for (const e of result.errors ?? []) if (!REFUSAL_MESSAGE.test(e.message)) broken.push(`${coordinate} as ${role}: ${e.message}`);
      }
      actual[coordinate] = ROLES.map((r) => outcome[r]).join('');
    }
    expect(broken).toEqual([]);
    expect(actual).toEqual(EXPECTED);
  });
});
