import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useI18n, type MessageKey } from '../../i18n';
import { useViewer } from '../../features/auth/useSession';
import './index.scss';

/** The staff sections, in the sidebar's order. */
export const STAFF_SECTIONS: { key: MessageKey; url: string; mark: string }[] = [
  { key: 'desk.applications', url: '/pages/staff/list/index', mark: '申' },
  { key: 'desk.cards', url: '/pages/staff/cards/index', mark: '片' },
  { key: 'desk.inquiries', url: '/pages/staff/inquiries/index', mark: '询' },
  { key: 'desk.overview', url: '/pages/staff/overview/index', mark: '览' },
  { key: 'desk.inquiryStats', url: '/pages/staff/inquiry-stats/index', mark: '数' },
  { key: 'desk.cannedReplies', url: '/pages/staff/canned-replies/index', mark: '复' },
  { key: 'desk.faqs', url: '/pages/staff/faqs/index', mark: '问' },
  { key: 'desk.botMisses', url: '/pages/staff/bot-misses/index', mark: '漏' },
];

/** Sections for admins only. */
export const ADMIN_SECTIONS: { key: MessageKey; url: string; mark: string }[] = [
  { key: 'desk.accounts', url: '/pages/staff/accounts/index', mark: '员' },
  { key: 'desk.audit', url: '/pages/staff/audit/index', mark: '审' },
];

/** Pages without their own entry light the section they belong to. */
const PARENT: Record<string, string> = {
  '/pages/staff/application/index': '/pages/staff/list/index',
  '/pages/staff/card/index': '/pages/staff/cards/index',
  '/pages/staff/films/index': '/pages/staff/cards/index',
  '/pages/staff/inquiry/index': '/pages/staff/inquiries/index',
};

export function sectionOf(path: string): string {
  const bare = `/${path.replace(/^\//, '').split('?')[0]}`;
  return PARENT[bare] ?? bare;
}

/** The desktop back office's navigation (H5 at ≥ 1024 px; the phone layout hides it). */
export default function StaffSidebar() {
  const { t } = useI18n();
  const router = useRouter();
  const path = `/${(router.path ?? '').replace(/^\//, '').split('?')[0]}`;
  const current = sectionOf(path);
  const { viewer } = useViewer();
  const sections = viewer?.role === 'ADMIN' ? [...STAFF_SECTIONS, ...ADMIN_SECTIONS] : STAFF_SECTIONS;
  return (
    <View className="staff-sidebar" role="navigation" aria-label={t('desk.nav')}>
      <View className="staff-sidebar__brand">
        <View className="staff-sidebar__seal">
          <Text>名</Text>
        </View>
        <View className="staff-sidebar__brand-text">
          <Text className="staff-sidebar__name">{t('app.name')}</Text>
          <Text className="staff-sidebar__sub">{t('desk.nav')}</Text>
        </View>
      </View>
      {sections.map((s) => {
        const on = current === s.url;
        return (
          <View
            key={s.url}
            className={`staff-sidebar__item ${on ? 'is-current' : ''}`}
            role="link"
            aria-current={on ? 'page' : undefined}
            onClick={() => {
              // From a page inside the section (an application, a card), the link goes back to its list.
              if (path !== s.url) void Taro.redirectTo({ url: s.url }).catch(() => Taro.navigateTo({ url: s.url }));
            }}
          >
            <Text className="staff-sidebar__mark" aria-hidden>
              {s.mark}
            </Text>
            <Text className="staff-sidebar__label">{t(s.key)}</Text>
          </View>
        );
      })}
      <Text className="staff-sidebar__foot">{t('desk.centre')}</Text>
    </View>
  );
}
