// A live GraphQL subscription, whatever carries it (SSE on H5, WebSocket on weapp).
import { stringifyDocument, type TypedDocumentNode } from '@urql/core';
import { operationFields } from '../../../graphql/trusted';

export interface LiveHandlers<Data> {
  next(data: Data): void;
  /** The stream is (re)established: `reconnected` after a drop. Events in between may be lost. */
  connected?(reconnected: boolean): void;
  error?(error: unknown): void;
}

export interface LiveTransport {
  subscribe<Data, Variables extends Record<string, unknown>>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
    handlers: LiveHandlers<Data>,
  ): () => void;
  /** Closes every connection. */
  dispose(): void;
}

/** The operation as sent: by hash in built apps (trusted documents), with its text elsewhere. */
export function operationRequest(document: TypedDocumentNode<any, any>) {
  return operationFields(document, () => stringifyDocument(document));
}

/** Waits longer after each failed attempt, up to 15 s, with jitter so that clients spread out. */
export function backoff(attempt: number): Promise<void> {
  const ms = Math.min(15_000, 500 * 2 ** attempt) * (0.75 + Math.random() * 0.5);
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The sink both graphql-sse and graphql-ws take: data goes to `next`, GraphQL errors and failures to `error`. */
export function resultSink<Data>(handlers: LiveHandlers<Data>) {
  return {
    next: (result: { data?: unknown; errors?: readonly unknown[] }) => {
      if (result.data) handlers.next(result.data as Data);
      else if (result.errors?.length) handlers.error?.(result.errors);
    },
    error: (err: unknown) => handlers.error?.(err),
    complete: () => {},
  };
}
