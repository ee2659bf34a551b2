// Acceptance 2 of issue 10: more than 10,000 generated hostile requests to the real server
// process. Raw HTTP over TCP (bad percent-encodings, NULs, overlong paths, every method, bad and
// mismatched content types, lying Content-Length, truncated, oversized and chunked-garbage
// bodies), then hostile GraphQL variables for every operation in schema/operations, derived from
// its variable definitions, as a visitor, an official and staff. It shows: the process never
// exits, no answer is a 5xx other than 503, no answer carries database or Prisma error text,
// nothing hangs, and the database holds no write that an accepted mutation does not explain.
// ROBUSTNESS_SEED replays a run; ROBUSTNESS_RAW and ROBUSTNESS_PER_OPERATION change its size.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../server/src/db/connection.js';
import { createSession } from '../../server/src/modules/auth/sessions.js';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { pgliteFolderFromTemplate } from '../support/pglite-folder.js';
import { startServer, type RunningServer } from '../support/server.js';
import { BODY_LIMITS } from '../../server/src/http/server.js';
import { rawRequest } from '../support/raw-http.js';
import { DATABASE_ERROR_TEXT, hostileVariables, malformedRequest } from '../support/hostile.js';

const SEED = Number(process.env.ROBUSTNESS_SEED ?? crypto.randomInt(2 ** 31));
const RAW_REQUESTS = Number(process.env.ROBUSTNESS_RAW ?? 7800);
const PER_OPERATION = Number(process.env.ROBUSTNESS_PER_OPERATION ?? 12);
const root = new URL('../../', import.meta.url);
const schema = buildSchema(fs.readFileSync(new URL('schema/schema.graphql', root), 'utf8'));
const documents = Object.values(JSON.parse(fs.readFileSync(new URL('schema/generated/persisted-operations.json', root), 'utf8')) as Record<string, string>);

/** Tables an accepted mutation may write; a change anywhere else is a partial write. */
const WRITES: Record<string, string[]> = {
  SaveApplicationDraft: ['Application', 'ApplicationEvent', 'Counter'],
  SubmitApplication: ['Application', 'ApplicationEvent', 'ApplicationSubmission', 'Counter', 'Notification'],
  WithdrawApplication: ['Application', 'ApplicationEvent', 'Notification'],
  TransitionApplication: ['Application', 'ApplicationEvent', 'Notification', 'AuditEntry'],
  RemoveApplicationAttachment: ['Attachment'],
  RequestLoginCode: ['LoginCode'],
  LoginWithPhoneCode: ['LoginCode', 'User', 'Session'],
  LoginWithPassword: ['Session'],
  MarkNotificationsRead: ['Notification'],
  RecordSubscribeGrant: ['SubscribeGrant'],
  SendInquiryMessage: ['Inquiry', 'InquiryMessage'],
  AddInquiryNote: ['InquiryMessage'],
  // Staff changes are recorded in the audit trail, in the change's own transaction.
  SaveCannedReply: ['CannedReply', 'AuditEntry'],
  DeleteCannedReply: ['CannedReply', 'AuditEntry'],
  SaveFaq: ['Faq', 'AuditEntry'],
  ExportApplications: ['AuditEntry'],
  PublishFilm: ['Film', 'AuditEntry'],
  UnpublishFilm: ['Film', 'AuditEntry'],
  // With a real card's id (one of the known ids), staff may legitimately change it.
  UpdateCard: ['Card', 'CardFigure', 'CardEnterprise', 'CardLandmark', 'CardSource', 'CardVersion', 'AuditEntry'],
  PublishCard: ['Card', 'Application', 'ApplicationEvent', 'Notification', 'CardVersion', 'AuditEntry'],
  UnpublishCard: ['Card', 'CardVersion', 'AuditEntry'],
  // The back office (issue 15): reviews, card images, film edits, staff accounts; each audited.
  AddApplicationComment: ['ApplicationComment', 'AuditEntry'],
  AssignApplicationReviewer: ['Application', 'AuditEntry'],
  AttachApplicationAgreement: ['Application', 'AuditEntry'],
  UploadCardImage: ['Card', 'CardVersion', 'AuditEntry'],
  UpdateFilm: ['Film', 'AuditEntry'],
  SetFilmPosterFrame: ['Film', 'AuditEntry'],
  ReorderCardFilms: ['Film', 'AuditEntry'],
  CreateStaffAccount: ['User', 'AuditEntry'],
  UpdateStaffAccount: ['User', 'Session', 'AuditEntry'],
  SetStaffAccountDisabled: ['User', 'Session', 'AuditEntry'],
};
/** Mutations that end the asker's sessions: only the visitor sends them (the run needs the other sessions). */
const SESSION_ENDING = new Set(['Logout', 'WithdrawConsent', 'CloseMyAccount']);
const ERROR_TYPES = new Set(['ActionRefused', 'AuthError', 'ConflictError', 'NotFound', 'ValidationError']);

interface Operation {
  name: string;
  kind: 'query' | 'mutation' | 'subscription';
  query: string;
  definition: OperationDefinitionNode;
}

