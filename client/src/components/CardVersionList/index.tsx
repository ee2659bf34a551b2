import { Text, View } from '@tarojs/components';
import type { CardVersionsQuery } from '@cards/schema';
import { useI18n, type MessageKey } from '../../i18n';
import { formatDateTime } from '../../utils/format';
import './index.scss';

type Version = CardVersionsQuery['cardVersions'][number];

const short = (v: unknown) => {
  const text = v === null || v === undefined || v === '' ? '—' : typeof v === 'string' ? v : JSON.stringify(v);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/** A card's version history: who did what when, and each field's before → after. */
export default function CardVersionList({ versions }: { versions: Version[] }) {
  const { t } = useI18n();
  if (!versions.length) return <Text className="versions__empty">{t('cardEdit.historyEmpty')}</Text>;
  return (
    <View className="versions" role="list" aria-label={t('cardEdit.history')}>
      {versions.map((v) => (
        <View key={v.number} className="versions__item" role="listitem">
          <View className="versions__head">
            <Text className="versions__number">v{v.number}</Text>
            <Text className="versions__action">{t(`cardEdit.action.${v.action}` as MessageKey)}</Text>
            <Text className="versions__by">
              {t('cardEdit.historyBy', { who: v.actorName || t('cardEdit.historyNobody'), time: formatDateTime(v.createdAt) })}
            </Text>
          </View>
          {v.note ? <Text className="versions__note">{v.note}</Text> : null}
          {v.changes.map((c) => (
            <Text key={c.field} className="versions__change">
              {c.field}: {short(c.before)} → {short(c.after)}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}
