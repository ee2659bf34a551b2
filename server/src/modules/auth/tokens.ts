import crypto from 'node:crypto';

/** A random bearer token (256 bits, URL-safe). */
export function newToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** Tokens and codes are stored as their sha256, so a leaked table grants nothing. */
export function sha256(value: string): string {
  return crypto.createHash('sha256').update(value).digest('hex');
}
