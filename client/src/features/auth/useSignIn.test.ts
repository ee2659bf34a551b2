import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { serveGraphQL, staffViewer } from '../../../test/serve';
import { createClient, setClient } from '../../graphql/client';
import { resetLangForTests } from '../../i18n/store';
import { afterSignIn, useCountdown, usePasswordSignIn, usePhoneSignIn } from './useSignIn';

const success = { __typename: 'LoginSuccess', token: 'tok', expiresAt: '2026-01-01T00:00:00.000Z', user: staffViewer };

beforeEach(() => {
  resetLangForTests();
  setClient(createClient('/graphql'));
});
afterEach(() => {
  setClient(null);
  vi.useRealTimers();
});

describe('afterSignIn', () => {
  it('goes where the visitor was sent from, else the staff list, else back, else 我的', () => {
    expect(afterSignIn('/pages/applications/form/index', true, 3)).toEqual({ how: 'redirect', url: '/pages/applications/form/index' });
    expect(afterSignIn('', true, 3)).toEqual({ how: 'redirect', url: '/pages/staff/list/index' });
    expect(afterSignIn('', false, 2)).toEqual({ how: 'back' });
    expect(afterSignIn('', false, 1)).toEqual({ how: 'redirect', url: '/pages/account/me/index' });
  });
});

describe('useCountdown', () => {
  it('counts down once a second and stops at 0', () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useCountdown());
    act(() => result.current.start(2));
    expect(result.current.left).toBe(2);
    act(() => vi.advanceTimersByTime(1000));
    expect(result.current.left).toBe(1);
    act(() => vi.advanceTimersByTime(5000));
    expect(result.current.left).toBe(0);
  });
});

describe('usePhoneSignIn', () => {
  it('refuses a bad number without asking the server, sends a code, then signs in', async () => {
    const seen = serveGraphQL((op, vars) => {
      if (op === 'RequestLoginCode') {
        return { data: { requestLoginCode: { __typename: 'LoginCodeSent', maskedPhone: '138****0000', expiresInSeconds: 300, retryAfterSeconds: 60 } } };
      }
      if (op === 'LoginWithPhoneCode') {
        return vars.code === '123456'
          ? { data: { loginWithPhoneCode: success } }
          : { data: { loginWithPhoneCode: { __typename: 'AuthError', message: '验证码不正确', code: 'BAD_CODE' } } };
      }
      return new Error(`unexpected ${op}`);
    });
    const done = vi.fn();
    const { result } = renderHook(() => usePhoneSignIn(done));
    act(() => result.current.setPhone('12345'));
    await act(() => result.current.send());
    expect(result.current.error).toBe('请输入正确的 11 位手机号');
    expect(seen).toHaveLength(0);

    act(() => result.current.setPhone('13800000000'));
    await act(() => result.current.send());
    expect(result.current.error).toBeNull();
    expect(result.current.sentTo).toContain('138****0000');
    expect(result.current.countdown).toBe(60);

    act(() => result.current.setCode('111111'));
    // Not agreed to 用户协议 and 隐私政策 yet: the server is not asked.
    const asked = seen.length;
    await act(() => result.current.login());
    expect(result.current.error).toContain('用户协议');
    expect(seen).toHaveLength(asked);

    act(() => result.current.setAgreed(true));
    await act(() => result.current.login());
    expect(result.current.error).toBe('验证码不正确');
    expect(done).not.toHaveBeenCalled();

    act(() => result.current.setCode('123456'));
    await act(() => result.current.login());
    expect(done).toHaveBeenCalledWith(expect.objectContaining({ token: 'tok' }));
    expect(result.current.busy).toBeNull();
  });
});

describe('usePasswordSignIn', () => {
  it('asks for both fields, then signs in with the trimmed username', async () => {
    const seen = serveGraphQL((op) => (op === 'LoginWithPassword' ? { data: { loginWithPassword: success } } : new Error(op)));
    const done = vi.fn();
    const { result } = renderHook(() => usePasswordSignIn(done));
    await act(() => result.current.login());
    expect(result.current.error).toBe('请输入账号和密码');
    act(() => {
      result.current.setUsername(' admin ');
      result.current.setPassword('secret');
    });
    await act(() => result.current.login());
    expect(seen[0].variables).toEqual({ username: 'admin', password: 'secret' });
    expect(done).toHaveBeenCalledOnce();
  });
});
