import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { TERMS } from './terms';
import TopBar from '../../../components/TopBar';
import { useI18n, useNavigationTitle, type Lang } from '../../../i18n';
import { PageActiveContext, usePageActiveState } from '../../../utils/pageActive';
import './index.scss';
import { useElderClass } from '../../../features/display/elder';

// The texts live with their page (a subpackage), not in the main package's strings.
type Doc = { intro: string; sections: [string, string][] };

const POLICY: Record<Lang, Doc> = {
  zh: {
    intro: '产业名片小程序由工业和信息化部工业文化发展中心提供。本页简要说明我们处理哪些个人信息、为什么处理以及你的权利。',
    sections: [
      [
        '我们收集的信息',
        '微信登录标识（openid）；你授权的手机号；你在登记表中填写的单位、联系人和联系方式；你上传的附件；咨询中的对话；一个随机生成的设备标识（用于点赞、观看次数和续播）。',
      ],
      ['我们如何使用', '用于登录、办理名片申请并与你联系、回答你的咨询、统计影片观看，以及在申请状态变化时通知你（仅在你同意订阅后）。'],
      ['共享与公开', '我们不出售你的个人信息。申请信息仅由中心工作人员处理；名片发布后，名片内容对公众可见，联系人信息不公开。'],
      ['保存期限', '信息保存于中国境内的服务器，在办理和法律要求的期限内保存，期满后删除或匿名化。'],
      [
        '你的权利',
        '你可以查询、更正你的申请信息或撤回申请；在「我的 → 我的数据与隐私」中查看并下载你的全部数据（JSON 格式）、撤回同意，或注销账号。注销后，我们删除你的手机号、微信标识、草稿、咨询记录和通知；已提交的申请作为计划档案保留编号和办理记录，但不再含联系人信息。',
      ],
    ],
  },
  en: {
    intro:
      'The Industry Cards mini-program is provided by the Industrial Culture Development Center of the Ministry of Industry and Information Technology. This page says briefly which personal data we process, why, and what your rights are.',
    sections: [
      [
        'What we collect',
        'Your WeChat sign-in identifier (openid); the phone number you share; the organisation, contact person and contact details you enter in the registration form; the files you attach; your inquiry conversations; a random device identifier (for likes, view counts and resuming films).',
      ],
      [
        'How we use it',
        'To sign you in, process your card application and contact you, answer your inquiries, count film views, and notify you when your application changes (only after you subscribe).',
      ],
      [
        'Sharing',
        'We never sell personal data. Applications are handled only by centre staff; once a card is published its content is public, the contact details are not.',
      ],
      ['Retention', 'Data is stored on servers in China for as long as your application and the law require, then deleted or anonymised.'],
      [
        'Your rights',
        'You can view and correct your application or withdraw it; under Me → My data & privacy you can see and download all your data (JSON), withdraw your consent, or close your account. Closing deletes your phone number, WeChat identifier, drafts, conversations and notifications; submitted applications stay as programme records with their reference and history, without your contact details.',
      ],
    ],
  },
};

/** 用户协议 (?doc=terms) or the privacy policy: what the app is, what it collects, why, and who to ask. */
export default function PrivacyPolicyPage() {
  const elder = useElderClass();
  const { t, lang } = useI18n();
  const active = usePageActiveState();
  const terms = useRouter().params.doc === 'terms';
  const titleKey = terms ? 'privacy.termsTitle' : 'privacy.policyTitle';
  useNavigationTitle(titleKey);
  const policy = (terms ? TERMS : POLICY)[lang];
  return (
    <PageActiveContext.Provider value={active}>
      <View className={`page privacy-page ${elder}`}>
        <TopBar back title={t(titleKey)} />
        <View className="page-body privacy-page__body">
          <Text className={`privacy-page__title ${active ? 'privacy-policy' : ''}`}>{t(titleKey)}</Text>
          <Text className="privacy-page__intro">{policy.intro}</Text>
          {policy.sections.map(([title, text]) => (
            <View key={title} className="privacy-page__section">
              <Text className="privacy-page__heading">{title}</Text>
              <Text className="privacy-page__text">{text}</Text>
            </View>
          ))}
        </View>
      </View>
    </PageActiveContext.Provider>
  );
}
