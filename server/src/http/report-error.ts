// The one place the HTTP layer reports a failure it did not expect (a bug, a broken stream), so
// it can be routed to the server's log in one change. Client mistakes (bad requests) are not
// reported here: they get their 4xx answer and nothing else.
import crypto from 'node:crypto';
import type http from 'node:http';

const ids = new WeakMap<http.IncomingMessage, string>();

/** A short id for the request, also sent back as `x-request-id` on an error answer. */
export function requestIdOf(req: http.IncomingMessage): string {
  let id = ids.get(req);
  if (!id) {
    id = crypto.randomBytes(6).toString('hex');
    ids.set(req, id);
  }
  return id;
}

export function reportError(err: unknown, where: string, req?: http.IncomingMessage): void {
  const detail = err instanceof Error ? (err.stack ?? `${err.name}: ${err.message}`) : String(err);
  const request = req ? ` ${requestIdOf(req)} ${req.method} ${JSON.stringify(String(req.url).slice(0, 200))}` : '';
  console.error(`[http] ${where}${request}: ${detail}`);
}
