// Keeps the process up whatever a request does: a route that throws or rejects gets an answer
// (400 for a request we cannot read, 500 otherwise, reported once), a stream piped into a
// response that fails closes that response only, and malformed HTTP gets a plain 4xx.
import http from 'node:http';
import type net from 'node:net';
import { reportError, requestIdOf } from './report-error.js';

export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => unknown;

/** A request we cannot make sense of (bad percent-encoding, NUL in a path…): 400, not reported. */
export class BadRequest extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadRequest';
  }
}

export function guarded(route: Route): http.RequestListener {
  return (req, res) => {
    // Without a listener, an error emitted on the response (a write after end) would end the process.
    res.on('error', (err) => reportError(err, 'response stream failed', req));
    // sirv and others pipe files into the response without handling read errors. A download the
    // client abandoned ends its file stream with a premature close: not a failure of ours.
    res.on('pipe', (source: NodeJS.ReadableStream) =>
      source.on('error', (err: NodeJS.ErrnoException) => (err.code === 'ERR_STREAM_PREMATURE_CLOSE' ? res.destroy() : failed(err, req, res))),
    );
    let result: unknown;
    try {
      result = route(req, res);
    } catch (err) {
      return failed(err, req, res);
    }
    if (typeof (result as PromiseLike<unknown> | undefined)?.then === 'function') {
      Promise.resolve(result).catch((err: unknown) => failed(err, req, res));
    }
  };
}

export function failed(err: unknown, req: http.IncomingMessage, res: http.ServerResponse): void {
  const badRequest = err instanceof BadRequest || err instanceof URIError;
  if (!badRequest) reportError(err, 'request failed', req);
  if (res.headersSent || res.destroyed) return void res.destroy();
  const status = badRequest ? 400 : 500;
  const message = badRequest ? '请求无效（Bad request）' : '服务器内部错误，请稍后再试（Internal server error）';
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-request-id': requestIdOf(req),
    connection: 'close',
  });
  res.end(JSON.stringify({ errors: [{ message }] }));
}

const CLIENT_ERRORS: Record<string, number> = { HPE_HEADER_OVERFLOW: 431, HPE_CHUNK_EXTENSIONS_OVERFLOW: 413, ERR_HTTP_REQUEST_TIMEOUT: 408 };

/** Malformed HTTP (Node's parser refused it): a plain 4xx and the connection closes; nothing is reported. */
export function answerClientError(err: NodeJS.ErrnoException, socket: net.Socket): void {
  const inFlight = (socket as net.Socket & { _httpMessage?: http.ServerResponse })._httpMessage;
  if (err.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) return void socket.destroy();
  const status = CLIENT_ERRORS[err.code ?? ''] ?? 400;
  socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
  socket.destroySoon();
}
