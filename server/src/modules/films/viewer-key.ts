import type { Requester } from '../../context.js';

/** Who is watching: the signed-in user, or else the device id the client sends (x-device-id). */
export function viewerKey(who: Pick<Requester, 'viewer' | 'deviceId'>): string | null {
  if (who.viewer.userId) return `u:${who.viewer.userId}`;
  return who.deviceId ? `d:${who.deviceId}` : null;
}

/** Today in China, for "once per viewer per film per day". */
export function chinaDay(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
