// Rate limits, in memory by default and in Redis when REDIS_URL is set (shared by instances).
import type { Redis } from 'ioredis';
import { UserError } from '../../domain/errors.js';
import { rateLimitRefusals } from '../../observability/metrics.js';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface LimitRule {
  points: number;
  durationSeconds: number;
}

export const LIMITS = {
  // Sign-in codes (README "Security"): keyed so that a stranger spends their own budget, not the owner's;
  // besides, one new code a minute per phone (login-codes.ts).
  codePerPhoneAddress: { points: 5, durationSeconds: 3600 },
  codePerPhone: { points: 20, durationSeconds: 3 * 3600 }, // backstop against many addresses: at most 3 h of refusals
  codePerIp: { points: 20, durationSeconds: 3600 },
  loginPerIp: { points: 30, durationSeconds: 600 },
  inquiryMessagePerSender: { points: 20, durationSeconds: 60 }, // a person types slower than this
  inquiryMessagePerIp: { points: 120, durationSeconds: 60 },
  botFeedbackPerSender: { points: 30, durationSeconds: 60 },
  likePerViewer: { points: 30, durationSeconds: 60 },
  viewPerIp: { points: 120, durationSeconds: 3600 },
  deviceIdPerIp: { points: 20, durationSeconds: 3600 },
  attachmentUploadPerUser: { points: 30, durationSeconds: 3600 },
  filmUploadPerUser: { points: 20, durationSeconds: 3600 },
} satisfies Record<string, LimitRule>;

export type LimitName = keyof typeof LIMITS;

/**
 * Password sign-in per account: a few attempts freely, then one attempt per pause, the pause
 * doubling with every failure up to a ceiling. Never a permanent lock: after the pause the right
 * password works, and a success forgets the failures.
 */
export interface BackoffRule {
  /** Attempts allowed before the first pause (within `windowSeconds`). */
  freeAttempts: number;
  windowSeconds: number;
  firstPauseSeconds: number;
  maxPauseSeconds: number;
  /** Failures are forgotten this long after the first one. */
  memorySeconds: number;
}

export const ACCOUNT_BACKOFF: BackoffRule = { freeAttempts: 5, windowSeconds: 900, firstPauseSeconds: 60, maxPauseSeconds: 1800, memorySeconds: 86_400 };

export class RateLimits {
  private limiters = new Map<string, RateLimiterAbstract>();
  constructor(
    private redis: Redis | null,
    private rules: Record<LimitName, LimitRule> = LIMITS,
    readonly backoff: BackoffRule = ACCOUNT_BACKOFF,
  ) {}

  private store(name: string, points: number, duration: number): RateLimiterAbstract {
    let limiter = this.limiters.get(name);
    if (!limiter) {
      const keyPrefix = `cards:rl:${name}`;
      limiter = this.redis
        ? new RateLimiterRedis({ storeClient: this.redis, points, duration, keyPrefix })
        : new RateLimiterMemory({ points, duration, keyPrefix });
      this.limiters.set(name, limiter);
    }
    return limiter;
  }

  rule(name: LimitName): LimitRule {
    return this.rules[name];
  }

  private limiter(name: LimitName): RateLimiterAbstract {
    const { points, durationSeconds } = this.rules[name];
    return this.store(name, points, durationSeconds);
  }

  /** Spends one point; returns the seconds to wait when the limit is reached, else null. */
  async consume(name: LimitName, key: string): Promise<number | null> {
    return spend(this.limiter(name), key, 1, name);
  }

  private accountGate() {
    return this.store('accountGate', this.backoff.freeAttempts, this.backoff.windowSeconds);
  }
  private accountFailures() {
    return this.store('accountFailures', 1_000_000, this.backoff.memorySeconds);
  }

  /**
   * Takes an attempt for the account before the password is checked (atomic, so a burst from many
   * addresses gets no more than the allowance). Null when allowed, else the seconds to wait.
   */
  async beginAccountAttempt(account: string): Promise<number | null> {
    const failures = (await this.accountFailures().get(account))?.consumedPoints ?? 0;
    // Past the free attempts, an attempt takes the whole window's allowance: one per pause.
    const cost = failures >= this.backoff.freeAttempts ? this.backoff.freeAttempts : 1;
    return spend(this.accountGate(), account, cost, 'accountGate');
  }

  /** A wrong password: counts it and, past the free attempts, pauses the account; returns the pause in seconds. */
  async accountFailed(account: string): Promise<number | null> {
    const { consumedPoints: failures } = await this.accountFailures().penalty(account, 1);
    const { freeAttempts, firstPauseSeconds, maxPauseSeconds } = this.backoff;
    if (failures < freeAttempts) return null;
    const pause = Math.min(firstPauseSeconds * 2 ** (failures - freeAttempts), maxPauseSeconds);
    await this.accountGate().block(account, pause);
    return pause;
  }

  async accountSucceeded(account: string): Promise<void> {
    await Promise.all([this.accountFailures().delete(account), this.accountGate().delete(account)]);
  }
}

async function spend(limiter: RateLimiterAbstract, key: string, points: number, name: string): Promise<number | null> {
  try {
    await limiter.consume(key, points);
    return null;
  } catch (res) {
    if (res instanceof RateLimiterRes) {
      rateLimitRefusals.inc({ limiter: name });
      return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
    }
    throw res;
  }
}

export function rateLimited(wait: number, message = '操作过于频繁'): UserError {
  return new UserError(`${message}，请 ${wait} 秒后再试`, 'RATE_LIMITED');
}

/** Spends one point or refuses with a Chinese reason saying how long to wait. */
export async function ensureWithinLimit(limits: RateLimits, name: LimitName, key: string): Promise<void> {
  const wait = await limits.consume(name, key);
  if (wait !== null) throw rateLimited(wait);
}