const operations: Operation[] = documents.map((query) => {
  const definition = parse(query).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return { name: definition.name!.value, kind: definition.operation, query, definition };
});

/** Row count and a digest of the contents of every table. */
async function snapshot(db: Database): Promise<Record<string, string>> {
  const tables = await db.sql.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  const result: Record<string, string> = {};
  for (const { tablename } of tables) {
    const [row] = await db.sql.query<{ n: number; digest: string }>(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest FROM "${tablename}" t`,
    );
    result[tablename] = `${row.n} rows, ${row.digest}`;
  }
  return result;
}

/** Runs tasks with at most `width` in flight. */
async function inParallel<T>(items: T[], width: number, task: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await task(items[next++]);
    }),
  );
}

const randomAddress = () => `10.${crypto.randomInt(256)}.${crypto.randomInt(256)}.${1 + crypto.randomInt(254)}`;

describe('robustness: hostile requests to the real server process', () => {
  let testDb: TestDatabase | undefined;
  let folder: string | undefined;
  let databaseUrl: string;
  let server: RunningServer;
  let exited: string | null = null;
  let before: Record<string, string>;
  const sessions: { who: string; headers: () => Record<string, string> }[] = [];
  const knownIds: string[] = [];
  const accepted = new Map<string, number>();

  beforeAll(async () => {
    if (process.env.TEST_DATABASE_URL) {
      testDb = await openTestDatabase();
      databaseUrl = testDb.url!;
    } else {
      folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-robust-'));
      databaseUrl = await pgliteFolderFromTemplate(path.join(folder, 'db'));
    }
    // Sessions and known ids come from the database itself, before the server owns it.
    const db = testDb ?? (await openDatabase(databaseUrl));
    const official = await db.prisma.user.create({ data: { phone: `1390000${String(crypto.randomInt(10_000)).padStart(4, '0')}`, role: 'OFFICIAL' } });
    const staff = await db.prisma.user.create({ data: { username: `robust${crypto.randomInt(1e9)}`, role: 'STAFF', displayName: '测试' } });
    const officialToken = (await createSession(db.prisma, official.id)).token;
    const staffToken = (await createSession(db.prisma, staff.id)).token;
    const card = await db.prisma.card.findFirstOrThrow({ where: { status: 'PUBLISHED' } });
    const campaign = await db.prisma.campaign.findFirst();
    knownIds.push(encodeGlobalID('Card', card.id), ...(campaign ? [encodeGlobalID('Campaign', campaign.id)] : []));
    before = await snapshot(db);
    if (!testDb) await db.close();

    sessions.push(
      { who: 'visitor', headers: () => ({ 'x-device-id': `dev-${crypto.randomUUID()}` }) },
      { who: 'official', headers: () => ({ authorization: `Bearer ${officialToken}` }) },
      { who: 'staff', headers: () => ({ authorization: `Bearer ${staffToken}` }) },
    );
    // TRUST_PROXY=1: the test stands where a proxy would, so each request can come from its own
    // address and per-address rate limits do not hide what the resolvers do with the input.
    server = await startServer({ env: { DATABASE_URL: databaseUrl, TRUST_PROXY: '1', SAMPLE_FILMS: '0', INQUIRY_HOURS: 'always', APP_SECRET: 'robust' } });
    server.process.once('exit', (code, signal) => (exited = `exited with ${code ?? signal}`));
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await testDb?.close();
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  });

  const alive = async () => {
    expect(exited, `the server process ${exited}:\n${server.output().slice(-3000)}`).toBeNull();
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  };

  it('the request that used to end the process (GET /files/%zz) is a 400', async () => {
    const answer = await rawRequest(server.url, 'GET /files/%zz HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(answer.statuses).toEqual([400]);
    await alive();
  });

  it(`${RAW_REQUESTS} malformed raw HTTP requests: no exit, no 5xx but 503, no database text, no hang (seed ${SEED})`, { timeout: 600_000 }, async () => {
    const cases = fc.sample(malformedRequest, { numRuns: RAW_REQUESTS, seed: SEED });
    const failures = new Map<string, string>();
    await inParallel(cases, 24, async (c) => {
      const answer = await rawRequest(server.url, c.bytes, { deadlineMs: 60_000 });
      const bad = answer.statuses.find((s) => s >= 500 && s !== 503);
      const why = !answer.closed
        ? 'no answer and the connection still open after 60 s'
        : bad
          ? `answered ${bad}`
          : DATABASE_ERROR_TEXT.test(answer.text)
            ? `database text: ${answer.text.match(DATABASE_ERROR_TEXT)![0]}`
            : null;
      if (why && failures.size < 40) failures.set(c.summary, `${why} — ${answer.text.slice(0, 300)}`);
    });
    expect([...failures].map(([req, why]) => `${req}\n    ${why}`)).toEqual([]);
    await alive();
  });

  it(`hostile variables for every operation in schema/operations × visitor, official, staff (seed ${SEED})`, { timeout: 600_000 }, async () => {
    const requests: { op: Operation; who: string; headers: Record<string, string>; variables: Record<string, unknown> }[] = [];
    for (const session of sessions) {
      for (const op of operations) {
        // Signing out, withdrawing consent or closing the account would end the session the rest of the run uses; a subscription without variables has nothing hostile to send.
        if ((SESSION_ENDING.has(op.name) && session.who !== 'visitor') || (op.kind === 'subscription' && !op.definition.variableDefinitions?.length)) continue;
        const arbitrary = hostileVariables(schema, op.definition.variableDefinitions ?? [], knownIds);
        for (const variables of fc.sample(arbitrary, { numRuns: PER_OPERATION, seed: SEED + requests.length }))
          requests.push({ op, who: session.who, headers: session.headers(), variables });
      }
    }
    expect(new Set(requests.map((r) => r.op.name)).size).toBeGreaterThanOrEqual(operations.length - 1);

    const failures = new Map<string, { count: number; example: string }>();
    const fail = (key: string, example: string) => {
      const f = failures.get(key) ?? { count: 0, example };
      f.count++;
      failures.set(key, f);
    };
    await inParallel(requests, 8, async ({ op, who, headers, variables }) => {
      const body = JSON.stringify({ query: op.query, variables, operationName: op.name });
      let status: number;
      let text: string;
      try {
        const res = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: op.kind === 'subscription' ? 'text/event-stream' : 'application/graphql-response+json',
            'x-forwarded-for': randomAddress(),
            ...headers,
          },
          body,
          signal: AbortSignal.timeout(60_000),
        });
        status = res.status;
        text = op.kind === 'subscription' ? await firstEvent(res) : await res.text();
      } catch (err) {
        // A body over the JSON limit is refused with 413 before it is read, and the connection closed: the
        // client may see the close before the answer. The server staying up is checked after the run.
        if (Buffer.byteLength(body) > BODY_LIMITS.json) return;
        return fail(`${op.name} (${who}): no answer`, `${(err as Error).message}; variables ${body.slice(0, 300)}`);
      }
      if (status >= 500 && status !== 503) fail(`${op.name} (${who}): HTTP ${status}`, `${text.slice(0, 300)}; variables ${body.slice(0, 300)}`);
      const leaked = DATABASE_ERROR_TEXT.exec(text);
      if (leaked)
        fail(`${op.name} (${who}): database error text`, `${messageAround(text, leaked.index)}; variables ${JSON.stringify(variables).slice(0, 300)}`);
      if (op.kind === 'mutation' && isAccepted(text)) accepted.set(op.name, (accepted.get(op.name) ?? 0) + 1);
    });
    console.log(`[robustness] ${requests.length} GraphQL requests; accepted mutations: ${JSON.stringify(Object.fromEntries(accepted))}`);
    expect(
      [...failures].map(([key, f]) => `${key} ×${f.count}\n    e.g. ${f.example}`),
      'operations whose hostile variables got an error answer',
    ).toEqual([]);
    await alive();
  });

  it('the database holds no write that an accepted mutation does not explain', { timeout: 120_000 }, async () => {
    await alive();
    let after: Record<string, string>;
    if (testDb) after = await snapshot(testDb);
    else {
      // PGlite: one process per folder, so look once the server has shut down cleanly.
      const exit = new Promise<number | null>((resolve) => server.process.once('exit', resolve));
      server.process.kill('SIGTERM');
      expect(await exit).toBe(0);
      const db = await openDatabase(databaseUrl);
      after = await snapshot(db);
      await db.close();
    }
    const explained = new Set([...accepted.keys()].flatMap((op) => WRITES[op] ?? []));
    const unexplained = Object.keys(before)
      .filter((t) => before[t] !== after[t] && !explained.has(t))
      .map((t) => `${t}: ${before[t]} → ${after[t]}`);
    expect(unexplained, `accepted mutations: ${[...accepted.keys()].join(', ') || 'none'}`).toEqual([]);
  });
});

/** The first event of a Server-Sent Events answer (an error or the first result), then the stream is dropped. */
async function firstEvent(res: Response): Promise<string> {
  if (!res.headers.get('content-type')?.includes('text/event-stream')) return res.text();
  const reader = res.body!.getReader();
  let text = '';
  while (!/\n\n/.test(text.replace(/^:[^\n]*\n\n/gm, ''))) {
    const { done, value } = await reader.read();
    if (done) break;
    text += new TextDecoder().decode(value);
  }
  await reader.cancel();
  return text;
}

function isAccepted(text: string): boolean {
  try {
    const body = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: unknown[] };
    if (body.errors?.length || !body.data) return false;
    const value = Object.values(body.data)[0] as { __typename?: string } | boolean | null;
    return value !== null && value !== false && !(typeof value === 'object' && ERROR_TYPES.has(value.__typename ?? ''));
  } catch {
    return false;
  }
}

function messageAround(text: string, index: number): string {
  return text.slice(Math.max(0, index - 150), index + 150).replace(/\s+/g, ' ');
}
