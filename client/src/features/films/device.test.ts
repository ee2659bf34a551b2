import { beforeEach, describe, expect, it } from 'vitest'
import { taroStub } from '../../../test/taro-stub'
import { DEVICE_STORAGE_KEY, getDeviceId, resetDeviceIdForTests } from './device'

beforeEach(() => {
  taroStub.reset()
  resetDeviceIdForTests()
})

describe('getDeviceId', () => {
  it('makes a valid id once and keeps it in storage', () => {
    const id = getDeviceId()
    expect(id).toMatch(/^[A-Za-z0-9-]{8,64}$/)
    expect(taroStub.storage.get(DEVICE_STORAGE_KEY)).toBe(id)
    resetDeviceIdForTests()
    expect(getDeviceId()).toBe(id)
  })

  it('replaces a malformed stored id', () => {
    taroStub.storage.set(DEVICE_STORAGE_KEY, 'bad id!')
    expect(getDeviceId()).not.toBe('bad id!')
  })
})
