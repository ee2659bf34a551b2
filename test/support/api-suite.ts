// What most API test files set up: a private seeded database and an in-process GraphQL client,
// opened before the file's tests and closed after them.
import { afterAll, beforeAll } from 'vitest';
import { openTestDatabase, type TestDatabase } from './db.js';
import { graphqlClient, testServices } from './graphql.js';

export interface ApiSuite {
  db: TestDatabase;
  gql: ReturnType<typeof graphqlClient>;
}

export function apiSuite(env: Record<string, string> = {}): ApiSuite {
  const suite = {} as ApiSuite;
  beforeAll(async () => {
    suite.db = await openTestDatabase();
    suite.gql = graphqlClient(suite.db, testServices(env));
  });
  afterAll(async () => {
    await suite.gql?.services.close();
    await suite.db?.close();
  });
  return suite;
}
