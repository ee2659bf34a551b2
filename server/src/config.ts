// The whole environment, read in one place and checked at start: a wrong value stops the server
// with one line naming the variable, the value and what is allowed. Nothing else in server/src
// reads process.env.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseWorkingHours, type WorkingHours } from './modules/inquiries/working-hours.js';

/**
 * The repository's root (the folder with pnpm-workspace.yaml), found by walking up: the same from the
 * sources (tsx) and from the compiled bundle (server/dist/main.js).
 */
export const projectRoot = findUp(path.dirname(fileURLToPath(import.meta.url)), 'pnpm-workspace.yaml');

function findUp(from: string, marker: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, marker))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`${marker} not found above ${from}`);
  }
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const X264_PRESETS = ['ultrafast', 'superfast', 'veryfast', 'faster', 'fast', 'medium', 'slow', 'slower', 'veryslow'] as const;

/** One variable: how to read it (unset and empty both mean "not set") and, for the error line, what is allowed. */
interface Variable<T> {
  schema: z.ZodType<T, string | undefined>;
  expected: string;
}
const variable = <T>(schema: z.ZodType<T, string | undefined>, expected: string): Variable<T> => ({ schema, expected });

const optionalText = () => z.string().optional();
const integer = (min: number, max: number) => z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(min).max(max)).optional();
const flag = () => z.enum(['0', '1']).optional();
const httpUrl = () =>
  z
    .string()
    .refine((s) => /^https?:$/.test(safeUrl(s)?.protocol ?? ''))
    .optional();
const databaseUrl = z
  .string()
  .refine((s) => s.startsWith('pglite:') || ((s.startsWith('postgres://') || s.startsWith('postgresql://')) && safeUrl(s) !== null))
  .optional();
const inquiryHours = z
  .string()
  .refine((s) => {
    try {
      parseWorkingHours(s);
      return true;
    } catch {
      return false;
    }
  })
  .optional();
const timeZone = z
  .string()
  .refine((s) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: s });
      return true;
    } catch {
      return false;
    }
  })
  .optional();
const origins = z
  .string()
  .refine((s) =>
    s
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean)
      .every((o) => safeUrl(o)?.origin === o),
  )
  .optional();

/** Every variable the server reads. The README's configuration table lists exactly these (a test checks). */
export const VARIABLES = {
  PORT: variable(integer(0, 65535), 'a port number from 0 to 65535'),
  HOST: variable(optionalText(), 'an interface address such as 127.0.0.1 or 0.0.0.0'),
  DATABASE_URL: variable(databaseUrl, '"pglite:<folder>" or "postgresql://user:pass@host:5432/db"'),
  DATABASE_POOL_SIZE: variable(integer(1, 1000), 'a whole number of connections from 1 to 1000'),
  MEDIA_DIR: variable(optionalText(), 'a folder'),
  PRIVATE_DIR: variable(optionalText(), 'a folder'),
  H5_DIR: variable(optionalText(), 'a folder holding the built H5 app'),
  APP_SECRET: variable(optionalText(), 'a secret string, the same on every instance'),
  PUBLIC_URL: variable(httpUrl(), 'an http(s) address such as https://your.domain'),
  REDIS_URL: variable(
    z
      .string()
      .refine((s) => /^rediss?:$/.test(safeUrl(s)?.protocol ?? ''))
      .optional(),
    'an address such as redis://host:6379/0',
  ),
  INQUIRY_HOURS: variable(inquiryHours, 'days and hours like "1-5 09:00-17:30" or "always"'),
  INQUIRY_TIME_ZONE: variable(timeZone, 'an IANA time zone such as Asia/Shanghai'),
  BOT_LLM_BASE_URL: variable(httpUrl(), 'an http(s) address such as https://host/v1'),
  BOT_LLM_API_KEY: variable(optionalText(), 'the endpoint’s API key'),
  BOT_LLM_MODEL: variable(optionalText(), 'a model name'),
  BOT_LLM_TIMEOUT_MS: variable(integer(1, 600_000), 'milliseconds from 1 to 600000'),
  WECHAT_API_BASE: variable(httpUrl(), 'an http(s) address'),
  WECHAT_APP_ID: variable(optionalText(), 'the mini-program’s app id'),
  WECHAT_APP_SECRET: variable(optionalText(), 'the mini-program’s app secret'),
  WECHAT_SUBSCRIBE_TEMPLATE_ID: variable(optionalText(), 'a subscribe-message template id'),
  CORS_ORIGINS: variable(origins, 'comma-separated origins such as https://a.example.cn,https://b.example.cn'),
  TRUST_PROXY: variable(integer(0, 10), 'the number of reverse proxies in front of the server: 0 (none), 1 (one nginx), 2…'),
  S3_BUCKET: variable(optionalText(), 'a bucket name'),
  S3_ENDPOINT: variable(httpUrl(), 'an http(s) address'),
  S3_REGION: variable(optionalText(), 'a region name'),
  S3_ACCESS_KEY_ID: variable(optionalText(), 'an access key id'),
  S3_SECRET_ACCESS_KEY: variable(optionalText(), 'a secret access key'),
  S3_PUBLIC_URL: variable(httpUrl(), 'an http(s) address'),
  S3_FORCE_PATH_STYLE: variable(flag(), '0 or 1'),
  TRANSCODE_PRESET: variable(z.enum(X264_PRESETS).optional(), `one of ${X264_PRESETS.join(', ')}`),
  TRANSCODE_THREADS: variable(integer(0, 256), 'a whole number of threads (0: ffmpeg chooses)'),
  FFMPEG_PATH: variable(optionalText(), 'the ffmpeg program'),
  FFPROBE_PATH: variable(optionalText(), 'the ffprobe program'),
  SAMPLE_FILMS: variable(flag(), '0 or 1'),
  NODE_ENV: variable(z.enum(['production', 'development', 'test']).optional(), 'production, development or test'),
  TRUSTED_DOCUMENTS: variable(flag(), '0 or 1'),
  RESPONSE_CACHE_TTL_MS: variable(integer(0, 86_400_000), 'milliseconds from 0 (off) to 86400000'),
  SHUTDOWN_GRACE_MS: variable(integer(0, 600_000), 'milliseconds from 0 to 600000'),
  LOG_LEVEL: variable(z.enum(LOG_LEVELS).optional(), LOG_LEVELS.join(', ')),
  LOG_FORMAT: variable(z.enum(['json', 'pretty']).optional(), 'json or pretty'),
  METRICS_TOKEN: variable(z.string().min(16).optional(), 'at least 16 characters'),
  CARDS_ADMIN_PASSWORD: variable(optionalText(), 'a password (pnpm admin:create only)'),
} satisfies Record<string, Variable<unknown>>;

