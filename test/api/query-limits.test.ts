// Query limits (graphql-armor): every operation the client uses passes at half of each limit, and
// each limit refuses an abusive document before it runs. Production also hides field suggestions
// and refuses introspection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print, type DocumentNode } from 'graphql';
import { createYoga } from 'graphql-yoga';
import * as operations from '@cards/schema';
import { schema } from '../../server/src/schema/index.js';
import { QUERY_LIMITS, queryLimitsPlugin, type QueryLimits } from '../../server/src/http/query-limits.js';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient, testServices } from '../support/graphql.js';

let db: TestDatabase;
let gql: ReturnType<typeof graphqlClient>;
let prod: ReturnType<typeof graphqlClient>;

beforeAll(async () => {
  db = await openTestDatabase();
  gql = graphqlClient(db);
  // Trusted documents off, to see the other production protections on their own.
  prod = graphqlClient(db, testServices({ NODE_ENV: 'production', TRUSTED_DOCUMENTS: '0' }));
});
afterAll(async () => {
  await gql?.services.close();
  await prod?.services.close();
  await db?.close();
});

const clientOperations = Object.entries(operations).filter(([name, doc]) => name.endsWith('Document') && (doc as DocumentNode).kind === 'Document') as [
  string,
  DocumentNode,
][];

describe('our own operations', () => {
  it('all pass at half of every limit', () => {
    expect(clientOperations.length).toBeGreaterThan(50);
    const half = Object.fromEntries(Object.entries(QUERY_LIMITS).map(([k, v]) => [k, Math.floor(v / 2)])) as unknown as QueryLimits;
    const { parse, validate, schema: s } = createYoga({ schema, plugins: [queryLimitsPlugin(half)] }).getEnveloped({});
    const refused: string[] = [];
    for (const [name, doc] of clientOperations) {
      try {
        const errors = validate(s, parse(print(doc)));
        if (errors.length) refused.push(`${name}: ${errors[0].message}`);
      } catch (err) {
        refused.push(`${name}: ${(err as Error).message}`);
      }
    }
    expect(refused).toEqual([]);
  });
});

describe('abusive documents are refused', () => {
  const refusal = async (query: string, client = gql) => {
    const r = await client.request(query);
    expect(r.data ?? null).toBeNull();
    return r.errors?.map((e) => e.message).join('\n') ?? '';
  };

  it('too deep', async () => {
    const nested = (n: number): string => (n === 0 ? 'name' : `name parent { ${nested(n - 1)} }`);
    expect(await refusal(`{ regions(parentCode: null) { ${nested(QUERY_LIMITS.depth + 2)} } }`)).toMatch(/depth limit of 10 exceeded/);
  });

  it('too many aliases', async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.aliases + 1 }, (_, i) => `a${i}: botAnswer(question: "你好") { text }`).join(' ');
    expect(await refusal(`{ ${aliases} }`)).toMatch(/Aliases limit of 10 exceeded/);
  });

  it('too costly', async () => {
    const node =
      'edges { node { id title slug concept region { name fullName parent { name parent { name } } } figures { label value unit } films { id title } } }';
    const many = Array.from({ length: 8 }, (_, i) => `c${i}: cards(first: 100) { ${node} }`).join(' ');
    expect(await refusal(`{ ${many} }`)).toMatch(/Query Cost limit of 20000 exceeded/);
  });

  it('too many tokens', async () => {
    const fields = Array.from({ length: QUERY_LIMITS.tokens }, () => '__typename').join(' ');
    expect(await refusal(`{ ${fields} }`)).toMatch(/Token limit of 1000 exceeded/);
  });

  it('too many directives', async () => {
    const directives = Array.from({ length: QUERY_LIMITS.directives + 1 }, () => '@include(if: true)').join(' ');
    expect(await refusal(`{ __typename ${directives} }`)).toMatch(/Directives limit of 10 exceeded/);
  });
});

describe('production mode', () => {
  it('refuses introspection and gives no field suggestions', async () => {
    expect(await refusal2(prod, '{ __schema { types { name } } }')).toMatch(/introspection/i);
    const typo = await prod.request('{ cardz(first: 1) { totalCount } }');
    expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
    const dev = await gql.request('{ cardz(first: 1) { totalCount } }');
    expect(dev.errors?.[0].message).toMatch(/Did you mean .*"cards"/);
  });
});

async function refusal2(client: ReturnType<typeof graphqlClient>, query: string) {
  const r = await client.request(query);
  return r.errors?.map((e) => e.message).join('\n') ?? '';
}
