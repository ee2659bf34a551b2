import { loadConfig } from './config.js';
import { prepareDatabase } from './boot.js';
import { listen } from './http/server.js';

const config = loadConfig();
const log = (line: string) => console.log(`[cards] ${line}`);
const redacted = config.databaseUrl.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
log(`database ${redacted}`);
const db = await prepareDatabase(config.databaseUrl, { log });
const app = await listen(db, config);
log(`产业名片 is serving at ${app.url}/  (GraphQL ${app.url}/graphql)`);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: shutting down`);
  await app.close();
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
