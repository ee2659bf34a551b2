// The one place the HTTP layer reports a failure it did not expect (a bug, a broken stream): one
// error line in the server's log, under the request's id. Client mistakes (bad requests) are not
// reported here: they get their 4xx answer and nothing else.
import crypto from 'node:crypto';
import type http from 'node:http';
import { boundRequestId, requestLogger } from '../observability/logger.js';

const fallbackIds = new WeakMap<http.IncomingMessage, string>();

/** The request's id (the one in its `x-request-id` header and its log lines). */
export function requestIdOf(req: http.IncomingMessage): string {
  const bound = boundRequestId(req);
  if (bound) return bound;
  let id = fallbackIds.get(req);
  if (!id) {
    id = crypto.randomUUID();
    fallbackIds.set(req, id);
  }
  return id;
}

export function reportError(err: unknown, where: string, req?: http.IncomingMessage): void {
  const request = req
    ? {
        method: req.method,
        path: String(req.url ?? '')
          .split('?')[0]
          .slice(0, 200),
        reqId: requestIdOf(req),
      }
    : {};
  requestLogger(req).error({ err, ...request }, where);
}
