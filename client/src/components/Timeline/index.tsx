import { Text, View } from '@tarojs/components';
import type { ApplicationFieldsFragment } from '@cards/schema';
import { applicationStatusLabel, useI18n } from '../../i18n';
import { STATUS_TONE } from '../../features/applications/status';
import { formatDateTime } from '../../utils/format';
import { useTestHook } from '../../utils/pageActive';
import './index.scss';

type Event = ApplicationFieldsFragment['timeline'][number];

/** Every step of an application: status, who, when, and the note (a return reason stands out). */
export default function Timeline({ events }: { events: Event[] }) {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  const last = events.length - 1;
  return (
    <View className="timeline">
      {events.map((e, i) => (
        <View
          key={`${e.at}-${i}`}
          className={`timeline__item timeline__item--${STATUS_TONE[e.to] ?? 'draft'} ${i === last ? 'is-current' : ''} ${hook('timeline-item')}`}
          data-status={e.to}
        >
          <View className="timeline__rail">
            <View className="timeline__dot" />
            {i < last ? <View className="timeline__line" /> : null}
          </View>
          <View className="timeline__body">
            <View className="timeline__head">
              <Text className="timeline__status">{lang === 'zh' ? e.toLabel : applicationStatusLabel(e.to, lang)}</Text>
              <Text className="timeline__time">{formatDateTime(e.at)}</Text>
            </View>
            <Text className="timeline__actor">{e.actorName}</Text>
            {e.note ? (
              <View className={`timeline__note ${e.to === 'RETURNED' || e.to === 'DECLINED' ? 'is-reason' : ''}`}>
                <Text className="timeline__note-label">{e.to === 'RETURNED' || e.to === 'DECLINED' ? t('appl.returnReason') : t('appl.note')}</Text>
                <Text className={`timeline__note-text ${hook('timeline-note')}`}>{e.note}</Text>
              </View>
            ) : null}
          </View>
        </View>
      ))}
    </View>
  );
}
