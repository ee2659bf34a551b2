// The H5 home page is served with its first query's answer inside the HTML (a JSON data block, not
// a script: the page's script policy is untouched), so a phone on a slow network draws the cards as
// soon as the app's code has run, without another round trip to /graphql first. The answer comes
// from the same GraphQL handler (and response cache) the app would have asked.
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { PERSISTED_HASHES } from '@cards/schema/persisted';

/** The operation answered in the page, and the element id the client reads it from (client/src/graphql/firstScreen.ts). */
export const FIRST_SCREEN_OPERATION = 'HomeCards';
export const FIRST_SCREEN_ELEMENT_ID = 'first-screen-data';
const HOME_PATHS = new Set(['/', '/index.html', '/pages/home/index']);

type Fetch = (url: string, init: RequestInit) => Promise<Response> | Response;

/** Whether the request asks for the home page's HTML. */
export function isHomePage(req: http.IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  // The raw path, not a parsed URL: a request target such as `//x` is a host to the URL parser.
  const url = req.url ?? '/';
  const end = url.indexOf('?');
  return HOME_PATHS.has(end === -1 ? url : url.slice(0, end));
}

/** `index.html` with the home query's data in it, or the plain page when the query fails. */
export function firstScreenPage(h5Dir: string, graphql: Fetch): () => Promise<string> {
  const template = fs.readFileSync(path.join(h5Dir, 'index.html'), 'utf8');
  return async () => {
    const data = await homeData(graphql).catch(() => null);
    if (!data) return template;
    const block = `<script type="application/json" id="${FIRST_SCREEN_ELEMENT_ID}" data-operation="${FIRST_SCREEN_OPERATION}">${jsonForHtml(data)}</script>`;
    return template.includes('</body>') ? template.replace('</body>', `${block}</body>`) : template + block;
  };
}

async function homeData(graphql: Fetch): Promise<unknown> {
  const res = await graphql('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ variables: {}, extensions: { persistedQuery: { version: 1, sha256Hash: PERSISTED_HASHES[FIRST_SCREEN_OPERATION] } } }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
  return res.ok && body.data && !body.errors?.length ? body.data : null;
}

/** JSON that cannot end its <script> element or open a comment inside HTML. */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
