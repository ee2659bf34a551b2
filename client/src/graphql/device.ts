import Taro from '@tarojs/taro';

/**
 * A signed-out device's own random id, sent as `x-device-id` on every GraphQL request so that its
 * conversations, likes, views and resume positions belong to this device. Made once and kept in
 * Taro storage. For views and likes to count, the server must have signed it: the app asks once
 * (registerDevice) and keeps the signed form "<own id>-<signature>"; the own part stays the same,
 * so the device keeps its conversations.
 */
export const DEVICE_STORAGE_KEY = 'cards.device';

/** The server's signed form: the device's own id, "-", 24 hex digits. */
const SIGNED = /^([A-Za-z0-9-]{8,39})-[0-9a-f]{24}$/;

let cached: string | null = null;

function randomId(): string {
  const bytes = new Uint8Array(16);
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
  if (c?.getRandomValues) c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `d-${hex}`;
}

function keep(id: string): void {
  cached = id;
  try {
    Taro.setStorageSync(DEVICE_STORAGE_KEY, id);
  } catch {
    // Storage unavailable: the id lasts as long as the page.
  }
}

export function getDeviceId(): string {
  if (cached) return cached;
  try {
    const stored = Taro.getStorageSync(DEVICE_STORAGE_KEY);
    if (typeof stored === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(stored)) {
      cached = stored;
      return stored;
    }
  } catch {
    // fall through: a fresh id
  }
  keep(randomId());
  return cached!;
}

/** Whether the kept id carries the server's signature. */
export function isDeviceRegistered(): boolean {
  return SIGNED.test(getDeviceId());
}

let registering: Promise<void> | null = null;

/**
 * Makes sure the kept id is signed by the server, asking at most once at a time. `register` sends
 * the current id and answers the signed one (null when the server refused, e.g. too many asks).
 */
export function ensureDeviceRegistered(register: (current: string) => Promise<string | null>): Promise<void> {
  if (isDeviceRegistered()) return Promise.resolve();
  registering ??= register(getDeviceId())
    .then((signed) => {
      if (signed && SIGNED.test(signed)) keep(signed);
    })
    .catch(() => {})
    .finally(() => {
      registering = null;
    });
  return registering;
}

/** The server no longer accepts the signature (its secret changed): keep the own part, register again. */
export function forgetDeviceSignature(): void {
  const m = SIGNED.exec(getDeviceId());
  if (m) keep(m[1]);
}

/** For tests. */
export function resetDeviceIdForTests(): void {
  cached = null;
  registering = null;
}
