import { Text, View } from '@tarojs/components';
import { useI18n } from '../../i18n';
import { useElderMode } from '../../features/display/elder';
import './index.scss';

interface Props {
  className?: string;
}

/** 长辈模式 on / off for this device: a row with its name, what it does and its state (named by its text, state in aria-checked). */
export default function ElderSwitch({ className = '' }: Props) {
  const { t } = useI18n();
  const [on, setOn] = useElderMode();
  return (
    <View className={`elder-switch ${on ? 'is-on' : ''} ${className}`} role="switch" aria-checked={on} onClick={() => setOn(!on)}>
      <View className="elder-switch__mark" aria-hidden="true">
        <Text>{t('elder.mark')}</Text>
      </View>
      <View className="elder-switch__main">
        <Text className="elder-switch__title">{t('elder.title')}</Text>
        <Text className="elder-switch__hint">{t('elder.hint')}</Text>
      </View>
      <View className="elder-switch__state" aria-hidden="true">
        <View className="elder-switch__knob" />
        <Text className="elder-switch__state-text">{on ? t('elder.on') : t('elder.off')}</Text>
      </View>
    </View>
  );
}
