import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import TopBar from '../TopBar';
import StaffGate from '../StaffGate';
import StaffSidebar from '../StaffSidebar';
import { PageActiveContext, usePageActiveState } from '../../utils/pageActive';
import { useElderClass } from '../../features/display/elder';
import './index.scss';

interface Props {
  title: string;
  /** Where the staff sign-in returns to (this page, with its query). */
  redirect: string;
  /** Extra class of the page root, for a page's own layout. */
  className?: string;
  /** For admins only (other staff see a refusal). */
  adminOnly?: boolean;
  children: ReactNode;
}

/**
 * The shell of every staff page: the header with a back control, and the content for staff only.
 * In the browser at ≥ 1024 px (index.scss) it is a back office: the sections in a sidebar, the page
 * beside it at desktop density. The mini-program is always the phone layout.
 */
export default function StaffPage({ title, redirect, className = '', adminOnly = false, children }: Props) {
  const active = usePageActiveState();
  const elder = useElderClass();
  return (
    <PageActiveContext.Provider value={active}>
      <View className={`page staff-page ${IS_H5 ? 'staff-page--h5' : ''} ${className} ${elder}`.trim()}>
        {IS_H5 ? <StaffSidebar /> : null}
        <View className="staff-page__main">
          <TopBar back title={title} />
          <StaffGate redirect={redirect} adminOnly={adminOnly}>
            {children}
          </StaffGate>
        </View>
      </View>
    </PageActiveContext.Provider>
  );
}
