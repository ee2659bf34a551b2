import type { Requester } from '../../context.js';

/** Who is watching: the signed-in user, or else the device id the client sends (x-device-id). */
export function viewerKey(who: Pick<Requester, 'viewer' | 'deviceId'>): string | null {
  if (who.viewer.userId) return `u:${who.viewer.userId}`;
  return who.deviceId ? `d:${who.deviceId}` : null;
}
