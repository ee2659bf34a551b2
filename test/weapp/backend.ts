// The real server with its WeChat API pointed at the local stand-in, as the weapp tests use it.
import { startServer, type RunningServer } from '../support/server.js';
import { startWechatStub } from '../support/wechat-stub.js';
import { serveStubControl } from '../support/wechat-stub-control.js';
import { SUBSCRIBE_TEMPLATE_ID } from './host/constants.js';

export const STAFF = { username: 'weapp.staff', password: 'weapp-staff-password-1', role: 'STAFF' as const };

export interface Backend {
  server: RunningServer;
  stubControlUrl: string;
  stop(): Promise<void>;
}

export async function startBackend(): Promise<Backend> {
  const stub = await startWechatStub();
  const control = await serveStubControl(stub);
  const server = await startServer({
    accounts: [STAFF],
    env: {
      WECHAT_API_BASE: stub.url,
      WECHAT_APP_ID: stub.appId,
      WECHAT_APP_SECRET: stub.appSecret,
      WECHAT_SUBSCRIBE_TEMPLATE_ID: SUBSCRIBE_TEMPLATE_ID,
      // The citizen journey uploads its own short film; the sample films would only add load.
      SAMPLE_FILMS: '0',
      // A hand-over is answered by a person at any hour of the test run.
      INQUIRY_HOURS: 'always',
    },
  });
  return {
    server,
    stubControlUrl: control.url,
    stop: async () => {
      await server.stop();
      await control.close();
      await stub.close();
    },
  };
}
