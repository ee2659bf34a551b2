import { Text, View } from '@tarojs/components';
import { useI18n } from '../../i18n';
import { useTestHook } from '../../utils/pageActive';

interface Props {
  busy: boolean;
  /** `ui-btn` variants of the place it sits in (e.g. `ui-btn--small`). */
  className?: string;
  onClick: () => void;
}

/** 发布名片: the one publish control of the application page and the card editor (see features/cards/publish.ts). */
export default function PublishCardButton({ busy, className = '', onClick }: Props) {
  const { t } = useI18n();
  const hook = useTestHook();
  return (
    <View className={`ui-btn ${className} ${busy ? 'is-disabled' : ''} ${hook('publish-card')}`} role="button" onClick={onClick}>
      <Text>{t('cardEdit.publish')}</Text>
    </View>
  );
}
