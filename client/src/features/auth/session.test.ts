import { afterEach, describe, expect, it } from 'vitest';
import { taroStub } from '../../../test/taro-stub';
import { serveGraphQL } from '../../../test/serve';
import { getClient, setClient } from '../../graphql/client';
import { ViewerDocument } from '@cards/schema';
import { authHeaders, getToken, resetSessionForTests, setToken, TOKEN_STORAGE_KEY } from './session';

afterEach(() => {
  resetSessionForTests();
  setClient(null);
});

describe('session token', () => {
  it('is stored, sent as a bearer token on every request, and cleared', async () => {
    resetSessionForTests();
    expect(getToken()).toBeNull();
    expect(authHeaders()).toEqual({});
    setToken('abc');
    expect(taroStub.storage.get(TOKEN_STORAGE_KEY)).toBe('abc');
    const seen = serveGraphQL(() => ({ data: { viewer: null } }));
    await getClient().query(ViewerDocument, {}).toPromise();
    expect(seen[0].authorization).toBe('Bearer abc');

    setToken(null);
    expect(taroStub.storage.has(TOKEN_STORAGE_KEY)).toBe(false);
    await getClient().query(ViewerDocument, {}).toPromise();
    expect(seen[1].authorization).toBeUndefined();
  });

  it('reads a stored token on start', () => {
    taroStub.storage.set(TOKEN_STORAGE_KEY, 'from-storage');
    resetSessionForTests();
    expect(getToken()).toBe('from-storage');
  });
});
