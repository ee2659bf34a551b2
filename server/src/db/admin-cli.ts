// `pnpm admin:create <username> [--staff]`: creates (or resets the password of) a centre account.
// The password comes from CARDS_ADMIN_PASSWORD or the first line of standard input.
import readline from 'node:readline';
import { loadConfig, setting } from '../config.js';
import { openDatabase } from './connection.js';
import { applyMigrations } from './migrate.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../modules/auth/passwords.js';

const [username, flag] = process.argv.slice(2);
if (!username || !/^[a-z0-9_.-]{3,32}$/i.test(username)) {
  console.error('usage: pnpm admin:create <username> [--staff]   (3–32 letters, digits, _ . -)');
  process.exit(2);
}
const role = flag === '--staff' ? 'STAFF' : 'ADMIN';

async function readPassword(): Promise<string> {
  const fromEnv = setting('CARDS_ADMIN_PASSWORD');
  if (fromEnv) return fromEnv;
  if (process.stdin.isTTY) process.stdout.write(`Password for ${username}: `);
  const rl = readline.createInterface({ input: process.stdin });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return '';
}

const password = await readPassword();
if (password.length < MIN_PASSWORD_LENGTH) {
  console.error(`The password must have at least ${MIN_PASSWORD_LENGTH} characters.`);
  process.exit(2);
}
const config = loadConfig();
const db = await openDatabase(config.databaseUrl, { poolSize: config.databasePoolSize });
try {
  await applyMigrations(db.sql);
  const passwordHash = await hashPassword(password);
  await db.prisma.user.upsert({ where: { username }, create: { username, passwordHash, role, displayName: username }, update: { passwordHash, role } });
  console.log(`${role === 'ADMIN' ? 'Admin' : 'Staff'} account "${username}" is ready.`);
} finally {
  await db.close();
}
