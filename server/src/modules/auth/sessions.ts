import type { PrismaClient } from '../../generated/prisma/client.js';
import { anonymous, type Viewer } from '../../context.js';
import { newToken, sha256 } from './tokens.js';

const SESSION_DAYS = 30;

/** Issues a session token for the user (the token is returned once; only its hash is stored). */
export async function createSession(prisma: PrismaClient, userId: string): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  await prisma.session.create({ data: { tokenHash: sha256(token), userId, expiresAt } });
  return { token, expiresAt };
}

export function bearerToken(authorization: string | null | undefined): string | null {
  const m = /^Bearer\s+([A-Za-z0-9_-]{20,})$/.exec(authorization ?? '');
  return m ? m[1] : null;
}

/** The viewer behind a bearer token: anonymous when there is none or it expired. One query. */
export async function viewerFromToken(prisma: PrismaClient, token: string | null): Promise<Viewer> {
  if (!token) return anonymous;
  const session = await prisma.session.findUnique({
    where: { tokenHash: sha256(token) },
    select: { expiresAt: true, user: { select: { id: true, role: true, disabledAt: true } } },
  });
  if (!session || session.expiresAt < new Date() || session.user.disabledAt) return anonymous;
  return { userId: session.user.id, role: session.user.role };
}

export async function revokeSession(prisma: PrismaClient, token: string | null): Promise<void> {
  if (token) await prisma.session.deleteMany({ where: { tokenHash: sha256(token) } });
}
