import { useContext, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useI18n } from '../../i18n';
import { PageActiveContext } from '../../utils/pageActive';
import {
  agreePrivacy,
  currentPrivacyRequest,
  declinePrivacy,
  privacyPopupShown,
  subscribePrivacyRequests,
  type PrivacyRequest,
} from '../../features/privacy/privacy';
import './index.scss';

const AGREE_BUTTON_ID = 'privacy-agree';
export const PRIVACY_POLICY_URL = '/pages/account/privacy/index';

/**
 * The app's privacy guide (weapp): shown on the page on screen when WeChat asks for the user's
 * agreement before a privacy API or component runs. Place it on every page that uses one.
 */
export default function PrivacyPopup() {
  const { t } = useI18n();
  const active = useContext(PageActiveContext);
  const [request, setRequest] = useState<PrivacyRequest | null>(currentPrivacyRequest);
  const [contract, setContract] = useState('');
  useEffect(() => subscribePrivacyRequests(setRequest), []);
  const open = IS_WEAPP && active && request !== null;
  useEffect(() => {
    if (!open) return;
    privacyPopupShown();
    Taro.getPrivacySetting({
      success: (res: { privacyContractName?: string }) => setContract(res.privacyContractName ?? ''),
      fail: () => undefined,
    } as never);
  }, [open]);
  if (!open) return null;

  const name = contract || t('privacy.contract');
  return (
    <View className="privacy-popup privacy-guide" catchMove>
      <View className="privacy-popup__mask" />
      <View className="privacy-popup__panel" role="dialog" aria-label={t('privacy.title')}>
        <Text className="privacy-popup__title">{t('privacy.title')}</Text>
        <Text className="privacy-popup__text">{t('privacy.body')}</Text>
        <View className="privacy-popup__links">
          <Text className="ui-link privacy-contract" onClick={() => Taro.openPrivacyContract({ fail: () => undefined } as never)}>
            {name}
          </Text>
          <Text className="ui-link privacy-policy-link" onClick={() => Taro.navigateTo({ url: PRIVACY_POLICY_URL })}>
            {t('privacy.policy')}
          </Text>
        </View>
        <View className="privacy-popup__actions">
          <Button className="ui-btn ui-btn--plain privacy-popup__button privacy-disagree" onClick={declinePrivacy}>
            {t('privacy.disagree')}
          </Button>
          <Button
            id={AGREE_BUTTON_ID}
            className="ui-btn privacy-popup__button privacy-agree"
            openType="agreePrivacyAuthorization"
            onAgreePrivacyAuthorization={() => agreePrivacy(AGREE_BUTTON_ID)}
          >
            {t('privacy.agree')}
          </Button>
        </View>
      </View>
    </View>
  );
}