export type VariableName = keyof typeof VARIABLES;
type Settings = { [K in VariableName]: z.output<(typeof VARIABLES)[K]['schema']> };

/** A wrong setting; its message is the one line the server prints before it stops. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly value: string,
    readonly expected: string,
  ) {
    super(`${variable}=${JSON.stringify(value)}: expected ${expected}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** One variable, checked (for modules that run outside a request and have no Config at hand). */
/** The system's search path for programs (PATH): not one of our settings, but where ffmpeg may be. */
export function executableSearchPath(): string {
  return process.env.PATH ?? '';
}

export function setting<K extends VariableName>(name: K, env: Env = process.env): Settings[K] {
  const raw = env[name] === '' ? undefined : env[name];
  const result = VARIABLES[name].schema.safeParse(raw);
  if (!result.success) throw new ConfigError(name, raw ?? '', VARIABLES[name].expected);
  return result.data as Settings[K];
}

function readSettings(env: Env): Settings {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(VARIABLES) as VariableName[]) out[name] = setting(name, env);
  return out as Settings;
}

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  /** Connections per process on PostgreSQL. */
  databasePoolSize: number;
  /** Folder of uploaded and generated media, served at /media. */
  mediaDir: string;
  /** Built H5 app, served at /. */
  h5Dir: string;
  production: boolean;
  /** Private files (application attachments, exports): never served as static files. */
  privateDir: string;
  /** Signs short-lived download links; set the same value on every instance. */
  appSecret: string;
  redisUrl: string | null;
  /** Origins other than the server's own that may call /graphql from a browser (CORS_ORIGINS, comma-separated). */
  corsOrigins: string[];
  /** Behind a reverse proxy: client addresses and request ids come from its headers. */
  /** Whether a reverse proxy is in front (TRUST_PROXY ≥ 1): request ids and client addresses come from it. */
  trustProxy: boolean;
  /** How many reverse proxies are in front: the client address is that many entries from the right of X-Forwarded-For. */
  trustedProxyHops: number;
  wechat: { apiBase: string; appId: string; appSecret: string; subscribeTemplateId: string };
  /** Page opened from a subscribe message. */
  publicUrl: string;
  /** Execute only the app's own operations, sent by hash (TRUSTED_DOCUMENTS; default on in production). */
  trustedDocumentsOnly: boolean;
  /** How long public reads are served from the response cache (0: off; default 30 s in production). */
  responseCacheTtlMs: number;
  /** When a person can answer inquiries (INQUIRY_HOURS, INQUIRY_TIME_ZONE). */
  inquiryHours: WorkingHours;
  /** An OpenAI-compatible chat endpoint that rewrites the bot's answers; off when null. */
  botLlm: { baseUrl: string; apiKey: string; model: string; timeoutMs: number } | null;
  /** S3-compatible storage for public media; the local media folder when null. */
  s3: { endpoint?: string; region: string; bucket: string; accessKeyId: string; secretAccessKey: string; publicUrl: string; forcePathStyle: boolean } | null;
  /** Generate the sample films at start (when ffmpeg is there). */
  sampleFilms: boolean;
  /** How long requests in flight may finish after SIGTERM before their connections are cut. */
  shutdownGraceMs: number;
  log: { level: (typeof LOG_LEVELS)[number]; format: 'json' | 'pretty' };
  /** Lets addresses other than loopback read /metrics (Authorization: Bearer …); null: loopback only. */
  metricsToken: string | null;
}

