import Taro from '@tarojs/taro';
import { Button, ScrollView, Text, View } from '@tarojs/components';
import Tag from '../Tag';
import Section from '../Section';
import FilmTile from '../FilmTile';
import { cardText, landmarkKindLabel, localized, paragraphs, regionKindLabel, themeLabel, tierLabel, useI18n } from '../../i18n';
import { FilmFeedDocument, type CardDetail } from '../../graphql/operations';
import { useQuery } from '../../graphql/useQuery';
import { localizeCard } from '../../features/cards/localizeCard';
import { cardColor, shade, tint } from '../../utils/color';
// The card's look is the public detail page's (its root `.detail` holds every rule); the staff's preview
// shows the same markup with the same styles.
import '../../pages/cards/detail/index.scss';

function copyLink(copiedText: string) {
  const url = typeof window !== 'undefined' ? window.location.href : '';
  Taro.setClipboardData({ data: url })
    .then(() => Taro.showToast({ title: copiedText, icon: 'success', duration: 1500 }))
    .catch(() => undefined);
}

/** The card's published films as poster tiles (the player opens on tap). */
function CardFilms({ slug }: { slug: string }) {
  const { t } = useI18n();
  const { data } = useQuery(FilmFeedDocument, { first: 10, cardSlug: slug }, { requestPolicy: 'cache-and-network' });
  const films = data?.films?.edges.map((e) => e.node) ?? [];
  if (!films.length) return null;
  return (
    <Section title={t('films.ofCard')} subtitle={t('films.homeTitle')} className="detail__films">
      <ScrollView scrollX className="film-strip" showScrollbar={false} enhanced>
        {films.map((film) => (
          <FilmTile key={film.id} film={film} layout="tile" hideCard />
        ))}
      </ScrollView>
    </Section>
  );
}

