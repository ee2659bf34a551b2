import { Text } from '@tarojs/components';
import { charCount } from '@cards/schema/rules';
import { useTestHook } from '../../utils/pageActive';
import './index.scss';

interface Props {
  text: string;
  max: number;
  /** Test hook for the counter (e.g. `intro-counter`). */
  hookName?: string;
}

/** A live `n/max` counter; a Chinese character (or an emoji) counts as one, as the form's rules do. */
export default function CharCounter({ text, max, hookName }: Props) {
  const hook = useTestHook();
  const n = charCount(text);
  return (
    <Text className={`char-counter ${n > max ? 'is-over' : ''} ${hookName ? hook(hookName) : ''}`} data-count={n}>
      {n}/{max}
    </Text>
  );
}
