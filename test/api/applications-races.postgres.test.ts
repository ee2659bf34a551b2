// Races on PostgreSQL with real concurrency (many trials):
// - a submit racing a draft save that empties the form never leaves a SUBMITTED application that
//   breaks the form's rules (what is checked is the row as it is submitted, locked), in free-running
//   trials and with each order forced by queueing the requests on a held row lock;
// - twelve uploads at once to an application that allows five store five, not more.
import crypto from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { validateApplication, APPLICATION_LIMITS } from '@cards/schema/rules';
import { LIMITS, RateLimits } from '../../server/src/modules/auth/rate-limits.js';
import { graphqlClient, testServices } from '../support/graphql.js';
import { signInOfficial } from '../support/accounts.js';
import { PDF, postUpload, SAVE_DRAFT, SUBMIT, uploadForm, validForm } from '../support/applications.js';
import { describeOnPostgres } from '../support/services.js';
import { openTestDatabase, type TestDatabase } from '../support/db.js';

const EMPTY_FORM = { regionCode: '', leadUnit: '', leadingIndustries: [], featuredIndustries: [], intro: '', contactName: '', contactTitle: '', phone: '' };

describeOnPostgres('application races on PostgreSQL', () => {
  let db: TestDatabase;
  let gql: ReturnType<typeof graphqlClient>;
  let official: { token: string };
  let cities: string[];

  beforeAll(async () => {
    db = await openTestDatabase();
    const roomy = new RateLimits(null, {
      ...LIMITS,
      attachmentUploadPerUser: { points: 100_000, durationSeconds: 3600 },
      codePerIp: { points: 1000, durationSeconds: 3600 },
    });
    gql = graphqlClient(db, testServices({}, { rateLimits: roomy }));
    official = await signInOfficial(gql);
    const campaign = await db.prisma.campaign.findFirstOrThrow({ where: { opensAt: { lte: new Date() }, closesAt: { gt: new Date() } } });
    const regions = await db.prisma.region.findMany({
      where: { level: { in: campaign.admittedLevels } },
      select: { code: true },
      orderBy: { code: 'asc' },
      take: 200,
    });
    cities = regions.map((r) => r.code);
  });
  afterAll(async () => {
    await gql?.services.close();
    await db?.close();
  });

  it('submit against a save that empties the form: never a SUBMITTED application that breaks the rules', { timeout: 300_000 }, async () => {
    const me = gql.as(official.token);
    // Free-running trials: whichever order the database picks, what is asserted of every trial is the same.
    for (let trial = 0; trial < 30; trial++) {
      const { id, v } = await freshDraft(trial);
      const save = () => me.request(SAVE_DRAFT, { id, input: EMPTY_FORM, expectedVersion: v });
      const submits = () => [me.request(SUBMIT, { id, v: v + 1 }), me.request(SUBMIT, { id, v })];
      await Promise.all(trial % 2 === 0 ? [save(), ...submits()] : [...submits(), save()]);
      const row = await rowOf(id);
      if (row.status === 'SUBMITTED') expect(validateApplication(row, 'submit')).toEqual([]);
      else expect(row.status).toBe('DRAFT');
    }
  });

  // Each order forced: both requests are in flight, queued on the row's lock in a known order.
  it('the submit queued first on the locked row wins; the save after it is refused', { timeout: 60_000 }, async () => {
    const { id, v } = await freshDraft(40);
    const me = gql.as(official.token);
    const [submitted, saved] = await inLockOrder(id, [
      () => me.request(SUBMIT, { id, v }),
      () => me.request(SAVE_DRAFT, { id, input: EMPTY_FORM, expectedVersion: v }),
    ]);
    expect(submitted.data?.submitApplication.__typename).toBe('Application');
    expect(saved.data?.saveApplicationDraft).toMatchObject({ __typename: 'ActionRefused', code: 'NOT_EDITABLE' });
    const row = await rowOf(id);
    expect(row.status).toBe('SUBMITTED');
    expect(validateApplication(row, 'submit')).toEqual([]);
  });

  it('the save queued first empties the form; the submit after it checks the emptied row and is refused', { timeout: 60_000 }, async () => {
    const { id, v } = await freshDraft(41);
    const me = gql.as(official.token);
    const [saved, submitted] = await inLockOrder(id, [
      () => me.request(SAVE_DRAFT, { id, input: EMPTY_FORM, expectedVersion: v }),
      () => me.request(SUBMIT, { id, v: v + 1 }),
    ]);
    expect(saved.data?.saveApplicationDraft.__typename).toBe('Application');
    expect(submitted.data?.submitApplication.__typename).toBe('ValidationError');
    const row = await rowOf(id);
    expect(row.status).toBe('DRAFT');
    expect(row.version).toBe(v + 1);
  });

  /** A saved, valid draft for one of the admitted regions. */
  async function freshDraft(index: number): Promise<{ id: string; v: number }> {
    const { saveApplicationDraft: draft } = await gql.as(official.token).data(SAVE_DRAFT, { input: validForm({ regionCode: cities[index] }) });
    expect(draft.__typename).toBe('Application');
    return { id: draft.id, v: draft.version };
  }

  function rowOf(globalId: string) {
    return db.prisma.application.findFirstOrThrow({ where: { id: Buffer.from(globalId, 'base64').toString().split(':')[1] } });
  }

  /**
   * Holds the application's row lock from another connection, starts each request only once the one
   * before it is waiting for that lock, then lets go: PostgreSQL hands a row lock to its waiters in
   * the order they queued, so the requests reach the row in the order given.
   */
  async function inLockOrder<T>(globalId: string, requests: Array<() => Promise<T>>): Promise<T[]> {
    const holder = new pg.Client({ connectionString: db.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT "id" FROM "Application" WHERE "id" = $1 FOR UPDATE', [Buffer.from(globalId, 'base64').toString().split(':')[1]]);
      const running: Promise<T>[] = [];
      for (const request of requests) {
        running.push(request());
        await waitForLockWaiters(holder, running.length);
      }
      await holder.query('COMMIT');
      return await Promise.all(running);
    } finally {
      await holder.end();
    }
  }

  /** Polls (with a deadline) until this many other sessions of the database wait on a lock. */
  async function waitForLockWaiters(client: pg.Client, count: number): Promise<void> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
      );
      if (rows[0].n >= count) return;
      if (Date.now() > deadline) throw new Error(`expected ${count} requests waiting on the row lock, saw ${rows[0].n}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  it('twelve uploads at once where five are allowed store five', { timeout: 300_000 }, async () => {
    for (let trial = 0; trial < 5; trial++) {
      const { saveApplicationDraft: draft } = await gql.as(official.token).data(SAVE_DRAFT, { input: validForm({ regionCode: cities[100 + trial] }) });
      const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => upload(draft.id, `附件${i}.pdf`)));
      const stored = await db.prisma.attachment.count({ where: { application: { id: Buffer.from(draft.id, 'base64').toString().split(':')[1] } } });
      expect(stored).toBe(APPLICATION_LIMITS.attachment.maxCount);
      expect(answers.filter((a) => a === 'Attachment')).toHaveLength(APPLICATION_LIMITS.attachment.maxCount);
      expect(answers.filter((a) => a === 'ValidationError')).toHaveLength(12 - APPLICATION_LIMITS.attachment.maxCount);
    }
  });

  /** A GraphQL multipart upload through the real handler; answers the result's typename. */
  async function upload(applicationId: string, name: string): Promise<string> {
    const form = uploadForm(
      `mutation($id: ID!, $file: File!, $key: String) { uploadApplicationAttachment(applicationId: $id, file: $file, clientKey: $key) { __typename } }`,
      { id: applicationId, key: crypto.randomUUID() },
      new Blob([PDF], { type: 'application/pdf' }),
      name,
    );
    const body = (await postUpload(gql.yoga, 'http://localhost/graphql', form, official.token)) as {
      data?: { uploadApplicationAttachment: { __typename: string } };
      errors?: unknown;
    };
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data.uploadApplicationAttachment.__typename;
  }
});
