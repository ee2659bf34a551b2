import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import CardDetailBody from '../CardDetailBody';
import { LangOverrideContext, useI18n, type Lang } from '../../i18n';
import type { CardDetail } from '../../graphql/operations';
import './index.scss';

/** The card as the public sees it (the detail page's own markup), in Chinese or English at a tap. */
export default function CardPreviewPane({ card }: { card: CardDetail }) {
  const { t } = useI18n();
  const [lang, setLang] = useState<Lang>('zh');
  const tabs: { lang: Lang; label: string }[] = [
    { lang: 'zh', label: t('cardEdit.previewZh') },
    { lang: 'en', label: t('cardEdit.previewEn') },
  ];
  return (
    <View className="preview-pane" role="region" aria-label={t('cardEdit.preview')}>
      <View className="preview-pane__tabs" role="tablist">
        <Text className="preview-pane__title">{t('cardEdit.preview')}</Text>
        {tabs.map((tab) => (
          <Text
            key={tab.lang}
            className={`preview-pane__tab ${lang === tab.lang ? 'is-on' : ''}`}
            role="tab"
            aria-selected={lang === tab.lang}
            onClick={() => setLang(tab.lang)}
          >
            {tab.label}
          </Text>
        ))}
      </View>
      <View className="preview-pane__frame">
        <LangOverrideContext.Provider value={lang}>
          <View className={`detail ${lang === 'en' ? 'is-en' : ''}`}>
            <CardDetailBody card={card} preview />
          </View>
        </LangOverrideContext.Provider>
      </View>
    </View>
  );
}
