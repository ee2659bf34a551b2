import Taro from '@tarojs/taro';

/**
 * A minimal `fetch` on top of `Taro.request`, enough for `@urql/core`'s fetch exchange.
 * WeChat has neither `fetch`, `Headers` nor `Response`, so the response is a small plain object.
 * The body is always read as text (`dataType: 'text'`, `responseType: 'text'`) and urql parses it.
 */

type HeaderBag = Record<string, string>;

export interface MiniResponse {
  ok: boolean;
  status: number;
  statusText: string;
  url: string;
  headers: { get(name: string): string | null; has(name: string): boolean };
  text(): Promise<string>;
  json(): Promise<unknown>;
}

function toHeaderBag(headers: unknown): HeaderBag {
  const bag: HeaderBag = {};
  if (!headers) return bag;
  const h = headers as { forEach?: (cb: (v: string, k: string) => void) => void };
  if (Array.isArray(headers)) {
    for (const [k, v] of headers as [string, string][]) bag[k.toLowerCase()] = String(v);
  } else if (typeof h.forEach === 'function' && !Object.keys(headers as object).length) {
    h.forEach((v, k) => {
      bag[k.toLowerCase()] = String(v);
    });
  } else {
    for (const [k, v] of Object.entries(headers as Record<string, unknown>)) {
      if (v !== undefined && v !== null) bag[k.toLowerCase()] = String(v);
    }
  }
  return bag;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function makeResponse(url: string, statusCode: number, data: unknown, header: unknown): MiniResponse {
  const body = typeof data === 'string' ? data : data === undefined || data === null ? '' : JSON.stringify(data);
  const headers = toHeaderBag(header);
  return {
    ok: statusCode >= 200 && statusCode < 300,
    status: statusCode,
    statusText: STATUS_TEXT[statusCode] || (statusCode >= 200 && statusCode < 300 ? 'OK' : `HTTP ${statusCode}`),
    url,
    headers: {
      get: (name: string) => headers[name.toLowerCase()] ?? null,
      has: (name: string) => name.toLowerCase() in headers,
    },
    text: () => Promise.resolve(body),
    json: () => Promise.resolve(JSON.parse(body)),
  };
}

type RequestMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'OPTIONS' | 'HEAD';

export function taroFetch(input: unknown, init: RequestInit = {}): Promise<MiniResponse> {
  const url = typeof input === 'string' ? input : ((input as { href?: string; url?: string }).href ?? (input as { url: string }).url);
  const method = (init.method || 'GET').toUpperCase() as RequestMethod;
  const signal = init.signal;

  return new Promise<MiniResponse>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new Error('The request was aborted'));
      return;
    }
    const task = Taro.request({
      url,
      method,
      header: toHeaderBag(init.headers),
      data: init.body as string | undefined,
      dataType: 'text',
      responseType: 'text',
      success: (res) => resolve(makeResponse(url, res.statusCode, res.data, res.header)),
      fail: (err) => reject(new Error((err && (err as { errMsg?: string }).errMsg) || 'Network request failed')),
    });
    // Taro.request also returns a promise that rejects on failure; `fail` already reported it.
    const maybePromise = task as unknown as { catch?: (fn: () => void) => void };
    if (maybePromise && typeof maybePromise.catch === 'function') maybePromise.catch(() => undefined);
    if (signal && task && typeof (task as { abort?: () => void }).abort === 'function') {
      signal.addEventListener?.('abort', () => (task as { abort: () => void }).abort());
    }
  });
}
