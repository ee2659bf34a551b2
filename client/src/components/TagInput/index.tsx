import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { useI18n } from '../../i18n';
import { addTag, removeTag, splitTags, type TagRefusal } from '../../features/applications/tags';
import { useTestHook } from '../../utils/pageActive';
import './index.scss';

interface Props {
  value: string[];
  onChange: (list: string[]) => void;
  /** Field name in messages (e.g. 主导产业). */
  label: string;
  max: number;
  placeholder?: string;
  invalid?: boolean;
  /** Test hook prefix, e.g. `leading` → `leading-input`, `leading-add`, `leading-tag`. */
  hookName: string;
}

/** A list of short entries: type, add (button or Enter), remove with ×. No duplicates, at most `max`. */
export default function TagInput({ value, onChange, label, max, placeholder, invalid = false, hookName }: Props) {
  const { t } = useI18n();
  const hook = useTestHook();
  const [text, setText] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);

  const explain = (r: TagRefusal): string | null => {
    if (r.kind === 'duplicate') return t('form.duplicate', { label });
    if (r.kind === 'tooMany') return t('form.tooMany', { label, n: r.max });
    if (r.kind === 'tooLong') return t('form.tooLong', { label, n: r.max });
    return null;
  };

  const add = (raw: string = text) => {
    let list = value;
    let problem: string | null = null;
    const parts = splitTags(raw);
    for (const part of parts) {
      const res = addTag(list, part, { label, max });
      if (res.refusal) {
        problem = explain(res.refusal);
        break;
      }
      list = res.list;
    }
    if (list !== value) onChange(list);
    setRefusal(problem);
    if (!problem) setText('');
  };

  return (
    <View className={`tag-input ${invalid ? 'is-invalid' : ''}`}>
      {value.length ? (
        <View className="tag-input__tags">
          {value.map((tag) => (
            <View key={tag} className={`tag-input__tag ${hook(`${hookName}-tag`)}`} data-value={tag}>
              <Text className="tag-input__tag-text">{tag}</Text>
              <View
                className={`tag-input__remove ${hook(`${hookName}-remove`)}`}
                role="button"
                aria-label={`${t('common.remove')} ${tag}`}
                onClick={() => {
                  onChange(removeTag(value, tag));
                  setRefusal(null);
                }}
              >
                <View className="tag-input__x" />
              </View>
            </View>
          ))}
          <Text className="tag-input__count">
            {value.length}/{max}
          </Text>
        </View>
      ) : null}
      <View className="tag-input__row">
        <Input
          className={`ui-input tag-input__field ${hook(`${hookName}-input`)}`}
          value={text}
          placeholder={placeholder}
          placeholderClass="ui-placeholder"
          confirmType="done"
          maxlength={40}
          onInput={(e) => {
            setText(e.detail.value);
            if (refusal) setRefusal(null);
          }}
          onConfirm={(e) => add(e.detail.value ?? text)}
        />
        <View
          className={`tag-input__add ${text.trim() ? '' : 'is-idle'} ${hook(`${hookName}-add`)}`}
          role="button"
          aria-disabled={!text.trim()}
          onClick={() => add()}
        >
          <Text>{t('common.add')}</Text>
        </View>
      </View>
      {refusal ? <Text className={`tag-input__refusal ${hook('tag-refusal')}`}>{refusal}</Text> : null}
    </View>
  );
}
