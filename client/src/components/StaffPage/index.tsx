import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import TopBar from '../TopBar';
import StaffGate from '../StaffGate';
import { PageActiveContext, usePageActiveState } from '../../utils/pageActive';
import { useElderClass } from '../../features/display/elder';

interface Props {
  title: string;
  /** Where the staff sign-in returns to (this page, with its query). */
  redirect: string;
  /** Extra class of the page root, for a page's own layout. */
  className?: string;
  children: ReactNode;
}

/** The shell of every staff page: the header with a back control, and the content for staff only. */
export default function StaffPage({ title, redirect, className = '', children }: Props) {
  const active = usePageActiveState();
  const elder = useElderClass();
  return (
    <PageActiveContext.Provider value={active}>
      <View className={`page staff-page ${className} ${elder}`.trim()}>
        <TopBar back title={title} />
        <StaffGate redirect={redirect}>{children}</StaffGate>
      </View>
    </PageActiveContext.Provider>
  );
}
