import { beforeEach, describe, expect, it } from 'vitest';
import { taroStub } from '../../test/taro-stub';
import { DEVICE_STORAGE_KEY, ensureDeviceRegistered, forgetDeviceSignature, getDeviceId, isDeviceRegistered, resetDeviceIdForTests } from './device';

beforeEach(() => {
  taroStub.reset();
  resetDeviceIdForTests();
});

const SIGNATURE = '0123456789abcdef01234567';

describe('getDeviceId', () => {
  it('makes a valid id once and keeps it in storage', () => {
    const id = getDeviceId();
    expect(id).toMatch(/^[A-Za-z0-9-]{8,64}$/);
    expect(taroStub.storage.get(DEVICE_STORAGE_KEY)).toBe(id);
    resetDeviceIdForTests();
    expect(getDeviceId()).toBe(id);
  });

  it('replaces a malformed stored id', () => {
    taroStub.storage.set(DEVICE_STORAGE_KEY, 'bad id!');
    expect(getDeviceId()).not.toBe('bad id!');
  });
});

describe('ensureDeviceRegistered', () => {
  it('asks the server once, keeps the signed id, and keeps the own part (the device’s conversations)', async () => {
    const own = getDeviceId();
    const asked: string[] = [];
    const register = async (current: string) => {
      asked.push(current);
      return `${current}-${SIGNATURE}`;
    };
    await Promise.all([ensureDeviceRegistered(register), ensureDeviceRegistered(register)]);
    expect(asked).toEqual([own]);
    expect(getDeviceId()).toBe(`${own}-${SIGNATURE}`);
    expect(isDeviceRegistered()).toBe(true);
    resetDeviceIdForTests();
    expect(taroStub.storage.get(DEVICE_STORAGE_KEY)).toBe(`${own}-${SIGNATURE}`);
    await ensureDeviceRegistered(register);
    expect(asked).toHaveLength(1);
  });

  it('keeps the unsigned id when the server refuses, and asks again later', async () => {
    const own = getDeviceId();
    await ensureDeviceRegistered(async () => null);
    expect(getDeviceId()).toBe(own);
    await ensureDeviceRegistered(async () => 'not a signed id');
    expect(isDeviceRegistered()).toBe(false);
    await ensureDeviceRegistered(async (current) => `${current}-${SIGNATURE}`);
    expect(isDeviceRegistered()).toBe(true);
  });

  it('forgets a signature the server stopped accepting, keeping the own part', async () => {
    const own = getDeviceId();
    await ensureDeviceRegistered(async (current) => `${current}-${SIGNATURE}`);
    forgetDeviceSignature();
    expect(getDeviceId()).toBe(own);
    expect(isDeviceRegistered()).toBe(false);
  });
});
