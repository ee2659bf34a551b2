// GraphQL over WebSocket (graphql-transport-ws) at /graphql, for the mini-program, which has no
// EventSource. Operations run through yoga's envelop, so they get the same context, plugins and
// error masking as HTTP requests. Auth comes in connection_init's payload
// ({ authorization: "Bearer …", "x-device-id": "…" }): a socket has no headers of its own.
import type http from 'node:http';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { GraphQLError, type ExecutionArgs } from 'graphql';
import { TRUSTED_ONLY_MESSAGE, UNKNOWN_DOCUMENT_MESSAGE, persistedHashOf, trustedDocument } from './trusted-documents.js';
import type { YogaServerInstance } from 'graphql-yoga';
import type { Context } from '../context.js';

/** What each request starts from: the Node request, and on a WebSocket its connection_init payload. */
export interface ServerContext {
  req: http.IncomingMessage;
  connectionParams?: Record<string, unknown>;
}

type Yoga = YogaServerInstance<ServerContext, Context>;

interface EnvelopedRoot {
  execute: (args: ExecutionArgs) => unknown;
  subscribe: (args: ExecutionArgs) => unknown;
}

export function attachWebSocket(server: http.Server, yoga: Yoga, production: boolean, trustedOnly: boolean) {
  const wss = new WebSocketServer({ server, path: yoga.graphqlEndpoint, maxPayload: 64 * 1024 });
  const disposable = useServer(
    {
      isProd: production,
      execute: (args) => (args.rootValue as EnvelopedRoot).execute(args) as never,
      subscribe: (args) => (args.rootValue as EnvelopedRoot).subscribe(args) as never,
      onSubscribe: async (ctx, _id, payload) => {
        // Trusted documents, as over HTTP: the hash names the operation; otherwise only outside production.
        const hash = persistedHashOf(payload.extensions);
        const query = hash ? trustedDocument(hash) : trustedOnly ? null : payload.query;
        if (!query) return [new GraphQLError(hash ? UNKNOWN_DOCUMENT_MESSAGE : TRUSTED_ONLY_MESSAGE)];
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          connectionParams: ctx.connectionParams,
          params: payload,
        } as never);
        const args = {
          schema,
          operationName: payload.operationName,
          document: parse(query),
          variableValues: payload.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
        const errors = validate(args.schema, args.document);
        if (errors.length) return errors;
        return args;
      },
    },
    wss,
  );
  return {
    /** Closes every socket (code 1001, going away), so clients reconnect elsewhere. */
    close: async () => {
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
