import { Text } from '@tarojs/components';
import './index.scss';

export type TagVariant = 'tier' | 'tierAlt' | 'theme' | 'year' | 'industry' | 'sample' | 'plain' | 'onColor' | 'official';

interface Props {
  children: string;
  variant?: TagVariant;
  className?: string;
}

export default function Tag({ children, variant = 'plain', className = '' }: Props) {
  return <Text className={`tag tag--${variant} ${className}`}>{children}</Text>;
}
