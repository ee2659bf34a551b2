import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { CloseMyAccountDocument, MyDataDocument, WithdrawConsentDocument } from '@cards/schema';
import TopBar from '../../../components/TopBar';
import { ErrorState, Loading } from '../../../components/StatusView';
import { useI18n, useNavigationTitle } from '../../../i18n';
import { useQuery } from '../../../graphql/useQuery';
import { mutate } from '../../../graphql/mutate';
import { clearToken } from '../../../features/auth/session';
import { goSignIn, isStaffRole, useToken } from '../../../features/auth/useSession';
import { handOver, summarise } from '../../../features/account/myData';
import { ACCENT } from '../../../utils/color';
import { PageActiveContext, usePageActiveState } from '../../../utils/pageActive';
import './index.scss';
import { ME_URL, switchToTab } from '../../../utils/tabs';
import { useElderClass } from '../../../features/display/elder';

/** 我的数据与隐私: everything kept about the person, a copy to take away, withdrawing consent, 注销. */
export default function MyDataPage() {
  const elder = useElderClass();
  const { t } = useI18n();
  const active = usePageActiveState();
  useNavigationTitle('rights.title');
  const token = useToken();
  const { data, error, fetching, refetch } = useQuery(MyDataDocument, {}, { pause: !token, requestPolicy: 'network-only', refreshKey: token ?? '' });
  const json = data?.myData ?? '';
  const role = json ? (JSON.parse(json) as { account?: { role?: string } }).account?.role : undefined;
  const counts = summarise(json);

  const leave = (message: string) => {
    clearToken();
    void Taro.showToast({ title: message, icon: 'none' });
    void switchToTab(ME_URL);
  };

  const download = async () => {
    const how = await handOver(json);
    void Taro.showToast({ title: t(how === 'copied' ? 'rights.copied' : 'rights.downloaded'), icon: 'none' });
  };

  const withdraw = async () => {
    const { confirm } = await Taro.showModal({ title: t('rights.withdraw'), content: t('rights.withdrawConfirm'), confirmColor: ACCENT });
    if (!confirm) return;
    const res = await mutate(WithdrawConsentDocument, {}, (d) => d.withdrawConsent, t('common.networkError'));
    if (res.ok) leave(t('rights.withdrawn'));
    else void Taro.showToast({ title: res.error.message, icon: 'none' });
  };

  const close = async () => {
    const { confirm } = await Taro.showModal({ title: t('rights.close'), content: t('rights.closeConfirm'), confirmColor: ACCENT });
    if (!confirm) return;
    const res = await mutate(CloseMyAccountDocument, {}, (d) => d.closeMyAccount, t('common.networkError'));
    if (res.ok) leave(t('rights.closed'));
    else void Taro.showToast({ title: res.error.message, icon: 'none' });
  };

  return (
    <PageActiveContext.Provider value={active}>
      <View className={`page rights ${elder}`}>
        <TopBar back title={t('rights.title')} />
        <View className="page-body rights__body">
          <Text className="rights__intro">{t('rights.intro')}</Text>
          <View className="rights__links">
            <Text className="ui-link" role="link" onClick={() => Taro.navigateTo({ url: '/pages/account/privacy/index?doc=terms' })}>
              {t('rights.terms')}
            </Text>
            <Text className="ui-link" role="link" onClick={() => Taro.navigateTo({ url: '/pages/account/privacy/index' })}>
              {t('rights.policy')}
            </Text>
          </View>
          {!token ? (
            <View className="ui-btn ui-btn--block" role="button" onClick={() => goSignIn('/pages/account/rights/index')}>
              <Text>{t('me.signIn')}</Text>
            </View>
          ) : null}
          {token && fetching && !data ? <Loading /> : null}
          {token && error && !data ? <ErrorState message={error.message} onRetry={refetch} /> : null}
          {json ? (
            <>
              <Text className="rights__summary">{t('rights.summary', { apps: counts.apps, inquiries: counts.inquiries, notes: counts.notes })}</Text>
              <Text className="rights__json" data-scroll-region selectable userSelect>
                {json}
              </Text>
              <View className="ui-btn ui-btn--block" role="button" onClick={download}>
                <Text>{t('rights.download')}</Text>
              </View>
              <View className="ui-btn ui-btn--ghost ui-btn--block rights__action" role="button" onClick={withdraw}>
                <Text>{t('rights.withdraw')}</Text>
              </View>
              {isStaffRole(role) ? (
                <Text className="rights__note">{t('rights.staffHint')}</Text>
              ) : (
                <View className="ui-btn ui-btn--plain ui-btn--block rights__action rights__close" role="button" onClick={close}>
                  <Text>{t('rights.close')}</Text>
                </View>
              )}
            </>
          ) : null}
        </View>
      </View>
    </PageActiveContext.Provider>
  );
}
