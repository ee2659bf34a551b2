// 办事指南: who may apply (the open campaign's admitted levels), what the form asks, the steps with what
// happens and how long, the deadline, a contact line, and the way on to the FAQ chat and the form.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { OpenCampaignDocument } from '@cards/schema';
import TopBar from '../../../components/TopBar';
import { ErrorState, Loading } from '../../../components/StatusView';
import { applicationStatusLabel, fieldLabel, regionLevelLabel, useI18n, useNavigationTitle, type MessageKey } from '../../../i18n';
import { useQuery } from '../../../graphql/useQuery';
import { goSignIn, useToken } from '../../../features/auth/useSession';
import { CHAT_URL } from '../../../features/inquiries/chat';
import { daysLeft, FORM_FIELDS, FORM_URL, MAIN_STEPS, SAMPLE_CONTACT_PHONE } from '../../../features/applications/guide';
import { formatDate } from '../../../utils/format';
import './index.scss';
import { useElderClass } from '../../../features/display/elder';

function Panel({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <View className="ui-panel guide__panel">
      <Text className="ui-panel__title" role="heading" aria-level={2}>
        {title}
      </Text>
      {children}
    </View>
  );
}

export default function ApplicationGuidePage() {
  const elder = useElderClass();
  const { t, lang } = useI18n();
  useNavigationTitle('guide.title');
  const token = useToken();
  const { data, error, fetching, refetch } = useQuery(OpenCampaignDocument, {}, { requestPolicy: 'cache-and-network' });
  const campaign = data?.openCampaign ?? null;
  const start = () => (token ? Taro.navigateTo({ url: FORM_URL }) : goSignIn(FORM_URL));
  const days = campaign ? daysLeft(campaign.closesAt, Date.now()) : 0;

  return (
    <View className={`page guide has-actionbar ${elder}`}>
      <TopBar back title={t('guide.title')} />
      <View className="page-body">
        <View className="guide__hero">
          <Text className="guide__heading" role="heading" aria-level={1}>
            {t('guide.heading')}
          </Text>
          <Text className="guide__intro">{t('guide.intro')}</Text>
        </View>

        {fetching && !data ? <Loading /> : null}
        {error && !data ? <ErrorState message={error.message} onRetry={refetch} /> : null}

        {data ? (
          <Panel title={t('guide.deadlineTitle')}>
            {campaign ? (
              <View className="guide__deadline">
                <Text className="guide__campaign">{campaign.title}</Text>
                <Text className="guide__date">
                  {t('guide.deadline', { date: formatDate(campaign.closesAt) })}
                  {days > 0 ? ` · ${t('guide.daysLeft', { n: days })}` : ''}
                </Text>
              </View>
            ) : (
              <Text className="guide__text">{t('guide.noCampaign')}</Text>
            )}
          </Panel>
        ) : null}

        {campaign ? (
          <Panel title={t('guide.whoTitle')}>
            <Text className="guide__text">{t('guide.whoHint')}</Text>
            <View className="guide__chips">
              {campaign.admittedLevels.map((level) => (
                <Text key={level} className="guide__chip" data-level={level}>
                  {regionLevelLabel(level, lang)}
                </Text>
              ))}
            </View>
            <Text className="guide__text guide__text--note">{t('guide.onePerRegion')}</Text>
          </Panel>
        ) : null}

        <Panel title={t('guide.fieldsTitle')}>
          <View className="guide__chips">
            {FORM_FIELDS.map((f) => (
              <Text key={f} className="guide__chip guide__chip--plain">
                {fieldLabel(f, lang)}
              </Text>
            ))}
          </View>
          <Text className="guide__text guide__text--note">{t('guide.fieldsHint')}</Text>
        </Panel>

        <Panel title={t('guide.stepsTitle')}>
          <View className="guide__steps" role="list">
            {MAIN_STEPS.map((step, i) => (
              <View key={step} className="guide__step" role="listitem" data-step={step}>
                <Text className="guide__step-no">{i + 1}</Text>
                <View className="guide__step-body">
                  <Text className="guide__step-name">{applicationStatusLabel(step, lang)}</Text>
                  <Text className="guide__step-text">{t(`guide.step.${step}` as MessageKey)}</Text>
                  <Text className="guide__step-time">{t(`guide.time.${step}` as MessageKey)}</Text>
                </View>
              </View>
            ))}
          </View>
          <Text className="guide__text guide__text--note">{t('guide.stepsNote')}</Text>
        </Panel>

        <Panel title={t('guide.contactTitle')}>
          <Text className="guide__text">
            {t('ask.phoneTitle')}：{t('ask.phone', { phone: SAMPLE_CONTACT_PHONE })}
          </Text>
          <Text className="guide__text guide__text--note">{t('ask.hours')}</Text>
          <Text className="ui-link guide__faq" role="link" onClick={() => Taro.navigateTo({ url: CHAT_URL })}>
            {t('guide.faq')}
          </Text>
        </Panel>
      </View>
      <View className="ui-actionbar">
        <View className="ui-btn ui-btn--ghost" role="button" onClick={() => Taro.navigateTo({ url: CHAT_URL })}>
          <Text>{t('tab.ask')}</Text>
        </View>
        <View className={`ui-btn ${campaign ? '' : 'is-disabled'}`} role="button" aria-disabled={!campaign} onClick={campaign ? start : undefined}>
          <Text>{t('guide.start')}</Text>
        </View>
      </View>
    </View>
  );
}
