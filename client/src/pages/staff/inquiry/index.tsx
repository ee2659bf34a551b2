// One conversation, as staff see it (StaffThreadView): messages, live; reply, note, canned replies, take, end.
import { useRouter } from '@tarojs/taro';
import StaffPage from '../../../components/StaffPage';
import StaffThreadView from '../../../components/StaffThreadView';
import { useI18n, useNavigationTitle } from '../../../i18n';
import { routeParam } from '../../../utils/routeParam';

export default function StaffInquiryPage() {
  const { t } = useI18n();
  useNavigationTitle('thread.title');
  const router = useRouter();
  const id = routeParam(router.params.id);
  return (
    <StaffPage title={t('thread.title')} redirect={`/pages/staff/inquiry/index?id=${encodeURIComponent(id)}`} className="thread-page">
      <StaffThreadView id={id} />
    </StaffPage>
  );
}
