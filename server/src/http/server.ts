// One port: the H5 app at /, GraphQL at /graphql, media at /media/…, signed private files at
// /files/…, health at /healthz.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { createYoga } from 'graphql-yoga';
import sirv from 'sirv';
import compression from 'compression';
import { setting, type Config } from '../config.js';
import type { Context } from '../context.js';
import type { Database } from '../db/connection.js';
import { schema } from '../schema/index.js';
import { createServices, type Services } from '../services.js';
import { bearerToken, viewerFromToken } from '../modules/auth/sessions.js';
import { verifyFileSignature } from '../modules/files/file-store.js';
import { createFilmUploads, UPLOAD_PATH } from '../modules/films/film-uploads.js';
import { deviceFromHeader } from '../modules/films/device-ids.js';
import { attachWebSocket, type ServerContext } from './websocket.js';
import { answerClientError, BadRequest, guarded } from './guard.js';
import { clientAddress } from './client-address.js';
import { admitMultipart, awaitContinue, ByteBudget, continueIfAsked, isMultipart, MULTIPART_IN_FLIGHT_BYTES } from './multipart-gate.js';
import { h5SecurityHeaders } from './h5-security.js';
import { firstScreenPage, isHomePage } from './first-screen.js';
import { trustedDocumentsPlugin } from './trusted-documents.js';
import { QUERY_LIMITS, noIntrospectionPlugin, queryLimitsPlugin } from './query-limits.js';
import { instrument } from './instrument.js';
import { observabilityPlugin } from '../observability/graphql-plugin.js';
import { yogaLogger } from '../observability/logger.js';

export interface AppServer {
  server: http.Server;
  url: string;
  services: Services;
  close(): Promise<void>;
}

export type { ServerContext };

