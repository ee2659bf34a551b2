// For work on the weapp host: starts the server and the WeChat stand-in as the project's global
// setup does, and prints the variables that make `vitest --project weapp` reuse them:
//   (cd server && node --import tsx ../test/weapp/dev-server.ts)
import { startServer } from '../support/server.js';
import { startWechatStub } from '../support/wechat-stub.js';
import { serveStubControl } from '../support/wechat-stub-control.js';
import { SUBSCRIBE_TEMPLATE_ID } from './host/constants.js';
import { STAFF } from './global-setup.js';

const stub = await startWechatStub();
const control = await serveStubControl(stub);
const server = await startServer({
  accounts: [STAFF],
  env: { WECHAT_API_BASE: stub.url, WECHAT_APP_ID: stub.appId, WECHAT_APP_SECRET: stub.appSecret, WECHAT_SUBSCRIBE_TEMPLATE_ID: SUBSCRIBE_TEMPLATE_ID, SAMPLE_FILMS: '0', INQUIRY_HOURS: 'always' },
});
console.log(`export WEAPP_SERVER_URL=${server.url} WEAPP_STUB_CONTROL_URL=${control.url}`);
const stop = async () => {
  await server.stop();
  await control.close();
  await stub.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
