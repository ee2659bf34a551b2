import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button } from '@tarojs/components';
import { BindWechatPhoneDocument, type ViewerFieldsFragment } from '@cards/schema';
import { useI18n } from '../../i18n';
import { mutate } from '../../graphql/mutate';

interface Props {
  onBound: (viewer: ViewerFieldsFragment) => void;
  className?: string;
}

/**
 * WeChat only: verifies the user's phone with the `getPhoneNumber` open ability; the code goes to
 * the server (`bindWechatPhone`), which asks WeChat for the number. Renders nothing on H5.
 */
export default function BindPhoneButton({ onBound, className = '' }: Props) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  if (!IS_WEAPP) return null;

  const onGetPhoneNumber = async (e: { detail: { code?: string; errMsg?: string } }) => {
    const code = e.detail.code;
    if (!code) {
      Taro.showToast({ title: t('login.bindDenied'), icon: 'none' });
      return;
    }
    setBusy(true);
    const res = await mutate(BindWechatPhoneDocument, { code }, (d) => d.bindWechatPhone, t('common.networkError'));
    setBusy(false);
    if (!res.ok) {
      Taro.showToast({ title: res.error.message, icon: 'none', duration: 3000 });
      return;
    }
    Taro.showToast({ title: t('login.phoneVerified'), icon: 'success' });
    onBound(res.value as ViewerFieldsFragment);
  };

  return (
    <Button className={`ui-btn ui-btn--block ${className}`} openType="getPhoneNumber" loading={busy} onGetPhoneNumber={onGetPhoneNumber as never}>
      {t('login.bindPhone')}
    </Button>
  );
}
