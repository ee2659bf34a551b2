// The app's live connection: SSE on H5, WebSocket over wx.connectSocket on weapp.
import { graphqlEndpoint } from '../../../graphql/client';
import { authHeaders, subscribeToken } from '../../auth/session';
import { getDeviceId } from '../../../graphql/device';
import { sseTransport } from './sse';
import type { LiveTransport } from './transport';
import { socketClassOver, type ConnectSocket } from './wx-socket';
import { wsTransport } from './ws';

declare const wx: { connectSocket: ConnectSocket } | undefined;

const credentials = () => ({ ...authHeaders(), 'x-device-id': getDeviceId() });

let shared: LiveTransport | null = null;

export function liveTransport(): LiveTransport {
  if (shared) return shared;
  if (IS_H5) {
    shared = sseTransport({ url: graphqlEndpoint(), headers: credentials });
  } else {
    shared = wsTransport({
      url: graphqlEndpoint().replace(/^http/, 'ws'),
      connectionParams: credentials,
      webSocketImpl: socketClassOver((options) => wx!.connectSocket(options)),
    });
  }
  return shared;
}

// A new session gets new connections (the old ones carry the old credentials).
subscribeToken(() => {
  shared?.dispose();
  shared = null;
});

export { followInquiry, type Following, type LiveMessage, type LiveInquiry } from './follow';
export type { LiveTransport } from './transport';
