// The server's log: pino, one JSON object a line in production, pino-pretty in development.
// Request lines carry what an operator needs (method, path, operation, status, duration, role,
// request id) and never what a person typed or holds: no headers, no variables, no bodies, so no
// tokens, sign-in codes, phone numbers, passwords or message text. The redact paths below are a
// second fence for error objects that might carry them.
import type http from 'node:http';
import { createRequire } from 'node:module';
import pino, { type Logger } from 'pino';
import type { Config } from '../config.js';

export type { Logger };

const REDACT = {
  paths: [
    'authorization',
    'token',
    'password',
    'phone',
    'variables',
    'headers',
    '*.authorization',
    '*.token',
    '*.password',
    '*.phone',
    '*.variables',
    '*.headers',
  ],
  censor: '[redacted]',
};

const base = { level: 'warn', redact: REDACT, base: { pid: process.pid } } satisfies pino.LoggerOptions;

/**
 * The process's logger. Until configureLogging runs (in-process tests, CLI scripts) it writes
 * warnings and errors only, as JSON. A live binding: modules that import it see the configured one.
 */
export let logger: Logger = pino(base);

/** Sets level and format from the configuration; main calls it once, before anything logs. Tests may pass a destination. */
export function configureLogging(options: Config['log'], destination?: pino.DestinationStream): Logger {
  const format = options.format === 'pretty' && !prettyAvailable() ? 'json' : options.format;
  // JSON to stdout asynchronously: lines logged while a write is under way go out together in the
  // next one (a synchronous write per request line cost ~5 % of a request's CPU under load). pino
  // flushes what is left when the process exits.
  const stream = format === 'pretty' ? prettyStream() : (destination ?? pino.destination({ dest: 1, sync: false }));
  logger = pino({ ...base, level: options.level }, stream);
  if (format !== options.format) logger.warn('pino-pretty is not installed (a production install?): logging JSON');
  return logger;
}

const require = createRequire(import.meta.url);
function prettyAvailable(): boolean {
  try {
    require.resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

/** pino-pretty in this thread (a worker thread costs more at start and loses lines at exit). */
function prettyStream(): pino.DestinationStream {
  const pretty = require('pino-pretty') as typeof import('pino-pretty');
  // One line per record; a request's method, path, operation, status and duration are already in its message.
  const ignore = 'pid,hostname,method,path,operation,operationType,status,ms';
  return pretty({ sync: true, colorize: process.stdout.isTTY, singleLine: true, translateTime: 'SYS:HH:MM:ss.l', ignore });
}

const requestLoggers = new WeakMap<http.IncomingMessage, Logger>();
const requestIds = new WeakMap<http.IncomingMessage, string>();

/** Binds a child logger carrying the request id to a request (done once, when the request arrives). */
export function bindRequestLogger(req: http.IncomingMessage, requestId: string): Logger {
  const child = logger.child({ reqId: requestId });
  requestLoggers.set(req, child);
  requestIds.set(req, requestId);
  return child;
}

/** The id bound to a request when it arrived (also its `x-request-id` header), if any. */
export function boundRequestId(req: http.IncomingMessage): string | undefined {
  return requestIds.get(req);
}

/** The logger of a request (its lines carry the request id), or the process's logger. */
export function requestLogger(req: http.IncomingMessage | undefined | null): Logger {
  return (req && requestLoggers.get(req)) || logger;
}

/** graphql-yoga's own messages, through the process's logger. */
export const yogaLogger = {
  debug: (...args: unknown[]) => logger.debug({ source: 'yoga' }, args.map(String).join(' ')),
  info: (...args: unknown[]) => logger.info({ source: 'yoga' }, args.map(String).join(' ')),
  warn: (...args: unknown[]) => logger.warn({ source: 'yoga' }, args.map(String).join(' ')),
  error: (...args: unknown[]) => {
    const err = args.find((a): a is Error => a instanceof Error);
    logger.error(
      { source: 'yoga', ...(err ? { err } : {}) },
      args
        .filter((a) => a !== err)
        .map(String)
        .join(' ') ||
        err?.message ||
        'error',
    );
  },
};
