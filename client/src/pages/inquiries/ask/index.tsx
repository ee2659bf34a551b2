// The 咨询 tab: a light page in the main package that leads to the chat (a subpackage, with its live
// connection), the 办事指南 and a phone line.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import TopBar from '../../../components/TopBar';
import { useI18n, useNavigationTitle } from '../../../i18n';
import { useTabBarLabels } from '../../../i18n/tabBar';
import { CHAT_URL } from '../../../features/inquiries/chat';
import { GUIDE_URL, SAMPLE_CONTACT_PHONE } from '../../../features/applications/guide';
import './index.scss';
import { useElderClass } from '../../../features/display/elder';

export default function AskPage() {
  const elder = useElderClass();
  const { t } = useI18n();
  useNavigationTitle('ask.title');
  useTabBarLabels();
  return (
    <View className={`page ask ${elder}`}>
      <TopBar title={t('ask.title')} />
      <View className="page-body">
        <View className="ask__hero">
          <Text className="ask__heading" role="heading" aria-level={1}>
            {t('ask.heading')}
          </Text>
          <Text className="ask__hint">{t('ask.hint')}</Text>
          <View className="ui-btn ui-btn--block ask__start" role="button" onClick={() => Taro.navigateTo({ url: CHAT_URL })}>
            <Text>{t('ask.start')}</Text>
          </View>
        </View>
        <View className="ask__row" role="link" onClick={() => Taro.navigateTo({ url: GUIDE_URL })}>
          <View className="ask__row-main">
            <Text className="ask__row-title">{t('ask.guide')}</Text>
            <Text className="ask__row-hint">{t('ask.guideHint')}</Text>
          </View>
          <View className="ask__row-arrow" />
        </View>
        <View className="ask__row">
          <View className="ask__row-main">
            <Text className="ask__row-title">{t('ask.phoneTitle')}</Text>
            <Text className="ask__row-hint">
              {t('ask.phone', { phone: SAMPLE_CONTACT_PHONE })} · {t('ask.hours')}
            </Text>
          </View>
        </View>
      </View>
    </View>
  );
}
