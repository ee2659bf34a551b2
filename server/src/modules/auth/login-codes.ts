import crypto from 'node:crypto';
import type { PrismaClient } from '../../generated/prisma/client.js';
import { sha256 } from './tokens.js';

export const CODE_TTL_SECONDS = 300;
export const CODE_MAX_ATTEMPTS = 5;
/** At most one new code a minute per phone; asked again within it, the code already sent is reused. */
export const CODE_COOLDOWN_SECONDS = 60;

export function newCode(): string {
  return String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
}

const codeHash = (phone: string, code: string) => sha256(`${phone}:${code}`);

export type CodeIssue =
  /** A new code to send. */
  | { kind: 'new'; code: string; retryAfterSeconds: number; expiresInSeconds: number }
  /** A code went to this phone less than a minute ago and still works: nothing to send. */
  | { kind: 'reused'; retryAfterSeconds: number; expiresInSeconds: number }
  /** A code went out less than a minute ago but is spent: wait. */
  | { kind: 'cooling'; retryAfterSeconds: number };

/**
 * Decides, under a per-phone lock (so instances and concurrent requests agree), whether the phone
 * gets a new code. `mayIssue` runs only when a new code would be made (the per-phone backstop);
 * it refuses by throwing.
 */
export async function issueCode(prisma: PrismaClient, phone: string, mayIssue: () => Promise<void>): Promise<CodeIssue> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`login-code:${phone}`}))`;
    const latest = await tx.loginCode.findFirst({ where: { phone }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
    const now = Date.now();
    const age = latest ? (now - latest.createdAt.getTime()) / 1000 : Infinity;
    if (latest && age < CODE_COOLDOWN_SECONDS) {
      const retryAfterSeconds = Math.max(1, Math.ceil(CODE_COOLDOWN_SECONDS - age));
      const expiresInSeconds = Math.floor((latest.expiresAt.getTime() - now) / 1000);
      const usable = !latest.consumedAt && latest.attempts < CODE_MAX_ATTEMPTS && expiresInSeconds > 0;
      return usable ? { kind: 'reused', retryAfterSeconds, expiresInSeconds } : { kind: 'cooling', retryAfterSeconds };
    }
    await mayIssue();
    const code = newCode();
    await tx.loginCode.create({ data: { phone, codeHash: codeHash(phone, code), expiresAt: new Date(now + CODE_TTL_SECONDS * 1000) } });
    return { kind: 'new', code, retryAfterSeconds: CODE_COOLDOWN_SECONDS, expiresInSeconds: CODE_TTL_SECONDS };
  });
}

/**
 * Spends one attempt on the phone's latest code (a newer code replaces older ones): true when it
 * matches. Counting and comparing are one statement on a locked row, so however many guesses
 * arrive at once, at most CODE_MAX_ATTEMPTS are compared and a code is spent once.
 */
export async function consumeCode(prisma: PrismaClient, phone: string, code: string): Promise<boolean> {
  const hash = codeHash(phone, code);
  const rows = await prisma.$queryRaw<{ matched: boolean }[]>`
    UPDATE "LoginCode"
    SET "attempts" = "attempts" + 1,
        "consumedAt" = CASE WHEN "codeHash" = ${hash} THEN now() ELSE NULL END
    WHERE "id" = (
        SELECT "id" FROM "LoginCode" WHERE "phone" = ${phone} ORDER BY "createdAt" DESC, "id" DESC LIMIT 1 FOR UPDATE
      )
      AND "consumedAt" IS NULL AND "expiresAt" > now() AND "attempts" < ${CODE_MAX_ATTEMPTS}
    RETURNING "consumedAt" IS NOT NULL AS matched`;
  return rows[0]?.matched === true;
}
