import { Text, View } from '@tarojs/components';
import { useI18n } from '../../i18n';
import './index.scss';

interface Props {
  /** `light` on red backgrounds, `dark` on white ones. */
  tone?: 'light' | 'dark';
}

/**
 * 中文 / EN toggle: one tap switches the language of every page. The pressable area is at least a
 * tap target square around the smaller pill; its name holds the visible 中 / EN and what it does.
 */
export default function LangSwitch({ tone = 'light' }: Props) {
  const { lang, toggle } = useI18n();
  return (
    <View
      className={`lang-toggle lang-toggle--${tone}`}
      aria-label={`中 / EN: ${lang === 'zh' ? 'Switch to English' : '切换到中文'}`}
      role="button"
      data-lang={lang}
      onClick={() => toggle()}
    >
      <View className="lang-toggle__pill">
        <Text className={`lang-toggle__opt ${lang === 'zh' ? 'is-active' : ''}`}>中</Text>{' '}
        <Text className={`lang-toggle__opt ${lang === 'en' ? 'is-active' : ''}`}>EN</Text>
      </View>
    </View>
  );
}