/** A card's page content exactly as the public sees it (the detail page; the staff editor's preview without the share bar). */
export default function CardDetailBody({ card, preview = false }: { card: CardDetail; preview?: boolean }) {
  const { t, lang } = useI18n();
  const { title, concept, story } = cardText(card, lang);
  // In English every field shows its English twin; Chinese appears only where a card has none.
  const content = localizeCard(card, lang);
  const color = cardColor(card.color);
  const storyParas = paragraphs(story);

  return (
    <View className="detail__content">
      <View className="detail__hero" style={{ background: `linear-gradient(150deg, ${color} 0%, ${shade(card.color, 0.35)} 100%)` }}>
        <View className="detail__hero-rings" />
        <Text className="detail__region">
          {localized(lang, card.region.fullName, card.region.fullNameEn)}
          <Text className="detail__region-level"> · {regionKindLabel(card.region, lang)}</Text>
        </Text>
        <View className="detail__title-row">
          <Text className="detail__title" role="heading" aria-level={1}>
            {title}
          </Text>
          {card.isSample ? <Text className="detail__sample-badge">{t('common.sample')}</Text> : null}
        </View>
        {lang === 'zh' && card.titleEn ? <Text className="detail__title-en">{card.titleEn}</Text> : null}
        <View className="detail__tags">
          <Tag variant="onColor" className="detail__tier">
            {tierLabel(card.tier, lang)}
          </Tag>
          {card.themes.map((th) => (
            <Tag key={th} variant="onColor">
              {themeLabel(th, lang)}
            </Tag>
          ))}
          {card.batchYear ? <Tag variant="onColor">{t('detail.batch', { year: card.batchYear })}</Tag> : null}
        </View>
      </View>

      <View className="page-body detail__body">
        {concept ? (
          <View
            className="detail__concept"
            style={{ borderColor: color, background: `linear-gradient(100deg, ${tint(card.color, 0.1)} 0%, var(--surface) 75%)` }}
          >
            <Text className="detail__concept-label" style={{ color }}>
              {t('detail.concept')}
            </Text>
            <Text className="detail__concept-text">{concept}</Text>
          </View>
        ) : null}

        <CardFilms slug={card.slug} />

        {content.industries.length ? (
          <Section title={t('detail.industries')}>
            <View className="detail__chips">
              {content.industries.map((ind) => (
                <Text key={ind} className="detail__chip" style={{ color: shade(card.color, 0.1), background: tint(card.color, 0.08) }}>
                  {ind}
                </Text>
              ))}
            </View>
          </Section>
        ) : null}

        {content.keyFigures.length ? (
          <Section title={t('detail.keyFigures')}>
            <ScrollView scrollX className="detail__figures" showScrollbar={false} enhanced>
              {content.keyFigures.map((f, i) => (
                <View key={`${f.label}-${i}`} className="detail__figure">
                  <View className="detail__figure-top" style={{ background: color }} />
                  <View className="detail__figure-value-row">
                    <Text className={`detail__figure-value ${f.value.length > 6 ? 'detail__figure-value--words' : ''}`} style={{ color }}>
                      {f.value}
                    </Text>
                    {f.unit ? <Text className="detail__figure-unit">{f.unit}</Text> : null}
                  </View>
                  <Text className="detail__figure-label">{f.label}</Text>
                </View>
              ))}
            </ScrollView>
          </Section>
        ) : null}

        {storyParas.length ? (
          <Section title={t('detail.story')}>
            <View className="detail__story">
              {storyParas.map((p, i) => (
                <Text key={i} className="detail__para">
                  {p}
                </Text>
              ))}
            </View>
          </Section>
        ) : null}

        {content.enterprises.length ? (
          <Section title={t('detail.enterprises')}>
            <View className="detail__list">
              {content.enterprises.map((name) => (
                <View key={name} className="detail__list-item">
                  <View className="detail__dot" style={{ background: color }} />
                  <Text className="detail__list-text">{name}</Text>
                </View>
              ))}
            </View>
          </Section>
        ) : null}

        {content.landmarks.length ? (
          <Section title={t('detail.landmarks')}>
            <View className="detail__landmarks">
              {content.landmarks.map((lm) => (
                <View key={lm.name} className="detail__landmark">
                  <View className="detail__landmark-head">
                    <Text className="detail__landmark-name">{lm.name}</Text>
                    <Text className="detail__landmark-kind">{landmarkKindLabel(lm.kind, lang)}</Text>
                  </View>
                  {lm.description ? <Text className="detail__landmark-desc">{lm.description}</Text> : null}
                </View>
              ))}
            </View>
          </Section>
        ) : null}

        {content.clusters.length ? (
          <Section title={t('detail.clusters')}>
            <View className="detail__chips">
              {content.clusters.map((c) => (
                <Text key={c} className="detail__chip detail__chip--plain">
                  {c}
                </Text>
              ))}
            </View>
          </Section>
        ) : null}

        {card.isSample ? (
          <View className="detail__sample">
            <Text className="detail__sample-tag">{t('common.sample')}</Text>
            <Text className="detail__sample-text">{content.sampleNote || t('detail.sampleDefault')}</Text>
          </View>
        ) : null}

        {content.sources.length ? (
          <View className="detail__source">
            <Text className="detail__source-label">{t('detail.source')}</Text>
            {content.sources.map((s, i) => (
              <Text key={i} className="detail__source-text">
                {s.title}
              </Text>
            ))}
          </View>
        ) : null}
      </View>

      {preview ? null : (
        <View className="detail__actions">
          {IS_H5 ? (
            <View className="detail__action copy-link" role="button" onClick={() => copyLink(t('detail.copied'))}>
              <View className="detail__action-icon detail__action-icon--link" />
              <Text>{t('detail.copyLink')}</Text>
            </View>
          ) : (
            <Button className="detail__action detail__share" openType="share">
              {t('detail.share')}
            </Button>
          )}
        </View>
      )}
    </View>
  );
}
