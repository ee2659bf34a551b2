import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { useTestHook } from '../../utils/pageActive';
import './index.scss';

interface Props {
  /** The field's key (`phone`, `leadUnit`…): the wrapper gets the test hook `field-<name>`. */
  name: string;
  label: string;
  required?: boolean;
  hint?: string;
  /** Shown right of the label (e.g. a counter). */
  extra?: ReactNode;
  error?: string | null;
  children: ReactNode;
}

/** A labelled form field with its error message right under the control, in Chinese. */
export default function FormField({ name, label, required = false, hint, extra, error, children }: Props) {
  const hook = useTestHook();
  return (
    <View className={`form-field ${error ? 'has-error' : ''} ${hook(`field-${name}`)}`} data-field={name}>
      <View className="form-field__head">
        <Text className="form-field__label">{label}</Text>
        {required ? <Text className="form-field__req">*</Text> : null}
        {hint ? <Text className="form-field__hint">{hint}</Text> : null}
        {extra ? <View className="form-field__extra">{extra}</View> : null}
      </View>
      {children}
      {error ? (
        <View className="form-field__error-row" role="alert">
          <Text className="form-field__error-mark">!</Text>
          <Text className={`form-field__error ${hook('field-error')}`}>{error}</Text>
        </View>
      ) : null}
    </View>
  );
}
