// Prometheus metrics (prom-client), served at /metrics. Labels stay few: operation names are the
// app's own (schema/operations); any other or anonymous operation is counted as "other".
import { createRequire } from 'node:module';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export const registry = new Registry();
collectDefaultMetrics({ register: registry });

const manifest: Record<string, string> = createRequire(import.meta.url)('@cards/schema/persisted-operations.json');
const OPERATION = /^\s*(query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/m;

/** The app's own operations, name → type. */
const KNOWN_OPERATIONS = new Map<string, string>();
for (const text of Object.values(manifest)) {
  const m = OPERATION.exec(text);
  if (m) KNOWN_OPERATIONS.set(m[2], m[1]);
}

export const OTHER_OPERATION = 'other';

/** A label for an operation name: one of the app's own operations, else "other". */
export function operationLabel(name: string | null | undefined): string {
  return name && KNOWN_OPERATIONS.has(name) ? name : OTHER_OPERATION;
}

/** The name and type an operation text declares first (for requests that never reach execution). */
export function operationOf(text: string | null | undefined): { name: string | null; type: string | null } {
  const m = text ? OPERATION.exec(text) : null;
  return m ? { name: m[2], type: m[1] } : { name: null, type: null };
}

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export const graphqlDuration = new Histogram({
  name: 'cards_graphql_request_duration_seconds',
  help: 'GraphQL requests by operation (the app’s own names; others are "other"), type and transport. Over HTTP the whole request; over WebSocket the execution. For an SSE subscription, how long the stream was open.',
  labelNames: ['operation', 'type', 'transport'] as const,
  buckets: SECONDS,
  registers: [registry],
});

export const httpDuration = new Histogram({
  name: 'cards_http_request_duration_seconds',
  help: 'HTTP requests by route (graphql, media, files, uploads, healthz, metrics, app) and status.',
  labelNames: ['route', 'status'] as const,
  buckets: SECONDS,
  registers: [registry],
});

export const graphqlErrors = new Counter({
  name: 'cards_graphql_errors_total',
  help: 'Errors in GraphQL responses, by extensions.code (INTERNAL_SERVER_ERROR for unexpected ones).',
  labelNames: ['code'] as const,
  registers: [registry],
});

export const openSubscriptions = new Gauge({
  name: 'cards_subscriptions_open',
  help: 'Live GraphQL subscriptions, by transport (sse, websocket).',
  labelNames: ['transport'] as const,
  registers: [registry],
});
// Both series exist from the start, so a dashboard shows 0 rather than nothing.
openSubscriptions.set({ transport: 'sse' }, 0);
openSubscriptions.set({ transport: 'websocket' }, 0);

export const rateLimitRefusals = new Counter({
  name: 'cards_rate_limit_refusals_total',
  help: 'Requests refused by a rate limit, by limiter.',
  labelNames: ['limiter'] as const,
  registers: [registry],
});

export const responseCacheLookups = new Counter({
  name: 'cards_response_cache_requests_total',
  help: 'Cacheable (signed-out) queries answered from the response cache (hit) or executed (miss).',
  labelNames: ['result'] as const,
  registers: [registry],
});

export const transcodeDuration = new Histogram({
  name: 'cards_transcode_job_duration_seconds',
  help: 'Film transcoding jobs (probe, transcode, publish), by outcome (ready, failed, retry).',
  labelNames: ['outcome'] as const,
  buckets: [1, 5, 10, 30, 60, 120, 300, 600, 1200],
  registers: [registry],
});

type PoolStats = { total: number; idle: number; waiting: number };
type JobCounts = { queued: number; processing: number };
const poolSources = new Set<() => PoolStats | null>();
const jobSources = new Set<() => Promise<JobCounts>>();

new Gauge({
  name: 'cards_db_pool_connections',
  help: 'PostgreSQL pool connections: total open, idle, and requests waiting for one (absent on the embedded PGlite database, which has one connection).',
  labelNames: ['state'] as const,
  registers: [registry],
  collect() {
    this.reset();
    const stats = [...poolSources].map((f) => f()).filter((s): s is PoolStats => s !== null);
    if (!stats.length) return;
    for (const state of ['total', 'idle', 'waiting'] as const)
      this.set(
        { state },
        stats.reduce((sum, s) => sum + s[state], 0),
      );
  },
});

new Gauge({
  name: 'cards_transcode_jobs',
  help: 'Films waiting for the transcoder (queued) and being transcoded (processing), shared by instances on PostgreSQL.',
  labelNames: ['state'] as const,
  registers: [registry],
  async collect() {
    this.reset();
    if (!jobSources.size) return;
    const counts = await Promise.all([...jobSources].map((f) => f().catch(() => null)));
    const first = counts.find((c): c is JobCounts => c !== null);
    if (!first) return;
    this.set({ state: 'queued' }, first.queued);
    this.set({ state: 'processing' }, first.processing);
  },
});

/** Adds a database's pool and transcode queue to the metrics; returns the function that removes them. */
export function watchDatabase(pool: () => PoolStats | null, jobs: () => Promise<JobCounts>): () => void {
  poolSources.add(pool);
  jobSources.add(jobs);
  return () => {
    poolSources.delete(pool);
    jobSources.delete(jobs);
  };
}
