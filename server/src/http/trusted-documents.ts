// Trusted documents: the operations in schema/operations, by the sha256 of their text
// (schema/generated/persisted-operations.json, made by `pnpm schema`). Clients send the hash;
// with TRUSTED_DOCUMENTS on (the default in production) nothing else is executed, so a hostile
// client cannot send a document of its own at all.
import { createRequire } from 'node:module';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';

const manifest: Record<string, string> = createRequire(import.meta.url)('@cards/schema/persisted-operations.json');

/** The text of a trusted operation, or null. */
export function trustedDocument(hash: unknown): string | null {
  return typeof hash === 'string' && Object.hasOwn(manifest, hash) ? manifest[hash] : null;
}

/** The hash a request names in extensions.persistedQuery.sha256Hash (the Apollo / urql convention). */
export function persistedHashOf(extensions: unknown): string | null {
  const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  return typeof hash === 'string' ? hash : null;
}

export const TRUSTED_ONLY_MESSAGE = '只接受本应用的查询（Only the app’s own operations are accepted）';
export const UNKNOWN_DOCUMENT_MESSAGE = '查询不存在或已过期，请更新应用（Unknown operation: update the app）';

export function trustedDocumentsPlugin(trustedOnly: boolean): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (hash) => trustedDocument(hash),
    allowArbitraryOperations: !trustedOnly,
    customErrors: {
      // Bad requests (400), as the GraphQL-over-HTTP spec suggests for invalid parameters.
      notFound: { message: UNKNOWN_DOCUMENT_MESSAGE, extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } } },
      persistedQueryOnly: { message: TRUSTED_ONLY_MESSAGE, extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } } },
      keyNotFound: { message: TRUSTED_ONLY_MESSAGE, extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } } },
    },
  }) as Plugin;
}
