import { Text } from '@tarojs/components';
import { inquiryStatusLabel, useI18n } from '../../i18n';
import './index.scss';

/** A conversation's state (机器人 / 排队中 / 人工 / 已结束) as a coloured chip; `data-status` carries the raw value. */
export default function InquiryStatus({ status, large = false, className = '' }: { status: string; large?: boolean; className?: string }) {
  const { lang } = useI18n();
  return (
    <Text className={`inquiry-status inquiry-status--${status.toLowerCase()} ${large ? 'inquiry-status--large' : ''} ${className}`} data-status={status}>
      {inquiryStatusLabel(status, lang)}
    </Text>
  );
}
