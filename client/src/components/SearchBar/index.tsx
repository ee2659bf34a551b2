import { useEffect, useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { useI18n } from '../../i18n';
import './index.scss';

interface Props {
  value?: string;
  onSearch: (query: string) => void;
  /** Show the clear (×) control when there is text. */
  clearable?: boolean;
  elevated?: boolean;
  /** Defaults to the catalogue's "搜索城市、产业或名片". */
  placeholder?: string;
}

/** Search box: Enter / the keyboard's search key / the button all submit. */
export default function SearchBar({ value = '', onSearch, clearable = true, elevated = false, placeholder }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);

  const submit = (q: string) => onSearch(q.trim());

  return (
    <View className={`search-bar ${elevated ? 'search-bar--elevated' : ''}`}>
      <View className="search-bar__icon" />
      <Input
        className="search-field"
        type="text"
        value={text}
        placeholder={placeholder || t('search.placeholder')}
        placeholderClass="search-field__placeholder"
        confirmType="search"
        maxlength={40}
        onInput={(e) => setText(e.detail.value)}
        onConfirm={(e) => submit(e.detail.value ?? text)}
      />
      {clearable && text ? (
        <View
          className="search-bar__clear"
          role="button"
          aria-label="clear"
          onClick={() => {
            setText('');
            submit('');
          }}
        >
          <View className="search-bar__clear-x" />
        </View>
      ) : null}
      <View className="search-bar__button" role="button" onClick={() => submit(text)}>
        <Text>{t('search.button')}</Text>
      </View>
    </View>
  );
}
