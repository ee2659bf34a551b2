import { Text, View } from '@tarojs/components';
import { useI18n } from '../../i18n';
import './index.scss';

interface Props {
  speeds: readonly number[];
  value: number;
  onChange: (speed: number) => void;
}

/** "1.25×": the rate as people read it (no trailing zeros). */
export const speedText = (r: number) => `${Number(r.toFixed(2))}×`;

/**
 * The playback speed as a row of toggle buttons (0.75× … 2×): each one says its rate to a screen
 * reader ("1.25 倍速" / "1.25× speed") and which one is on.
 */
export default function SpeedSwitch({ speeds, value, onChange }: Props) {
  const { t } = useI18n();
  return (
    <View className="speed-switch">
      <Text className="speed-switch__label" aria-hidden>
        {t('films.speed')}
      </Text>
      <View className="speed-switch__options" role="group" aria-label={t('films.speed')}>
        {speeds.map((r) => (
          <View
            key={r}
            className={`speed-switch__option ${value === r ? 'is-active' : ''}`}
            role="button"
            aria-pressed={value === r}
            aria-label={t('films.speedOption', { r: Number(r.toFixed(2)) })}
            data-rate={r}
            onClick={() => onChange(r)}
          >
            <Text className="speed-switch__text">{speedText(r)}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
