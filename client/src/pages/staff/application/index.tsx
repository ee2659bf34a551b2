import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import StatusChip from '../../../components/StatusChip';
import Timeline from '../../../components/Timeline';
import ApplicationContent from '../../../components/ApplicationContent';
import TransitionActions from '../../../components/TransitionActions';
import ApplicationCardPanel from '../../../components/ApplicationCardPanel';
import StaffPage from '../../../components/StaffPage';
import { Empty, ErrorState, Loading } from '../../../components/StatusView';
import { localized, regionLevelLabel, useI18n, useNavigationTitle } from '../../../i18n';
import { useStaffApplication } from '../../../features/applications/useStaffApplication';
import { formatDateTime } from '../../../utils/format';
import { useTestHook } from '../../../utils/pageActive';
import './index.scss';
import { routeParam } from '../../../utils/routeParam';

function Detail({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  const { query, app, notice, onMoved, onConflict, reload } = useStaffApplication(id);
  const { data, error, fetching, refetch } = query;

  if (fetching && !data) return <Loading />;
  if (error && !data) return <ErrorState message={error.message} onRetry={refetch} />;
  if (!app) return <Empty title={t('appl.notFound')} />;

  return (
    <View className="staff-app">
      <View className="staff-app__hero">
        <View className="staff-app__hero-main">
          <Text className="staff-app__region">{app.region ? localized(lang, app.region.fullName, app.region.fullNameEn) : t('appl.none')}</Text>
          {app.region ? <Text className="staff-app__level">{regionLevelLabel(app.region.level, lang)}</Text> : null}
        </View>
        <StatusChip status={app.status} large className={hook('application-status')} />
      </View>
      <View className="staff-app__facts">
        <Text className={`staff-app__ref ${hook('application-reference')}`}>{app.reference || t('appl.noReference')}</Text>
        <Text className="staff-app__time">{app.submittedAt ? t('staff.submitted', { time: formatDateTime(app.submittedAt) }) : ''}</Text>
      </View>

      <View className="page-body">
        <View className="ui-panel">
          <Text className="ui-panel__title">{t('staff.actions')}</Text>
          {notice ? <View className={`ui-banner ui-banner--warn ${hook('staff-notice')}`}>{notice}</View> : null}
          <TransitionActions key={app.version} app={app} onDone={onMoved} onConflict={onConflict} />
        </View>

        <View className="ui-panel">
          <Text className="ui-panel__title">{t('staff.card')}</Text>
          <ApplicationCardPanel app={app} onChanged={reload} />
        </View>

        <View className="ui-panel">
          <Text className="ui-panel__title">{t('appl.content')}</Text>
          <ApplicationContent app={app} />
        </View>

        <View className="ui-panel">
          <Text className="ui-panel__title">{t('appl.timeline')}</Text>
          <Timeline events={app.timeline} />
        </View>
      </View>
    </View>
  );
}

export default function StaffApplicationPage() {
  const { t } = useI18n();
  useNavigationTitle('staff.detailTitle');
  const router = useRouter();
  const id = routeParam(router.params.id);
  return (
    <StaffPage title={t('staff.detailTitle')} redirect={`/pages/staff/application/index?id=${encodeURIComponent(id)}`}>
      <Detail id={id} />
    </StaffPage>
  );
}
