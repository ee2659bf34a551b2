// Around the request listener: a request id (x-request-id, also in the response), one log line
// per request, HTTP metrics, and /metrics itself (loopback, or a bearer token).
import crypto from 'node:crypto';
import type http from 'node:http';
import type { Config } from '../config.js';
import { bindRequestLogger } from '../observability/logger.js';
import { graphqlDuration, httpDuration, registry } from '../observability/metrics.js';
import { startRecord, type RequestRecord } from '../observability/request-record.js';

/** What a proxy may pass as a request id: short, printable, nothing to inject into a log line. */
const REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;

export function instrument(listener: http.RequestListener, config: Pick<Config, 'trustProxy' | 'metricsToken'>): http.RequestListener {
  return (req, res) => {
    const id = requestIdOf(req, config.trustProxy);
    const record = startRecord(req, id);
    const log = bindRequestLogger(req, id);
    res.setHeader('x-request-id', id);
    const route = routeOf(req.url ?? '/');
    res.once('close', () => {
      const seconds = Number(process.hrtime.bigint() - record.start) / 1e9;
      const status = res.headersSent ? res.statusCode : 0; // 0: the client left before an answer
      httpDuration.observe({ route, status: String(status) }, seconds);
      if (route === 'graphql' && record.operation) {
        graphqlDuration.observe({ operation: record.operation, type: record.operationType ?? 'query', transport: 'http' }, seconds);
      }
      // Health checks and scrapes come every few seconds: logged only at debug level.
      const level = route === 'healthz' || route === 'metrics' ? 'debug' : status >= 500 ? 'error' : 'info';
      log[level](summary(req, record, status, seconds), lineOf(req, record, status, seconds));
    });
    if (route === 'metrics') return void serveMetrics(req, res, config);
    listener(req, res);
  };
}

function requestIdOf(req: http.IncomingMessage, trustProxy: boolean): string {
  const incoming = req.headers['x-request-id'];
  if (trustProxy && typeof incoming === 'string' && REQUEST_ID.test(incoming)) return incoming;
  return crypto.randomUUID();
}

/** A small fixed set of route labels, whatever the path. */
function routeOf(url: string): string {
  const path = url.split('?')[0];
  if (path === '/graphql' || path.startsWith('/graphql/')) return 'graphql';
  if (path === '/healthz') return 'healthz';
  if (path === '/metrics') return 'metrics';
  const top = /^\/(media|files|uploads)\//.exec(path)?.[1] ?? (path === '/uploads' ? 'uploads' : null);
  return top ?? 'app';
}

/** The fields of a request's log line: no query string (signed links, GET variables), no headers. */
function summary(req: http.IncomingMessage, record: RequestRecord, status: number, seconds: number) {
  return {
    method: req.method,
    path: (req.url ?? '/').split('?')[0].slice(0, 200),
    ...(record.operation ? { operation: record.operation, operationType: record.operationType } : {}),
    status,
    ms: Math.round(seconds * 10_000) / 10,
    ...(record.role ? { role: record.role } : {}),
    ...(record.errors?.length ? { errors: record.errors } : {}),
    ...(record.cached ? { cached: true } : {}),
  };
}

function lineOf(req: http.IncomingMessage, record: RequestRecord, status: number, seconds: number): string {
  const path = (req.url ?? '/').split('?')[0].slice(0, 200);
  return `${req.method} ${path}${record.operation ? ` ${record.operation}` : ''} ${status} ${(seconds * 1000).toFixed(1)} ms`;
}

async function serveMetrics(req: http.IncomingMessage, res: http.ServerResponse, config: Pick<Config, 'trustProxy' | 'metricsToken'>) {
  if (!mayReadMetrics(req, config.metricsToken)) {
    res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    return void res.end('Forbidden: /metrics answers loopback addresses, or METRICS_TOKEN as a bearer token\n');
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
    return void res.end('Method not allowed\n');
  }
  try {
    const body = await registry.metrics();
    res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('metrics unavailable\n');
  }
}

/**
 * Loopback callers may read metrics, unless the request came through a proxy (a proxy on the same
 * machine connects from loopback on behalf of anyone); everyone else needs the token.
 */
export function mayReadMetrics(req: http.IncomingMessage, token: string | null): boolean {
  const proxied = req.headers['x-forwarded-for'] !== undefined || req.headers.forwarded !== undefined || req.headers['x-real-ip'] !== undefined;
  if (!proxied && isLoopback(req.socket.remoteAddress)) return true;
  const auth = req.headers.authorization;
  if (!token || typeof auth !== 'string' || !auth.startsWith('Bearer ')) return false;
  // Compared as hashes: equal length, constant time.
  const digest = (s: string) => crypto.createHash('sha256').update(s).digest();
  return crypto.timingSafeEqual(digest(auth.slice('Bearer '.length)), digest(token));
}

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return v4.startsWith('127.') || address === '::1';
}
