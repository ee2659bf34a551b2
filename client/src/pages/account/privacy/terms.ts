// 用户协议: honest to what the app does. Plain sections, shown by the privacy page with ?doc=terms.
import type { Lang } from '../../../i18n';

export const TERMS: Record<Lang, { intro: string; sections: [string, string][] }> = {
  zh: {
    intro:
      '欢迎使用产业名片。本应用由工业和信息化部工业文化发展中心提供，用于展示区域（城市）产业名片、播放“3分钟爱上中国产业名片”微纪录片、受理产业名片申请并回答咨询。登录即表示你已阅读并同意本协议和《隐私政策》。',
    sections: [
      ['服务内容', '浏览名片和影片无需登录。在线申请、查看办理进度和接收通知需要登录；登录方式为手机验证码或微信。'],
      [
        '申请信息的真实性',
        '申请人应为有权代表本区域的单位（如地方工信部门、园区管委会），并保证登记表和附件内容真实、准确、完整。中心据此与你协商、签约并打造名片。',
      ],
      ['使用规范', '请勿上传违法、侵权或与申请无关的内容，勿冒用他人身份，勿干扰服务运行。发现上述情况，中心可拒绝申请或暂停账号。'],
      ['内容与知识产权', '已发布的名片和影片由中心与申请地区共同打造，仅供浏览和分享，转载或商用请与中心联系。标注“示例”的内容为演示数据。'],
      ['在线咨询', '智能客服的回答仅供参考，以工作人员答复和正式文件为准。你可以随时转人工。'],
      ['你的权利', '你可以在「我的 → 我的数据与隐私」中查看和下载你的数据、撤回同意或注销账号。撤回同意后需要重新同意才能登录。'],
      ['协议变更', '协议或隐私政策有实质变更时，你下次登录时会被请求重新同意。'],
    ],
  },
  en: {
    intro:
      'Welcome to Industry Cards, provided by the Industrial Culture Development Center of the Ministry of Industry and Information Technology to show regional industry cards, play the “3 minutes to love China’s industry cards” films, receive card applications and answer questions. By signing in you confirm that you have read and agree to these terms and the privacy policy.',
    sections: [
      [
        'The service',
        'Browsing cards and films needs no account. Applying online, following an application and receiving notices need you to sign in, by a text-message code or with WeChat.',
      ],
      [
        'Truthful applications',
        'Applicants must be bodies entitled to act for their region (such as a local industry bureau or a park committee) and must make sure the form and attachments are true, accurate and complete. The centre relies on them to consult, sign and build the card.',
      ],
      [
        'Fair use',
        'Do not upload unlawful, infringing or unrelated material, impersonate anyone, or disrupt the service. Where this happens the centre may refuse an application or suspend an account.',
      ],
      [
        'Content and rights',
        'Published cards and films are made by the centre together with the region, for viewing and sharing; ask the centre before republishing or commercial use. Content marked “Sample” is demonstration data.',
      ],
      ['Inquiries', 'The assistant’s answers are for reference; staff replies and official documents prevail. You can ask for a person at any time.'],
      [
        'Your rights',
        'Under Me → My data & privacy you can see and download your data, withdraw your consent or close your account. After withdrawing you must agree again to sign in.',
      ],
      ['Changes', 'When these terms or the privacy policy change in substance, you are asked to agree again the next time you sign in.'],
    ],
  },
};
