// 咨询数据: how the bot and the staff did over the last 30 days.
import type { ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { InquiryStatsDocument } from '@cards/schema';
import StaffPage from '../../../components/StaffPage';
import { ErrorState, Loading } from '../../../components/StatusView';
import { useI18n, useNavigationTitle } from '../../../i18n';
import { useQuery } from '../../../graphql/useQuery';
import { INBOX_URL, formatSeconds, percent } from '../../../features/inquiries/chat';
import { useRefetchOnShow } from '../../../utils/useRefetchOnShow';
import { useTestHook } from '../../../utils/pageActive';
import './index.scss';

const DAYS = 30;

interface FigureProps {
  name: string;
  label: string;
  value: string | null;
  hint?: string;
  /** 0–1: a bar under the value. */
  share?: number | null;
  children?: ReactNode;
  wide?: boolean;
}

function Figure({ name, label, value, hint, share, children, wide = false }: FigureProps) {
  const { t } = useI18n();
  const hook = useTestHook();
  return (
    <View className={`stats__figure ${wide ? 'stats__figure--wide' : ''} ${hook('stats-figure')}`} data-name={name} data-value={value ?? ''}>
      <Text className="stats__label">{label}</Text>
      <Text className={`stats__value ${value === null ? 'is-empty' : ''}`}>{value ?? t('inqStats.none')}</Text>
      {share != null ? (
        <View className="stats__bar">
          <View className="stats__bar-fill" style={{ width: `${Math.min(100, Math.max(0, share * 100))}%` }} />
        </View>
      ) : null}
      {children}
      {hint ? <Text className="stats__hint">{hint}</Text> : null}
    </View>
  );
}

function Stats() {
  const { t, lang } = useI18n();
  const { data, error, fetching, refetch } = useQuery(InquiryStatsDocument, { days: DAYS }, { requestPolicy: 'network-only' });
  useRefetchOnShow(refetch);
  if (fetching && !data) return <Loading />;
  if (error && !data) return <ErrorState message={error.message} onRetry={refetch} />;
  const s = data!.inquiryStats;
  const seconds = (v: number | null) => (v == null ? null : formatSeconds(v, lang));
  const satisfaction = s.satisfactionAverage;
  return (
    <View className="stats">
      <View className="stats__hero">
        <Text className="stats__period">{t('inqStats.period', { n: s.days })}</Text>
        <Text className="stats__summary">{t('inqStats.summary')}</Text>
      </View>
      <View className="page-body stats__grid">
        <Figure name="conversations" label={t('inqStats.conversations')} value={String(s.conversations)} hint={t('inqStats.conversationsHint')} />
        <Figure name="waitingNow" label={t('inqStats.waitingNow')} value={t('inqStats.people', { n: s.waitingNow })}>
          {s.waitingNow ? (
            <Text className="stats__link ui-link" onClick={() => Taro.navigateTo({ url: INBOX_URL })}>
              {t('inqStats.openInbox')}
            </Text>
          ) : null}
        </Figure>
        <Figure
          name="botResolvedShare"
          label={t('inqStats.botResolved')}
          value={s.conversations ? percent(s.botResolvedShare) : null}
          share={s.conversations ? s.botResolvedShare : null}
          hint={t('inqStats.botResolvedHint')}
        />
        <Figure
          name="handoffRate"
          label={t('inqStats.handoff')}
          value={s.conversations ? percent(s.handoffRate) : null}
          share={s.conversations ? s.handoffRate : null}
          hint={t('inqStats.handoffHint')}
        />
        <Figure name="firstResponseMedian" label={t('inqStats.firstMedian')} value={seconds(s.firstResponseMedianSeconds)} hint={t('inqStats.firstHint')} />
        <Figure name="firstResponseAverage" label={t('inqStats.firstAverage')} value={seconds(s.firstResponseAverageSeconds)} hint={t('inqStats.firstHint')} />
        <Figure
          name="satisfaction"
          wide
          label={t('inqStats.satisfaction')}
          value={satisfaction == null ? null : satisfaction.toFixed(1)}
          hint={t('inqStats.ratings', { n: s.ratings })}
        >
          <View className="stats__stars" aria-hidden>
            {[1, 2, 3, 4, 5].map((n) => {
              const fill = satisfaction == null ? 0 : Math.min(1, Math.max(0, satisfaction - n + 1));
              return (
                <View key={n} className="stats__star">
                  <Text className="stats__star-off">★</Text>
                  <View className="stats__star-on" style={{ width: `${fill * 100}%` }}>
                    <Text>★</Text>
                  </View>
                </View>
              );
            })}
          </View>
        </Figure>
      </View>
    </View>
  );
}

export default function InquiryStatsPage() {
  const { t } = useI18n();
  useNavigationTitle('inqStats.title');
  return (
    <StaffPage title={t('inqStats.title')} redirect="/pages/staff/inquiry-stats/index">
      <Stats />
    </StaffPage>
  );
}
