// A WebSocket-shaped class over the mini-program's socket task (wx.connectSocket), so that
// graphql-ws can run on weapp. Only what graphql-ws uses is implemented.

/** The parts of WeChat's SocketTask we use (https://developers.weixin.qq.com/miniprogram/dev/api/network/websocket/SocketTask.html). */
export interface SocketTaskLike {
  onOpen(cb: (res: unknown) => void): void;
  onMessage(cb: (res: { data: string | ArrayBuffer }) => void): void;
  onClose(cb: (res: { code: number; reason: string }) => void): void;
  onError(cb: (res: { errMsg?: string }) => void): void;
  send(options: { data: string; fail?: (res: { errMsg?: string }) => void }): void;
  close(options: { code?: number; reason?: string }): void;
}

export type ConnectSocket = (options: { url: string; protocols: string[] }) => SocketTaskLike;

interface MessageEventLike {
  data: string;
}

/** Makes a WebSocket class whose sockets are opened with `connect` (wx.connectSocket on weapp). */
export function socketClassOver(connect: ConnectSocket) {
  return class WxWebSocket {
    static readonly CONNECTING = 0;
    static readonly OPEN = 1;
    static readonly CLOSING = 2;
    static readonly CLOSED = 3;

    readyState = WxWebSocket.CONNECTING;
    protocol: string;
    onopen: ((event: unknown) => void) | null = null;
    onmessage: ((event: MessageEventLike) => void) | null = null;
    onclose: ((event: { code: number; reason: string; wasClean: boolean }) => void) | null = null;
    onerror: ((event: unknown) => void) | null = null;
    private task: SocketTaskLike;

    constructor(url: string, protocols?: string | string[]) {
      const list = protocols === undefined ? [] : Array.isArray(protocols) ? protocols : [protocols];
      this.protocol = list[0] ?? '';
      this.task = connect({ url, protocols: list });
      this.task.onOpen((res) => {
        this.readyState = WxWebSocket.OPEN;
        this.onopen?.(res);
      });
      this.task.onMessage((res) => {
        const data = typeof res.data === 'string' ? res.data : new TextDecoder().decode(res.data);
        this.onmessage?.({ data });
      });
      this.task.onError((res) => this.onerror?.(new Error(res?.errMsg ?? 'socket error')));
      this.task.onClose((res) => {
        if (this.readyState === WxWebSocket.CLOSED) return;
        this.readyState = WxWebSocket.CLOSED;
        // WeChat reports 1000 with no reason on some drops; an abnormal end must still retry.
        this.onclose?.({ code: res?.code ?? 1006, reason: res?.reason ?? '', wasClean: res?.code === 1000 });
      });
    }

    send(data: string) {
      this.task.send({ data, fail: (res) => this.onerror?.(new Error(res?.errMsg ?? 'send failed')) });
    }

    close(code = 1000, reason = '') {
      if (this.readyState >= WxWebSocket.CLOSING) return;
      this.readyState = WxWebSocket.CLOSING;
      this.task.close({ code, reason });
    }
  };
}
