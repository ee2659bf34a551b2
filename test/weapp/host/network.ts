// wx.request, wx.uploadFile, wx.downloadFile and wx.connectSocket over real loopback HTTP and
// WebSocket to the test server, with WeChat's argument handling, result shapes and error messages.
// The built package's API origin is rewritten to the test server's at run time, so one build serves
// every run; any other origin fails as a domain outside the mini-program's list does.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { WebSocket } from 'ws';

export interface NetworkOptions {
  /** Origin compiled into the package (API_URL's), e.g. http://127.0.0.1:4000. */
  builtOrigin: string;
  /** The test server's origin. */
  serverOrigin: string;
  /** Delivers a callback to the app (errors it throws are the app's). */
  call: (fn: unknown, arg: unknown, where: string) => void;
  /** Copies host data into the app's realm (the real runtime serialises across threads). */
  toApp: <T>(value: T) => T;
}

export interface NetworkFault {
  api: 'request' | 'uploadFile' | 'downloadFile' | 'connectSocket';
  match: RegExp;
  errMsg: string;
  times: number;
}

export interface NetworkLogEntry {
  api: string;
  method: string;
  url: string;
  status: number | null;
  error?: string;
  operationName?: string;
}

type Options = Record<string, any>;

/** Temporary files (wxfile://tmp_…) the app gets from chooseMessageFile and downloadFile. */
export class TempFiles {
  private dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-wxfile-'));
  private files = new Map<string, string>();

  add(content: Buffer, ext: string): string {
    const name = `tmp_${crypto.randomBytes(10).toString('hex')}${ext ? '.' + ext.replace(/^\./, '') : ''}`;
    const real = path.join(this.dir, name);
    fs.writeFileSync(real, content);
    const wxPath = `wxfile://${name}`;
    this.files.set(wxPath, real);
    return wxPath;
  }

  read(wxPath: string): Buffer | null {
    const real = this.files.get(wxPath);
    return real ? fs.readFileSync(real) : null;
  }

