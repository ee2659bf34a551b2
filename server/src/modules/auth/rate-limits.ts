// Rate limits, in memory by default and in Redis when REDIS_URL is set (shared by instances).
import { Redis } from 'ioredis';
import { UserError } from '../../schema/errors.js';
import { rateLimitRefusals } from '../../observability/metrics.js';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface LimitRule {
  points: number;
  durationSeconds: number;
}

export const LIMITS = {
  codePerPhone: { points: 1, durationSeconds: 60 }, // one code a minute per phone
  codePerPhoneDaily: { points: 10, durationSeconds: 86_400 },
  codePerIp: { points: 20, durationSeconds: 3600 },
  loginPerIp: { points: 30, durationSeconds: 600 },
  inquiryMessagePerSender: { points: 20, durationSeconds: 60 }, // a person types slower than this
  inquiryMessagePerIp: { points: 120, durationSeconds: 60 },
  likePerViewer: { points: 30, durationSeconds: 60 },
  attachmentUploadPerUser: { points: 30, durationSeconds: 3600 },
  filmUploadPerUser: { points: 20, durationSeconds: 3600 },
} satisfies Record<string, LimitRule>;

export type LimitName = keyof typeof LIMITS;

export class RateLimits {
  private limiters = new Map<LimitName, RateLimiterAbstract>();
  constructor(private redis: Redis | null, private rules: Record<LimitName, LimitRule> = LIMITS) {}

  private limiter(name: LimitName): RateLimiterAbstract {
    let limiter = this.limiters.get(name);
    if (!limiter) {
      const { points, durationSeconds: duration } = this.rules[name];
      const keyPrefix = `cards:rl:${name}`;
      limiter = this.redis ? new RateLimiterRedis({ storeClient: this.redis, points, duration, keyPrefix }) : new RateLimiterMemory({ points, duration, keyPrefix });
      this.limiters.set(name, limiter);
    }
    return limiter;
  }

  /** Spends one point; returns the seconds to wait when the limit is reached, else null. */
  async consume(name: LimitName, key: string): Promise<number | null> {
    try {
      await this.limiter(name).consume(key);
      return null;
    } catch (res) {
      if (res instanceof RateLimiterRes) {
        rateLimitRefusals.inc({ limiter: name });
        return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
      }
      throw res;
    }
  }
}

/** Spends one point or refuses with a Chinese reason saying how long to wait. */
export async function ensureWithinLimit(limits: RateLimits, name: LimitName, key: string): Promise<void> {
  const wait = await limits.consume(name, key);
  if (wait !== null) throw new UserError(`操作过于频繁，请 ${wait} 秒后再试`, 'RATE_LIMITED');
}
