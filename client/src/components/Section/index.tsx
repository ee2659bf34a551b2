import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './index.scss';

interface Props {
  title: string;
  subtitle?: string;
  extra?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** A titled block with the programme's red rule before the title. */
export default function Section({ title, subtitle, extra, children, className = '' }: Props) {
  return (
    <View className={`section ${className}`}>
      <View className="section__head">
        <View className="section__titles">
          <View className="section__rule" />
          <Text className="section__title">{title}</Text>
          {subtitle ? <Text className="section__subtitle">{subtitle}</Text> : null}
        </View>
        {extra}
      </View>
      {children}
    </View>
  );
}
