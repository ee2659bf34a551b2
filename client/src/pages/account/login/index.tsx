import { useEffect, useRef, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import {
  LoginWithPasswordDocument,
  LoginWithPhoneCodeDocument,
  LoginWithWechatDocument,
  RequestLoginCodeDocument,
  type LoginResultFragment,
} from '@cards/schema';
import TopBar from '../../../components/TopBar';
import BindPhoneButton from '../../../components/BindPhoneButton';
import { useI18n, useNavigationTitle } from '../../../i18n';
import { mutate } from '../../../graphql/mutate';
import { setToken } from '../../../features/auth/session';
import { isStaffRole } from '../../../features/auth/useSession';
import { PageActiveContext, usePageActiveState, useTestHook } from '../../../utils/pageActive';
import './index.scss';
import { routeParam } from '../../../utils/routeParam';
import PrivacyPopup from '../../../components/PrivacyPopup';

const MOBILE = /^1[3-9]\d{9}$/;

/** Where to go after signing in: the page that sent us here, else back, else 我的. */
function leave(redirect: string, staff: boolean) {
  if (redirect) {
    Taro.redirectTo({ url: redirect }).catch(() => Taro.reLaunch({ url: redirect }));
  } else if (staff) {
    Taro.redirectTo({ url: '/pages/staff/list/index' });
  } else if (Taro.getCurrentPages().length > 1) {
    Taro.navigateBack();
  } else {
    Taro.redirectTo({ url: '/pages/account/me/index' });
  }
}

function OfficialForm({ onDone }: { onDone: (login: LoginResultFragment) => void }) {
  const { t } = useI18n();
  const hook = useTestHook();
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [countdown, setCountdown] = useState(0);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'send' | 'login' | null>(null);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);

  useEffect(
    () => () => {
      if (timer.current) clearInterval(timer.current);
    },
    [],
  );

  const startCountdown = (seconds: number) => {
    setCountdown(seconds);
    if (timer.current) clearInterval(timer.current);
    timer.current = setInterval(() => {
      setCountdown((n) => {
        if (n <= 1 && timer.current) {
          clearInterval(timer.current);
          timer.current = null;
        }
        return Math.max(0, n - 1);
      });
    }, 1000);
  };

  const send = async () => {
    if (countdown > 0 || busy) return;
    const p = phone.trim();
    if (!MOBILE.test(p)) {
      setError(t('login.invalidPhone'));
      return;
    }
    setError(null);
    setBusy('send');
    const res = await mutate(RequestLoginCodeDocument, { phone: p }, (d) => d.requestLoginCode, t('common.networkError'));
    setBusy(null);
    if (!res.ok) {
      setError(res.error.message);
      return;
    }
    if (res.value.__typename !== 'LoginCodeSent') return;
    setSentTo(t('login.codeSent', { phone: res.value.maskedPhone, min: Math.round(res.value.expiresInSeconds / 60) }));
    startCountdown(res.value.retryAfterSeconds || 60);
  };

  const login = async () => {
    if (busy) return;
    const p = phone.trim();
    if (!MOBILE.test(p)) return setError(t('login.invalidPhone'));
    if (!/^\d{4,8}$/.test(code.trim())) return setError(t('login.codeRequired'));
    setError(null);
    setBusy('login');
    const res = await mutate(LoginWithPhoneCodeDocument, { phone: p, code: code.trim() }, (d) => d.loginWithPhoneCode, t('common.networkError'));
    setBusy(null);
    if (!res.ok) return setError(res.error.message);
    if (res.value.__typename === 'LoginSuccess') onDone(res.value);
  };

  return (
    <View className="login__form">
      <Text className="login__label">{t('login.phone')}</Text>
      <Input
        className={`ui-input ${hook('login-phone')}`}
        type="number"
        maxlength={11}
        value={phone}
        placeholder={t('login.phonePlaceholder')}
        placeholderClass="ui-placeholder"
        onInput={(e) => setPhone(e.detail.value)}
      />
      <Text className="login__label">{t('login.code')}</Text>
      <View className="login__code-row">
        <Input
          className={`ui-input login__code ${hook('login-code')}`}
          type="number"
          maxlength={6}
          value={code}
          placeholder={t('login.codePlaceholder')}
          placeholderClass="ui-placeholder"
          onInput={(e) => setCode(e.detail.value)}
          onConfirm={login}
        />
        <View
          className={`login__send ${countdown > 0 || busy === 'send' ? 'is-waiting' : ''} ${hook('send-code')}`}
          role="button"
          aria-disabled={countdown > 0}
          onClick={send}
        >
          <Text>{countdown > 0 ? t('login.resend', { n: countdown }) : t('login.sendCode')}</Text>
        </View>
      </View>
      {sentTo && !error ? <Text className={`login__sent ${hook('code-sent')}`}>{sentTo}</Text> : null}
      {error ? <Text className={`login__error ${hook('login-error')}`}>{error}</Text> : null}
      <View className={`ui-btn ui-btn--block login__submit ${busy === 'login' ? 'is-disabled' : ''} ${hook('login-submit')}`} role="button" onClick={login}>
        <Text>{t('login.submit')}</Text>
      </View>
    </View>
  );
}

