// The sign-in forms of the login page: SMS code (officials on H5), password (staff), WeChat (weapp).
// Styles: pages/account/login/index.scss (`login__*`).
import type { ComponentProps } from 'react';
import Taro from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import type { LoginResultFragment } from '@cards/schema';
import BindPhoneButton from '../BindPhoneButton';
import { useI18n } from '../../i18n';
import { usePasswordSignIn, usePhoneSignIn, useWechatSignIn } from '../../features/auth/useSignIn';
import { useTestHook } from '../../utils/pageActive';

type Done = (login: LoginResultFragment) => void;

/** A labelled input; `name` is its test hook. */
function Field({ label, name, className = '', ...input }: { label: string; name: string } & ComponentProps<typeof Input>) {
  const hook = useTestHook();
  return (
    <>
      <Text className="login__label">{label}</Text>
      <Input className={`ui-input ${className} ${hook(name)}`} placeholderClass="ui-placeholder" {...input} />
    </>
  );
}

/** The form's error, then its submit button. */
function Submit({
  error,
  busy,
  onSubmit,
  label,
  className = '',
  hookName = 'login-submit',
}: {
  error: string | null;
  busy: boolean;
  onSubmit: () => void;
  label: string;
  className?: string;
  hookName?: string;
}) {
  const hook = useTestHook();
  return (
    <>
      {error ? <Text className={`login__error ${hook('login-error')}`}>{error}</Text> : null}
      <View className={`ui-btn ui-btn--block login__submit ${className} ${busy ? 'is-disabled' : ''} ${hook(hookName)}`} role="button" onClick={onSubmit}>
        <Text>{label}</Text>
      </View>
    </>
  );
}

/** 我已阅读并同意《用户协议》和《隐私政策》: unticked until the person ticks it; the titles open the texts. */
function Agreement({ agreed, onChange }: { agreed: boolean; onChange: (agreed: boolean) => void }) {
  const { t, lang } = useI18n();
  // 《书名号》 around the titles in Chinese; English needs none.
  const titled = (title: string) => (lang === 'zh' ? `《${title}》` : title);
  const open = (doc: string) => (e: { stopPropagation: () => void }) => {
    e.stopPropagation();
    void Taro.navigateTo({ url: `/pages/account/privacy/index${doc}` });
  };
  return (
    // The checkbox and the two links are siblings: a control inside a control reaches no one.
    <View className="login__agree-row">
      <View className={`login__agree ${agreed ? 'is-checked' : ''}`} role="checkbox" aria-checked={agreed} onClick={() => onChange(!agreed)}>
        <View className="login__agree-box" />
        <Text className="login__agree-text">{t('privacy.agreeLabel')}</Text>
      </View>
      <Text className="login__agree-text login__agree-links">
        <Text className="ui-link" role="link" onClick={open('?doc=terms')}>
          {titled(t('privacy.termsTitle'))}
        </Text>{' '}
        {t('privacy.and')}{' '}
        <Text className="ui-link" role="link" onClick={open('')}>
          {titled(t('privacy.policyTitle'))}
        </Text>
      </Text>
    </View>
  );
}

export function OfficialForm({ onDone }: { onDone: Done }) {
  const { t } = useI18n();
  const hook = useTestHook();
  const form = usePhoneSignIn(onDone);
  const { countdown, busy } = form;
  return (
    <View className="login__form">
      <Field
        label={t('login.phone')}
        name="login-phone"
        type="number"
        maxlength={11}
        value={form.phone}
        placeholder={t('login.phonePlaceholder')}
        onInput={(e) => form.setPhone(e.detail.value)}
      />
      <Text className="login__label">{t('login.code')}</Text>
      <View className="login__code-row">
        <Input
          className={`ui-input login__code ${hook('login-code')}`}
          type="number"
          maxlength={6}
          value={form.code}
          placeholder={t('login.codePlaceholder')}
          placeholderClass="ui-placeholder"
          onInput={(e) => form.setCode(e.detail.value)}
          onConfirm={form.login}
        />
        <View
          className={`login__send ${countdown > 0 || busy === 'send' ? 'is-waiting' : ''} ${hook('send-code')}`}
          role="button"
          aria-disabled={countdown > 0}
          onClick={form.send}
        >
          <Text>{countdown > 0 ? t('login.resend', { n: countdown }) : t('login.sendCode')}</Text>
        </View>
      </View>
      {form.sentTo && !form.error ? <Text className={`login__sent ${hook('code-sent')}`}>{form.sentTo}</Text> : null}
      <Agreement agreed={form.agreed} onChange={form.setAgreed} />
      <Submit error={form.error} busy={busy === 'login'} onSubmit={form.login} label={t('login.submit')} />
    </View>
  );
}

export function StaffForm({ onDone }: { onDone: Done }) {
  const { t } = useI18n();
  const form = usePasswordSignIn(onDone);
  return (
    <View className="login__form">
      <Field
        label={t('login.username')}
        name="login-username"
        value={form.username}
        placeholder={t('login.usernamePlaceholder')}
        onInput={(e) => form.setUsername(e.detail.value)}
      />
      <Field
        label={t('login.password')}
        name="login-password"
        password
        value={form.password}
        placeholder={t('login.passwordPlaceholder')}
        onInput={(e) => form.setPassword(e.detail.value)}
        onConfirm={form.login}
      />
      <Submit error={form.error} busy={!!form.busy} onSubmit={form.login} label={t('login.submit')} />
    </View>
  );
}

export function WechatForm({ onDone, needPhone, onBound }: { onDone: Done; needPhone: boolean; onBound: () => void }) {
  const { t } = useI18n();
  const form = useWechatSignIn(onDone);
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
      <Agreement agreed={form.agreed} onChange={form.setAgreed} />
      <Submit error={form.error} busy={!!form.busy} onSubmit={form.login} label={t('login.wechat')} className="login__wechat" hookName="" />
    </View>
  );
}
