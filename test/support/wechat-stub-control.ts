// Lets another process act as WeChat's client side of the stand-in: the weapp test host runs in a
// test worker while the stand-in (and the server that calls it) run once per test run. The host asks
// here for the codes that `wx.login` and the phone-number button hand to the app, as WeChat's own
// client gets them from WeChat's servers.
import crypto from 'node:crypto';
import http from 'node:http';
import type { WechatStub } from './wechat-stub.js';

export interface WechatStubControl {
  url: string;
  close(): Promise<void>;
}

export async function serveStubControl(stub: WechatStub): Promise<WechatStubControl> {
  const server = http.createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    const reply = (status: number, data: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(data));
    };
    try {
      const input = body ? JSON.parse(body) : {};
      const code = () => crypto.randomBytes(12).toString('hex');
      if (req.method === 'POST' && req.url === '/login-code') {
        if (typeof input.openid !== 'string' || !input.openid) return reply(400, { error: 'openid required' });
        return reply(200, { code: stub.addCode(code(), { openid: input.openid, ...(input.unionid ? { unionid: input.unionid } : {}) }) });
      }
      if (req.method === 'POST' && req.url === '/phone-code') {
        if (typeof input.phone !== 'string' || !/^\d{11}$/.test(input.phone)) return reply(400, { error: 'phone required' });
        const c = code();
        stub.addPhoneCode(c, input.phone);
        return reply(200, { code: c });
      }
      if (req.method === 'GET' && req.url === '/messages') return reply(200, { messages: stub.messages });
      return reply(404, { error: 'not found' });
    } catch (err) {
      return reply(400, { error: (err as Error).message });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
