import { hash, verify } from '@node-rs/argon2';

export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // With no stored hash, still spend the time of a verification so that timing tells nothing.
  if (!passwordHash) {
    await hash(password);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
