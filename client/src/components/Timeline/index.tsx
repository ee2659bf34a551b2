import { Text, View } from '@tarojs/components';
import type { ApplicationFieldsFragment } from '@cards/schema';
import { applicationStatusLabel, useI18n } from '../../i18n';
import { STATUS_TONE } from '../../features/applications/status';
import { formatDateTime } from '../../utils/format';
import { useTestHook } from '../../utils/pageActive';
import './index.scss';

type Event = ApplicationFieldsFragment['timeline'][number];

/**
 * Who acted, in the user's language: staff as the centre; an official by the name they gave, or as
 * the applicant (the server's 申请人 when they gave none).
 */
function actorLabel(e: Event, t: (key: 'appl.actorCentre' | 'appl.actorApplicant') => string): string {
  if (e.actorRole === 'STAFF' || e.actorRole === 'ADMIN') return t('appl.actorCentre');
  return !e.actorName || e.actorName === '申请人' ? t('appl.actorApplicant') : e.actorName;
}

/**
 * Every step of an application: status, who, when, and the note (a return reason stands out); then, greyed,
 * the steps still ahead (`ahead`, e.g. features/applications/guide.ts `stepsAhead`).
 */
export default function Timeline({ events, ahead = [] }: { events: Event[]; ahead?: readonly string[] }) {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  const last = events.length - 1;
  const lastLine = ahead.length ? events.length : last;
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
            {i < lastLine ? <View className="timeline__line" /> : null}
          </View>
          <View className="timeline__body">
            <View className="timeline__head">
              <Text className="timeline__status">{lang === 'zh' ? e.toLabel : applicationStatusLabel(e.to, lang)}</Text>
              <Text className="timeline__time">{formatDateTime(e.at)}</Text>
            </View>
            <Text className="timeline__actor">{actorLabel(e, t)}</Text>
            {e.note ? (
              <View className={`timeline__note ${e.to === 'RETURNED' || e.to === 'DECLINED' ? 'is-reason' : ''}`}>
                <Text className="timeline__note-label">{e.to === 'RETURNED' || e.to === 'DECLINED' ? t('appl.returnReason') : t('appl.note')}</Text>
                <Text className={`timeline__note-text ${hook('timeline-note')}`}>{e.note}</Text>
              </View>
            ) : null}
          </View>
        </View>
      ))}
      {ahead.map((status, i) => (
        <View key={status} className="timeline__item timeline__item--ahead" data-status={status} data-ahead="true">
          <View className="timeline__rail">
            <View className="timeline__dot" />
            {i < ahead.length - 1 ? <View className="timeline__line" /> : null}
          </View>
          <View className="timeline__body">
            <View className="timeline__head">
              <Text className="timeline__status">{applicationStatusLabel(status, lang)}</Text>
              <Text className="timeline__time">{t('appl.ahead')}</Text>
            </View>
          </View>
        </View>
      ))}
    </View>
  );
}
