// Multipart bodies (attachments, subtitles) are parsed into memory by the GraphQL server, so they
// are let in only for a signed-in user, and only while the bytes already in flight across the
// process stay under a budget. Both checks run on the headers, before any of the body is read.
import type http from 'node:http';
import type { PrismaClient } from '../generated/prisma/client.js';
import { bearerToken, viewerFromToken } from '../modules/auth/sessions.js';

/** Declared multipart bytes that may be in flight at once (four full-size attachments). */
export const MULTIPART_IN_FLIGHT_BYTES = 44 * 1024 * 1024;

/** Requests that sent `Expect: 100-continue` and wait for our go-ahead before sending their body. */
const awaitingContinue = new WeakSet<http.IncomingMessage>();

export function awaitContinue(req: http.IncomingMessage): void {
  awaitingContinue.add(req);
}

/** The go-ahead for a body, once the request has passed every check that needs only its headers. */
export function continueIfAsked(req: http.IncomingMessage, res: http.ServerResponse): void {
  if (awaitingContinue.delete(req)) res.writeContinue();
}

export function isMultipart(req: http.IncomingMessage): boolean {
  return (req.headers['content-type'] ?? '').trim().toLowerCase().startsWith('multipart/');
}

export class ByteBudget {
  private used = 0;
  constructor(readonly limit: number) {}

  /** Takes n bytes; the returned function gives them back (once). Null when they do not fit. */
  take(n: number): (() => void) | null {
    if (this.used + n > this.limit) return null;
    this.used += n;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.used -= n;
    };
  }

  get inFlight(): number {
    return this.used;
  }
}

/**
 * Lets a multipart request through (true) or answers it (false): 401 without a session, 503 with
 * Retry-After when the budget is spent. A refused request's body is never read: the connection
 * closes after the answer.
 */
export async function admitMultipart(req: http.IncomingMessage, res: http.ServerResponse, prisma: PrismaClient, budget: ByteBudget): Promise<boolean> {
  const refuse = (status: number, message: string, code: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', connection: 'close', ...headers });
    res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
    return false;
  };
  const viewer = await viewerFromToken(prisma, bearerToken(req.headers.authorization));
  if (!viewer.userId) return refuse(401, '请先登录再上传文件（Sign in to upload files）', 'UNAUTHENTICATED');
  const release = budget.take(Number(req.headers['content-length'] ?? 0));
  if (!release) return refuse(503, '上传的人较多，请稍后再试（Too many uploads in progress）', 'BUSY', { 'retry-after': '5' });
  res.once('close', release);
  return true;
}