export function createYogaApp(db: Database, services: Services) {
  const proxyHops = services.config.trustedProxyHops;
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: !services.config.production,
    // The H5 app is served from the same origin; other origins only when configured (CORS_ORIGINS).
    cors: services.config.corsOrigins.length ? { origin: services.config.corsOrigins, credentials: false, methods: ['GET', 'POST'] } : false,
    maskedErrors: services.config.production,
    logging: yogaLogger,
    plugins: [
      observabilityPlugin({ responseCache: services.responseCache !== null }),
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
        ip: clientAddress(req?.socket.remoteAddress, request ? request.headers.get('x-forwarded-for') : req?.headers['x-forwarded-for'], proxyHops),
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
  const h5Headers = h5SecurityHeaders(config.h5Dir);
  // Precompressed at build (client/scripts/precompress.mjs): brotli or gzip as the browser accepts.
  const h5 = h5Built
    ? sirv(config.h5Dir, {
        dev: false,
        etag: true,
        single: true,
        brotli: true,
        gzip: true,
        setHeaders: (res, pathname) => {
          h5Headers(res);
          res.setHeader('cache-control', cacheControlOfH5(pathname));
        },
      })
    : null;
  const homePage = h5Built ? firstScreenPage(config.h5Dir, (url, init) => yoga.fetch(url, init)) : null;
  const multipartBudget = new ByteBudget(MULTIPART_IN_FLIGHT_BYTES);
  // JSON answers above 1 KB go out compressed (brotli at quality 4, or gzip). Live event streams stay
  // plain (yoga marks them `content-encoding: none`, which compression respects), so no event waits
  // in a compressor's buffer. (compression is written for Express but needs only Node's req and res.)
  const compressGraphql = compression({ threshold: 1024 }) as unknown as (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;

  // Every route may throw or reject: guarded() turns that into an answer, never an exit.
  return guarded(async (req, res) => {
    const url = req.url ?? '/';
    // GraphQL and tus build a URL from the Host header and the path; one that cannot be read is the client's mistake.
    if (!URL.canParse(`http://${req.headers.host || 'localhost'}${url}`)) throw new BadRequest('unreadable URL or Host header');
    // A request target has no fragment (RFC 9112 §3.2); yoga would read `?variables={}#x` as `{}#x`.
    if (url.includes('#')) throw new BadRequest('a fragment (#) in the request target');
    if (url === '/healthz' || url.startsWith('/healthz?')) return health(db, res);
    if (url === '/graphql' || url.startsWith('/graphql?') || url.startsWith('/graphql/')) {
      if (bodyTooLarge(req, res) || badJsonParams(url, res)) return;
      if (hasBody(req) && isMultipart(req) && !(await admitMultipart(req, res, db.prisma, multipartBudget))) return;
      continueIfAsked(req, res);
      return compressGraphql(req, res, () => void yoga(req, res));
    }
    continueIfAsked(req, res);
    if (url.startsWith('/media/')) {
      req.url = url.slice('/media'.length);
      return media(req, res, () => notFound(res));
    }
    if (url.startsWith('/files/')) return privateFile(services, req, res);
    if (url === UPLOAD_PATH || url.startsWith(`${UPLOAD_PATH}/`)) return uploads.handle(req, res);
    if (homePage && isHomePage(req)) return compressGraphql(req, res, () => void serveHomePage(homePage, h5Headers, req, res).catch(() => res.destroy()));
    if (h5) return h5(req, res, () => notFound(res));
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('H5 app is not built yet: run `pnpm build` (GraphQL is at /graphql).\n');
  });
}

/** The home page's HTML with its first query's data (./first-screen.ts); revalidated like index.html. */
async function serveHomePage(page: () => Promise<string>, headers: (res: http.ServerResponse) => void, req: http.IncomingMessage, res: http.ServerResponse) {
  const html = await page();
  headers(res);
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', 'content-length': Buffer.byteLength(html) });
  res.end(req.method === 'HEAD' ? undefined : html);
}

/** Scripts and styles carry their content hash in the name: cached for a year. The page itself is revalidated. */
export function cacheControlOfH5(pathname: string): string {
  return /^\/(js|css)\/[^/]+\.[0-9a-f]{8}\.(js|css)$/.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** GraphQL over GET carries JSON in `variables` and `extensions`; yoga answers unreadable JSON there with a 500. */
function badJsonParams(url: string, res: http.ServerResponse): boolean {
  const params = new URL(url, 'http://local').searchParams;
  for (const name of ['variables', 'extensions']) {
    const value = params.get(name);
    if (value === null) continue;
    try {
      JSON.parse(value);
    } catch {
      res.writeHead(400, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ errors: [{ message: `参数 ${name} 不是有效的 JSON（Invalid JSON in ${name}）` }] }));
      return true;
    }
  }
  return false;
}

function hasBody(req: http.IncomingMessage): boolean {
  return req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS';
}

/** JSON bodies up to 256 KB; multipart (attachments, subtitles) up to 11 MB; a body must declare its length. */
export const BODY_LIMITS = { json: 256 * 1024, multipart: 11 * 1024 * 1024 };

function bodyTooLarge(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (!hasBody(req)) return false;
  const declared = req.headers['content-length'];
  const limit = isMultipart(req) ? BODY_LIMITS.multipart : BODY_LIMITS.json;
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

/** A private file behind a short-lived signed link (attachments, exports). */
async function privateFile(services: Services, req: http.IncomingMessage, res: http.ServerResponse) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
    return void res.end('Method not allowed\n');
  }
  const parsed = new URL(req.url ?? '/', 'http://local');
  let key: string;
  try {
    key = decodeURIComponent(parsed.pathname.slice('/files/'.length));
  } catch {
    throw new BadRequest('bad percent-encoding in a file link');
  }
  const name = parsed.searchParams.get('name');
  if (!verifyFileSignature(services.config.appSecret, key, parsed.searchParams.get('exp'), parsed.searchParams.get('sig'), name)) {
    res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
    return void res.end('链接无效或已过期\n');
  }
  let file: string;
  try {
    file = services.privateFiles.pathOf(key);
  } catch {
    return notFound(res);
  }
  const stat = await fs.promises.stat(file).catch(() => null);
  if (!stat?.isFile()) return notFound(res);
  const type = contentTypeOf(file);
  res.writeHead(200, {
    'content-type': type,
    'content-length': stat.size,
    'cache-control': 'private, no-store',
    ...PRIVATE_FILE_HEADERS,
    'content-disposition': contentDisposition(INLINE_TYPES.has(type) ? 'inline' : 'attachment', name || path.basename(key)),
  });
  if (req.method === 'HEAD') return void res.end();
  // pipeline closes the file when the client goes away; a read error is reported by guarded().
  pipeline(fs.createReadStream(file), res, () => {});
}

/** Private files never run as a page of ours: no sniffing, and a sandbox with no scripts and no requests. */
const PRIVATE_FILE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
  'cross-origin-resource-policy': 'same-origin',
};

/** Images are shown in the browser (sandboxed); PDFs and spreadsheets are saved. */
const INLINE_TYPES = new Set(['image/png', 'image/jpeg']);

/** RFC 6266 / 5987: an ASCII fallback and the UTF-8 name; controls and bidi overrides removed. */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/g, '').trim() || 'file';
  const ascii = clean.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(clean).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function contentTypeOf(file: string): string {
  const ext = path.extname(file).toLowerCase();
  return (
    {
      '.pdf': 'application/pdf',
      '.png': 'image/png',
      '.jpg': 'image/jpeg',
      '.jpeg': 'image/jpeg',
      '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }[ext] ?? 'application/octet-stream'
  );
}

async function health(db: Database, res: http.ServerResponse): Promise<void> {
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
  const handler = instrument(createRequestHandler(db, services, yoga), config);
  const server = http.createServer(handler);
  server.on('clientError', answerClientError);
  // A client that asks before sending a body (Expect: 100-continue) gets the go-ahead only once
  // the request passed the checks that need its headers alone (size, session, upload budget).
  server.on('checkContinue', (req, res) => {
    awaitContinue(req);
    handler(req, res);
  });
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
      const deadline = setTimeout(() => server.closeAllConnections(), config.shutdownGraceMs);
      await closed;
      clearTimeout(deadline);
      await services.close();
    },
  };
}
