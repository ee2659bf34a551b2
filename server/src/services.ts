// Long-lived collaborators of the server, made once per process and reached from the context.
import { Redis } from 'ioredis';
import type { Config } from './config.js';
import { ConsoleCodeSender, type CodeSender } from './modules/auth/code-sender.js';
import { RateLimits } from './modules/auth/rate-limits.js';
import { WechatClient } from './modules/wechat/client.js';
import { FileStore } from './modules/files/file-store.js';
import { LocalMediaStore, type MediaStore } from './modules/media/media-store.js';
import { S3MediaStore } from './modules/media/s3-media-store.js';
import type { FilmJobs } from './modules/films/film-jobs.js';
import { createResponseCache, type ResponseCache } from './http/response-cache.js';
import { createInquiryEvents, type InquiryEvents } from './modules/inquiries/events.js';

export interface Services {
  config: Config;
  codeSender: CodeSender;
  rateLimits: RateLimits;
  wechat: WechatClient;
  privateFiles: FileStore;
  media: MediaStore;
  /** The transcoding worker, when this process runs one (set by main). */
  filmJobs?: FilmJobs;
  redis: Redis | null;
  /** Cached public reads (off unless configured). */
  responseCache: ResponseCache | null;
  /** Live inquiry events (through Redis when REDIS_URL is set). */
  inquiryEvents: InquiryEvents;
  close(): Promise<void>;
}

export function createServices(config: Config, overrides: Partial<Pick<Services, 'codeSender' | 'rateLimits' | 'inquiryEvents'>> = {}): Services {
  const redis = config.redisUrl ? new Redis(config.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 }) : null;
  const inquiryEvents = overrides.inquiryEvents ?? createInquiryEvents(config.redisUrl);
  const responseCache = createResponseCache(config);
  return {
    config,
    codeSender: overrides.codeSender ?? new ConsoleCodeSender(),
    rateLimits: overrides.rateLimits ?? new RateLimits(redis),
    wechat: new WechatClient(config.wechat),
    privateFiles: new FileStore(config.privateDir),
    media: config.s3 ? new S3MediaStore(config.s3) : new LocalMediaStore(config.mediaDir),
    redis,
    inquiryEvents,
    responseCache,
    close: async () => {
      await responseCache?.close();
      await inquiryEvents.close();
      await redis?.quit().catch(() => {});
    },
  };
}
