import { Text } from '@tarojs/components';
import { applicationStatusLabel, useI18n } from '../../i18n';
import { STATUS_TONE } from '../../features/applications/status';
import './index.scss';

interface Props {
  status: string;
  className?: string;
  large?: boolean;
}

/** An application's status as a coloured chip (`data-status` carries the raw value). */
export default function StatusChip({ status, className = '', large = false }: Props) {
  const { lang } = useI18n();
  return (
    <Text className={`status-chip status-chip--${STATUS_TONE[status] ?? 'draft'} ${large ? 'status-chip--large' : ''} ${className}`} data-status={status}>
      {applicationStatusLabel(status, lang)}
    </Text>
  );
}
