import crypto from 'node:crypto';
import type { PrismaClient } from '../../generated/prisma/client.js';
import { sha256 } from './tokens.js';

export const CODE_TTL_SECONDS = 300;
export const CODE_MAX_ATTEMPTS = 5;

export function newCode(): string {
  return String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
}

const codeHash = (phone: string, code: string) => sha256(`${phone}:${code}`);

export async function storeCode(prisma: PrismaClient, phone: string, code: string): Promise<void> {
  await prisma.loginCode.create({ data: { phone, codeHash: codeHash(phone, code), expiresAt: new Date(Date.now() + CODE_TTL_SECONDS * 1000) } });
}

/**
 * Spends the phone's latest live code: true when it matches. A code is single-use (consumed
 * atomically) and dies after CODE_MAX_ATTEMPTS wrong guesses.
 */
export async function consumeCode(prisma: PrismaClient, phone: string, code: string): Promise<boolean> {
  const live = await prisma.loginCode.findFirst({
    where: { phone, consumedAt: null, expiresAt: { gt: new Date() }, attempts: { lt: CODE_MAX_ATTEMPTS } },
    orderBy: { createdAt: 'desc' },
  });
  if (!live) return false;
  if (live.codeHash !== codeHash(phone, code)) {
    await prisma.loginCode.update({ where: { id: live.id }, data: { attempts: { increment: 1 } } });
    return false;
  }
  const spent = await prisma.loginCode.updateMany({ where: { id: live.id, consumedAt: null }, data: { consumedAt: new Date() } });
  return spent.count === 1;
}
