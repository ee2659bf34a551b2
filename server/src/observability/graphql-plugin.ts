// Watches GraphQL operations for the request log and /metrics: which operation a request ran,
// who asked (the viewer's role, never who exactly), the codes of its errors, live subscriptions
// by transport, response-cache hits and misses; logs unexpected errors with the request id.
import type http from 'node:http';
import { GraphQLError, getOperationAST, type DocumentNode, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { trustedDocument, persistedHashOf } from '../http/trusted-documents.js';
import { UserError } from '../domain/errors.js';
import { requestLogger } from './logger.js';
import { graphqlDuration, graphqlErrors, openSubscriptions, operationLabel, operationOf, responseCacheLookups } from './metrics.js';
import { recordOf } from './request-record.js';

interface ObservedContext {
  req?: http.IncomingMessage;
  request?: Request;
  /** Set on operations that arrive over the WebSocket. */
  socket?: unknown;
  viewer?: { role?: string };
}

const CACHE_HIT = Symbol.for('servedFromResponseCache');

export function observabilityPlugin(options: { responseCache: boolean }): Plugin {
  return {
    onParams({ params, context }) {
      const record = recordOf((context as ObservedContext).req);
      if (!record) return;
      // Before execution (and for answers from the cache, which never execute): what the request names.
      const text = params.query ?? trustedDocument(persistedHashOf(params.extensions));
      const declared = operationOf(text);
      record.operation = operationLabel(params.operationName ?? declared.name);
      record.operationType = declared.type ?? undefined;
    },
    onExecute({ args }) {
      const ctx = args.contextValue as ObservedContext;
      const { operation, type } = describe(args.document, args.operationName);
      const websocket = Boolean(ctx.socket);
      noteOperation(ctx, operation, type);
      if (options.responseCache && !websocket && type === 'query' && !ctx.request?.headers.get('authorization')) responseCacheLookups.inc({ result: 'miss' });
      const stop = websocket ? graphqlDuration.startTimer({ operation, type, transport: 'websocket' }) : null;
      return {
        onExecuteDone({ result }) {
          stop?.();
          if (!isAsyncIterable(result)) logUnexpected(ctx, operation, result);
        },
      };
    },
    onSubscribe({ args }) {
      const ctx = args.contextValue as ObservedContext;
      const { operation, type } = describe(args.document, args.operationName);
      noteOperation(ctx, operation, type);
      const transport = ctx.socket ? 'websocket' : 'sse';
      return {
        onSubscribeResult({ result }) {
          if (!isAsyncIterable(result)) return;
          openSubscriptions.inc({ transport });
          let open = true;
          return {
            onEnd() {
              if (!open) return;
              open = false;
              openSubscriptions.dec({ transport });
            },
          };
        },
      };
    },
    onResultProcess({ result, serverContext }) {
      if (isAsyncIterable(result)) return;
      const results = Array.isArray(result) ? result : [result];
      const record = recordOf((serverContext as ObservedContext).req);
      for (const single of results) {
        const codes = (single.errors ?? []).map(codeOf);
        for (const code of codes) graphqlErrors.inc({ code });
        if (record && codes.length) record.errors = [...(record.errors ?? []), ...codes];
        if ((single as Record<symbol, unknown>)[CACHE_HIT]) {
          responseCacheLookups.inc({ result: 'hit' });
          if (record) record.cached = true;
        }
      }
    },
  };
}

function describe(document: DocumentNode, operationName?: string | null): { operation: string; type: string } {
  const ast = getOperationAST(document, operationName);
  return { operation: operationLabel(ast?.name?.value), type: ast?.operation ?? 'query' };
}

function noteOperation(ctx: ObservedContext, operation: string, type: string) {
  const record = recordOf(ctx.req);
  if (!record || ctx.socket) return; // a WebSocket's upgrade request is not this operation's request
  record.operation = operation;
  record.operationType = type;
  record.role = ctx.viewer?.role;
}

/** A bounded label: codes are upper-case words (ours and GraphQL's); anything else is OTHER. */
function codeOf(error: { extensions?: Record<string, unknown> }): string {
  const code = error.extensions?.code;
  return typeof code === 'string' && /^[A-Z][A-Z0-9_]{0,47}$/.test(code) ? code : 'OTHER';
}

/** Errors that are not GraphQL's or ours (a bug, a dead database): logged with the request id, before masking. */
function logUnexpected(ctx: ObservedContext, operation: string, result: ExecutionResult) {
  for (const error of result.errors ?? []) {
    const original = error.originalError;
    if (!original || original instanceof GraphQLError || original instanceof UserError) continue;
    requestLogger(ctx.req).error({ err: original, operation, path: error.path?.join('.') }, 'unexpected error in a GraphQL operation');
  }
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