export function defaultDatabaseUrl(): string {
  return `pglite:${path.join(projectRoot, 'data', 'pglite')}`;
}

/** Reads and checks the environment; throws ConfigError on the first wrong value. */
export function loadConfig(env: Env = process.env): Config {
  const s = readSettings(env);
  const production = s.NODE_ENV === 'production';
  const port = s.PORT ?? 4000;
  const host = s.HOST ?? '127.0.0.1';
  return {
    port,
    host,
    databaseUrl: s.DATABASE_URL ?? defaultDatabaseUrl(),
    databasePoolSize: s.DATABASE_POOL_SIZE ?? 10,
    mediaDir: path.resolve(s.MEDIA_DIR ?? path.join(projectRoot, 'data', 'media')),
    h5Dir: path.resolve(s.H5_DIR ?? path.join(projectRoot, 'client', 'dist', 'h5')),
    production,
    privateDir: path.resolve(s.PRIVATE_DIR ?? path.join(projectRoot, 'data', 'private')),
    appSecret: s.APP_SECRET ?? randomSecret(),
    redisUrl: s.REDIS_URL ?? null,
    corsOrigins: (s.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    trustProxy: (s.TRUST_PROXY ?? 0) > 0,
    trustedProxyHops: s.TRUST_PROXY ?? 0,
    wechat: {
      apiBase: s.WECHAT_API_BASE ?? 'https://api.weixin.qq.com',
      appId: s.WECHAT_APP_ID ?? '',
      appSecret: s.WECHAT_APP_SECRET ?? '',
      subscribeTemplateId: s.WECHAT_SUBSCRIBE_TEMPLATE_ID ?? '',
    },
    publicUrl: s.PUBLIC_URL ?? `http://${host}:${port}`,
    trustedDocumentsOnly: s.TRUSTED_DOCUMENTS ? s.TRUSTED_DOCUMENTS === '1' : production,
    responseCacheTtlMs: s.RESPONSE_CACHE_TTL_MS ?? (production ? 30_000 : 0),
    inquiryHours: parseWorkingHours(s.INQUIRY_HOURS, s.INQUIRY_TIME_ZONE),
    botLlm: s.BOT_LLM_BASE_URL
      ? {
          baseUrl: s.BOT_LLM_BASE_URL.replace(/\/+$/, ''),
          apiKey: s.BOT_LLM_API_KEY ?? '',
          model: s.BOT_LLM_MODEL ?? 'gpt-4o-mini',
          timeoutMs: s.BOT_LLM_TIMEOUT_MS ?? 4000,
        }
      : null,
    s3: s.S3_BUCKET
      ? {
          endpoint: s.S3_ENDPOINT,
          region: s.S3_REGION ?? 'us-east-1',
          bucket: s.S3_BUCKET,
          accessKeyId: s.S3_ACCESS_KEY_ID ?? '',
          secretAccessKey: s.S3_SECRET_ACCESS_KEY ?? '',
          publicUrl: s.S3_PUBLIC_URL ?? `${s.S3_ENDPOINT ?? ''}/${s.S3_BUCKET}`,
          forcePathStyle: s.S3_FORCE_PATH_STYLE !== '0',
        }
      : null,
    sampleFilms: s.SAMPLE_FILMS !== '0',
    shutdownGraceMs: s.SHUTDOWN_GRACE_MS ?? 5000,
    log: { level: s.LOG_LEVEL ?? 'info', format: s.LOG_FORMAT ?? (production ? 'json' : 'pretty') },
    metricsToken: s.METRICS_TOKEN ?? null,
  };
}

function safeUrl(s: string): URL | null {
  try {
    return new URL(s);
  } catch {
    return null;
  }
}

let generated: string | undefined;
/** Without APP_SECRET, one random secret per process (fine for a single instance). */
function randomSecret(): string {
  generated ??= crypto.randomBytes(32).toString('hex');
  return generated;
}
