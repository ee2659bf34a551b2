// One port: the H5 app at /, GraphQL at /graphql, media at /media/…, signed private files at
// /files/…, health at /healthz.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createYoga } from 'graphql-yoga';
import sirv from 'sirv';
import type { Config } from '../config.js';
import type { Context } from '../context.js';
import type { Database } from '../db/connection.js';
import { schema } from '../schema/index.js';
import { createServices, type Services } from '../services.js';
import { bearerToken, viewerFromToken } from '../modules/auth/sessions.js';
import { verifyFileSignature } from '../modules/files/file-store.js';
import { createFilmUploads, UPLOAD_PATH } from '../modules/films/film-uploads.js';
import { deviceFromHeader } from '../modules/films/device-ids.js';
import { attachWebSocket } from './websocket.js';
import { trustedDocumentsPlugin } from './trusted-documents.js';
import { QUERY_LIMITS, noIntrospectionPlugin, queryLimitsPlugin } from './query-limits.js';

export interface AppServer {
  server: http.Server;
  url: string;
  services: Services;
  close(): Promise<void>;
}

/** What each request starts from: the Node request, and on a WebSocket its connection_init payload. */
export interface ServerContext {
  req: http.IncomingMessage;
  connectionParams?: Record<string, unknown>;
}

export function createYogaApp(db: Database, services: Services) {
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: !services.config.production,
    // The H5 app is served from the same origin; other origins only when configured (CORS_ORIGINS).
    cors: services.config.corsOrigins.length ? { origin: services.config.corsOrigins, credentials: false, methods: ['GET', 'POST'] } : false,
    maskedErrors: services.config.production,
    plugins: [
      trustedDocumentsPlugin(services.config.trustedDocumentsOnly),
      queryLimitsPlugin(QUERY_LIMITS, { hideSuggestions: services.config.production }),
      ...(services.config.production ? [noIntrospectionPlugin()] : []),
      ...(services.responseCache?.plugins() ?? []),
    ],
    context: async ({ request, req, connectionParams }): Promise<Context> => {
      const header = (name: string) => (request ? request.headers.get(name) : paramOf(connectionParams, name));
      const token = bearerToken(header('authorization'));
      const device = header('x-device-id');
      return {
        db,
        services,
        token,
        viewer: await viewerFromToken(db.prisma, token),
        ip: clientIp(req, request),
        ...deviceFromHeader(device, services.config.appSecret),
      };
    },
  });
}

/** A header-like value from a WebSocket's connection_init payload (names are case-insensitive). */
function paramOf(params: Record<string, unknown> | undefined, name: string): string | null {
  if (!params) return null;
  const key = Object.keys(params).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : params[key];
  return typeof value === 'string' ? value : null;
}

function clientIp(req: http.IncomingMessage | undefined, request: Request | undefined): string {
  if (process.env.TRUST_PROXY === '1') {
    const raw = request ? request.headers.get('x-forwarded-for') : req?.headers['x-forwarded-for'];
    const forwarded = (Array.isArray(raw) ? raw[0] : raw)?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return req?.socket.remoteAddress ?? 'local';
}

export function createRequestHandler(db: Database, services: Services, yoga = createYogaApp(db, services)): http.RequestListener {
  const { config } = services;
  fs.mkdirSync(config.mediaDir, { recursive: true });
  // dev mode: media files appear while the server runs, so sirv must look them up per request.
  // Film renditions live under a fresh folder per upload, so they never change: cache for a year.
  const media = sirv(config.mediaDir, {
    dev: true,
    etag: true,
    dotfiles: false,
    setHeaders: (res, pathname) => {
      if (pathname.startsWith('/films/')) res.setHeader('cache-control', 'public, max-age=31536000, immutable');
      if (pathname.endsWith('.m3u8')) res.setHeader('content-type', 'application/vnd.apple.mpegurl');
      if (pathname.endsWith('.vtt')) res.setHeader('content-type', 'text/vtt; charset=utf-8');
    },
  });
  const uploads = createFilmUploads(db.prisma, services);
  const h5Built = fs.existsSync(path.join(config.h5Dir, 'index.html'));
  const h5 = h5Built ? sirv(config.h5Dir, { dev: false, etag: true, single: true, gzip: false, setHeaders: (res) => setSecurityHeaders(res) }) : null;

  return (req, res) => {
    const url = req.url ?? '/';
    if (url === '/healthz' || url.startsWith('/healthz?')) return void health(db, res);
    if (url === '/graphql' || url.startsWith('/graphql?') || url.startsWith('/graphql/')) {
      if (bodyTooLarge(req, res)) return;
      return void yoga(req, res);
    }
    if (url.startsWith('/media/')) {
      req.url = url.slice('/media'.length);
      return media(req, res, () => notFound(res));
    }
    if (url.startsWith('/files/')) return privateFile(services, url, res);
    if (url === UPLOAD_PATH || url.startsWith(`${UPLOAD_PATH}/`)) return void uploads.handle(req, res);
    if (h5) return h5(req, res, () => notFound(res));
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('H5 app is not built yet: run `pnpm build` (GraphQL is at /graphql).\n');
  };
}

/** JSON bodies up to 256 KB; multipart (attachments, subtitles) up to 11 MB; a body must declare its length. */
export const BODY_LIMITS = { json: 256 * 1024, multipart: 11 * 1024 * 1024 };

function bodyTooLarge(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return false;
  const declared = req.headers['content-length'];
  const limit = req.headers['content-type']?.startsWith('multipart/') ? BODY_LIMITS.multipart : BODY_LIMITS.json;
  const refuse = (status: number, message: string) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
    res.end(JSON.stringify({ errors: [{ message }] }));
    req.resume();
    return true;
  };
  if (declared === undefined) return req.headers['transfer-encoding'] ? refuse(411, '请求须带 Content-Length（Length required）') : false;
  if (Number(declared) > limit) return refuse(413, `请求内容过大，最多 ${Math.round(limit / 1024)} KB（Payload too large）`);
  return false;
}

