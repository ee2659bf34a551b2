import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { createYogaApp } from '../../server/src/http/server.js';
import type { Database } from '../../server/src/db/connection.js';

/** Sends GraphQL requests through the real yoga handler (HTTP semantics, in process). */
export function graphqlClient(db: Database) {
  const yoga = createYogaApp(db, { production: false });
  async function request<R = Record<string, any>, V = Record<string, unknown>>(
    document: string | TypedDocumentNode<R, V>,
    variables?: V,
  ): Promise<ExecutionResult<R>> {
    const query = typeof document === 'string' ? document : print(document);
    const res = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as ExecutionResult<R>;
  }
  /** Like request, but fails the test on any GraphQL error. */
  async function data<R = Record<string, any>, V = Record<string, unknown>>(document: string | TypedDocumentNode<R, V>, variables?: V): Promise<R> {
    const result = await request(document, variables);
    if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join('\n'));
    return result.data as R;
  }
  return { request, data };
}
