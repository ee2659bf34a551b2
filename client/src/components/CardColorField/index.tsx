import { Input, View } from '@tarojs/components';
import { CARD_SWATCHES } from '../../features/cards/cardDraft';
import { cardColor, parseHex } from '../../utils/color';
import { useTestHook } from '../../utils/pageActive';

interface Props {
  value: string;
  onChange: (color: string) => void;
}

/** A card's main colour: typed as #RRGGBB, or picked from the programme's colours. */
export default function CardColorField({ value, onChange }: Props) {
  const hook = useTestHook();
  const colorOk = parseHex(value) !== null;
  return (
    <>
      <View className="card-edit__color-row">
        <View className="card-edit__swatch card-edit__swatch--current" style={{ background: colorOk ? cardColor(value) : 'transparent' }} />
        <Input
          className={`ui-input card-edit__color ${hook('card-color-input')}`}
          value={value}
          maxlength={7}
          placeholder="#C8102E"
          placeholderClass="ui-placeholder"
          onInput={(e) => onChange(e.detail.value)}
        />
      </View>
      <View className="card-edit__swatches">
        {CARD_SWATCHES.map((c) => (
          <View
            key={c}
            className={`card-edit__swatch ${value.toUpperCase() === c ? 'is-on' : ''}`}
            style={{ background: c }}
            role="button"
            aria-label={c}
            onClick={() => onChange(c)}
          />
        ))}
      </View>
    </>
  );
}