function StaffForm({ onDone }: { onDone: (login: LoginResultFragment) => void }) {
  const { t } = useI18n();
  const hook = useTestHook();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const login = async () => {
    if (busy) return;
    if (!username.trim() || !password) return setError(t('login.credentialsRequired'));
    setError(null);
    setBusy(true);
    const res = await mutate(LoginWithPasswordDocument, { username: username.trim(), password }, (d) => d.loginWithPassword, t('common.networkError'));
    setBusy(false);
    if (!res.ok) return setError(res.error.message);
    if (res.value.__typename === 'LoginSuccess') onDone(res.value);
  };

  return (
    <View className="login__form">
      <Text className="login__label">{t('login.username')}</Text>
      <Input
        className={`ui-input ${hook('login-username')}`}
        value={username}
        placeholder={t('login.usernamePlaceholder')}
        placeholderClass="ui-placeholder"
        onInput={(e) => setUsername(e.detail.value)}
      />
      <Text className="login__label">{t('login.password')}</Text>
      <Input
        className={`ui-input ${hook('login-password')}`}
        password
        value={password}
        placeholder={t('login.passwordPlaceholder')}
        placeholderClass="ui-placeholder"
        onInput={(e) => setPassword(e.detail.value)}
        onConfirm={login}
      />
      {error ? <Text className={`login__error ${hook('login-error')}`}>{error}</Text> : null}
      <View className={`ui-btn ui-btn--block login__submit ${busy ? 'is-disabled' : ''} ${hook('login-submit')}`} role="button" onClick={login}>
        <Text>{t('login.submit')}</Text>
      </View>
    </View>
  );
}

function WechatForm({ onDone, needPhone, onBound }: { onDone: (login: LoginResultFragment) => void; needPhone: boolean; onBound: () => void }) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const login = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const { code } = await Taro.login();
      const res = await mutate(LoginWithWechatDocument, { code }, (d) => d.loginWithWechat, t('common.networkError'));
      if (!res.ok) setError(res.error.message);
      else if (res.value.__typename === 'LoginSuccess') onDone(res.value);
    } catch {
      setError(t('common.networkError'));
    } finally {
      setBusy(false);
    }
  };

  if (needPhone) {
    return (
      <View className="login__form">
        <Text className="login__hint">{t('login.bindPhoneHint')}</Text>
        <BindPhoneButton className="login__submit" onBound={onBound} />
      </View>
    );
  }
  return (
    <View className="login__form">
      <Text className="login__hint">{t('login.wechatHint')}</Text>
      {error ? <Text className="login__error">{error}</Text> : null}
      <View className={`ui-btn ui-btn--block login__submit login__wechat ${busy ? 'is-disabled' : ''}`} role="button" onClick={login}>
        <Text>{t('login.wechat')}</Text>
      </View>
    </View>
  );
}

export default function LoginPage() {
  const { t } = useI18n();
  const active = usePageActiveState();
  const router = useRouter();
  const [mode, setMode] = useState<'official' | 'staff'>(router.params.mode === 'staff' ? 'staff' : 'official');
  const redirect = routeParam(router.params.redirect);
  const [needPhone, setNeedPhone] = useState(false);
  useNavigationTitle(mode === 'staff' ? 'login.staffTitle' : 'login.title');

  const done = (login: LoginResultFragment) => {
    setToken(login.token);
    const staff = isStaffRole(login.user.role);
    if (IS_WEAPP && mode === 'official' && !login.user.hasPhone && !staff) {
      // Signed in; the phone is verified next (needed before applying).
      setNeedPhone(true);
      return;
    }
    Taro.showToast({ title: t('login.success'), icon: 'success', duration: 1200 });
    leave(redirect, staff && !redirect);
  };

  const staff = mode === 'staff';
  return (
    <PageActiveContext.Provider value={active}>
      <View className="page login">
        <TopBar back title={staff ? t('login.staffTitle') : t('login.title')} />
        <View className={`login__hero ${staff ? 'login__hero--staff' : ''}`}>
          <View className="login__hero-rings" />
          <View className="login__seal">
            <Text>{staff ? '工' : '名'}</Text>
          </View>
          <Text className="login__title">{staff ? t('login.staffTitle') : IS_WEAPP ? t('login.wechat') : t('login.officialTitle')}</Text>
          <Text className="login__subtitle">{staff ? t('login.staffHint') : t('login.officialHint')}</Text>
        </View>
        <View className="page-body">
          <View className="login__card">
            {staff ? (
              <StaffForm onDone={done} />
            ) : IS_WEAPP ? (
              <WechatForm onDone={done} needPhone={needPhone} onBound={() => leave(redirect, false)} />
            ) : (
              <OfficialForm onDone={done} />
            )}
          </View>
          <View className="login__switch">
            <Text
              className={`ui-link ${active ? (staff ? 'official-login-entry' : 'staff-login-entry') : ''}`}
              onClick={() => setMode(staff ? 'official' : 'staff')}
            >
              {staff ? t('login.officialEntry') : t('login.staffEntry')}
            </Text>
          </View>
        </View>
      </View>
      <PrivacyPopup />
    </PageActiveContext.Provider>
  );
}
