// The form as it will be sent, and the 承诺 (declaration of accuracy) to tick before submitting.
import { Text, View } from '@tarojs/components';
import type { ApplicationFieldsFragment } from '@cards/schema';
import ApplicationContent from '../ApplicationContent';
import { useI18n } from '../../i18n';
import './index.scss';

interface Props {
  app: ApplicationFieldsFragment;
  pledged: boolean;
  pledgeMissing: boolean;
  onTogglePledge: () => void;
}

export default function SubmitPreview({ app, pledged, pledgeMissing, onTogglePledge }: Props) {
  const { t } = useI18n();
  return (
    <View className="submit-preview">
      <View className="ui-panel">
        <Text className="ui-panel__title" role="heading" aria-level={2}>
          {t('form.previewTitle')}
        </Text>
        <Text className="submit-preview__hint">{t('form.previewHint')}</Text>
        <ApplicationContent app={app} />
      </View>
      <View
        className={`submit-preview__pledge ${pledged ? 'is-checked' : ''} ${pledgeMissing ? 'has-error' : ''}`}
        role="checkbox"
        aria-checked={pledged}
        onClick={onTogglePledge}
      >
        <View className="submit-preview__box" />
        <Text className="submit-preview__pledge-text">{t('form.pledge')}</Text>
      </View>
      {pledgeMissing ? (
        <Text className="submit-preview__error" role="alert">
          {t('form.pledgeRequired')}
        </Text>
      ) : null}
    </View>
  );
}
