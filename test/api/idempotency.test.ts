// Idempotency keys on the requests that create things: a retry after a lost response (or the same
// request twice at once) creates one draft, one submission, one attachment, one message.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient } from '../support/graphql.js';
import { signInOfficial } from '../support/accounts.js';
import { postUpload, uploadForm, validForm } from '../support/applications.js';

let db: TestDatabase;
let gql: ReturnType<typeof graphqlClient>;
let official: { token: string; userId: string };

beforeAll(async () => {
  db = await openTestDatabase();
  gql = graphqlClient(db);
  official = await signInOfficial(gql);
});
afterAll(async () => {
  await gql?.services.close();
  await db?.close();
});

const DRAFT = `mutation($input: ApplicationInput!, $key: String) { saveApplicationDraft(input: $input, clientKey: $key) { __typename ... on Application { id version } ... on Error { message code } } }`;
const SUBMIT = `mutation($id: ID!, $v: Int!, $key: String) { submitApplication(id: $id, expectedVersion: $v, clientKey: $key) { __typename ... on Application { id status reference version } ... on Error { message code } } }`;

describe('idempotency keys', () => {
  it('creating a draft twice with one key makes one draft', async () => {
    const key = crypto.randomUUID();
    const me = gql.as(official.token);
    const results = await Promise.all([1, 2, 3].map(() => me.data(DRAFT, { input: validForm({ regionCode: '440100' }), key })));
    expect(new Set(results.map((r) => r.saveApplicationDraft.id)).size).toBe(1);
    const owner = await db.prisma.user.findFirstOrThrow({ where: { phone: official.phone } });
    expect(await db.prisma.application.count({ where: { ownerId: owner.id, regionCode: '440100' } })).toBe(1);
  });

  it('a retried submit answers like the first one, with one submission and one reference', async () => {
    const me = gql.as(official.token);
    const { saveApplicationDraft: draft } = await me.data(DRAFT, { input: validForm({ regionCode: '440300' }), key: crypto.randomUUID() });
    const key = crypto.randomUUID();
    const [a, b] = await Promise.all([1, 2].map(() => me.data(SUBMIT, { id: draft.id, v: draft.version, key })));
    const retry = await me.data(SUBMIT, { id: draft.id, v: draft.version, key });
    for (const r of [a, b, retry]) expect(r.submitApplication).toMatchObject({ __typename: 'Application', status: 'SUBMITTED' });
    expect(new Set([a, b, retry].map((r) => r.submitApplication.reference)).size).toBe(1);
    const events = await db.prisma.applicationEvent.count({ where: { application: { regionCode: '440300' }, to: 'SUBMITTED' } });
    expect(events).toBe(1);
    // Without the key, the same stale request is a conflict, as before.
    expect((await me.data(SUBMIT, { id: draft.id, v: draft.version })).submitApplication).toMatchObject({ code: 'VERSION_CONFLICT' });
    // A malformed key is refused plainly.
    expect((await me.data(SUBMIT, { id: draft.id, v: draft.version, key: 'bad key!' })).submitApplication.__typename).toBe('ValidationError');
  });

  it('an attachment uploaded twice with one key is stored once', async () => {
    const me = gql.as(official.token);
    const { saveApplicationDraft: draft } = await me.data(DRAFT, { input: validForm({ regionCode: '440600' }), key: crypto.randomUUID() });
    const key = crypto.randomUUID();
    const upload = async () => {
      const form = uploadForm(
        `mutation($id: ID!, $file: File!, $key: String) { uploadApplicationAttachment(applicationId: $id, file: $file, clientKey: $key) { __typename ... on Attachment { id } ... on Error { message } } }`,
        { id: draft.id, key },
        new Blob([new TextEncoder().encode('%PDF-1.4\n%%EOF\n')], { type: 'application/pdf' }),
        '规划.pdf',
      );
      return (await postUpload(gql.yoga, 'http://localhost/graphql', form, official.token)).data.uploadApplicationAttachment;
    };
    const results = await Promise.all([upload(), upload()]);
    const again = await upload();
    expect(new Set([...results, again].map((r) => r.id)).size).toBe(1);
    expect(await db.prisma.attachment.count({ where: { application: { regionCode: '440600' } } })).toBe(1);
  });
});
