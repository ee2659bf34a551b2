import type { ReactNode } from 'react';
import { Empty, ErrorState, Loading } from '../StatusView';
import { useI18n } from '../../i18n';
import { goSignIn, isStaffRole, useViewer } from '../../features/auth/useSession';

/** Shows its children to centre staff only (to admins only when `adminOnly`); others get the staff sign-in. */
export default function StaffGate({ redirect, adminOnly = false, children }: { redirect: string; adminOnly?: boolean; children: ReactNode }) {
  const { t } = useI18n();
  const { token, viewer, loading, error, refetch } = useViewer();
  if (!token) {
    return <Empty title={t('login.staffTitle')} hint={t('login.staffHint')} actionText={t('login.submit')} onAction={() => goSignIn(redirect, 'staff')} />;
  }
  if (loading) return <Loading />;
  if (error) return <ErrorState onRetry={refetch} />;
  if (!viewer || !isStaffRole(viewer.role)) {
    return <Empty title={t('common.notAllowed')} hint={t('login.staffHint')} actionText={t('login.staffEntry')} onAction={() => goSignIn(redirect, 'staff')} />;
  }
  if (adminOnly && viewer.role !== 'ADMIN') return <Empty title={t('admin.only')} hint={t('admin.onlyHint')} />;
  return <>{children}</>;
}
