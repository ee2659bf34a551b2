// For work on the weapp host: starts the backend as the project's global setup does and prints the
// variables that make `vitest --project weapp` reuse it (each run then skips the server's start):
//   (cd server && node --import tsx ../test/weapp/dev-server.ts)
import { startBackend } from './backend.js';

const backend = await startBackend();
console.log(`export WEAPP_SERVER_URL=${backend.server.url} WEAPP_STUB_CONTROL_URL=${backend.stubControlUrl}`);
const stop = () => void backend.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
