import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's top folder (the workspace root). */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  /** Folder of uploaded and generated media, served at /media. */
  mediaDir: string;
  /** Built H5 app, served at /. */
  h5Dir: string;
  production: boolean;
}

export function defaultDatabaseUrl(): string {
  return `pglite:${path.join(projectRoot, 'data', 'pglite')}`;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || defaultDatabaseUrl(),
    mediaDir: path.resolve(env.MEDIA_DIR ?? path.join(projectRoot, 'data', 'media')),
    h5Dir: path.resolve(env.H5_DIR ?? path.join(projectRoot, 'client', 'dist', 'h5')),
    production: env.NODE_ENV === 'production',
  };
}
