import Taro, { getCurrentInstance } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import LangSwitch from '../LangSwitch';
import { useI18n } from '../../i18n';
import { isTabUrl } from '../../utils/tabs';
import './index.scss';

interface Props {
  title?: string;
  /** Show a back control (H5 only: WeChat draws its own navigation bar). */
  back?: boolean;
}

function goBack() {
  if (Taro.getCurrentPages().length > 1) {
    Taro.navigateBack();
  } else {
    Taro.reLaunch({ url: '/pages/home/index' });
  }
}

/**
 * The small header bar of every page. On H5 it plays the navigation bar (back, title, language);
 * on WeChat the native bar shows the title, so this bar only carries the programme line and the switch.
 */
export default function TopBar({ title, back = false }: Props) {
  const { t, lang } = useI18n();
  // A tab page is a root: the tab bar, not a back control, leads away from it.
  const onTab = isTabUrl(getCurrentInstance().router?.path ?? '');
  return (
    <View className={`top-bar ${IS_H5 ? 'top-bar--h5' : 'top-bar--mini'}`}>
      <View className="top-bar__left">
        {IS_H5 && back && !onTab ? (
          <View className="top-bar__back" aria-label={t('common.back')} role="button" onClick={goBack}>
            <View className="top-bar__chevron" />
          </View>
        ) : (
          <View className="top-bar__seal">
            {/* The app's seal: 名 (名片) in Chinese, the initials of Industry Cards in English. */}
            <Text className="top-bar__seal-text">{lang === 'en' ? 'IC' : '名'}</Text>
          </View>
        )}
        <Text className="top-bar__title">{IS_H5 ? title || t('app.name') : t('app.programme')}</Text>
      </View>
      <LangSwitch tone="light" />
    </View>
  );
}
