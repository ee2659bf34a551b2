// Independent tuning set 164: written 2026-12-05 by a writer who never saw the bot or its other evaluation sets, from the FAQ, the sample catalogue and PRODUCT.md only. It stresses the mini-program and WeChat itself: updates, cache, permissions, location, notifications, sharing to chats and Moments, opening links, WeChat Pay, WeChat account trouble and other mini-programs.
import { GUANGDONG_CARDS, INNOVATIVE_CONSUMPTION_CARDS, MAIN_CARDS_2024, TECH_HOTSPOT_CARDS, ZHEJIANG_CARDS } from './sample-card-lists';
import type { EvalCase } from './types';

export const independentTuningSet164: EvalCase[] = [
  // ───────────── FAQ: signing in and the phone number ─────────────
  { question: '小程序怎么登录？要先注册账号吗', expect: { faq: 'sign-in' }, style: 'plain' },
  { question: 'xiaochengxu zenme denglu a', expect: { faq: 'sign-in' }, style: 'pinyin' },
  { question: 'How do I log in to the mini program?', expect: { faq: 'sign-in' }, style: 'english' },
  { question: '小程式要怎麼登入？需要註冊嗎', expect: { faq: 'sign-in' }, style: 'traditional' },
  { question: '小陈序怎么登录啊 要注测吗', expect: { faq: 'sign-in' }, style: 'typo' },
  { question: '为啥微信都登录了还要我验证手机号', expect: { faq: 'verify-phone' }, style: 'colloquial' },
  { question: '微信弹出授权手机号那一步我点了拒绝，现在提示未验证手机号交不了申请，咋办', expect: { faq: 'verify-phone' }, style: 'colloquial' },
  { question: '申请前为什么必须验证手机号？不授权能提交吗', expect: { faq: 'verify-phone' }, style: 'plain' },

  // ───────────── FAQ: drafts ─────────────
  { question: '登记表填一半微信来了个视频电话，小程序被切到后台，回来内容还在吗', expect: { faq: 'drafts' }, style: 'colloquial' },
  { question: '登记表没填完能先存着吗，下次打开小程序接着填', expect: { faq: 'drafts' }, style: 'plain' },
  { question: '登記表填到一半退出小程式了怎麼辦', expect: { faq: 'drafts' }, style: 'traditional' },
  { question: 'Can I save the registration form as a draft in the mini program and finish it later?', expect: { faq: 'drafts' }, style: 'english' },
  { question: '继续填写的入口在哪 找不到上次的草搞了', expect: { faq: 'drafts' }, style: 'typo' },

  // ───────────── FAQ: notifications and progress ─────────────
  { question: '审核结果会用微信消息推给我吗', expect: { faq: 'notifications' }, style: 'plain' },
  { question: '小程序老弹的那个订阅消息是干啥的，申请状态变了会提醒我吗', expect: { faq: 'notifications' }, style: 'colloquial' },
  { question: '申請進度在哪裡看？會有微信提醒嗎', expect: { faq: 'notifications' }, style: 'traditional' },
  { question: 'Will I get a WeChat notification when my application status changes?', expect: { faq: 'notifications' }, style: 'english' },
  { question: '进度怎么查阿 有没有提醒的', expect: { faq: 'notifications' }, style: 'typo' },

  // ───────────── FAQ: sharing ─────────────
  { question: '怎么把“中国电谷”这张名片转发到微信群', expect: { faq: 'share' }, style: 'plain' },
  { question: '微纪录片怎么分享给同事', expect: { faq: 'share' }, style: 'plain' },
  { question: '复制连接在哪里，想把名片链接贴到工作群', expect: { faq: 'share' }, style: 'typo' },
  { question: 'How can I share a card to a WeChat group chat?', expect: { faq: 'share' }, style: 'english' },
  { question: 'zenme fenxiang mingpian dao weixin qun', expect: { faq: 'share' }, style: 'pinyin' },
  { question: '怎麼把名片分享給微信好友', expect: { faq: 'share' }, style: 'traditional' },

  // ───────────── FAQ: films ─────────────
  { question: '小程序里的3分钟纪录片在哪看', expect: { faq: 'films-where' }, style: 'plain' },
  { question: '紀錄片在哪裡看', expect: { faq: 'films-where' }, style: 'traditional' },
  { question: 'Where do I watch the 3-minute films in the mini program?', expect: { faq: 'films-where' }, style: 'english' },
  { question: '纪录片能倍速播放吗？能开英文字幕吗', expect: { faq: 'films-where' }, style: 'plain' },
  { question: '上次纪录片看到一半退出了，再打开能接着看吗', expect: { faq: 'films-where' }, style: 'colloquial' },
  { question: '纪录片都多长啊，流量够不够看', expect: { faq: 'films-length' }, style: 'colloquial' },
  { question: 'How long are the films?', expect: { faq: 'films-length' }, style: 'english' },
  { question: '“3分钟爱上中国产业名片”是什么', expect: { faq: 'films-what' }, style: 'plain' },
  { question: '我们市想拍一个3分钟纪录片放到小程序上，怎么弄', expect: { faq: 'films-our-city' }, style: 'plain' },

  // ───────────── FAQ: English version ─────────────
  { question: 'Is there an English version of this mini program?', expect: { faq: 'english-version' }, style: 'english' },
  { question: '界面能切换成英文吗，要给外国客户看', expect: { faq: 'english-version' }, style: 'plain' },
  { question: 'you meiyou yingwen ban', expect: { faq: 'english-version' }, style: 'pinyin' },

  // ───────────── FAQ: browsing, sample data, who can use ─────────────
  { question: '怎么在小程序里按省份筛选名片', expect: { faq: 'browse-cards' }, style: 'plain' },
  { question: '小程序里的这些名片都是官方公布的吗', expect: { faq: 'sample-data' }, style: 'plain' },
  { question: '名片上写着“示例”是什么意思，数据准吗', expect: { faq: 'sample-data' }, style: 'plain' },
  { question: 'Are the cards in this mini program the official list?', expect: { faq: 'sample-data' }, style: 'english' },
  { question: 'mingpian shi guanfang fabu de ma', expect: { faq: 'sample-data' }, style: 'pinyin' },
  { question: '我就是个普通游客，这个小程序能干啥', expect: { faq: 'who-can-use' }, style: 'colloquial' },
  { question: '不是政府部门的能用这个小程序吗', expect: { faq: 'who-can-use' }, style: 'plain' },
  { question: 'What can an ordinary visitor do in this mini program?', expect: { faq: 'who-can-use' }, style: 'english' },

  // ───────────── FAQ: applying in the app ─────────────
  { question: '在小程序哪里填登记表', expect: { faq: 'apply-in-app' }, style: 'plain' },
  { question: 'xiaochengxu zenme shenqing chanye mingpian', expect: { faq: 'apply-in-app' }, style: 'pinyin' },
  { question: 'How do I submit our application in the mini program?', expect: { faq: 'apply-in-app' }, style: 'english' },
  { question: '小程式怎麼申請產業名片', expect: { faq: 'apply-in-app' }, style: 'traditional' },
  { question: '在小程序里提交了，还需要另外发邮件给中心吗', expect: { faq: 'submit-where' }, style: 'plain' },
  { question: '附件按钮是灰的，点不了怎么回事', expect: { faq: 'form-attachments' }, style: 'plain' },
  { question: '小程序上传附件有大小限制吗，最多能传几个', expect: { faq: 'form-attachments' }, style: 'plain' },
  { question: '附件传布上去 限制多大啊', expect: { faq: 'form-attachments' }, style: 'typo' },
  { question: '手机号一直提示格式不对 填不进去', expect: { faq: 'form-phone' }, style: 'colloquial' },
  { question: '简介那栏显示“已超出”，提交不了', expect: { faq: 'form-intro' }, style: 'plain' },
  { question: '牵头单位那栏填啥', expect: { faq: 'form-lead-unit' }, style: 'colloquial' },
  { question: '同一个区能不能用两个微信号各交一份申请', expect: { faq: 'one-application-per-region' }, style: 'plain' },
  { question: '在小程序申请要收费吗，会不会让我微信支付', expect: { faq: 'fees' }, style: 'plain' },
  { question: '园区管委会能在小程序报名不', expect: { faq: 'zone-eligible' }, style: 'colloquial' },
  { question: '我是企业的，能在小程序里申请产业名片吗', expect: { faq: 'enterprise-apply' }, style: 'plain' },
  { question: 'Can companies apply through the app?', expect: { faq: 'enterprise-apply' }, style: 'english' },

  // ───────────── FAQ: deadlines ─────────────
  { question: '小程序里显示“当前没有开放的征集”是啥意思', expect: { faq: 'deadline-current' }, style: 'colloquial' },
  { question: '现在还能在小程序上报名吗，什么时候截止', expect: { faq: 'deadline-current' }, style: 'plain' },
  { question: '点提交的时候提示征集已截止，还能补交吗', expect: { faq: 'late-submission' }, style: 'plain' },
  { question: '在小程序提交完多久能有结果', expect: { faq: 'review-time' }, style: 'plain' },

  // ───────────── FAQ: application states ─────────────
  { question: '小程序里“协商中”是什么意思', expect: { faq: 'status-flow' }, style: 'plain' },
  { question: 'What do the statuses under "My applications" mean?', expect: { faq: 'status-flow' }, style: 'english' },
  { question: '申请状太有哪些', expect: { faq: 'status-flow' }, style: 'typo' },
  { question: '消息通知说我的申请被退回修改了，在小程序里怎么重新提交', expect: { faq: 'returned' }, style: 'plain' },
  { question: '申請被退回了怎麼辦', expect: { faq: 'returned' }, style: 'traditional' },
  { question: '提交以后能在小程序里撤回吗', expect: { faq: 'withdraw' }, style: 'plain' },
  { question: '怎么撤回申清', expect: { faq: 'withdraw' }, style: 'typo' },
  { question: '提交后发现联系电话填错了，还能改吗', expect: { faq: 'edit-after-submit' }, style: 'plain' },
  { question: '提交後還能修改嗎', expect: { faq: 'edit-after-submit' }, style: 'traditional' },
  { question: '申请显示“不予通过”，还能再报吗', expect: { faq: 'declined' }, style: 'plain' },

  // ───────────── FAQ: contact ─────────────
  { question: '小程序里怎么联系中心，有没有电话', expect: { faq: 'contact-centre' }, style: 'plain' },
  { question: 'zenme lianxi zhongxin', expect: { faq: 'contact-centre' }, style: 'pinyin' },
  { question: '人工客服几点上班', expect: { faq: 'human-agent' }, style: 'plain' },
  { question: '晚上在小程序里咨询有人回吗', expect: { faq: 'human-agent' }, style: 'colloquial' },
  { question: '函件上的邮箱现在还能用吗，我想直接发邮件', expect: { faq: 'letter-contacts' }, style: 'plain' },

  // ───────────── FAQ: the programme, asked from inside WeChat ─────────────
  { question: '产业名片计划是谁主办的，是工信部的吗', expect: { faq: 'who-runs' }, style: 'colloquial' },
  { question: '产业名片是啥，是微信里那种能发来发去的电子名片吗', expect: { faq: 'what-is-industry-card' }, style: 'colloquial' },
  { question: '小程序筛选里有主名片和特色名片两个选项，有啥区别', expect: { faq: 'tier-difference' }, style: 'colloquial' },
  { question: '小程序里能按主题筛，三个主题分别是啥', expect: { faq: 'themes-2025' }, style: 'plain' },
  { question: '2025年有影响力的产业名片完整名单在小程序里能看到吗', expect: { faq: 'list-2025' }, style: 'plain' },

  // ───────────── catalogue: which cards ─────────────
  { question: '小程序里杭州有哪些名片', expect: { cards: ['hangzhou-digital-city', 'qiantang-china-medicine-port'] }, style: 'region' },
  { question: '在小程序搜“景德镇”，有名片吗', expect: { cards: ['jingdezhen-millennium-porcelain'] }, style: 'region' },
  {
    question: '泉州有哪些产业名片？我想挑几张转发到群里',
    expect: { cards: ['quanzhou-maritime-silk-manufacturing', 'dehua-porcelain-capital', 'jinjiang-sportswear'] },
    style: 'region',
  },
  { question: '北京有产业名片吗', expect: { cards: [] }, style: 'region' },
  { question: '上海有没有名片', expect: { cards: [] }, style: 'region' },
  { question: '天津的名片在哪看', expect: { cards: [] }, style: 'region' },
  { question: '广州有哪些名片', expect: { cards: ['guangzhou-smart-manufacturing', 'huangpu-bay-area-innovation'] }, style: 'region' },
  { question: '苏州的名片有哪些', expect: { cards: ['suzhou-gusu-innovation', 'kunshan-county-manufacturing'] }, style: 'region' },
  {
    question: '广东省在小程序里有哪些产业名片',
    expect: {
      cards: GUANGDONG_CARDS,
    },
    style: 'region',
  },
  {
    question: '浙江有哪些名片',
    expect: {
      cards: ZHEJIANG_CARDS,
    },
    style: 'region',
  },
  {
    question: '山东的产业名片都发我看看',
    expect: { cards: ['binzhou-high-end-aluminium', 'linyi-trade-logistics', 'weifang-power-and-kites', 'qingdao-city-of-brands'] },
    style: 'region',
  },
  {
    question: '福建有哪些名片',
    expect: { cards: ['dehua-porcelain-capital', 'zherong-knives-and-scissors', 'quanzhou-maritime-silk-manufacturing', 'jinjiang-sportswear'] },
    style: 'region',
  },
  { question: '内蒙古有名片吗', expect: { cards: ['baotou-rare-earth-capital', 'ordos-zero-carbon-energy'] }, style: 'region' },
  { question: '西藏有没有产业名片', expect: { cards: [] }, style: 'region' },
  { question: 'Which industry cards does Wuhan have?', expect: { cards: ['wuhan-optics-valley'] }, style: 'english' },
  { question: 'chongqing you na xie mingpian', expect: { cards: ['chongqing-mountain-city-motors'] }, style: 'pinyin' },
  { question: '昆明有哪些產業名片', expect: { cards: ['kunming-spring-city-flowers'] }, style: 'traditional' },
  { question: '贵杨有名片吗', expect: { cards: ['guiyang-china-data-valley'] }, style: 'typo' },
  { question: '“中国电谷”是哪个城市的名片', expect: { cards: ['baoding-electric-valley'] }, style: 'region' },
  { question: '朋友分享链接点进来是“手撕钢之城”，这是哪儿的名片', expect: { cards: ['taiyuan-steel-and-heavy-machinery'] }, style: 'region' },
  { question: '群里有人转了张“世界超市”名片，是义乌的吗，帮我找下', expect: { cards: ['yiwu-world-supermarket'] }, style: 'region' },
  {
    question: '陶瓷产业有哪些名片',
    expect: { cards: ['dehua-porcelain-capital', 'jingdezhen-millennium-porcelain', 'foshan-ceramics-and-appliances', 'tangshan-cradle-of-modern-industry'] },
    style: 'industry',
  },
  { question: '做白酒的名片有哪些', expect: { cards: ['zunyi-sauce-aroma-baijiu', 'yibin-baijiu-and-batteries'] }, style: 'industry' },
  { question: '刀剪相关的名片', expect: { cards: ['zherong-knives-and-scissors', 'yangjiang-knife-capital'] }, style: 'industry' },
  { question: '稀土产业有名片吗', expect: { cards: ['baotou-rare-earth-capital', 'ganzhou-tungsten-rare-earth'] }, style: 'industry' },
  { question: '集成电路方向的名片有哪些', expect: { cards: ['wuxi-iot-city', 'hefei-chips-screens-cars'] }, style: 'industry' },
  { question: '有没有做葡萄酒的名片', expect: { cards: ['yinchuan-helan-mountain-wine'] }, style: 'industry' },
  { question: '螺蛳粉也有产业名片？', expect: { cards: ['liuzhou-industrial-landscape'] }, style: 'industry' },
  { question: '风筝是哪张名片', expect: { cards: ['weifang-power-and-kites'] }, style: 'industry' },
  { question: '游戏产业有没有名片', expect: { cards: [] }, style: 'industry' },
  {
    question: '科创热点的名片有哪些',
    expect: {
      cards: TECH_HOTSPOT_CARDS,
    },
    style: 'plain',
  },
  {
    question: '创新消费城市产业名片都有哪些',
    expect: {
      cards: INNOVATIVE_CONSUMPTION_CARDS,
    },
    style: 'plain',
  },
  {
    question: '2024年的主名片有哪些',
    expect: {
      cards: MAIN_CARDS_2024,
    },
    style: 'plain',
  },
  { question: '广东的主名片是哪几张', expect: { cards: ['dongguan-manufacturing-aesthetics', 'guangzhou-smart-manufacturing'] }, style: 'region' },

  // ───────────── catalogue: counts ─────────────
  { question: '小程序里一共有多少张名片', expect: { count: 50 }, style: 'count' },
  { question: 'How many industry cards are in the app?', expect: { count: 50 }, style: 'english' },
  { question: 'yigong you duoshao zhang mingpian', expect: { count: 50 }, style: 'pinyin' },
  { question: '主名片有几张', expect: { count: 15 }, style: 'count' },
  { question: '特色名片有几张', expect: { count: 35 }, style: 'count' },
  { question: '2025年的名片有多少张', expect: { count: 28 }, style: 'count' },
  { question: '2024年那批有多少张', expect: { count: 22 }, style: 'count' },
  { question: '科创热点城市产业名片有几张', expect: { count: 10 }, style: 'count' },
  { question: '创新消费的名片几张', expect: { count: 12 }, style: 'count' },
  { question: '升级更新的有多少张', expect: { count: 14 }, style: 'count' },
  { question: '广东有几张名片', expect: { count: 6 }, style: 'count' },
  { question: '浙江一共几张', expect: { count: 5 }, style: 'count' },
  { question: '江苏有多少张产业名片', expect: { count: 3 }, style: 'count' },
  { question: '湖南几张名片', expect: { count: 3 }, style: 'count' },
  { question: '山東有幾張名片', expect: { count: 4 }, style: 'traditional' },
  { question: '福建一共有几张', expect: { count: 4 }, style: 'count' },
  { question: '北京有几张名片', expect: { count: 0 }, style: 'count' },
  { question: '上海几张', expect: { count: 0 }, style: 'count' },
  { question: '2025年的主名片有几张', expect: { count: 8 }, style: 'count' },
  { question: '2024年的特色名片几张', expect: { count: 15 }, style: 'count' },
  { question: '广东的特色名片有几张', expect: { count: 4 }, style: 'count' },
  { question: '陶瓷方向的名片有几张', expect: { count: 4 }, style: 'count' },
  { question: '白酒名片有几张', expect: { count: 2 }, style: 'count' },
  { question: '广东有几章名片', expect: { count: 6 }, style: 'typo' },

  // ───────────── my own application ─────────────
  { question: '我的申请现在到哪一步了', expect: { status: true }, style: 'status' },
  { question: '帮我查下我们提交的登记表审到哪了', expect: { status: true }, style: 'status' },
  { question: '收到一条微信订阅消息说状态变了，我的申请现在是什么状态', expect: { status: true }, style: 'status' },
  { question: '我们区上周在小程序提交的申请有进展没', expect: { status: true }, style: 'status' },
  { question: "What's the status of my application?", expect: { status: true }, style: 'english' },
  { question: 'wo de shenqing dao na yi bu le', expect: { status: true }, style: 'pinyin' },
  { question: '我的申請現在什麼狀態', expect: { status: true }, style: 'traditional' },
  { question: '我们的申请签约了没有', expect: { status: true }, style: 'status' },
  { question: '我提交的那份还在协商中吗', expect: { status: true }, style: 'status' },
  { question: '申请编号忘了，能直接帮我看下我的申请进度吗', expect: { status: true }, style: 'status' },
  { question: '我的申清到哪了', expect: { status: true }, style: 'typo' },

  // ───────────── hand-over ─────────────
  { question: '转人工', expect: { handoff: true }, style: 'handoff' },
  { question: '我要找中心的工作人员', expect: { handoff: true }, style: 'handoff' },
  { question: '微信登录老是失败，别跟我绕了，给我接个人工', expect: { handoff: true }, style: 'handoff' },
  { question: '能不能让真人跟我聊', expect: { handoff: true }, style: 'handoff' },
  { question: 'I want to talk to a real person at the centre', expect: { handoff: true }, style: 'english' },
  { question: 'zhuan rengong', expect: { handoff: true }, style: 'pinyin' },
  { question: '轉人工客服', expect: { handoff: true }, style: 'traditional' },
  { question: '人工人工人工', expect: { handoff: true }, style: 'handoff' },
  { question: '帮我转给负责征集的老师', expect: { handoff: true }, style: 'handoff' },
  { question: '麻烦让中心的人给我回个话，关于我们园区的申请', expect: { handoff: true }, style: 'handoff' },
  { question: '找个活人说话', expect: { handoff: true }, style: 'handoff' },

  // ───────────── about the app, but in no FAQ entry ─────────────
  { question: '小程序里的纪录片能下载到手机相册吗', expect: { unsure: true }, style: 'plain' },
  { question: '这个小程序会获取我的位置信息吗，拿去干什么', expect: { unsure: true }, style: 'plain' },
  { question: '名片能不能生成一张海报保存到相册', expect: { unsure: true }, style: 'plain' },
  { question: '在小程序里怎么注销账号、删掉我的个人信息', expect: { unsure: true }, style: 'plain' },
  { question: '换了个微信号登录，之前那个号提交的申请能转过来吗', expect: { unsure: true }, style: 'colloquial' },
  { question: '纪录片能投屏到会议室电视上放吗', expect: { unsure: true }, style: 'plain' },
  { question: '领导想用他自己的微信也能看我们这份申请，能加第二个人吗', expect: { unsure: true }, style: 'colloquial' },
  { question: '小程序支持深色模式吗', expect: { unsure: true }, style: 'plain' },
  { question: 'Can I download the films for offline viewing?', expect: { unsure: true }, style: 'english' },
  { question: '你们小程序最近一次更新加了什么新功能', expect: { unsure: true }, style: 'plain' },

  // ───────────── off-topic: WeChat Pay ─────────────
  { question: '微信支付怎么绑定银行卡', expect: { unsure: true }, style: 'off-topic' },
  { question: '在景德镇买瓷器用微信支付被多扣了一笔，怎么退款', expect: { unsure: true }, style: 'off-topic' },
  { question: '想用微信支付给中国医药港的一家企业付货款，单笔限额多少', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信支付分怎么提高，想免押金租充电宝', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信转账给遵义酒厂转错人了能追回吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '义乌商贸城的摊位想开微信收款码，商户号怎么申请', expect: { unsure: true }, style: 'off-topic' },
  { question: '在海口国际免税城用微信支付，离岛免税额度怎么查', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信支付的账单怎么导出来给单位报销', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信亲属卡怎么开通给我爸用', expect: { unsure: true }, style: 'off-topic' },
  { question: '我们局想做个卖刀剪文创的小程序，微信支付商户号要什么资料', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How do I add a foreign bank card to WeChat Pay?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'weixin zhifu zenme tuikuan', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: WeChat account trouble ─────────────
  { question: '微信号被封了怎么解封', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信密码忘了怎么找回', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信怎么换绑手机号', expect: { unsure: true }, style: 'off-topic' },
  { question: '我微信被盗了，有人用我的号在群里发假的产业名片链接骗钱，怎么冻结账号', expect: { unsure: true }, style: 'off-topic' },
  { question: '换手机了，微信聊天记录怎么迁移到新手机', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信实名认证绑的是我爱人的身份证，怎么改成我自己的', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信提示“当前账号存在风险”，好友辅助验证怎么弄', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信账号怎么注销', expect: { unsure: true }, style: 'off-topic' },
  { question: 'WeChat keeps logging me out on my iPad, how do I fix it?', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: cache, storage, updates ─────────────
  { question: '微信占了30个G，怎么清理缓存', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信里所有小程序的缓存在哪统一删', expect: { unsure: true }, style: 'off-topic' },
  { question: '文件传输助手里的文件过期了还能恢复吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '群里发的“中国电谷”宣传册PDF过期打不开了，微信里怎么找回', expect: { unsure: true }, style: 'off-topic' },
  { question: '微心怎么清里内存', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信小程序一般怎么更新，要不要删掉重新搜', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信版本太低，怎么升级到最新版', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信“收藏”里存的名片截图找不到了', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: permissions and location ─────────────
  { question: '微信怎么关掉“附近的人”', expect: { unsure: true }, style: 'off-topic' },
  { question: 'iPhone上微信的定位权限怎么改成“使用App期间”', expect: { unsure: true }, style: 'off-topic' },
  { question: '怎么在微信里给同事发实时位置共享，我在松山湖高新区门口', expect: { unsure: true }, style: 'off-topic' },
  { question: '帮我导航到东方红农耕博物馆', expect: { unsure: true }, style: 'off-topic' },
  { question: '离我现在位置最近的工业博物馆在哪', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信麦克风权限打不开，语音发不出去', expect: { unsure: true }, style: 'off-topic' },
  { question: '不小心拒绝了微信的相机权限，扫一扫用不了怎么重新打开', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: notifications ─────────────
  { question: '微信新消息不提醒了怎么办', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信里怎么一次性关掉所有小程序的订阅消息', expect: { unsure: true }, style: 'off-topic' },
  { question: '怎么把工作群设成消息免打扰', expect: { unsure: true }, style: 'off-topic' },
  { question: '公众号推送太多了，怎么批量取消关注', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信订阅号和服务号有什么区别', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信运动的步数排行榜怎么关掉', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: Moments and groups ─────────────
  { question: '朋友圈怎么设置仅三天可见', expect: { unsure: true }, style: 'off-topic' },
  { question: '发朋友圈怎么屏蔽领导', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信群最多能拉多少人？我想建个产业名片交流群', expect: { unsure: true }, style: 'off-topic' },
  { question: '视频号的视频怎么转到朋友圈', expect: { unsure: true }, style: 'off-topic' },
  { question: '帮我写一条介绍“千年瓷都”的朋友圈文案，要带表情', expect: { unsure: true }, style: 'off-topic' },
  { question: '给我们工作群起个名字，跟“刀剪之都”有关的', expect: { unsure: true }, style: 'off-topic' },
  { question: '我发在朋友圈的中国光谷照片被折叠了，怎么回事', expect: { unsure: true }, style: 'off-topic' },
  { question: '群里有人发“产业名片官方红包”抽奖链接，点了要填银行卡，这个群主能踢吗', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Can you help me translate my WeChat Moments post about Hangzhou into English?', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信群裡的檔案怎麼下載到電腦', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信鍵盤怎麼打繁體字', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: opening links ─────────────
  { question: '微信里打不开淘宝链接怎么办', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信内置浏览器怎么改成用Safari打开', expect: { unsure: true }, style: 'off-topic' },
  { question: '抖音分享到微信的链接打不开', expect: { unsure: true }, style: 'off-topic' },
  { question: '同事发了个百度网盘链接，里面是黄河石化城的资料，微信里怎么打开', expect: { unsure: true }, style: 'off-topic' },
  { question: '公众号文章里的链接怎么复制到电脑上', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: other mini-programs and development ─────────────
  { question: '12306小程序买去洛阳的高铁票怎么选靠窗', expect: { unsure: true }, style: 'off-topic' },
  { question: '滴滴小程序打车去松山湖大概多少钱', expect: { unsure: true }, style: 'off-topic' },
  { question: '美团小程序帮我点一碗兰州牛肉拉面', expect: { unsure: true }, style: 'off-topic' },
  { question: '腾讯会议小程序怎么共享屏幕', expect: { unsure: true }, style: 'off-topic' },
  { question: '国家政务服务平台小程序怎么查社保缴费记录', expect: { unsure: true }, style: 'off-topic' },
  { question: '拼多多小程序上卖的阳江刀靠谱吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '义乌购小程序怎么批发小商品', expect: { unsure: true }, style: 'off-topic' },
  { question: '想自己做一个微信小程序，要学什么语言', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Taro 4 怎么把小程序同时编译成H5', expect: { unsure: true }, style: 'off-topic' },
  { question: '小程序开发者工具报错 errcode 40029 invalid code 是什么意思', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信小程序认证费300块是每年都要交吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '小程序提交审核一般要几天才能上线', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: borrowing places, industries and card titles ─────────────
  { question: '帮我查一下茅台今天的股价', expect: { unsure: true }, style: 'off-topic' },
  { question: '昆明斗南花市今天玫瑰多少钱一扎', expect: { unsure: true }, style: 'off-topic' },
  { question: '贺兰山东麓哪个酒庄能用微信预约参观', expect: { unsure: true }, style: 'off-topic' },
  { question: '手撕钢能拿来做手机壳吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '包头明天天气怎么样', expect: { unsure: true }, style: 'off-topic' },
  { question: '用微信扫一扫帮我识别一下这瓶酱香酒是不是真的', expect: { unsure: true }, style: 'off-topic' },
  { question: '西安“硬科技之都”那边哪些公司在招Java工程师', expect: { unsure: true }, style: 'off-topic' },
  { question: '景德镇陶溪川周末开门吗，要提前在微信上预约吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '帮我把“数智杭州”这张名片的英文故事翻译成日语', expect: { unsure: true }, style: 'off-topic' },
  { question: '视频号怎么开直播卖临沂的板材', expect: { unsure: true }, style: 'off-topic' },
];
