// Independent tuning set 146: written 2026-12-05 by a writer who never saw the bot or its other evaluation sets, from the FAQ, the sample catalogue and PRODUCT.md only. It stresses messages that are pasted or forwarded — 【转发】 notices, copied news and document paragraphs, long pasted text with the question at the end, URLs, numbered lists, emoji and quotation marks around the question.
import { BIOMEDICINE_CARDS, CERAMICS_CARDS, FUJIAN_CARDS, GUANGDONG_CARDS, HUNAN_CARDS, SHANDONG_CARDS } from './sample-card-lists';
import type { EvalCase } from './types';

export const independentTuningSet146: EvalCase[] = [
  // ───────────────────────────── FAQ: 计划概况 ─────────────────────────────
  {
    question:
      '【转发】关于商请协助征集产业名片打造计划参与区域（城市）的函\n各有关单位：为深入贯彻……现将有关事项函告如下……\n\n领导让我先摸个底：这个“区域（城市）产业名片打造计划”到底是干什么的？',
    expect: { faq: 'what-is-programme' },
    style: 'plain',
  },
  {
    question: '群里转的👇👇\n【通知】工业文化发展中心 产业名片征集\n……\n请问这个是哪个单位搞的？工信部自己的项目吗🤔',
    expect: { faq: 'who-runs' },
    style: 'colloquial',
  },
  {
    question:
      'Forwarded from our foreign affairs office: "The Regional (City) Industry Card Programme invites cities and industrial zones to ..." — who actually organises this programme? Is it MIIT?',
    expect: { faq: 'who-runs' },
    style: 'english',
  },
  {
    question:
      '复制自函件附件1：“为深入贯彻习近平总书记关于制造强国和文化强国的系列重要指示批示精神，落实……”\n后面省略号那里落实的是哪个文件？这个计划的政策依据到底是啥',
    expect: { faq: 'policy-basis' },
    style: 'plain',
  },
  {
    question: '转发：“一是提升国家工业形象……二是提升区域发展软实力……”\n后面还有三和四吧？这个计划一共有哪几个目的，帮我补全一下🙏',
    expect: { faq: 'programme-purposes' },
    style: 'colloquial',
  },
  {
    question: '“到2025年拟打造30个主名片和100个特色名片”——朋友圈看到的，这是计划里的原话吗？总目标就是这些？',
    expect: { faq: 'target-2025' },
    style: 'plain',
  },
  {
    question: '【转发】“按照区域统筹、自主自愿、合作共建、分类打造的原则……”\n所以我们区是必须参加，还是自愿的？领导怕是硬性任务',
    expect: { faq: 'principles' },
    style: 'colloquial',
  },
  {
    question: '😂领导看了转发的文章问我：产业名片是不是要印一张实体卡片发给客商？“产业名片”到底指的是啥',
    expect: { faq: 'what-is-industry-card' },
    style: 'colloquial',
  },
  {
    question: '轉發的新聞裡一直說「產業名片」，請問產業名片指的是什麼？是實體的卡片嗎',
    expect: { faq: 'what-is-industry-card' },
    style: 'traditional',
  },

  // ───────────────────────────── FAQ: 申报条件 ─────────────────────────────
  {
    question: '函件里的征集对象我只抄到一半：\n1. 副省级（省会）城市\n2. 地级市\n3. ？？\n4. ？？\n后面两类是什么？征集对象完整的是哪些',
    expect: { faq: 'who-may-apply' },
    style: 'plain',
  },
  {
    question: '【转发】县工信局工作群：“产业名片征集开始了，请各乡镇、园区知悉。”\n请问我们县能单独报吗，还是只能由市里统一报？',
    expect: { faq: 'county-eligible' },
    style: 'region',
  },
  {
    question: '同事轉來的通知看不太懂😵 縣級市可以單獨申請產業名片嗎？',
    expect: { faq: 'county-eligible' },
    style: 'traditional',
  },
  {
    question: '【转发】XX高新区管委会办公室：请经发局了解产业名片征集事宜并提出意见。\n——我们是国家级高新区，园区能作为申请主体吗？',
    expect: { faq: 'zone-eligible' },
    style: 'plain',
  },
  {
    question: 'zhuanfa de tongzhi li xie le "chanye jijuqu", jingkaiqu keyi shenqing chanye mingpian ma?',
    expect: { faq: 'zone-eligible' },
    style: 'pinyin',
  },
  {
    question: '📎省厅转来的函（PDF）已阅。我们是省工信厅的，想问省里自己能不能作为申请主体报一张名片？',
    expect: { faq: 'province-eligible' },
    style: 'plain',
  },
  {
    question: '新闻里说“优先选择优势突出、特色明显、保障充分的区域”，那是不是提交了也不一定能入选？中心按什么挑',
    expect: { faq: 'selection-criteria' },
    style: 'plain',
  },
  {
    question: '函里只写了“有一定产业基础”这几个字……请问产值到底要达到多少才能报？有没有硬门槛',
    expect: { faq: 'industry-threshold' },
    style: 'colloquial',
  },
  {
    question: '【转发】朋友圈：“产业名片征集开始啦🎉 快来报名！”\n我是做陶瓷的企业老板，公司能自己申请一张产业名片吗？',
    expect: { faq: 'enterprise-apply' },
    style: 'colloquial',
  },
  {
    question:
      'My boss forwarded a WeChat article about the "industry card" programme with the comment "we should apply!!". We are a private company, not a government body. Can a company or an individual apply?',
    expect: { faq: 'enterprise-apply' },
    style: 'english',
  },

  // ───────────────────────────── FAQ: 申报方式 ─────────────────────────────
  {
    question: '【转】参与方式：“与中心充分协商后签订合作协议，共同打造……”\n能不能把参与的整个流程按步骤给我讲一遍？我要写个请示',
    expect: { faq: 'how-to-participate' },
    style: 'plain',
  },
  {
    question: 'How to apply?? 👆 (pasted the programme link above) what are the steps to take part',
    expect: { faq: 'how-to-participate' },
    style: 'english',
  },
  {
    question: '函件原文：“商请各省、自治区、直辖市……工业和信息化主管部门协助组织推选”。\n那我们市是不是必须先走省厅推荐？能直接报给中心吗',
    expect: { faq: 'provincial-recommendation' },
    style: 'plain',
  },
  {
    question: '📱转发给办公室小王：\n“在小程序里填登记表”\n小王问入口在哪😅 手机上到底从哪里进去提交申请？',
    expect: { faq: 'apply-in-app' },
    style: 'colloquial',
  },
  {
    question: 'zai xiaochengxu li zenme tijiao shenqing? tongzhi shuo yao xianshang tian dengjibiao',
    expect: { faq: 'apply-in-app' },
    style: 'pinyin',
  },
  {
    question: '“与中心充分协商后签订合作协议”——这份合作协议里一般写什么内容？有没有统一模板',
    expect: { faq: 'agreement' },
    style: 'plain',
  },
  {
    question: '【转发】某公众号：“参加产业名片打造要交几十万服务费”😱😱\n这是真的吗？参与这个计划到底收不收费？',
    expect: { faq: 'fees' },
    style: 'colloquial',
  },
  {
    question: 'https://mp.weixin.qq.com/s/Xa9kP2m 同事发的这篇里没写，参加要交钱吗',
    expect: { faq: 'fees' },
    style: 'colloquial',
  },
  {
    question: '领导批示：“请尽快准备申报材料。”\n请问申报产业名片一共需要准备哪些材料？我好列个清单',
    expect: { faq: 'materials' },
    style: 'plain',
  },
  {
    question: '新闻说“分批次打造产业名片”……\n我们去年没赶上，错过首批了还有机会吗？后面还会有第几批吗',
    expect: { faq: 'batches' },
    style: 'colloquial',
  },
  {
    question: '【内部讨论转发】甲：一份报主导产业，一份报特色产业？乙：不行吧？\n——同一个市在一次征集里能提交两份申请吗？',
    expect: { faq: 'one-application-per-region' },
    style: 'plain',
  },
  {
    question: '“请于6月30日前将登记表发送至中心邮箱”——这是以前函里的说法。现在在小程序填好以后还要另外发邮件吗？登记表要交到哪',
    expect: { faq: 'submit-where' },
    style: 'plain',
  },

  // ───────────────────────────── FAQ: 登记表 ─────────────────────────────
  {
    question: '附件2《区域（城市）产业名片打造计划登记表》打印出来糊了看不清😭 登记表一共要填哪几项？',
    expect: { faq: 'form-fields' },
    style: 'colloquial',
  },
  {
    question: '表格里那栏写着“XX省XX市XX区、县（市）或XX园区等”。我们是省级经开区，“申请区域（城市）”这栏具体怎么填？',
    expect: { faq: 'form-region' },
    style: 'plain',
  },
  {
    question: '复制的表头：“牵头单位：XX市/区/县（市）XX局，或XX园区管委会等”\n我们想填管委会可以吗？牵头单位到底填谁',
    expect: { faq: 'form-lead-unit' },
    style: 'plain',
  },
  {
    question: '主导产业我们列了：\n1. 装备制造\n2. 新材料\n3. 电子信息\n4. 生物医药\n填4个行不行😭 最多能填几个',
    expect: { faq: 'form-leading-industries' },
    style: 'colloquial',
  },
  {
    question: '“特色产业：请填写区域特色产业名称”——这一栏必须填吗？跟主导产业有啥区别',
    expect: { faq: 'form-featured-industries' },
    style: 'plain',
  },
  {
    question: '【转发】“申请区域简介（不超过300字）”\n我写了350字舍不得删，超了会怎么样？简介有字数限制吗',
    expect: { faq: 'form-intro' },
    style: 'colloquial',
  },
  {
    question: '表里有一栏“联系人及职务”，联系人写局领导还是写我们经办人？职务必须填吗',
    expect: { faq: 'form-contact' },
    style: 'plain',
  },
  {
    question: '联系电话我填的“0571 12345678”提示格式不对？？座机到底该怎么填',
    expect: { faq: 'form-phone' },
    style: 'plain',
  },
  {
    question: '领导让把红头文件扫描件一起附上📎 登记表能上传PDF附件吗？有大小限制没',
    expect: { faq: 'form-attachments' },
    style: 'plain',
  },

  // ───────────────────────────── FAQ: 时间节点 ─────────────────────────────
  {
    question: '【转发】“申请参与首批产业名片打造计划的区域（城市），请于6月30日以前将登记表发送……”\n这是哪一年的？首批征集到底是什么时候截止的',
    expect: { faq: 'deadline-first-call' },
    style: 'plain',
  },
  {
    question: '群里有人转了张去年的截图⏰ 现在还能申请吗？这一次征集什么时候截止',
    expect: { faq: 'deadline-current' },
    style: 'colloquial',
  },
  {
    question: 'xianzai hai neng shenqing ma? jinnian jiezhi shijian shi shenme shihou',
    expect: { faq: 'deadline-current' },
    style: 'pinyin',
  },
  {
    question: '领导出差刚回来才看到转发的通知😭 过了截止时间还能补交吗？',
    expect: { faq: 'late-submission' },
    style: 'colloquial',
  },
  {
    question: '【工作群】“登记表已于上周五提交。”\n—— 一般提交后多久会有结果？审核大概要多久',
    expect: { faq: 'review-time' },
    style: 'plain',
  },
  {
    question: '“每年在中国工业文化大会等重大活动上发布一批高价值产业名片”……那产业名片一般每年什么时候公布名单？',
    expect: { faq: 'release-timing' },
    style: 'plain',
  },

  // ───────────────────────────── FAQ: 层级 ─────────────────────────────
  {
    question: '复制的原文：“主名片是区域产业形象的集中反映……” 没复制全😅 主名片到底是什么意思，标准是啥',
    expect: { faq: 'tier-main' },
    style: 'colloquial',
  },
  {
    question: '特色名片啥意思？转发的材料里只说了“产品明确、领域聚焦”',
    expect: { faq: 'tier-featured' },
    style: 'colloquial',
  },
  {
    question: '【转发】“推动形成‘主名片+特色名片’的区域（城市）产业名片体系”\n主名片和特色名片有什么区别？哪个级别高',
    expect: { faq: 'tier-difference' },
    style: 'plain',
  },
  {
    question: 'What is the difference between a "main card" and a "featured card"? Our mayor forwarded the English brochure and asked me.',
    expect: { faq: 'tier-difference' },
    style: 'english',
  },
  {
    question: '我们市想冲主名片💪 登记表里能不能自己选申报主名片还是特色名片？级别是谁定的',
    expect: { faq: 'tier-choose' },
    style: 'colloquial',
  },
  {
    question: '一個城市可以同時有主名片和特色名片嗎？名片數量有沒有上限',
    expect: { faq: 'tier-system' },
    style: 'traditional',
  },

  // ───────────────────────────── FAQ: 中心服务 ─────────────────────────────
  {
    question: '【转发】请示稿要写清楚“参与后中心提供的支持”。\n请问签约以后中心会为参与区域做哪些工作？有哪些重点任务',
    expect: { faq: 'centre-tasks' },
    style: 'plain',
  },
  {
    question: '文件里写“建立包括概念理念、视觉形象、产业故事等在内的名片标识”，名片标识具体包括哪些？要做logo吗',
    expect: { faq: 'card-identity' },
    style: 'plain',
  },
  {
    question: '“组建区域（城市）产业名片打造生态方阵”——这个生态方阵是个什么东西？高校能参与吗',
    expect: { faq: 'ecosystem-matrix' },
    style: 'plain',
  },
  {
    question: '我们企业在群里看到转发：“鼓励企业运用‘区域（城市）产业名片标识+企业品牌’开展市场营销”。名片建成以后谁来管理运营？企业能用标识吗',
    expect: { faq: 'card-management' },
    style: 'plain',
  },
  {
    question: '宣传部同事问📣 入选以后中心怎么宣传推广产业名片？有哪些渠道',
    expect: { faq: 'promotion' },
    style: 'colloquial',
  },
  {
    question: '【转发】“依托天工数藏平台，开发并发行一批数字藏品”\n产业名片也会做数字藏品吗？这是怎么回事',
    expect: { faq: 'digital-collectibles' },
    style: 'plain',
  },
  {
    question: '我们有一片50年代的老厂房🏭 计划里说的“标志性载体”“工业文化地标”，老厂房改造能纳入吗？标志性载体指什么',
    expect: { faq: 'landmarks-clusters' },
    style: 'plain',
  },
  {
    question: '抄录：“建设工业元宇宙体验馆等区域工业形象塑造和传播中心……”\n这个文化赋能产业创新发展综合体是什么？',
    expect: { faq: 'culture-complex' },
    style: 'plain',
  },
  {
    question: '💰财政局转来一句话：“参与产业名片有没有配套资金？”\n请问参与计划有资金支持或者补贴吗',
    expect: { faq: 'funding' },
    style: 'colloquial',
  },

  // ───────────────────────────── FAQ: 评价 ─────────────────────────────
  {
    question: '新闻稿摘录：“评价体系包括3个体系、10个视角、28项细分指标”\n有影响力的产业名片到底按什么指标评的？',
    expect: { faq: 'evaluation-system' },
    style: 'plain',
  },
  {
    question: '入选以后是终身的吗？会不会复评或者被取消😟（转自局长的问题）',
    expect: { faq: 'value-assessment' },
    style: 'colloquial',
  },
  {
    question: '【转发】“继续按照‘竞争力下的影响力’，进一步强化影响力评估……”\n“竞争力下的影响力”是啥意思？',
    expect: { faq: 'influence-under-competitiveness' },
    style: 'plain',
  },

  // ───────────────────────────── FAQ: 微纪录片 ─────────────────────────────
  {
    question: '🎬转发：“3分钟爱上中国产业名片”项目正式启动！\n这个“3分钟爱上中国产业名片”是个什么项目？',
    expect: { faq: 'films-what' },
    style: 'plain',
  },
  {
    question: '朋友分享了个链接说有产业名片的微纪录片，但是点开是空白🙃 纪录片在小程序哪里看？',
    expect: { faq: 'films-where' },
    style: 'colloquial',
  },
  {
    question: 'Where can I watch the "3 minutes" industry card films in this app? The link my colleague forwarded does not open.',
    expect: { faq: 'films-where' },
    style: 'english',
  },
  {
    question: '微紀錄片每部有多長？轉發的標題寫「3分鐘」，是剛好三分鐘嗎',
    expect: { faq: 'films-length' },
    style: 'traditional',
  },
  {
    question: '市长看了转发的片子很感兴趣👍 我们城市怎么才能也拍一部微纪录片？谁来拍',
    expect: { faq: 'films-our-city' },
    style: 'colloquial',
  },

  // ───────────────────────────── FAQ: 大会与发布 ─────────────────────────────
  {
    question: '函里写“将举行首批参与产业名片打造计划区域（城市）的签约仪式”，请问首批签约是在什么活动上？',
    expect: { faq: 'signing-2022' },
    style: 'plain',
  },
  {
    question: '【转载·福建日报】“全国200多个地方响应、70多个城市提出申请……”\n首批签约的到底是哪几个地方？',
    expect: { faq: 'pilot-regions-2022' },
    style: 'plain',
  },
  {
    question: 'shoupi qianyue de shidian chengshi you naxie? qunli zhuanfa de xinwen kan bu quan',
    expect: { faq: 'pilot-regions-2022' },
    style: 'pinyin',
  },
  {
    question: '新闻标题：“中国产业名片创新发展大会在泉州举办，首次发布……‘30+50’” ——这个30+50是什么意思？2024年发布了哪些',
    expect: { faq: 'release-2024' },
    style: 'plain',
  },
  {
    question: '【转发】“文化科技新融合·产业合作新未来”——2025中国产业名片创新发展大会是在哪儿办的？',
    expect: { faq: 'conference-2025' },
    style: 'plain',
  },
  {
    question: 'Copied from a news site: "China Industry Card Innovation and Development Conference (2025) ..." — where and when was the 2025 conference held?',
    expect: { faq: 'conference-2025' },
    style: 'english',
  },
  {
    question: '领导转来一句：“把2025中国有影响力的产业名片名单发我看看。”\n请问2025年入选名单有哪些？',
    expect: { faq: 'list-2025' },
    style: 'plain',
  },
  {
    question: '“挖掘了2025年科创热点城市产业名片、创新消费城市产业名片和升级更新城市产业名片” 2025年这三个主题分别是什么意思？',
    expect: { faq: 'themes-2025' },
    style: 'plain',
  },
  {
    question: '📚群里说大会上首发了一本新书《新时期区域（城市）产业名片理论与实践》，这是本什么书？哪里能买',
    expect: { faq: 'new-book' },
    style: 'plain',
  },
  {
    question: '央视那个“中国产业地理盛典”是个什么活动？转发的视频号里一直在放',
    expect: { faq: 'geography-gala' },
    style: 'colloquial',
  },

  // ───────────────────────────── FAQ: 联系方式 ─────────────────────────────
  {
    question: '【转发】请与工业和信息化部工业文化发展中心联系。\n——怎么联系中心？有电话或者邮箱吗',
    expect: { faq: 'contact-centre' },
    style: 'plain',
  },
  {
    question: '人工客服几点上班？晚上发消息有人回吗🌙',
    expect: { faq: 'human-agent' },
    style: 'colloquial',
  },
  {
    question: '2022年函件末尾列了联系人、电话和邮箱📧 这些现在还能用吗？我照着发了邮件没回',
    expect: { faq: 'letter-contacts' },
    style: 'plain',
  },

  // ───────────────────────────── FAQ: 本应用 ─────────────────────────────
  {
    question: '同事把小程序转发给我了，点开要登录😓 怎么登录？需要先注册账号吗',
    expect: { faq: 'sign-in' },
    style: 'colloquial',
  },
  {
    question: '页面提示“请先验证手机号”——为什么申请前一定要验证手机号？我已经微信登录了',
    expect: { faq: 'verify-phone' },
    style: 'plain',
  },
  {
    question: '登记表填到一半被叫去开会了📝 没填完的能保存吗？草稿会不会丢',
    expect: { faq: 'drafts' },
    style: 'colloquial',
  },
  {
    question: '以后审核有了结果，会在哪里通知我？消息在哪看🔔',
    expect: { faq: 'notifications' },
    style: 'plain',
  },
  {
    question: '截图里写着“协商中”“打造中”“已签约”……申请一共有哪些状态？分别什么意思',
    expect: { faq: 'status-flow' },
    style: 'plain',
  },
  {
    question: '【消息通知】您的申请已被退回修改，原因：简介内容需补充。\n—— 被退回修改了接下来怎么办？怎么重新提交',
    expect: { faq: 'returned' },
    style: 'plain',
  },
  {
    question: '领导说先不报了🙅 已经提交的申请能撤回吗？撤回以后还能恢复吗',
    expect: { faq: 'withdraw' },
    style: 'colloquial',
  },
  {
    question: '糟糕，提交以后才发现联系电话填错一位数字😱 提交后还能修改内容吗',
    expect: { faq: 'edit-after-submit' },
    style: 'colloquial',
  },
  {
    question: '“不予通过”四个字看得心凉了😞 申请没通过怎么办？被拒了还能再报吗',
    expect: { faq: 'declined' },
    style: 'colloquial',
  },
  {
    question: '朋友转发了一张名片链接给我，我想看看别的城市的，名片目录在哪？能按省份筛选吗',
    expect: { faq: 'browse-cards' },
    style: 'plain',
  },
  {
    question: '看到名片右上角写着“示例”……应用里这些名片是官方名单吗？数据准不准',
    expect: { faq: 'sample-data' },
    style: 'plain',
  },
  {
    question: 'Are the cards in this app the official list? A friend forwarded the "China Electric Valley" page and it says "sample".',
    expect: { faq: 'sample-data' },
    style: 'english',
  },
  {
    question: '怎么把名片转发到微信群？想把我们市的名片分享给单位同事📤',
    expect: { faq: 'share' },
    style: 'plain',
  },
  {
    question: 'Our foreign partners will get this forwarded — is there an English version of the app?',
    expect: { faq: 'english-version' },
    style: 'english',
  },
  {
    question: '我不是政府部门的，就是被朋友转发进来的普通人👀 游客能用这个小程序做什么？',
    expect: { faq: 'who-can-use' },
    style: 'colloquial',
  },

  // ───────────────────────── FAQ: typo variants of pasted questions ─────────────────────────
  {
    question: '【转发】产业名片征及通知……请问区县能不能单独申亲？',
    expect: { faq: 'county-eligible' },
    style: 'typo',
  },
  {
    question: '登计表要天哪些内容啊，转发的附件打不开',
    expect: { faq: 'form-fields' },
    style: 'typo',
  },
  {
    question: '“主名片”跟“特色名片”有神么区别？？',
    expect: { faq: 'tier-difference' },
    style: 'typo',
  },

  // ───────────────────────────── catalogue: which cards ─────────────────────────────
  {
    question: '【转发】“2022年首批签约试点：杭州、成都、宁波、保定……”\n保定在你们这个目录里有哪张名片？',
    expect: { cards: ['baoding-electric-valley'] },
    style: 'region',
  },
  {
    question: '河北有哪些产业名片？省里同事转来问的',
    expect: { cards: ['baoding-electric-valley', 'tangshan-cradle-of-modern-industry'] },
    style: 'region',
  },
  { question: '🔥群里都在转东莞那个大会的新闻——广东省在小程序里都有哪些产业名片？列一下', expect: { cards: GUANGDONG_CARDS }, style: 'region' },
  { question: '湖南省的名片有哪几张？', expect: { cards: HUNAN_CARDS }, style: 'region' },
  { question: '转给山东的朋友看👉 山东有哪些产业名片？', expect: { cards: SHANDONG_CARDS }, style: 'region' },
  { question: '福建省的产业名片有哪些呀？想转发到老乡群', expect: { cards: FUJIAN_CARDS }, style: 'region' },
  {
    question: 'Which industry cards does Jiangxi province have? (question forwarded from our partner city)',
    expect: { cards: ['jingdezhen-millennium-porcelain', 'ganzhou-tungsten-rare-earth'] },
    style: 'english',
  },
  {
    question: '内蒙古有没有产业名片？有的话是哪些',
    expect: { cards: ['baotou-rare-earth-capital', 'ordos-zero-carbon-energy'] },
    style: 'region',
  },
  {
    question: '贵州的名片👇 有哪些？',
    expect: { cards: ['zunyi-sauce-aroma-baijiu', 'guiyang-china-data-valley'] },
    style: 'region',
  },
  {
    question: '【转发】“上海加快打造世界级产业集群……”\n那上海在产业名片目录里有哪些名片？',
    expect: { cards: [] },
    style: 'region',
  },
  {
    question: '北京有产业名片吗？转发的新闻说全国都有',
    expect: { cards: [] },
    style: 'region',
  },
  {
    question: '新闻里说洛阳是“中国农业装备产业地标”——洛阳的产业名片能给我看看吗？',
    expect: { cards: ['luoyang-agricultural-machinery'] },
    style: 'region',
  },
  {
    question: '“宁德市柘荣县·中国刀剪产业高地”📌 柘荣县有名片吗？发我链接',
    expect: { cards: ['zherong-knives-and-scissors'] },
    style: 'region',
  },
  {
    question: '義烏有產業名片嗎？朋友轉發說是「世界超市」',
    expect: { cards: ['yiwu-world-supermarket'] },
    style: 'traditional',
  },
  {
    question: '雲南有哪些產業名片？',
    expect: { cards: ['kunming-spring-city-flowers'] },
    style: 'traditional',
  },
  {
    question: 'chongqing you naxie chanye mingpian?',
    expect: { cards: ['chongqing-mountain-city-motors'] },
    style: 'pinyin',
  },
  {
    question: '转发的文章写“中国光谷”——光谷是哪个城市的产业名片？点哪里能看',
    expect: { cards: ['wuhan-optics-valley'] },
    style: 'region',
  },
  { question: '【陶瓷行业群转发】有哪些城市的产业名片是做陶瓷的？', expect: { cards: CERAMICS_CARDS }, style: 'industry' },
  {
    question: '🍶白酒相关的产业名片有哪些？',
    expect: { cards: ['zunyi-sauce-aroma-baijiu', 'yibin-baijiu-and-batteries'] },
    style: 'industry',
  },
  {
    question: '稀土行业的名片有哪几张？（稀土协会群里有人问）',
    expect: { cards: ['baotou-rare-earth-capital', 'ganzhou-tungsten-rare-earth'] },
    style: 'industry',
  },
  {
    question: '做刀剪的地方都有哪些产业名片？🔪',
    expect: { cards: ['zherong-knives-and-scissors', 'yangjiang-knife-capital'] },
    style: 'industry',
  },
  { question: '【医药园区转发】目录里主导产业带“生物医药”的名片有哪些？', expect: { cards: BIOMEDICINE_CARDS }, style: 'industry' },
  {
    question: 'Which cards are about integrated circuits / chips? My colleague pasted me "芯屏汽合" and I want the others too.',
    expect: { cards: ['wuxi-iot-city', 'hefei-chips-screens-cars'] },
    style: 'english',
  },
  {
    question: '工程机械产业的名片有哪些城市？',
    expect: {
      cards: ['linyi-trade-logistics', 'changsha-construction-machinery', 'liuzhou-industrial-landscape'],
    },
    style: 'industry',
  },
  {
    question: '石油化工有关的产业名片有哪些',
    expect: {
      cards: ['quanzhou-maritime-silk-manufacturing', 'lanzhou-yellow-river-petrochemicals', 'urumqi-silk-road-hub'],
    },
    style: 'industry',
  },
  {
    question: '“商贸物流”是主导产业的名片，有哪些？',
    expect: { cards: ['linyi-trade-logistics', 'urumqi-silk-road-hub', 'yiwu-world-supermarket'] },
    style: 'industry',
  },
  {
    question: '钢铁产业的名片有哪些？🏗️',
    expect: {
      cards: ['baotou-rare-earth-capital', 'liuzhou-industrial-landscape', 'tangshan-cradle-of-modern-industry'],
    },
    style: 'industry',
  },
  {
    question: '🍷葡萄酒的产业名片有吗？',
    expect: { cards: ['yinchuan-helan-mountain-wine'] },
    style: 'industry',
  },
  {
    question: '轨道交通装备相关的名片有哪些？转给中车的朋友看',
    expect: { cards: ['zhuzhou-rail-transit-equipment', 'qingdao-city-of-brands'] },
    style: 'industry',
  },
  {
    question: '新闻里说的“手撕钢”——有这张产业名片吗？是哪个城市',
    expect: { cards: ['taiyuan-steel-and-heavy-machinery'] },
    style: 'industry',
  },
  {
    question: '👓眼镜产业有产业名片吗？我们眼镜协会在群里问',
    expect: { cards: [] },
    style: 'industry',
  },
  {
    question: '广东的主名片是哪几张？',
    expect: { cards: ['dongguan-manufacturing-aesthetics', 'guangzhou-smart-manufacturing'] },
    style: 'region',
  },
  {
    question: '【转发】浙江省经信厅：请梳理我省已有的产业名片。\n浙江的特色名片有哪些？',
    expect: {
      cards: ['qiantang-china-medicine-port', 'wenzhou-private-manufacturing', 'yiwu-world-supermarket'],
    },
    style: 'region',
  },
  {
    question: '广东有哪些被标为“科创热点”的名片？',
    expect: { cards: ['dongguan-manufacturing-aesthetics', 'guangzhou-smart-manufacturing'] },
    style: 'region',
  },
  {
    question: '四川有“创新消费”主题的名片吗？',
    expect: { cards: ['yibin-baijiu-and-batteries'] },
    style: 'region',
  },
  { question: '湖南2024年那批的名片有哪些', expect: { cards: HUNAN_CARDS }, style: 'region' },

  // ───────────────────────────── catalogue: counts ─────────────────────────────
  {
    question: '小程序名片目录里现在一共有多少张名片？我要写进汇报材料📊',
    expect: { count: 50 },
    style: 'count',
  },
  {
    question: '【转发】“东莞举办2025中国产业名片创新发展大会”\n目录里广东一共有几张名片？',
    expect: { count: 6 },
    style: 'count',
  },
  {
    question: '目录里浙江有几张产业名片',
    expect: { count: 5 },
    style: 'count',
  },
  {
    question: '目录里主名片一共有多少张？',
    expect: { count: 15 },
    style: 'count',
  },
  {
    question: '应用里的特色名片有几张？',
    expect: { count: 35 },
    style: 'count',
  },
  {
    question: '目录里2025年批次的名片有多少张？',
    expect: { count: 28 },
    style: 'count',
  },
  {
    question: '2024年批次的名片，目录里共几张',
    expect: { count: 22 },
    style: 'count',
  },
  {
    question: '📌目录里标“科创热点”的名片有多少张？',
    expect: { count: 10 },
    style: 'count',
  },
  {
    question: '目录里“创新消费”主题的名片几张？',
    expect: { count: 12 },
    style: 'count',
  },
  {
    question: '“升级更新”主题在目录里有几张名片？',
    expect: { count: 14 },
    style: 'count',
  },
  {
    question: '山东省在目录里几张名片？',
    expect: { count: 4 },
    style: 'count',
  },
  {
    question: '北京在目录里有几张名片？',
    expect: { count: 0 },
    style: 'count',
  },
  {
    question: 'jiangsu zai mulu li you ji zhang mingpian',
    expect: { count: 3 },
    style: 'pinyin',
  },
  {
    question: '目录里做陶瓷的名片有几张？',
    expect: { count: 4 },
    style: 'count',
  },
  {
    question: '主导产业里有“生物医药”的名片，目录里一共几张',
    expect: { count: 7 },
    style: 'count',
  },
  {
    question: '湖南的主名片有几张？',
    expect: { count: 1 },
    style: 'count',
  },
  {
    question: 'How many Guangdong cards are in the app catalogue? (for a slide my boss will forward)',
    expect: { count: 6 },
    style: 'english',
  },
  {
    question: '广东2025年批次的名片有几张？',
    expect: { count: 5 },
    style: 'count',
  },
  {
    question: '目录里同时标了“创新消费”和“升级更新”两个主题的名片有多少张？',
    expect: { count: 6 },
    style: 'count',
  },
  {
    question: '主名片里属于“科创热点”主题的，目录里有几张？',
    expect: { count: 7 },
    style: 'count',
  },

  // ───────────────────────────── own application status ─────────────────────────────
  {
    question: '【系统通知】您的申请状态已更新。\n点进去没看明白😵 我们的申请现在到哪一步了？',
    expect: { status: true },
    style: 'status',
  },
  {
    question: '我上周提交的登记表现在是啥状态？',
    expect: { status: true },
    style: 'status',
  },
  {
    question: '领导转来问：“咱们区报的产业名片，现在协商到哪一步了？”帮我查一下我们的申请进度',
    expect: { status: true },
    style: 'status',
  },
  {
    question: 'What is the status of my application? My director keeps forwarding me "any news??"',
    expect: { status: true },
    style: 'english',
  },
  {
    question: '我们的申请是不是已经签约了？帮我看看',
    expect: { status: true },
    style: 'status',
  },
  {
    question: 'wo de shenqing dao na yi bu le',
    expect: { status: true },
    style: 'pinyin',
  },
  {
    question: '我們的申請審核通過了嗎？現在是什麼狀態',
    expect: { status: true },
    style: 'traditional',
  },
  {
    question: '截图转给你看：申请编号那一串我复制不下来……反正就是我提交的那份，现在什么状态了',
    expect: { status: true },
    style: 'status',
  },
  {
    question: '我们提交的那份申请有没有被退回？查一下我的申请',
    expect: { status: true },
    style: 'status',
  },
  {
    question: '帮我查下我名下的申请，各是什么状态',
    expect: { status: true },
    style: 'status',
  },
  {
    question: '我的申请到底提交成功没有？还是还在草稿里🤔',
    expect: { status: true },
    style: 'status',
  },

  // ───────────────────────────── hand-over ─────────────────────────────
  {
    question: '【转发】领导批示：“此事请直接与中心工作人员沟通。”\n麻烦帮我转人工',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '不跟机器人聊了🤖❌ 给我找个真人工作人员',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '能帮我接通中心的工作人员吗？有些情况要当面说明',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: 'Please connect me to a real person at the centre. I have a long forwarded document to discuss.',
    expect: { handoff: true },
    style: 'english',
  },
  {
    question: '轉人工',
    expect: { handoff: true },
    style: 'traditional',
  },
  {
    question: 'zhuan rengong, xiexie',
    expect: { handoff: true },
    style: 'pinyin',
  },
  {
    question: '人工！人工！！人工！！！😤',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '以下是我们市的情况说明（复制自请示件）：\n一、产业基础……\n二、主导产业……\n三、存在问题……\n以上内容请直接转给中心工作人员处理，我想和人工客服聊',
    expect: { handoff: true },
    style: 'handoff',
  },

  // ───────────────────── programme questions no FAQ or catalogue answers ─────────────────────
  {
    question: '领导要纸质版📄 小程序能把填好的登记表导出成Word吗？',
    expect: { unsure: true },
    style: 'plain',
  },
  {
    question: '这个小程序有没有深色模式？晚上看转发的名片太亮了',
    expect: { unsure: true },
    style: 'colloquial',
  },
  {
    question: '登记表能不能两个同事同时在各自手机上编辑同一份？',
    expect: { unsure: true },
    style: 'plain',
  },
  {
    question: '提交后能生成带公章的PDF回执吗？我要打印归档',
    expect: { unsure: true },
    style: 'plain',
  },

  // ───────────────────────────── off-topic near misses ─────────────────────────────
  {
    question: '【转发】东莞松山湖招聘｜智能终端企业大量招人！\n请问松山湖那边现在还招应届生吗？工资多少',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '复制的新闻：“景德镇陶瓷大学2026年招生简章发布”——景德镇陶瓷大学去年录取分数线多少？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '“酱香遵义”这张名片我看了🍶 那飞天茅台现在多少钱一瓶？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '【转发】洛阳牡丹文化节开幕啦🌸 门票多少钱？几号到几号',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '“刀剪之都”阳江🔪 阳江哪个牌子的菜刀最好用？推荐一款',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '义乌国际商贸城几点开门？从义乌站怎么坐车过去🚌',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '【转发】“山水工业城”柳州……螺蛳粉哪个牌子最好吃？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '帮我把下面这段通知翻译成英文：\n“各有关单位：为深入贯彻落实……现将有关事项函告如下……”',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '以下是我们写的申请区域简介（复制过来的）：\n“XX市位于……拥有……”\n帮我润色一下，改得高大上一点✍️',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '帮我写一篇三分钟的演讲稿，题目是《中国电谷，绿色未来》，周五汇报要用',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '【转发】工业文化发展中心2026年公开招聘事业编工作人员公告\n请问报名时间是哪天？考什么科目',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '新闻里老提工信部，现在工信部部长是谁？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '“中国电谷”保定那张名片里提到新能源……宁德时代的股票现在还能买吗📈',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '转发的“羊城智造”名片里有智能网联新能源汽车——比亚迪和小鹏哪个更值得买？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '【转发】海口免税店购物攻略🛍️ 离岛免税额度一年是多少？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '“春城花都”昆明🌹 斗南花市晚上几点开？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '贺兰山东麓的葡萄酒哪款适合过年送礼？预算500',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '包头“稀土之都”……今天氧化镨钕多少钱一吨？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '“世界钨都”赣州——最近钨精矿价格是涨是跌？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '转发：宜宾“酒都新能”……普五现在什么价？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '成都“东郊记忆”周末去停车方便吗？有没有地铁',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '东方红农耕博物馆周一开门吗？门票要预约吗（看了洛阳名片想去）',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '朋友从德化带了一套白瓷茶具🍵 怎么鉴别是不是正宗德化瓷？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '【转发】“中国光谷”招才引智……武汉光谷附近哪里租房便宜？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '“芯屏汽合”合肥……京东方合肥工厂现在招普工吗？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '“山城智造”里有摩托车——在重庆考摩托车驾照要多少钱？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '长沙“工程机械之都”🚜 一台二手小挖多少钱？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '【转发】青岛“品牌之都”……青岛啤酒节今年几号开幕🍺',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '潍坊国际风筝会哪天开幕？转发的海报上日期看不清🪁',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '长春“汽车城”🚗 红旗H9现在落地价大概多少？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '哈尔滨冰雪大世界今年开园了吗？⛄ 看到“动力之乡”名片想起来问问',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '鄂尔多斯羊绒衫哪家是正宗的？转发的直播间链接靠谱吗',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '“灯饰之都”中山——古镇灯饰批发市场具体地址在哪？能拿货吗💡',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '温州“鞋都”👟 去哪里批发皮鞋最便宜？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '【转发】临沂商城直播基地招募主播！\n个人怎么入驻临沂直播基地带货？抽成多少',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '佛山“南国陶都”……装修选瓷砖，哪个佛山品牌质量好？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '转发：2026世界物联网博览会（无锡）参展邀请函📩 展位费多少？怎么报名参展',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '“中国数谷”贵阳——数博会的门票在哪里抢？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '新闻说太原产“手撕钢”，个人能在哪买到一小卷做手工吗？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '晋江“运动鞋服名城”👟 晋江哪里有运动鞋工厂特卖店？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '“3分钟爱上中国产业名片”那种片子🎞️ 用什么剪辑软件做的？我也想剪一个',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '转发的微纪录片里那首背景音乐叫什么名字？太好听了🎵',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '帮我直接生成一个我们县的产业名片logo，要蓝色，带山和工厂',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '“天工数藏”上买的数字藏品，能不能转卖？现在一个能卖多少钱💸',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '【转发】工信部公布国家先进制造业集群名单\n这次国家级先进制造业集群一共有多少个？名单发我',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '【转发】关于开展第七批专精特新“小巨人”企业培育工作的通知\n请问“小巨人”企业怎么申报？要什么条件',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '复制的通知：“国家工业旅游示范基地申报工作的通知”——工业旅游示范基地要什么申报材料？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '国家工业遗产名单最新一批有哪些？我们那个老厂房想报',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '【转发】“中国工业大奖”申报通知 —— 企业申报中国工业大奖的截止时间是哪天？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '高新技术企业认定需要准备哪些材料？研发费用占比要多少',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'https://www.miit.gov.cn/ 这个链接打不开，帮我看看工信部官网今天发了什么新政策',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '帮我总结一下这篇转发的文章，300字以内：\n“今年前三季度，我国新能源汽车出口量同比增长……海外市场……”\n主要观点是什么？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '“海丝智造”泉州😍 周末去泉州玩两天，有什么好玩的景点推荐？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '“数智杭州”……阿里巴巴的股价明天会涨吗？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '家里的海康威视摄像头怎么连手机？说明书找不到了📷',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '保定的光伏板现在多少钱一瓦？想给自家屋顶装一套☀️',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '东方红拖拉机现在一台多少钱？老家想买一台🚜',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '【转发】株洲某轨道交通企业2026届校园招聘\n请问网申截止是哪天？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '广州黄埔区积分入户的条件是什么？看到“湾区智造新城”名片想落户',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '“中国医药港”核心区🏢 企业在那边租一层办公楼一个月大概多少钱？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '【转发】阳江刀剪旅游购物攻略\n买的刀具能带上飞机吗？托运有什么要求✈️',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '看完“千年瓷都”名片想去景德镇学做陶艺，体验课一般多少钱？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '【转发】“产业名片”限定款微信红包封面🧧 在哪领？还有吗',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '有人打电话说是“产业名片中心”的，让我加个QQ群，帮我查一下这个号码 0571-8xxxxxxx 是谁的',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '【转发】中国工业文化大会招募志愿者！\n学生怎么报名当志愿者？有补贴吗',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我也想做一个这样的小程序，用Taro好还是uni-app好？你们是怎么开发的',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '帮我做一份10页的PPT，介绍“中国电谷”保定，明天开会要用📊',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '把下面这个名单按拼音首字母排序，再转成表格：\n1. 杭州市\n2. 成都市\n3. 宁波市\n4. 保定市\n5. 滨州市',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '股票群转发：“稀土板块要起飞🚀” 明天稀土股会不会涨停？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '看了义乌“世界超市”的名片，想做外贸——个人在义乌注册一家外贸公司要哪些手续？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'Can you recommend a hotel near Songshan Lake in Dongguan? My friend forwarded me the conference poster.',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'Is Jingdezhen porcelain dishwasher safe? Saw the "Millennium Porcelain Capital" card my friend shared.',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'Forwarded: "Yiwu — the world\'s supermarket". What is the RMB to USD exchange rate today?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'How do I pronounce "Baoding" correctly in English? Need it for tomorrow\'s speech about China Electric Valley.',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'bang wo fanyi yixia zhe duan zhuanfa de tongzhi, fan cheng riyu',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '转发的群接龙：\n1. 张三 2份\n2. 李四 1份\n3. ……\n帮我统计一下一共多少份🙏',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '“区域（城市）产业名片”这几个字，用什么字体做海报标题比较好看？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我们县文旅局想申请“国家级旅游度假区”，申报流程是啥？群里转的通知没说清',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '中国一拖的年报里2025年营收多少？净利润呢',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '【转发】“世界工厂·制造美学”📸 东莞哪里拍工业风写真好看？',
    expect: { unsure: true },
    style: 'off-topic',
  },
];
