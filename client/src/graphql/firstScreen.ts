// The H5 home page arrives with its first query's answer in the HTML (server/src/http/first-screen.ts).
// The first query of that operation takes it instead of a round trip; later ones ask the server.
import type { DocumentInput } from '@urql/core';

const ELEMENT_ID = 'first-screen-data';

function operationName(query: DocumentInput<unknown, never>): string | undefined {
  if (typeof query === 'string') return /\b(?:query|mutation|subscription)\s+(\w+)/.exec(query)?.[1];
  const definition = query.definitions.find((d) => d.kind === 'OperationDefinition');
  return definition && 'name' in definition ? definition.name?.value : undefined;
}

/** The data the page came with for this query (once; the element is removed), or undefined. */
export function takeFirstScreenData<Data>(query: DocumentInput<Data, never>, variables: unknown): Data | undefined {
  if (!IS_H5 || typeof document === 'undefined') return undefined;
  const element = document.getElementById(ELEMENT_ID);
  if (!element || element.dataset.operation !== operationName(query as DocumentInput<unknown, never>)) return undefined;
  if (variables && Object.keys(variables).length) return undefined;
  element.remove();
  try {
    return JSON.parse(element.textContent ?? '') as Data;
  } catch {
    return undefined;
  }
}
