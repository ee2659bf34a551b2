import { Text, View } from '@tarojs/components';
import StatusChip from '../StatusChip';
import { localized, useI18n } from '../../i18n';
import { formatDateTime } from '../../utils/format';
import { useTestHook } from '../../utils/pageActive';
import '../Tag/index.scss';
import './index.scss';

interface Item {
  id: string;
  reference: string | null;
  status: string;
  leadUnit: string;
  submittedAt: string | null;
  updatedAt: string;
  leadingIndustries?: string[];
  contactName?: string;
  region: { fullName: string; fullNameEn: string } | null;
}

interface Props {
  item: Item;
  /** Test hook (e.g. `my-application`, `staff-application`). */
  hookName: string;
  onClick: () => void;
}

/** One application in a list: region, reference, status, lead unit, time. */
export default function AppListItem({ item, hookName, onClick }: Props) {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  const region = item.region ? localized(lang, item.region.fullName, item.region.fullNameEn) : t('appl.none');
  return (
    <View
      className={`app-item ${hook(hookName)}`}
      data-id={item.id}
      data-reference={item.reference ?? ''}
      data-status={item.status}
      role="link"
      onClick={onClick}
    >
      <View className="app-item__head">
        <Text className="app-item__region">{region}</Text>
        <StatusChip status={item.status} />
      </View>
      <Text className="app-item__unit">{item.leadUnit || t('appl.none')}</Text>
      {item.leadingIndustries?.length ? (
        <View className="app-item__tags">
          {item.leadingIndustries.map((i) => (
            <Text key={i} className="tag tag--industry">
              {i}
            </Text>
          ))}
        </View>
      ) : null}
      <View className="app-item__foot">
        <Text className="app-item__ref">{item.reference || t('appl.noReference')}</Text>
        <Text className="app-item__time">
          {item.submittedAt ? t('staff.submitted', { time: formatDateTime(item.submittedAt) }) : t('me.updatedAt', { time: formatDateTime(item.updatedAt) })}
        </Text>
      </View>
      <View className="app-item__arrow" />
    </View>
  );
}
