// Signing in: by SMS code (officials on H5), by username and password (staff), by WeChat (weapp).
// Officials tick their agreement to 用户协议 and 隐私政策 first (unticked each time; the server refuses without it).
// Each form's hook validates, calls the server once at a time, and shows its error in the form.
import { useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import {
  LoginWithPasswordDocument,
  LoginWithPhoneCodeDocument,
  LoginWithWechatDocument,
  RequestLoginCodeDocument,
  type LoginResultFragment,
} from '@cards/schema';
import { useI18n } from '../../i18n';
import { mutate, type Outcome } from '../../graphql/mutate';
import { isTabUrl, replacePage, switchToTab } from '../../utils/tabs';

export const MOBILE = /^1[3-9]\d{9}$/;
const CODE = /^\d{4,8}$/;

type Done = (login: LoginResultFragment) => void;
type LoginOutcome = Outcome<{ __typename?: string }>;

/** Where to go after signing in: the page that sent us here, else the staff list, else back, else 我的. */
export function afterSignIn(redirect: string, staff: boolean, stackDepth: number): { how: 'redirect' | 'back'; url?: string } {
  if (redirect) return { how: 'redirect', url: redirect };
  if (staff) return { how: 'redirect', url: '/pages/staff/list/index' };
  if (stackDepth > 1) return { how: 'back' };
  return { how: 'redirect', url: '/pages/account/me/index' };
}

export function leaveAfterSignIn(redirect: string, staff: boolean) {
  const next = afterSignIn(redirect, staff, Taro.getCurrentPages().length);
  if (next.how === 'back') Taro.navigateBack();
  else if (redirect && isTabUrl(redirect)) void switchToTab(redirect);
  else if (redirect) Taro.redirectTo({ url: redirect }).catch(() => Taro.reLaunch({ url: redirect }));
  else void replacePage(next.url ?? '');
}

/** Busy and error of one form, and `attempt`, which runs one sign-in call and hands a session to `onDone`. */
function useSignInAttempt<Busy extends string>(onDone: Done) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const attempt = async (what: Busy, call: () => Promise<LoginOutcome>) => {
    setError(null);
    setBusy(what);
    const res = await call();
    setBusy(null);
    if (!res.ok) return setError(res.error.message);
    if (res.value.__typename === 'LoginSuccess') onDone(res.value as LoginResultFragment);
  };
  return { error, setError, busy, attempt };
}

/** Seconds left before a new code may be asked for, counting down once a second. */
export function useCountdown() {
  const [left, setLeft] = useState(0);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);
  const stop = () => {
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
  };
  useEffect(() => stop, []);
  const start = (seconds: number) => {
    setLeft(seconds);
    stop();
    timer.current = setInterval(() => {
      setLeft((n) => {
        if (n <= 1) stop();
        return Math.max(0, n - 1);
      });
    }, 1000);
  };
  return { left, start };
}

/** Officials on H5: a code by SMS, then the phone number and the code. */
export function usePhoneSignIn(onDone: Done) {
  const { t } = useI18n();
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [agreed, setAgreed] = useState(false);
  const countdown = useCountdown();
  const form = useSignInAttempt<'send' | 'login'>(onDone);
  const { setError, busy } = form;

  const send = async () => {
    if (countdown.left > 0 || busy) return;
    const p = phone.trim();
    if (!MOBILE.test(p)) return setError(t('login.invalidPhone'));
    await form.attempt('send', async () => {
      const res = await mutate(RequestLoginCodeDocument, { phone: p }, (d) => d.requestLoginCode, t('common.networkError'));
      if (res.ok && res.value.__typename === 'LoginCodeSent') {
        setSentTo(t('login.codeSent', { phone: res.value.maskedPhone, min: Math.round(res.value.expiresInSeconds / 60) }));
        countdown.start(res.value.retryAfterSeconds || 60);
      }
      return res;
    });
  };

  const login = async () => {
    if (busy) return;
    const p = phone.trim();
    if (!MOBILE.test(p)) return setError(t('login.invalidPhone'));
    if (!CODE.test(code.trim())) return setError(t('login.codeRequired'));
    if (!agreed) return setError(t('privacy.consentRequired'));
    await form.attempt('login', () =>
      mutate(LoginWithPhoneCodeDocument, { phone: p, code: code.trim(), agreedToTerms: agreed }, (d) => d.loginWithPhoneCode, t('common.networkError')),
    );
  };

  return { phone, setPhone, code, setCode, sentTo, countdown: countdown.left, error: form.error, busy, send, login, agreed, setAgreed };
}

/** Staff: username and password. */
export function usePasswordSignIn(onDone: Done) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const form = useSignInAttempt<'login'>(onDone);

  const login = async () => {
    if (form.busy) return;
    if (!username.trim() || !password) return form.setError(t('login.credentialsRequired'));
    await form.attempt('login', () =>
      mutate(LoginWithPasswordDocument, { username: username.trim(), password }, (d) => d.loginWithPassword, t('common.networkError')),
    );
  };

  return { username, setUsername, password, setPassword, error: form.error, busy: form.busy, login };
}

/** weapp: WeChat's login code, exchanged for a session. */
export function useWechatSignIn(onDone: Done) {
  const { t } = useI18n();
  const form = useSignInAttempt<'login'>(onDone);
  const [agreed, setAgreed] = useState(false);

  const login = async () => {
    if (form.busy) return;
    if (!agreed) return form.setError(t('privacy.consentRequired'));
    await form.attempt('login', async () => {
      try {
        const { code } = await Taro.login();
        return await mutate(LoginWithWechatDocument, { code, agreedToTerms: agreed }, (d) => d.loginWithWechat, t('common.networkError'));
      } catch {
        return { ok: false, error: { kind: 'network', message: t('common.networkError'), fieldErrors: {} } };
      }
    });
  };

  return { error: form.error, busy: form.busy, login, agreed, setAgreed };
}
