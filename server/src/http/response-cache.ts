// A response cache for public reads (a card on CCTV: thousands ask for the same feed). Only
// requests without a session are cached, and never results that depend on the device (likes,
// resume positions, a visitor's own conversations). Staff changes to cards or films empty the
// cached catalogue at once (on every instance when the cache is in Redis).
import crypto from 'node:crypto';
import { Redis } from 'ioredis';
import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { createInMemoryCache, useResponseCache, type BuildResponseCacheKeyFunction, type Cache } from '@graphql-yoga/plugin-response-cache';
import stableStringify from 'fast-json-stable-stringify';
import { createRedisCache } from '@envelop/response-cache-redis';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';

/** Mutations after which cached cards and films may be out of date. */
const CATALOGUE_MUTATIONS = new Set([
  'createCardFromApplication',
  'updateCard',
  'publishCard',
  'unpublishCard',
  'publishFilm',
  'unpublishFilm',
  'attachFilmSubtitle',
  'saveFaq',
]);
const CATALOGUE_TYPES = ['Card', 'CardConnection', 'Film', 'FilmConnection', 'Region', 'BotAnswer'];

/** Fields whose answer depends on the device id or the viewer: an operation with one is not cached. */
export const VIEWER_DEPENDENT_FIELDS = [
  'Query.viewer',
  'Query.node',
  'Query.inquiry',
  'Query.myInquiries',
  'Query.application',
  'Query.myApplications',
  'Query.notifications',
  'Query.unreadNotificationCount',
  'Film.likedByViewer',
  'Film.resumeAt',
];

export interface ResponseCache {
  plugins(): Plugin[];
  /** Drops every cached result that holds cards, films or bot answers. */
  invalidateCatalogue(): Promise<void>;
  close(): Promise<void>;
}

export function createResponseCache(config: Config): ResponseCache | null {
  if (!config.responseCacheTtlMs) return null;
  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 2 }) : null;
  const cache: Cache = redis ? createRedisCache({ redis }) : createInMemoryCache({ max: 2000 });
  const invalidateCatalogue = async () => {
    await cache.invalidate(CATALOGUE_TYPES.map((typename) => ({ typename })));
  };
  const invalidateAfterCatalogueMutations: Plugin = {
    onExecute({ args }) {
      // Staff only: a refused attempt by anyone else must not be a way to flush the cache.
      const viewer = (args.contextValue as { viewer?: { role?: string } }).viewer;
      if (viewer?.role !== 'STAFF' && viewer?.role !== 'ADMIN') return;
      if (!changesCatalogue(args.document, args.operationName)) return;
      return { onExecuteDone: () => invalidateCatalogue() };
    },
  };
  return {
    plugins: () => [
      useResponseCache({
        cache,
        ttl: config.responseCacheTtlMs,
        // Shared by everyone without a session; requests with one are not cached at all.
        session: () => null,
        enabled: (request) => !request.headers.get('authorization'),
        // Answers that depend on who asks (the device or the viewer) are never cached: neither the
        // types that hold such data, nor the fields that read it — their answer may be null, which
        // has no type to go by (a stranger's null for a conversation must not reach its owner).
        ignoredTypes: ['Inquiry', 'InquiryMessage', 'User', 'Notification', 'Application'],
        ttlPerSchemaCoordinate: Object.fromEntries(VIEWER_DEPENDENT_FIELDS.map((coordinate) => [coordinate, 0])),
        includeExtensionMetadata: !config.production,
        buildResponseCacheKey: responseCacheKey,
      }),
      invalidateAfterCatalogueMutations,
    ],
    invalidateCatalogue,
    close: async () => {
      await redis?.quit().catch(() => {});
    },
  };
}

function changesCatalogue(document: DocumentNode, operationName?: string | null): boolean {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (operation?.operation !== 'mutation') return false;
  return operation.selectionSet.selections.some((s) => s.kind === Kind.FIELD && CATALOGUE_MUTATIONS.has(s.name.value));
}

/**
 * The plugin's own key (sha256 of document, operation name, variables and session), hashed in
 * this thread: the default goes through WebCrypto's asynchronous digest, a thread-pool job per
 * request that cost a fifth of the CPU of a cached answer.
 */
export const responseCacheKey: BuildResponseCacheKeyFunction = (params) =>
  crypto
    .createHash('sha256')
    .update([params.documentString, params.operationName ?? '', stableStringify(params.variableValues ?? {}), params.sessionId ?? ''].join('|'))
    .digest('hex');
