import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ApplicationStatsDocument } from '@cards/schema';
import StaffPage from '../../../components/StaffPage';
import { Empty, ErrorState, Loading } from '../../../components/StatusView';
import { APPLICATION_STATUSES, applicationStatusLabel, useI18n, useNavigationTitle } from '../../../i18n';
import { useQuery } from '../../../graphql/useQuery';
import { STATUS_TONE, inProgressCount } from '../../../features/applications/status';
import { INBOX_URL, INQUIRY_STATS_URL } from '../../../features/inquiries/chat';
import { useRefetchOnShow } from '../../../utils/useRefetchOnShow';
import { useTestHook } from '../../../utils/pageActive';
import './index.scss';

interface Bar {
  key: string;
  label: string;
  count: number;
  tone?: string;
}

/** A horizontal bar chart drawn with Views: label, bar (share of the largest), count. */
function BarChart({ bars, hookName, onTap }: { bars: Bar[]; hookName: string; onTap?: (key: string) => void }) {
  const hook = useTestHook();
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    <View className="bars">
      {bars.map((b) => (
        <View key={b.key} className={`bars__row ${hook(hookName)}`} data-key={b.key} data-count={b.count} onClick={() => onTap?.(b.key)}>
          <Text className="bars__label">{b.label}</Text>
          <View className="bars__track">
            <View className={`bars__fill bars__fill--${b.tone ?? 'accent'} ${b.count === 0 ? 'is-zero' : ''}`} style={{ width: `${(b.count / max) * 100}%` }} />
          </View>
          <Text className="bars__count">{b.count}</Text>
        </View>
      ))}
    </View>
  );
}

function Overview() {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  const { data, error, fetching, refetch } = useQuery(ApplicationStatsDocument, {}, { requestPolicy: 'network-only' });
  useRefetchOnShow(refetch);
  if (fetching && !data) return <Loading />;
  if (error && !data) return <ErrorState message={error.message} onRetry={refetch} />;
  const stats = data!.applicationStats;
  const counts = new Map(stats.byStatus.map((s) => [s.status as string, s.count]));
  const byStatus: Bar[] = APPLICATION_STATUSES.map((s) => ({
    key: s,
    label: applicationStatusLabel(s, lang),
    count: counts.get(s) ?? 0,
    tone: STATUS_TONE[s],
  }));
  const byProvince: Bar[] = stats.byProvince.map((p) => ({ key: p.code, label: p.name, count: p.count }));
  const live = inProgressCount(stats.byStatus);
  const published = counts.get('PUBLISHED') ?? 0;

  return (
    <View className="overview">
      <View className="overview__hero">
        <View className="overview__stat">
          <Text className={`overview__value ${hook('overview-total')}`}>{stats.total}</Text>
          <Text className="overview__label">{t('overview.total')}</Text>
        </View>
        <View className="overview__divider" />
        <View className="overview__stat">
          <Text className="overview__value">{live}</Text>
          <Text className="overview__label">{t('overview.active')}</Text>
        </View>
        <View className="overview__divider" />
        <View className="overview__stat">
          <Text className="overview__value">{published}</Text>
          <Text className="overview__label">{applicationStatusLabel('PUBLISHED', lang)}</Text>
        </View>
      </View>
      <View className="page-body">
        <View className="overview__links">
          <View className={`overview__link ${hook('staff-inbox-entry')}`} role="link" onClick={() => Taro.navigateTo({ url: INBOX_URL })}>
            <View className="overview__link-mark">
              <Text>询</Text>
            </View>
            <View className="overview__link-main">
              <Text className="overview__link-title">{t('overview.inbox')}</Text>
              <Text className="overview__link-hint">{t('overview.inboxHint')}</Text>
            </View>
          </View>
          <View className={`overview__link ${hook('inquiry-stats-entry')}`} role="link" onClick={() => Taro.navigateTo({ url: INQUIRY_STATS_URL })}>
            <View className="overview__link-mark overview__link-mark--gold">
              <Text>数</Text>
            </View>
            <View className="overview__link-main">
              <Text className="overview__link-title">{t('overview.inquiryStats')}</Text>
              <Text className="overview__link-hint">{t('overview.inquiryStatsHint')}</Text>
            </View>
          </View>
        </View>
        {stats.total === 0 ? (
          <Empty title={t('overview.empty')} />
        ) : (
          <>
            <View className="ui-panel">
              <Text className="ui-panel__title">{t('overview.byStatus')}</Text>
              <BarChart bars={byStatus} hookName="overview-status-bar" />
            </View>
            <View className="ui-panel">
              <Text className="ui-panel__title">{t('overview.byProvince')}</Text>
              <BarChart bars={byProvince} hookName="overview-province-bar" onTap={() => Taro.navigateTo({ url: '/pages/staff/list/index' })} />
            </View>
          </>
        )}
      </View>
    </View>
  );
}

export default function OverviewPage() {
  const { t } = useI18n();
  useNavigationTitle('overview.title');
  return (
    <StaffPage title={t('overview.title')} redirect="/pages/staff/overview/index">
      <Overview />
    </StaffPage>
  );
}
