import type { Context } from '../../context.js';

/** Who is watching: the signed-in user, or else the device id the client sends (x-device-id). */
export function viewerKey(ctx: Context): string | null {
  if (ctx.viewer.userId) return `u:${ctx.viewer.userId}`;
  return ctx.deviceId ? `d:${ctx.deviceId}` : null;
}

/** Today in China, for "once per viewer per film per day". */
export function chinaDay(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
