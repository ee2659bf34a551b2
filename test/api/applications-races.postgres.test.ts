// Races on PostgreSQL with real concurrency (many trials):
// - a submit racing a draft save that empties the form never leaves a SUBMITTED application that
//   breaks the form's rules (what is checked is the row as it is submitted, locked);
// - twelve uploads at once to an application that allows five store five, not more.
import crypto from 'node:crypto';
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
    const outcomes = new Set<string>();
    // At least 40 trials, and on until both outcomes have been seen (or the regions run out): on a busy
    // machine one order can win many times in a row. Odd trials send the submits first, so both orders
    // are tried; what is asserted of every trial is the same.
    for (let trial = 0; trial < 100 && (trial < 40 || outcomes.size < 2); trial++) {
      const { saveApplicationDraft: draft } = await me.data(SAVE_DRAFT, { input: validForm({ regionCode: cities[trial] }) });
      expect(draft.__typename).toBe('Application');
      const v = draft.version;
      // The save and two submits at once: one expecting the version before the save, one after it.
      const save = () => me.request(SAVE_DRAFT, { id: draft.id, input: EMPTY_FORM, expectedVersion: v });
      const submits = () => [me.request(SUBMIT, { id: draft.id, v: v + 1 }), me.request(SUBMIT, { id: draft.id, v })];
      await Promise.all(trial % 2 === 0 ? [save(), ...submits()] : [...submits(), save()]);
      const row = await db.prisma.application.findFirstOrThrow({ where: { id: Buffer.from(draft.id, 'base64').toString().split(':')[1] } });
      outcomes.add(row.status);
      if (row.status === 'SUBMITTED') expect(validateApplication(row, 'submit')).toEqual([]);
      else expect(row.status).toBe('DRAFT');
    }
    // Both ways happened at least once over the trials, or the race was not exercised.
    expect([...outcomes].sort()).toEqual(['DRAFT', 'SUBMITTED']);
  });

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
