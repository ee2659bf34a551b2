// Device ids issued by the server. A signed-out app keeps a random id of its own (x-device-id) for
// its conversations and resume positions; to count views and likes it must hold one signed by the
// server: "<id>-<24 hex of HMAC>". The app asks for the signature once (registerDevice, a few per
// address an hour) and keeps it, so ids invented by the thousand count nothing. The signed id's
// own part stays the device id everywhere, so a device keeps its history when it registers.
import crypto from 'node:crypto';

const SIGNATURE = /^(.{8,39})-([0-9a-f]{24})$/;
/** What the server accepts as a device id at all (the x-device-id header). */
export const DEVICE_ID = /^[A-Za-z0-9-]{8,64}$/;
/** A device's own part: room for "-" and the signature within DEVICE_ID's 64 characters. */
const OWN_PART = /^[A-Za-z0-9-]{8,39}$/;

function signature(secret: string, id: string): string {
  return crypto.createHmac('sha256', secret).update(`device-id\n${id}`).digest('hex').slice(0, 24);
}

export function signDeviceId(secret: string, id: string): string {
  return `${id}-${signature(secret, id)}`;
}

/** A fresh device id (the app's own form: "d-" and 32 hex digits). */
export function newDeviceId(): string {
  return `d-${crypto.randomBytes(16).toString('hex')}`;
}

/** Whether `id` may be signed as it is (else registerDevice gives a fresh one). */
export function canSign(id: string): boolean {
  return OWN_PART.test(id);
}

/**
 * The device behind an x-device-id header: its own part, and whether the server signed it. A
 * signature that no longer checks out (APP_SECRET changed) still names the device, so it keeps its
 * conversations; only its views and likes stop counting until it registers again.
 */
export function deviceFromHeader(header: string | null, secret: string): { deviceId: string | null; deviceVerified: boolean } {
  if (!header || !DEVICE_ID.test(header)) return { deviceId: null, deviceVerified: false };
  const m = SIGNATURE.exec(header);
  if (!m) return { deviceId: header, deviceVerified: false };
  const verified = crypto.timingSafeEqual(Buffer.from(signature(secret, m[1])), Buffer.from(m[2]));
  return { deviceId: m[1], deviceVerified: verified };
}
