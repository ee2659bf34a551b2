import { Text, View } from '@tarojs/components';
import { useTestHook } from '../../utils/pageActive';

interface Props<V extends string> {
  options: readonly V[];
  label: (value: V) => string;
  isOn: (value: V) => boolean;
  onPick: (value: V) => void;
  /** Test hook of each chip (`tier-option`, `theme-option`). */
  hookName: string;
}

/** Chips to pick a card's tier or themes. */
export default function CardChoiceChips<V extends string>({ options, label, isOn, onPick, hookName }: Props<V>) {
  const hook = useTestHook();
  return (
    <View className="card-edit__choices">
      {options.map((value) => (
        <Text key={value} className={`card-edit__choice ${isOn(value) ? 'is-on' : ''} ${hook(hookName)}`} data-value={value} onClick={() => onPick(value)}>
          {label(value)}
        </Text>
      ))}
    </View>
  );
}
