import Taro from '@tarojs/taro'

/**
 * A signed-out device's own random id, sent as `x-device-id` on every GraphQL request so that likes,
 * views and resume positions belong to this device. Made once and kept in Taro storage.
 */
export const DEVICE_STORAGE_KEY = 'cards.device'

let cached: string | null = null

function randomId(): string {
  const bytes = new Uint8Array(16)
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto
  if (c?.getRandomValues) c.getRandomValues(bytes)
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256)
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  return `d-${hex}`
}

export function getDeviceId(): string {
  if (cached) return cached
  try {
    const stored = Taro.getStorageSync(DEVICE_STORAGE_KEY)
    if (typeof stored === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(stored)) {
      cached = stored
      return stored
    }
  } catch {
    // fall through: a fresh id
  }
  cached = randomId()
  try {
    Taro.setStorageSync(DEVICE_STORAGE_KEY, cached)
  } catch {
    // Storage unavailable: the id lasts as long as the page.
  }
  return cached
}

/** For tests. */
export function resetDeviceIdForTests(): void {
  cached = null
}
