// A local stand-in for WeChat's server API, speaking its protocol (paths, query parameters, JSON
// replies and error codes), so the real WechatClient can be tested against it.
import http from 'node:http';
import crypto from 'node:crypto';

export interface WechatStub {
  url: string;
  appId: string;
  appSecret: string;
  /** js_code → user; codes are single use, as on WeChat. */
  addCode(code: string, user: { openid: string; unionid?: string }): string;
  /** getPhoneNumber code → phone. */
  addPhoneCode(code: string, phone: string): void;
  /** The next jscode2session calls answer 45011 (rate limited). */
  rateLimitNext(count?: number): void;
  /** Expires the current access token (the next call with it answers 42001). */
  expireAccessToken(): void;
  sessionKeys: Map<string, string>;
  messages: { touser: string; template_id: string; data: unknown }[];
  tokenRequests: number;
  close(): Promise<void>;
}

export async function startWechatStub(): Promise<WechatStub> {
  const appId = 'wx-test-app';
  const appSecret = 'test-secret-' + crypto.randomBytes(4).toString('hex');
  const codes = new Map<string, { openid: string; unionid?: string }>();
  const phoneCodes = new Map<string, string>();
  const sessionKeys = new Map<string, string>();
  const messages: WechatStub['messages'] = [];
  let limited = 0;
  let token = '';
  const state = { tokenRequests: 0 };

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://stub');
    const body = await new Promise<string>((resolve) => {
      let b = '';
      req.on('data', (d) => (b += d));
      req.on('end', () => resolve(b));
    });
    const reply = (data: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(data));
    };
    const q = url.searchParams;
    if (url.pathname === '/sns/jscode2session') {
      if (q.get('appid') !== appId || q.get('secret') !== appSecret) return reply({ errcode: 40013, errmsg: 'invalid appid' });
      if (q.get('grant_type') !== 'authorization_code') return reply({ errcode: 40002, errmsg: 'invalid grant_type' });
      if (limited > 0) {
        limited -= 1;
        return reply({ errcode: 45011, errmsg: 'api minute-quota reach limit' });
      }
      const user = codes.get(q.get('js_code') ?? '');
      if (!user) return reply({ errcode: 40029, errmsg: 'invalid code' });
      codes.delete(q.get('js_code')!);
      const sessionKey = crypto.randomBytes(16).toString('base64');
      sessionKeys.set(user.openid, sessionKey);
      return reply({ openid: user.openid, session_key: sessionKey, ...(user.unionid ? { unionid: user.unionid } : {}) });
    }
    if (url.pathname === '/cgi-bin/token') {
      if (q.get('appid') !== appId || q.get('secret') !== appSecret || q.get('grant_type') !== 'client_credential')
        return reply({ errcode: 40013, errmsg: 'invalid appid' });
      state.tokenRequests += 1;
      token = crypto.randomBytes(12).toString('hex');
      return reply({ access_token: token, expires_in: 7200 });
    }
    const accessToken = q.get('access_token');
    if (url.pathname === '/wxa/business/getuserphonenumber' || url.pathname === '/cgi-bin/message/subscribe/send') {
      if (!accessToken || accessToken !== token) return reply({ errcode: 42001, errmsg: 'access_token expired' });
      const json = JSON.parse(body || '{}');
      if (url.pathname === '/wxa/business/getuserphonenumber') {
        const phone = phoneCodes.get(json.code);
        if (!phone) return reply({ errcode: 40029, errmsg: 'invalid code' });
        phoneCodes.delete(json.code);
        return reply({
          errcode: 0,
          errmsg: 'ok',
          phone_info: { phoneNumber: phone, purePhoneNumber: phone, countryCode: '86', watermark: { appid: appId, timestamp: 0 } },
        });
      }
      messages.push(json);
      return reply({ errcode: 0, errmsg: 'ok' });
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    appId,
    appSecret,
    addCode: (code, user) => (codes.set(code, user), code),
    addPhoneCode: (code, phone) => void phoneCodes.set(code, phone),
    rateLimitNext: (count = 1) => void (limited = count),
    expireAccessToken: () => void (token = 'expired-' + token),
    sessionKeys,
    messages,
    get tokenRequests() {
      return state.tokenRequests;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
