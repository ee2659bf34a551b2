// Field errors carry the rule's code and numbers, so a client words them in its user's language (issue 14).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient, testServices } from '../support/graphql.js';
import { signInOfficial } from '../support/accounts.js';
import { validForm } from '../support/applications.js';

let db: TestDatabase;
let gql: ReturnType<typeof graphqlClient>;
beforeAll(async () => {
  db = await openTestDatabase();
  gql = graphqlClient(db, testServices({}));
});
afterAll(async () => {
  await gql?.services.close();
  await db?.close();
});

it('a refused draft names the rule and its numbers beside the Chinese sentence', async () => {
  const official = await signInOfficial(gql);
  const { saveApplicationDraft: r } = await gql.as(official.token).data(
    `mutation($input: ApplicationInput!) { saveApplicationDraft(input: $input) { __typename
      ... on ValidationError { fieldErrors { field message code params { name value } } } } }`,
    { input: validForm({ leadUnit: '单'.repeat(61), phone: '12345' }) },
  );
  expect(r.__typename).toBe('ValidationError');
  expect(r.fieldErrors).toEqual([
    { field: 'leadUnit', message: '牵头单位不能超过 60 个字（中文按一个字计）', code: 'TOO_LONG', params: [{ name: 'max', value: '60' }] },
    { field: 'phone', message: expect.stringContaining('联系电话格式不正确'), code: 'INVALID_PHONE', params: [] },
  ]);
});
