import { Text, View } from '@tarojs/components'
import TopBar from '../../../components/TopBar'
import { useI18n, useNavigationTitle, type MessageKey } from '../../../i18n'
import { PageActiveContext, usePageActiveState } from '../../../utils/pageActive'
import './index.scss'

const SECTIONS: [MessageKey, MessageKey][] = [
  ['privacy.collectTitle', 'privacy.collectText'],
  ['privacy.useTitle', 'privacy.useText'],
  ['privacy.shareTitle', 'privacy.shareText'],
  ['privacy.keepTitle', 'privacy.keepText'],
  ['privacy.rightsTitle', 'privacy.rightsText'],
]

/** A short privacy policy: what the app collects, why, and who to ask. */
export default function PrivacyPolicyPage() {
  const { t } = useI18n()
  const active = usePageActiveState()
  useNavigationTitle('privacy.policyTitle')
  return (
    <PageActiveContext.Provider value={active}>
      <View className='page privacy-page'>
        <TopBar back title={t('privacy.policyTitle')} />
        <View className='page-body privacy-page__body'>
          <Text className={`privacy-page__title ${active ? 'privacy-policy' : ''}`}>{t('privacy.policyTitle')}</Text>
          <Text className='privacy-page__intro'>{t('privacy.intro')}</Text>
          {SECTIONS.map(([title, text]) => (
            <View key={title} className='privacy-page__section'>
              <Text className='privacy-page__heading'>{t(title)}</Text>
              <Text className='privacy-page__text'>{t(text)}</Text>
            </View>
          ))}
        </View>
      </View>
    </PageActiveContext.Provider>
  )
}
