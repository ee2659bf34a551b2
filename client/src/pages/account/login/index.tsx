import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { LoginResultFragment } from '@cards/schema';
import TopBar from '../../../components/TopBar';
import { OfficialForm, StaffForm, WechatForm } from '../../../components/SignInForms';
import { useI18n, useNavigationTitle } from '../../../i18n';
import { setToken } from '../../../features/auth/session';
import { isStaffRole } from '../../../features/auth/useSession';
import { leaveAfterSignIn } from '../../../features/auth/useSignIn';
import { PageActiveContext, usePageActiveState } from '../../../utils/pageActive';
import './index.scss';
import { routeParam } from '../../../utils/routeParam';
import PrivacyPopup from '../../../components/PrivacyPopup';
import { useElderClass } from '../../../features/display/elder';

export default function LoginPage() {
  const elder = useElderClass();
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
    leaveAfterSignIn(redirect, staff && !redirect);
  };

  const staff = mode === 'staff';
  return (
    <PageActiveContext.Provider value={active}>
      <View className={`page login ${elder}`}>
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
              <WechatForm onDone={done} needPhone={needPhone} onBound={() => leaveAfterSignIn(redirect, false)} />
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
