import { Text, View } from '@tarojs/components';
import { useI18n } from '../../i18n';
import { cardColor } from '../../utils/color';
import { useTestHook } from '../../utils/pageActive';

interface Props {
  region: string;
  title: string;
  titleEn: string;
  color: string;
  published: boolean;
}

/** The card editor's live preview: the card's colour, region, titles and whether it is published. */
export default function CardPreview({ region, title, titleEn, color, published }: Props) {
  const { t } = useI18n();
  const hook = useTestHook();
  return (
    <View className="card-edit__preview" style={{ background: `linear-gradient(150deg, ${cardColor(color)} 0%, var(--red-9) 140%)` }}>
      <Text className="card-edit__region">{region}</Text>
      <Text className="card-edit__title">{title || '—'}</Text>
      {titleEn ? <Text className="card-edit__title-en">{titleEn}</Text> : null}
      <Text className={`card-edit__state ${published ? 'is-published' : ''} ${hook('card-state')}`} data-published={published ? '1' : '0'}>
        {published ? t('cardEdit.isPublished') : t('cardEdit.isDraft')}
      </Text>
    </View>
  );
}
