// One port: the H5 app at /, GraphQL at /graphql, media at /media/…, health at /healthz.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createYoga } from 'graphql-yoga';
import sirv from 'sirv';
import type { Config } from '../config.js';
import { anonymous, type Context } from '../context.js';
import type { Database } from '../db/connection.js';
import { schema } from '../schema/index.js';

export interface AppServer {
  server: http.Server;
  url: string;
  close(): Promise<void>;
}

export function createYogaApp(db: Database, config: Pick<Config, 'production'>) {
  return createYoga<{ req: http.IncomingMessage }, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: !config.production,
    maskedErrors: config.production,
    context: (): Context => ({ db, viewer: anonymous }),
  });
}

export function createRequestHandler(db: Database, config: Config): http.RequestListener {
  const yoga = createYogaApp(db, config);
  fs.mkdirSync(config.mediaDir, { recursive: true });
  // dev mode: media files appear while the server runs, so sirv must look them up per request.
  const media = sirv(config.mediaDir, { dev: true, etag: true, dotfiles: false });
  const h5Built = fs.existsSync(path.join(config.h5Dir, 'index.html'));
  const h5 = h5Built ? sirv(config.h5Dir, { dev: false, etag: true, single: true, gzip: false }) : null;

  return (req, res) => {
    const url = req.url ?? '/';
    if (url === '/healthz' || url.startsWith('/healthz?')) return void health(db, res);
    if (url === '/graphql' || url.startsWith('/graphql?') || url.startsWith('/graphql/')) return void yoga(req, res);
    if (url.startsWith('/media/')) {
      req.url = url.slice('/media'.length);
      return media(req, res, () => notFound(res));
    }
    if (h5) return h5(req, res, () => notFound(res));
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('H5 app is not built yet: run `pnpm build` (GraphQL is at /graphql).\n');
  };
}

async function health(db: Database, res: http.ServerResponse) {
  try {
    await db.sql.query('SELECT 1');
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ status: 'ok' }));
  } catch (err) {
    res.writeHead(503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ status: 'unavailable', reason: 'database unreachable' }));
  }
}

function notFound(res: http.ServerResponse) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('Not found\n');
}

export async function listen(db: Database, config: Config): Promise<AppServer> {
  const server = http.createServer(createRequestHandler(db, config));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    server,
    url: `http://${config.host}:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
