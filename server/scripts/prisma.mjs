// Runs the Prisma CLI. The CLI wants to download a native schema engine at start-up,
// which fails offline; `prisma generate` does not need it, so point the variable at
// any existing file unless the user set one (an online machine may leave it unset).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
env.PRISMA_HIDE_UPDATE_MESSAGE = '1';
// Generators such as prisma-pothos-types are found on PATH, as under `pnpm exec`.
env.PATH = `${fileURLToPath(new URL('../node_modules/.bin', import.meta.url))}:${env.PATH ?? ''}`;
const cli = require.resolve('prisma/build/index.js');
const cwd = fileURLToPath(new URL('..', import.meta.url));
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: 'inherit', env, cwd });
process.exit(result.status ?? 1);