  dispose() {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

export class Network {
  readonly log: NetworkLogEntry[] = [];
  readonly faults: NetworkFault[] = [];
  readonly sockets = new Set<WebSocket>();
  private inflight = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private options: NetworkOptions,
    readonly files: TempFiles,
  ) {}

  /** The next `times` calls of `api` whose URL matches fail as a dropped connection would. */
  failNext(api: NetworkFault['api'], match: RegExp, times = 1, errMsg = `${api}:fail timeout`) {
    this.faults.push({ api, match, errMsg, times });
  }

  private takeFault(api: NetworkFault['api'], url: string): NetworkFault | null {
    const fault = this.faults.find((f) => f.api === api && f.times > 0 && f.match.test(url));
    if (!fault) return null;
    fault.times -= 1;
    return fault;
  }

  pending(): number {
    return this.inflight;
  }

  /** Resolves when no HTTP call is in flight. */
  idle(): Promise<void> {
    return this.inflight === 0 ? Promise.resolve() : new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private begin() {
    this.inflight += 1;
  }

  private end() {
    this.inflight -= 1;
    if (this.inflight === 0) for (const w of this.idleWaiters.splice(0)) w();
  }

  /** The URL the test server answers, or an error message as WeChat gives for a foreign domain. */
  private target(api: string, url: unknown, ws = false): string | { errMsg: string } {
    if (typeof url !== 'string' || !url) return { errMsg: `${api}:fail parameter error: parameter.url should be String instead of ${typeof url};` };
    const httpUrl = ws ? url.replace(/^ws/, 'http') : url;
    let parsed: URL;
    try {
      parsed = new URL(httpUrl);
    } catch {
      return { errMsg: `${api}:fail invalid url "${url}"` };
    }
    if (parsed.origin !== this.options.builtOrigin && parsed.origin !== this.options.serverOrigin) {
      return { errMsg: `${api}:fail url not in domain list` };
    }
    const target = this.options.serverOrigin + parsed.pathname + parsed.search;
    return ws ? target.replace(/^http/, 'ws') : target;
  }

  private finish(api: string, opts: Options, ok: boolean, result: Record<string, unknown>) {
    const res = this.options.toApp(result);
    this.options.call(ok ? opts.success : opts.fail, res, `${api} ${ok ? 'success' : 'fail'}`);
    this.options.call(opts.complete, res, `${api} complete`);
  }

  request(opts: Options = {}) {
    const method = String(opts.method ?? 'GET').toUpperCase();
    const header = lowerKeys(opts.header);
    if (!header['content-type']) header['content-type'] = 'application/json';
    const controller = new AbortController();
    const entry: NetworkLogEntry = { api: 'request', method, url: String(opts.url), status: null };
    this.log.push(entry);
    const task = {
      abort: () => controller.abort(),
      onHeadersReceived: () => undefined,
      offHeadersReceived: () => undefined,
      onChunkReceived: () => undefined,
      offChunkReceived: () => undefined,
    };
    const target = this.target('request', opts.url);
    this.begin();
    void (async () => {
      try {
        if (typeof target !== 'string') return (this.finish('request', opts, false, target), (entry.error = target.errMsg));
        let url = target;
        let body: string | Uint8Array<ArrayBuffer> | undefined;
        const data = opts.data;
        if (method === 'GET' || method === 'HEAD') {
          if (data && typeof data === 'object') url += (url.includes('?') ? '&' : '?') + new URLSearchParams(data).toString();
        } else if (data !== undefined && data !== null) {
          if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) body = new Uint8Array(Buffer.from(data as ArrayBuffer));
          else if (typeof data === 'string') body = data;
          else if (header['content-type'].includes('application/x-www-form-urlencoded')) body = new URLSearchParams(data).toString();
          else body = JSON.stringify(data);
        }
        if (typeof body === 'string' && header['content-type'].includes('json')) {
          try {
            entry.operationName = JSON.parse(body).operationName;
          } catch {
            // not JSON: nothing to name
          }
        }
        // Faults match "<url> <operationName>", so a test can drop one GraphQL operation.
        const fault = this.takeFault('request', `${target} ${entry.operationName ?? ''}`);
        if (fault) {
          entry.error = fault.errMsg;
          return this.finish('request', opts, false, { errMsg: fault.errMsg, errno: 5 });
        }
        const timeout = AbortSignal.timeout(Number(opts.timeout) || 60_000);
        const res = await fetch(url, { method, headers: header, body, signal: AbortSignal.any([controller.signal, timeout]) });
        const buffer = Buffer.from(await res.arrayBuffer());
        entry.status = res.status;
        let payload: unknown;
        if (opts.responseType === 'arraybuffer') payload = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
        else {
          const text = buffer.toString('utf8');
          payload = text;
          if ((opts.dataType ?? 'json') === 'json') {
            try {
              payload = JSON.parse(text);
            } catch {
              // WeChat hands over the text when it is not JSON
            }
          }
        }
        const result = { data: payload, statusCode: res.status, header: Object.fromEntries(res.headers), cookies: [], errMsg: 'request:ok' };
        if (payload instanceof ArrayBuffer) {
          // ArrayBuffers cannot go through JSON: hand the bytes over as they are.
          const rest = this.options.toApp({ ...result, data: null });
          (rest as Record<string, unknown>).data = payload;
          this.options.call(opts.success, rest, 'request success');
          this.options.call(opts.complete, rest, 'request complete');
          return;
        }
        this.finish('request', opts, true, result);
      } catch (err) {
        const aborted = controller.signal.aborted;
        entry.error = aborted ? 'abort' : String((err as Error).message);
        this.finish('request', opts, false, { errMsg: aborted ? 'request:fail abort' : `request:fail ${(err as Error).message}`, errno: aborted ? 0 : 600001 });
      } finally {
        this.end();
      }
    })();
    return task;
  }

  uploadFile(opts: Options = {}) {
    const controller = new AbortController();
    const progress: unknown[] = [];
    const task = {
      abort: () => controller.abort(),
      onProgressUpdate: (cb: unknown) => void progress.push(cb),
      offProgressUpdate: () => void progress.splice(0),
      onHeadersReceived: () => undefined,
      offHeadersReceived: () => undefined,
    };
    const entry: NetworkLogEntry = { api: 'uploadFile', method: 'POST', url: String(opts.url), status: null };
    this.log.push(entry);
    const target = this.target('uploadFile', opts.url);
    this.begin();
    void (async () => {
      try {
        if (typeof target !== 'string') return this.finish('uploadFile', opts, false, target);
        const fault = this.takeFault('uploadFile', target);
        if (fault) return this.finish('uploadFile', opts, false, { errMsg: fault.errMsg, errno: 5 });
        const content = typeof opts.filePath === 'string' ? this.files.read(opts.filePath) : null;
        if (!content) return this.finish('uploadFile', opts, false, { errMsg: `uploadFile:fail file not found: ${opts.filePath}` });
        if (typeof opts.name !== 'string' || !opts.name)
          return this.finish('uploadFile', opts, false, { errMsg: 'uploadFile:fail parameter error: parameter.name should be String' });
        const form = new FormData();
        for (const [k, v] of Object.entries(opts.formData ?? {})) form.append(k, String(v));
        // WeChat names the part after the temporary file, not the name the user saw.
        form.append(opts.name, new Blob([new Uint8Array(content)]), path.posix.basename(String(opts.filePath).replace(/^wxfile:\/\//, '')));
        const header = lowerKeys(opts.header);
        delete header['content-type'];
        const res = await fetch(target, { method: 'POST', headers: header, body: form, signal: controller.signal });
        const text = await res.text();
        entry.status = res.status;
        for (const cb of progress)
          this.options.call(cb, { progress: 100, totalBytesSent: content.length, totalBytesExpectedToSend: content.length }, 'uploadFile progress');
        this.finish('uploadFile', opts, true, { data: text, statusCode: res.status, errMsg: 'uploadFile:ok' });
      } catch (err) {
        entry.error = String((err as Error).message);
        this.finish('uploadFile', opts, false, { errMsg: controller.signal.aborted ? 'uploadFile:fail abort' : `uploadFile:fail ${(err as Error).message}` });
      } finally {
        this.end();
      }
    })();
    return task;
  }

  downloadFile(opts: Options = {}) {
    const controller = new AbortController();
    const task = {
      abort: () => controller.abort(),
      onProgressUpdate: () => undefined,
      offProgressUpdate: () => undefined,
      onHeadersReceived: () => undefined,
      offHeadersReceived: () => undefined,
    };
    const entry: NetworkLogEntry = { api: 'downloadFile', method: 'GET', url: String(opts.url), status: null };
    this.log.push(entry);
    const target = this.target('downloadFile', opts.url);
    this.begin();
    void (async () => {
      try {
        if (typeof target !== 'string') return this.finish('downloadFile', opts, false, target);
        const fault = this.takeFault('downloadFile', target);
        if (fault) return this.finish('downloadFile', opts, false, { errMsg: fault.errMsg, errno: 5 });
        const res = await fetch(target, { headers: lowerKeys(opts.header), signal: controller.signal });
        const content = Buffer.from(await res.arrayBuffer());
        entry.status = res.status;
        const ext = path.posix.extname(new URL(target).pathname).slice(1);
        this.finish('downloadFile', opts, true, { tempFilePath: this.files.add(content, ext), statusCode: res.status, errMsg: 'downloadFile:ok' });
      } catch (err) {
        entry.error = String((err as Error).message);
        this.finish('downloadFile', opts, false, {
          errMsg: controller.signal.aborted ? 'downloadFile:fail abort' : `downloadFile:fail ${(err as Error).message}`,
        });
      } finally {
        this.end();
      }
    })();
    return task;
  }

  connectSocket(opts: Options = {}) {
    const listeners = { open: [] as unknown[], message: [] as unknown[], close: [] as unknown[], error: [] as unknown[] };
    const emit = (kind: keyof typeof listeners, arg: unknown, where: string) => {
      for (const cb of [...listeners[kind]]) this.options.call(cb, this.options.toApp(arg), where);
    };
    const target = this.target('connectSocket', opts.url, true);
    this.log.push({ api: 'connectSocket', method: 'GET', url: String(opts.url), status: null });
    let socket: WebSocket | null = null;
    let state = 0; // CONNECTING
    const task = {
      get readyState() {
        return state;
      },
      send: (o: Options = {}) => {
        if (!socket || state !== 1) {
          this.finish('SocketTask.send', o, false, { errMsg: 'sendSocketMessage:fail WebSocket is not connected' });
          return;
        }
        socket.send(typeof o.data === 'string' ? o.data : Buffer.from(o.data), (err) => {
          this.finish('SocketTask.send', o, !err, { errMsg: err ? `sendSocketMessage:fail ${err.message}` : 'sendSocketMessage:ok' });
        });
      },
      close: (o: Options = {}) => {
        if (socket && state < 2) {
          state = 2;
          socket.close(o.code ?? 1000, o.reason ?? '');
        }
        this.finish('SocketTask.close', o, true, { errMsg: 'closeSocket:ok' });
      },
      onOpen: (cb: unknown) => void listeners.open.push(cb),
      onMessage: (cb: unknown) => void listeners.message.push(cb),
      onClose: (cb: unknown) => void listeners.close.push(cb),
      onError: (cb: unknown) => void listeners.error.push(cb),
    };
    setTimeout(() => {
      if (typeof target !== 'string') {
        this.finish('connectSocket', opts, false, target);
        emit('error', { errMsg: target.errMsg }, 'SocketTask.onError');
        return;
      }
      // WeChat keeps at most five WebSockets open at once (base library 1.7.0+).
      const open = [...this.sockets].filter((ws) => ws.readyState === WebSocket.CONNECTING || ws.readyState === WebSocket.OPEN).length;
      const fault = open >= 5 ? { errMsg: 'connectSocket:fail exceed max task count' } : this.takeFault('connectSocket', target);
      if (fault) {
        this.finish('connectSocket', opts, false, { errMsg: fault.errMsg });
        state = 3;
        emit('error', { errMsg: fault.errMsg }, 'SocketTask.onError');
        emit('close', { code: 1006, reason: 'abnormal closure' }, 'SocketTask.onClose');
        return;
      }
      const protocols: string[] = Array.isArray(opts.protocols) ? opts.protocols : [];
      socket = new WebSocket(target, protocols, { headers: lowerKeys(opts.header) });
      this.sockets.add(socket);
      this.finish('connectSocket', opts, true, { errMsg: 'connectSocket:ok' });
      socket.on('open', () => {
        state = 1;
        emit('open', { header: {}, profile: {} }, 'SocketTask.onOpen');
      });
      socket.on('message', (data, isBinary) => emit('message', { data: isBinary ? '' : data.toString() }, 'SocketTask.onMessage'));
      socket.on('error', (err) => emit('error', { errMsg: err.message }, 'SocketTask.onError'));
      socket.on('close', (code, reason) => {
        state = 3;
        this.sockets.delete(socket!);
        emit('close', { code, reason: reason.toString() }, 'SocketTask.onClose');
      });
    }, 0);
    return task;
  }

  /** Drops every open socket as a lost connection would (close code 1006 reaches the app). */
  dropSockets() {
    for (const s of this.sockets) s.terminate();
  }

  dispose() {
    for (const s of this.sockets) s.terminate();
    this.sockets.clear();
    this.files.dispose();
  }
}

function lowerKeys(header: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries((header as Record<string, unknown>) ?? {})) if (v !== undefined && v !== null) out[k.toLowerCase()] = String(v);
  return out;
}
