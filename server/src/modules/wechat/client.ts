// WeChat's server API (mini-program): code → session, phone-number exchange, subscribe messages.
// The base URL is configurable so tests run the same code against a local stand-in.
export interface WechatConfig {
  apiBase: string;
  appId: string;
  appSecret: string;
  /** Template of the "application status changed" subscribe message. */
  subscribeTemplateId: string;
}

export class WechatError extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg: string,
  ) {
    super(`WeChat error ${errcode}: ${errmsg}`);
  }
}

/** Error codes we explain to users. */
export const WECHAT_ERRORS = {
  INVALID_CODE: 40029,
  CODE_USED: 40163,
  RATE_LIMITED: 45011,
  ACCESS_TOKEN_INVALID: 40001,
  ACCESS_TOKEN_EXPIRED: 42001,
  SUBSCRIPTION_REFUSED: 43101,
} as const;

interface WechatReply {
  errcode?: number;
  errmsg?: string;
}

export class WechatClient {
  private accessToken: { value: string; expiresAt: number } | null = null;
  private refreshing: Promise<string> | null = null;

  constructor(
    readonly config: WechatConfig,
    private fetchImpl: typeof fetch = fetch,
  ) {}

  get configured(): boolean {
    return Boolean(this.config.appId && this.config.appSecret);
  }

  private async call<T>(path: string, init?: { query?: Record<string, string>; body?: unknown }): Promise<T> {
    const url = new URL(path, this.config.apiBase);
    for (const [k, v] of Object.entries(init?.query ?? {})) url.searchParams.set(k, v);
    let res: Response;
    try {
      res = await this.fetchImpl(url, {
        method: init?.body ? 'POST' : 'GET',
        headers: init?.body ? { 'content-type': 'application/json' } : undefined,
        body: init?.body ? JSON.stringify(init.body) : undefined,
        signal: AbortSignal.timeout(8000),
      });
    } catch (err) {
      // Unreachable or too slow: the same "try later" as an error reply, never a raw network error.
      throw new WechatError(-1, `network: ${(err as Error).message}`);
    }
    if (!res.ok) throw new WechatError(-1, `HTTP ${res.status}`);
    const data = (await res.json()) as T & WechatReply;
    if (data.errcode) throw new WechatError(data.errcode, data.errmsg ?? '');
    return data;
  }

  /** jscode2session: the user's openid (and session_key, which never leaves the server). */
  code2Session(code: string) {
    return this.call<{ openid: string; session_key: string; unionid?: string }>('/sns/jscode2session', {
      query: { appid: this.config.appId, secret: this.config.appSecret, js_code: code, grant_type: 'authorization_code' },
    });
  }

  /** The one place that fetches, caches and refreshes the access token. */
  async getAccessToken(forceRefresh = false): Promise<string> {
    if (!forceRefresh && this.accessToken && this.accessToken.expiresAt > Date.now()) return this.accessToken.value;
    this.refreshing ??= this.call<{ access_token: string; expires_in: number }>('/cgi-bin/token', {
      query: { grant_type: 'client_credential', appid: this.config.appId, secret: this.config.appSecret },
    })
      .then(({ access_token, expires_in }) => {
        // Refresh five minutes early so that no request carries a token about to expire.
        this.accessToken = { value: access_token, expiresAt: Date.now() + Math.max(60, expires_in - 300) * 1000 };
        return access_token;
      })
      .finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  /** Calls an access-token API, refreshing the token once if WeChat says it is stale. */
  private async withAccessToken<T>(path: string, body: unknown): Promise<T> {
    try {
      return await this.call<T>(path, { query: { access_token: await this.getAccessToken() }, body });
    } catch (err) {
      const stale = err instanceof WechatError && (err.errcode === WECHAT_ERRORS.ACCESS_TOKEN_INVALID || err.errcode === WECHAT_ERRORS.ACCESS_TOKEN_EXPIRED);
      if (!stale) throw err;
      return this.call<T>(path, { query: { access_token: await this.getAccessToken(true) }, body });
    }
  }

  /** getPhoneNumber: the phone number behind the code from the button's bindgetphonenumber. */
  async phoneNumber(code: string): Promise<string> {
    const data = await this.withAccessToken<{ phone_info: { purePhoneNumber: string; countryCode: string } }>('/wxa/business/getuserphonenumber', { code });
    return data.phone_info.purePhoneNumber;
  }

  sendSubscribeMessage(message: { touser: string; template_id: string; page?: string; data: Record<string, { value: string }> }) {
    return this.withAccessToken<WechatReply>('/cgi-bin/message/subscribe/send', message);
  }
}
