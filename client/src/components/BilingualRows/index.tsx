import { Input, Picker, Text, Textarea, View } from '@tarojs/components';
import { useI18n } from '../../i18n';
import type { RowField } from '../../features/cards/rowFields';
import './index.scss';

interface Props<R> {
  title: string;
  /** The draft's list name, for error paths ("keyFigures.2.value"). */
  name: string;
  rows: R[];
  fields: RowField[];
  errors: Record<string, string>;
  max: number;
  onChange: (index: number, patch: Partial<R>) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}

/** A list of rows (figures, enterprises, landmarks…): Chinese fields on the left, English on the right. */
export default function BilingualRows<R extends object>({ title, name, rows, fields, errors, max, onChange, onAdd, onRemove }: Props<R>) {
  const { t } = useI18n();
  const cell = (row: R, index: number, f: RowField) => {
    const value = String((row as Record<string, unknown>)[f.key] ?? '');
    const error = errors[`${name}.${index}.${f.key}`];
    const placeholder = `${f.label}${f.lang === 'en' ? ' (EN)' : ''}`;
    let control: JSX.Element;
    if (f.options) {
      const at = Math.max(
        0,
        f.options.findIndex((o) => o.value === value),
      );
      control = (
        <Picker
          mode="selector"
          range={f.options.map((o) => o.label)}
          value={at}
          onChange={(e) => onChange(index, { [f.key]: f.options![Number(e.detail.value)].value } as Partial<R>)}
        >
          <View className="ui-input bi-rows__choice" role="button" aria-label={`${f.label} ${index + 1}`}>
            <Text>{f.options[at]?.label}</Text>
          </View>
        </Picker>
      );
    } else {
      const text = {
        value,
        maxlength: f.maxlength,
        placeholder,
        onInput: (e: { detail: { value: string } }) => onChange(index, { [f.key]: e.detail.value } as Partial<R>),
      };
      control = f.multiline ? <Textarea className="ui-textarea bi-rows__area" {...text} /> : <Input className="ui-input" {...text} />;
    }
    return (
      <View key={f.key} className={`bi-rows__cell ${error ? 'has-error' : ''}`}>
        <Text className="bi-rows__label">{f.label}</Text>
        {control}
        {error ? (
          <Text className="bi-rows__error" role="alert">
            {error}
          </Text>
        ) : null}
      </View>
    );
  };
  return (
    <View className="bi-rows" role="group" aria-label={title}>
      <View className="bi-rows__head">
        <Text className="ui-panel__title">{title}</Text>
        <Text className="bi-rows__count">
          {rows.length}/{max}
        </Text>
      </View>
      {errors[name] ? (
        <Text className="bi-rows__error" role="alert">
          {errors[name]}
        </Text>
      ) : null}
      {rows.map((row, index) => (
        <View key={index} className="bi-rows__row">
          <View className="bi-rows__side">{fields.filter((f) => f.lang !== 'en').map((f) => cell(row, index, f))}</View>
          <View className="bi-rows__side bi-rows__side--en">{fields.filter((f) => f.lang === 'en').map((f) => cell(row, index, f))}</View>
          <Text className="bi-rows__remove" role="button" aria-label={`${t('cardEdit.remove')} ${title} ${index + 1}`} onClick={() => onRemove(index)}>
            ×
          </Text>
        </View>
      ))}
      {rows.length < max ? (
        <View className="ui-btn ui-btn--plain bi-rows__add" role="button" aria-label={`${t('cardEdit.add')}${title}`} onClick={onAdd}>
          <Text>+ {t('cardEdit.add')}</Text>
        </View>
      ) : null}
    </View>
  );
}
