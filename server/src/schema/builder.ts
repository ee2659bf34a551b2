import SchemaBuilder from '@pothos/core';
import { GraphQLError } from 'graphql';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ErrorsPlugin from '@pothos/plugin-errors';
import InputGuardPlugin from './input-guard.js';
import { ValidationError } from '../domain/errors.js';
import type PrismaTypes from '../generated/pothos-types.js';
import { getDatamodel } from '../generated/pothos-types.js';
import type { Context } from '../context.js';
import { scopesOf } from '../modules/auth/auth.policy.js';
import { setting } from '../config.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  Scalars: { DateTime: { Input: Date; Output: Date }; File: { Input: File; Output: never }; JSON: { Input: unknown; Output: unknown } };
  DefaultFieldNullability: false;
  AuthScopes: { signedIn: boolean; staff: boolean; admin: boolean };
}>({
  // InputGuard last: innermost, so its ValidationError becomes a typed result (see input-guard.ts).
  plugins: [ScopeAuthPlugin, ErrorsPlugin, PrismaPlugin, RelayPlugin, InputGuardPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => scopesOf(ctx.viewer),
    // A subscription's authScopes are checked when it starts (before any event), like a query's.
    authorizeOnSubscribe: true,
    // A GraphQLError with a code: shown as is in production (a plain Error would be masked and
    // logged as unexpected), and the client can tell "sign in first" from "not yours".
    unauthorizedError: (_parent, ctx) =>
      new GraphQLError('没有权限执行此操作（Not allowed）', { extensions: { code: ctx.viewer.userId === null ? 'UNAUTHENTICATED' : 'FORBIDDEN' } }),
  },
  // Success objects sit directly in the result union: `Application | ValidationError | …`. Every
  // field with typed errors can answer ValidationError (the input guard's refusals among them).
  errors: { defaultTypes: [ValidationError], directResult: true },
  prisma: {
    // The client comes from the server's database handle, so one process can serve several databases in tests.
    client: (ctx) => ctx.db.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    // Not 'error' in tests: resolvers that answer null before reading (a malformed id, signed out) leave the
    // query unused on purpose, and Pothos cannot tell that from a resolver that ignores the selection.
    onUnusedQuery: setting('NODE_ENV') === 'production' ? null : 'warn',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // A node that does not exist, or that the viewer may not see, is null rather than an error.
    nodeQueryOptions: {
      resolve: async (_root, { id }, _ctx, _info, resolveNode) => {
        try {
          return await resolveNode(id);
        } catch (err) {
          if (isRecordNotFound(err)) return null;
          throw err;
        }
      },
    },
    nodesQueryOptions: false,
  },
});

builder.queryType({});
builder.mutationType({});

function isRecordNotFound(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: string }).code === 'P2025';
}
