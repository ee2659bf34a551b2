import crypto from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseWorkingHours, type WorkingHours } from './modules/inquiries/working-hours.js';

/** The project's top folder (the workspace root). */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
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
  wechat: { apiBase: string; appId: string; appSecret: string; subscribeTemplateId: string };
  /** Page opened from a subscribe message. */
  publicUrl: string;
  /** S3-compatible storage for public media; the local media folder when null. */
  /** Execute only the app's own operations, sent by hash (TRUSTED_DOCUMENTS; default on in production). */
  trustedDocumentsOnly: boolean;
  /** How long public reads are served from the response cache (0: off; default 30 s in production). */
  responseCacheTtlMs: number;
  /** When a person can answer inquiries (INQUIRY_HOURS, INQUIRY_TIME_ZONE). */
  inquiryHours: WorkingHours;
  /** An OpenAI-compatible chat endpoint that rewrites the bot's answers; off when null. */
  botLlm: { baseUrl: string; apiKey: string; model: string; timeoutMs: number } | null;
  s3: { endpoint?: string; region: string; bucket: string; accessKeyId: string; secretAccessKey: string; publicUrl: string; forcePathStyle: boolean } | null;
}

export function defaultDatabaseUrl(): string {
  return `pglite:${path.join(projectRoot, 'data', 'pglite')}`;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || defaultDatabaseUrl(),
    mediaDir: path.resolve(env.MEDIA_DIR ?? path.join(projectRoot, 'data', 'media')),
    h5Dir: path.resolve(env.H5_DIR ?? path.join(projectRoot, 'client', 'dist', 'h5')),
    production: env.NODE_ENV === 'production',
    privateDir: path.resolve(env.PRIVATE_DIR ?? path.join(projectRoot, 'data', 'private')),
    appSecret: env.APP_SECRET ?? randomSecret(),
    redisUrl: env.REDIS_URL || null,
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    wechat: {
      apiBase: env.WECHAT_API_BASE ?? 'https://api.weixin.qq.com',
      appId: env.WECHAT_APP_ID ?? '',
      appSecret: env.WECHAT_APP_SECRET ?? '',
      subscribeTemplateId: env.WECHAT_SUBSCRIBE_TEMPLATE_ID ?? '',
    },
    publicUrl: env.PUBLIC_URL ?? `http://${env.HOST ?? '127.0.0.1'}:${port}`,
    trustedDocumentsOnly: env.TRUSTED_DOCUMENTS ? env.TRUSTED_DOCUMENTS === '1' : env.NODE_ENV === 'production',
    responseCacheTtlMs: Number(env.RESPONSE_CACHE_TTL_MS ?? (env.NODE_ENV === 'production' ? 30_000 : 0)),
    inquiryHours: parseWorkingHours(env.INQUIRY_HOURS || undefined, env.INQUIRY_TIME_ZONE || undefined),
    botLlm: env.BOT_LLM_BASE_URL
      ? { baseUrl: env.BOT_LLM_BASE_URL.replace(/\/+$/, ''), apiKey: env.BOT_LLM_API_KEY ?? '', model: env.BOT_LLM_MODEL ?? 'gpt-4o-mini', timeoutMs: Number(env.BOT_LLM_TIMEOUT_MS ?? 4000) }
      : null,
    s3: env.S3_BUCKET
      ? {
          endpoint: env.S3_ENDPOINT || undefined,
          region: env.S3_REGION ?? 'us-east-1',
          bucket: env.S3_BUCKET,
          accessKeyId: env.S3_ACCESS_KEY_ID ?? '',
          secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? '',
          publicUrl: env.S3_PUBLIC_URL ?? `${env.S3_ENDPOINT ?? ''}/${env.S3_BUCKET}`,
          forcePathStyle: env.S3_FORCE_PATH_STYLE !== '0',
        }
      : null,
  };
}

let generated: string | undefined;
/** Without APP_SECRET, one random secret per process (fine for a single instance). */
function randomSecret(): string {
  generated ??= crypto.randomBytes(32).toString('hex');
  return generated;
}
