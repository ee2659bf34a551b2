// Idempotency keys: a client sends a random key with a request that creates something, and sends
// the same key again when it retries after a lost response. The key is stored on the row the
// request writes, in the same transaction, so a retry finds the first result instead of making a
// second one — even if the server died between writing and answering.
import { ValidationError } from './errors.js';

/** The key, checked; null when none was sent. */
export function idempotencyKey(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(raw)) throw new ValidationError([{ field: 'clientKey', message: '请求标识格式不正确' }]);
  return raw;
}

/** Prisma's unique-constraint violation: two requests with the same key raced, and the other won. */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: string }).code === 'P2002';
}