/** Headers for the H5 pages: no framing by other sites, no MIME sniffing, no referrer leaks. */
function setSecurityHeaders(res: http.ServerResponse) {
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('referrer-policy', 'strict-origin-when-cross-origin');
  res.setHeader('content-security-policy', "frame-ancestors 'none'; object-src 'none'; base-uri 'self'");
  res.setHeader('permissions-policy', 'camera=(), microphone=(), geolocation=()');
}

/** A private file behind a short-lived signed link (attachments, exports). */
function privateFile(services: Services, url: string, res: http.ServerResponse) {
  const parsed = new URL(url, 'http://local');
  const key = decodeURIComponent(parsed.pathname.slice('/files/'.length));
  if (!verifyFileSignature(services.config.appSecret, key, parsed.searchParams.get('exp'), parsed.searchParams.get('sig'))) {
    res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
    return void res.end('链接无效或已过期\n');
  }
  let file: string;
  try {
    file = services.privateFiles.pathOf(key);
  } catch {
    return notFound(res);
  }
  fs.stat(file, (err, stat) => {
    if (err || !stat.isFile()) return notFound(res);
    const name = parsed.searchParams.get('name');
    res.writeHead(200, {
      'content-type': contentTypeOf(file),
      'content-length': stat.size,
      'cache-control': 'private, no-store',
      ...(name ? { 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}` } : {}),
    });
    fs.createReadStream(file).pipe(res);
  });
}

function contentTypeOf(file: string): string {
  const ext = path.extname(file).toLowerCase();
  return { '.pdf': 'application/pdf', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }[ext] ?? 'application/octet-stream';
}

async function health(db: Database, res: http.ServerResponse) {
  try {
    await db.sql.query('SELECT 1');
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ status: 'ok' }));
  } catch {
    res.writeHead(503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ status: 'unavailable', reason: 'database unreachable' }));
  }
}

function notFound(res: http.ServerResponse) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('Not found\n');
}

export async function listen(db: Database, config: Config, services: Services = createServices(config)): Promise<AppServer> {
  const yoga = createYogaApp(db, services);
  const server = http.createServer(createRequestHandler(db, services, yoga));
  const sockets = attachWebSocket(server, yoga, config.production, config.trustedDocumentsOnly);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    server,
    url: `http://${config.host}:${port}`,
    services,
    close: async () => {
      // In-flight requests may finish; idle keep-alive connections close now, and whatever is
      // still open after the grace period (a client that stopped reading) is cut.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Live subscriptions end cleanly: WebSockets close with 1001 (going away), SSE streams complete.
      await sockets.close();
      services.inquiryEvents.endSubscriptions();
      server.closeIdleConnections();
      const deadline = setTimeout(() => server.closeAllConnections(), Number(process.env.SHUTDOWN_GRACE_MS ?? 5000));
      await closed;
      clearTimeout(deadline);
      await services.close();
    },
  };
}
