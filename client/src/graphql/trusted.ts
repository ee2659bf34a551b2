// Trusted documents: built apps send each operation as the sha256 of its text (made by
// `pnpm schema`), never the text itself; the production server executes nothing else.
// Outside a Taro build (unit tests) the full text is sent.
import { PERSISTED_HASHES } from '@cards/schema/persisted';
import type { TypedDocumentNode } from '@urql/core';

type DocumentNode = TypedDocumentNode<any, any>;

declare const TRUSTED_DOCUMENTS: boolean | undefined;

export const hashesOnly: boolean = typeof TRUSTED_DOCUMENTS !== 'undefined' && TRUSTED_DOCUMENTS === true;

export function operationName(document: DocumentNode): string | null {
  for (const d of document.definitions) if (d.kind === 'OperationDefinition') return d.name?.value ?? null;
  return null;
}

export function persistedHash(document: DocumentNode): string | null {
  const name = operationName(document);
  return (name && PERSISTED_HASHES[name]) || null;
}

/** The request fields for an operation: the hash (as extensions.persistedQuery) and, unless built for production, the text. */
export function operationFields(
  document: DocumentNode,
  text: () => string,
): { query: string; extensions?: { persistedQuery: { version: 1; sha256Hash: string } } } {
  const hash = persistedHash(document);
  if (!hash) return { query: text() };
  const extensions = { persistedQuery: { version: 1 as const, sha256Hash: hash } };
  return hashesOnly ? { query: '', extensions } : { query: text(), extensions };
}
