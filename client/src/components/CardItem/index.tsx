import { Text, View } from '@tarojs/components';
import Tag from '../Tag';
import { cardText, localized, themeLabel, tierLabel, useI18n } from '../../i18n';
import { cardColor, shade, tint } from '../../utils/color';
import { detailUrl } from '../../features/cards/filters';
import { localizedList } from '../../features/cards/localizeCard';
import type { CardSummaryFragment } from '../../graphql/operations';
import './index.scss';
import { openPage } from '../../utils/openPage';

interface Props {
  card: CardSummaryFragment;
}

/** One card in a list: region, title, concept and tags, tinted by the card's own colour. */
export default function CardItem({ card }: Props) {
  const { lang, t } = useI18n();
  const { title, concept } = cardText(card, lang);
  const color = cardColor(card.color);
  const open = () => openPage(detailUrl(card.slug));

  return (
    <View
      className="card-tile"
      data-slug={card.slug}
      role="link"
      onClick={open}
      style={{ background: `linear-gradient(135deg, ${tint(card.color, 0.09)} 0%, var(--surface) 58%)` }}
    >
      <View className="card-item__band" style={{ background: color }} />
      <View className="card-item__body">
        <View className="card-item__head">
          <Text className="card-item__region">{localized(lang, card.region.fullName, card.region.fullNameEn)}</Text>
          <Tag variant={card.tier === 'MAIN' ? 'tier' : 'tierAlt'} className="card-item__tier">
            {tierLabel(card.tier, lang)}
          </Tag>
        </View>
        <Text className="card-item__title" style={{ color: shade(card.color, 0.12) }}>
          {title}
        </Text>
        {lang === 'zh' && card.titleEn ? <Text className="card-item__title-en">{card.titleEn}</Text> : null}
        {concept ? <Text className="card-item__concept">{concept}</Text> : null}
        <View className="card-item__tags">
          {localizedList(lang, card.industries.slice(0, 3), card.industriesEn).map((ind) => (
            <Tag key={ind} variant="industry">
              {ind}
            </Tag>
          ))}
          {card.themes.map((th) => (
            <Tag key={th} variant="theme">
              {themeLabel(th, lang)}
            </Tag>
          ))}
          {card.batchYear ? <Tag variant="year">{String(card.batchYear)}</Tag> : null}
          {card.isSample ? <Tag variant="sample">{t('common.sample')}</Tag> : null}
        </View>
      </View>
      <View className="card-item__arrow" />
    </View>
  );
}
