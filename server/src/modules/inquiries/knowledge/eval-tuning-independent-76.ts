// Independent tuning set 76: written 2026-12-04 by a writer who never saw the bot or its other evaluation sets, from the FAQ, the sample catalogue and PRODUCT.md only. About 200 questions, half Chinese and half English: about 80 near-miss and look-alike off-topic questions, against a control group of FAQ questions over every key, catalogue region/industry/count questions, own-application status and requests for a person.
import type { EvalCase } from './types';

export const independentTuningSet76: EvalCase[] = [
  // ───── FAQ: programme ─────
  { question: '产业名片打造计划到底是个什么项目？', expect: { faq: 'what-is-programme' }, style: 'plain' },
  { question: 'Which organisation is behind the industry card programme?', expect: { faq: 'who-runs' }, style: 'english' },
  { question: '这个计划是根据哪份政策文件搞起来的？', expect: { faq: 'policy-basis' }, style: 'colloquial' },
  { question: 'What purposes does the plan say the programme serves?', expect: { faq: 'programme-purposes' }, style: 'english' },
  { question: '到2025年计划一共要打造多少个主名片和特色名片？', expect: { faq: 'target-2025' }, style: 'plain' },
  { question: 'Is joining the programme mandatory for cities, or voluntary?', expect: { faq: 'principles' }, style: 'english' },
  { question: '产业名片是会发一张实物证书或者卡片吗？', expect: { faq: 'what-is-industry-card' }, style: 'plain' },

  // ───── FAQ: eligibility ─────
  { question: 'What kinds of regions are eligible to take part?', expect: { faq: 'who-may-apply' }, style: 'english' },
  { question: '我们就一个小县城，能自己报不？', expect: { faq: 'county-eligible' }, style: 'colloquial' },
  { question: 'Can a high-tech development zone apply on its own?', expect: { faq: 'zone-eligible' }, style: 'english' },
  { question: '省工信厅能不能以全省的名义申请一张名片？', expect: { faq: 'province-eligible' }, style: 'plain' },
  { question: 'If we apply, are we guaranteed to be selected?', expect: { faq: 'selection-criteria' }, style: 'english' },
  { question: '申报对地区产值有没有最低要求？', expect: { faq: 'industry-threshold' }, style: 'plain' },
  { question: 'I run a manufacturing company. Can my firm apply for an industry card itself?', expect: { faq: 'enterprise-apply' }, style: 'english' },

  // ───── FAQ: how to apply ─────
  { question: '想参加的话大概要走哪些步骤？', expect: { faq: 'how-to-participate' }, style: 'colloquial' },
  { question: 'Do we need the provincial department to recommend us before we apply?', expect: { faq: 'provincial-recommendation' }, style: 'english' },
  { question: '在小程序上从哪里进去填申请？', expect: { faq: 'apply-in-app' }, style: 'plain' },
  { question: 'What goes into the cooperation agreement we sign with the centre?', expect: { faq: 'agreement' }, style: 'english' },
  { question: '參加這個計畫要付費嗎？', expect: { faq: 'fees' }, style: 'traditional' },
  { question: 'What documents do we need to prepare for the application?', expect: { faq: 'materials' }, style: 'english' },
  { question: '第一批没赶上，以后还有机会吗？', expect: { faq: 'batches' }, style: 'colloquial' },
  { question: 'Can our city submit two separate applications in the same call?', expect: { faq: 'one-application-per-region' }, style: 'english' },
  { question: '在线填完的登记表还需要另外发邮件给中心吗？', expect: { faq: 'submit-where' }, style: 'plain' },

  // ───── FAQ: the form ─────
  { question: 'What fields are on the registration form?', expect: { faq: 'form-fields' }, style: 'english' },
  { question: '登记表里的申请区域要怎么选，选到哪一级？', expect: { faq: 'form-region' }, style: 'plain' },
  { question: 'Who should we put down as the lead unit on the form?', expect: { faq: 'form-lead-unit' }, style: 'english' },
  { question: '主导产业能写五个吗？', expect: { faq: 'form-leading-industries' }, style: 'colloquial' },
  { question: 'Is the featured industries field mandatory, and how many can I list?', expect: { faq: 'form-featured-industries' }, style: 'english' },
  { question: '区域减介最多能写几个字', expect: { faq: 'form-intro' }, style: 'typo' },
  { question: 'For the contact person, should I put our director or the officer handling it?', expect: { faq: 'form-contact' }, style: 'english' },
  { question: '联系电话能填办公室座机吗？格式怎么写？', expect: { faq: 'form-phone' }, style: 'plain' },
  { question: 'Can I attach a PDF to the application, and how big can it be?', expect: { faq: 'form-attachments' }, style: 'english' },

  // ───── FAQ: deadlines ─────
  { question: '2022年第一批报名是几号截止的？', expect: { faq: 'deadline-first-call' }, style: 'plain' },
  { question: 'Is the call for applications open right now?', expect: { faq: 'deadline-current' }, style: 'english' },
  { question: '错过截止日期了，还能补报吗？', expect: { faq: 'late-submission' }, style: 'plain' },
  { question: 'How long does it usually take to hear back after submitting?', expect: { faq: 'review-time' }, style: 'english' },
  { question: '每年的产业名片一般什么时候公布？', expect: { faq: 'release-timing' }, style: 'plain' },

  // ───── FAQ: tiers ─────
  { question: 'What does "main card" mean?', expect: { faq: 'tier-main' }, style: 'english' },
  { question: '特色名片是什麼意思？', expect: { faq: 'tier-featured' }, style: 'traditional' },
  { question: 'Which ranks higher, a main card or a featured card, and how do they differ?', expect: { faq: 'tier-difference' }, style: 'english' },
  { question: '我们能自己决定报主名片吗？', expect: { faq: 'tier-choose' }, style: 'colloquial' },
  { question: 'Can one city hold more than one industry card?', expect: { faq: 'tier-system' }, style: 'english' },

  // ───── FAQ: centre services ─────
  { question: '签了协议以后中心具体会帮我们做哪些事？', expect: { faq: 'centre-tasks' }, style: 'plain' },
  { question: 'Does an industry card come with a logo and a visual identity?', expect: { faq: 'card-identity' }, style: 'english' },
  { question: '生态方阵都有哪些机构参加？', expect: { faq: 'ecosystem-matrix' }, style: 'plain' },
  { question: 'Once a card is built, who operates and manages it?', expect: { faq: 'card-management' }, style: 'english' },
  { question: '名片做好后中心通过什么渠道帮忙宣传？', expect: { faq: 'promotion' }, style: 'plain' },
  { question: 'Will there be digital collectibles for the industry cards?', expect: { faq: 'digital-collectibles' }, style: 'english' },
  { question: '我们有个老厂房改的工业博物馆，能算进标志性载体吗？', expect: { faq: 'landmarks-clusters' }, style: 'colloquial' },
  { question: 'What is the culture-empowered industrial innovation complex in the plan?', expect: { faq: 'culture-complex' }, style: 'english' },
  { question: '参加了国家给不给补贴？', expect: { faq: 'funding' }, style: 'colloquial' },

  // ───── FAQ: evaluation ─────
  { question: 'What indicators are used to rate the influential industry cards?', expect: { faq: 'evaluation-system' }, style: 'english' },
  { question: '名片拿到以后会不会被摘掉？', expect: { faq: 'value-assessment' }, style: 'colloquial' },
  { question: 'What does "influence under competitiveness" mean?', expect: { faq: 'influence-under-competitiveness' }, style: 'english' },

  // ───── FAQ: films ─────
  { question: '三分钟爱上中国产业名片是个什么项目？', expect: { faq: 'films-what' }, style: 'plain' },
  { question: 'Where can I watch the micro-documentaries in the app?', expect: { faq: 'films-where' }, style: 'english' },
  { question: 'wei jilupian yi bu duo chang shijian', expect: { faq: 'films-length' }, style: 'pinyin' },
  { question: 'How can our city get a micro-documentary made about it?', expect: { faq: 'films-our-city' }, style: 'english' },

  // ───── FAQ: events ─────
  { question: '首批城市是在哪个大会上签的约？', expect: { faq: 'signing-2022' }, style: 'plain' },
  { question: 'Which places were in the first group that signed up in 2022?', expect: { faq: 'pilot-regions-2022' }, style: 'english' },
  { question: '2024年在泉州首次发布的名片是什么结构？', expect: { faq: 'release-2024' }, style: 'plain' },
  { question: 'Where and when was the 2025 industry card conference held?', expect: { faq: 'conference-2025' }, style: 'english' },
  { question: '2025年有影响力的产业名片完整名单能发我一份吗？', expect: { faq: 'list-2025' }, style: 'plain' },
  { question: 'What were the three themes announced in 2025?', expect: { faq: 'themes-2025' }, style: 'english' },
  { question: '大会上首发的那本讲产业名片的新书叫什么？', expect: { faq: 'new-book' }, style: 'plain' },
  { question: 'What is the China Industrial Geography Gala?', expect: { faq: 'geography-gala' }, style: 'english' },

  // ───── FAQ: contact ─────
  { question: '我怎么才能联系上工业文化发展中心？', expect: { faq: 'contact-centre' }, style: 'plain' },
  { question: 'How does the human customer service here work? Is there a queue?', expect: { faq: 'human-agent' }, style: 'english' },
  { question: '2022年那份函里留的邮箱现在还有人看吗？', expect: { faq: 'letter-contacts' }, style: 'colloquial' },

  // ───── FAQ: the app ─────
  { question: 'Do I need to register an account before I can log in?', expect: { faq: 'sign-in' }, style: 'english' },
  { question: '为什么提交申请前非要验证手机号？', expect: { faq: 'verify-phone' }, style: 'plain' },
  { question: 'If I close the form halfway through, will what I typed be lost?', expect: { faq: 'drafts' }, style: 'english' },
  { question: '审合结果出来会通知我吗，在哪看', expect: { faq: 'notifications' }, style: 'typo' },
  { question: 'What does the status "in consultation" mean for an application?', expect: { faq: 'status-flow' }, style: 'english' },
  { question: '申请被打回来让修改，要怎么操作？', expect: { faq: 'returned' }, style: 'colloquial' },
  { question: 'Can I withdraw an application after submitting it?', expect: { faq: 'withdraw' }, style: 'english' },
  { question: '已经提交了才发现单位名称写错了，还能改吗？', expect: { faq: 'edit-after-submit' }, style: 'plain' },
  { question: 'What should we do if our application is rejected?', expect: { faq: 'declined' }, style: 'english' },
  { question: '在哪里能按省份筛选看名片？', expect: { faq: 'browse-cards' }, style: 'plain' },
  { question: 'Are the cards shown in the app the official list?', expect: { faq: 'sample-data' }, style: 'english' },
  { question: '咋把一张名片转发到微信群里', expect: { faq: 'share' }, style: 'colloquial' },
  { question: 'Can I switch the app to English?', expect: { faq: 'english-version' }, style: 'english' },
  { question: '我不是政府部门的，也能用这个小程序吗？', expect: { faq: 'who-can-use' }, style: 'plain' },

  // ───── catalogue: regions ─────
  {
    question: '浙江现在有哪些产业名片？',
    expect: {
      cards: ['hangzhou-digital-city', 'qiantang-china-medicine-port', 'ningbo-port-city-making', 'wenzhou-private-manufacturing', 'yiwu-world-supermarket'],
    },
    style: 'region',
  },
  {
    question: '广东省的名片都有啥',
    expect: {
      cards: [
        'dongguan-manufacturing-aesthetics',
        'huangpu-bay-area-innovation',
        'yangjiang-knife-capital',
        'zhongshan-lighting-capital',
        'guangzhou-smart-manufacturing',
        'foshan-ceramics-and-appliances',
      ],
    },
    style: 'region',
  },
  { question: '河南有产业名片吗？', expect: { cards: ['luoyang-agricultural-machinery'] }, style: 'region' },
  { question: '北京有没有产业名片？', expect: { cards: [] }, style: 'region' },
  { question: 'Which industry cards does Sichuan have?', expect: { cards: ['chengdu-tianfu-smart-making', 'yibin-baijiu-and-batteries'] }, style: 'region' },
  {
    question: 'Show me the cards for Hunan province.',
    expect: { cards: ['chenzhou-nonferrous-metals', 'zhuzhou-rail-transit-equipment', 'changsha-construction-machinery'] },
    style: 'region',
  },
  { question: 'Are there any cards from Shanghai?', expect: { cards: [] }, style: 'region' },
  {
    question: 'Which cards are there in Fujian?',
    expect: { cards: ['dehua-porcelain-capital', 'zherong-knives-and-scissors', 'quanzhou-maritime-silk-manufacturing', 'jinjiang-sportswear'] },
    style: 'region',
  },
  { question: 'What cards does Inner Mongolia have?', expect: { cards: ['baotou-rare-earth-capital', 'ordos-zero-carbon-energy'] }, style: 'region' },

  // ───── catalogue: industries ─────
  {
    question: '做陶瓷的城市名片有哪些？',
    expect: { cards: ['dehua-porcelain-capital', 'jingdezhen-millennium-porcelain', 'foshan-ceramics-and-appliances', 'tangshan-cradle-of-modern-industry'] },
    style: 'industry',
  },
  { question: '白酒产业的名片有哪几张？', expect: { cards: ['zunyi-sauce-aroma-baijiu', 'yibin-baijiu-and-batteries'] }, style: 'industry' },
  { question: '稀土相关的产业名片有吗', expect: { cards: ['baotou-rare-earth-capital', 'ganzhou-tungsten-rare-earth'] }, style: 'industry' },
  { question: 'Which cards are about knives and scissors?', expect: { cards: ['zherong-knives-and-scissors', 'yangjiang-knife-capital'] }, style: 'industry' },
  { question: 'Is there a card for the kite industry?', expect: { cards: ['weifang-power-and-kites'] }, style: 'industry' },
  { question: 'Which cities have a card covering integrated circuits?', expect: { cards: ['wuxi-iot-city', 'hefei-chips-screens-cars'] }, style: 'industry' },

  // ───── catalogue: counts ─────
  { question: '目录里一共收录了多少张产业名片？', expect: { count: 50 }, style: 'count' },
  { question: '主名片现在有几张？', expect: { count: 15 }, style: 'count' },
  { question: '2024年那批一共多少张名片？', expect: { count: 22 }, style: 'count' },
  { question: '科创热点主题的名片有几张？', expect: { count: 10 }, style: 'count' },
  { question: 'How many featured cards are in the catalogue?', expect: { count: 35 }, style: 'count' },
  { question: 'How many cards are in the 2025 batch?', expect: { count: 28 }, style: 'count' },
  { question: 'How many industry cards does Guangdong have?', expect: { count: 6 }, style: 'count' },

  // ───── status of my own application ─────
  { question: '我们市报的登记表现在审到哪一步了？', expect: { status: true }, style: 'status' },
  { question: '帮我查一下我提交的申请现在什么状态', expect: { status: true }, style: 'status' },
  { question: '我们园区的申请有进展了吗？', expect: { status: true }, style: 'status' },
  { question: '我的申请通过了没有', expect: { status: true }, style: 'status' },
  { question: '上周交的申报现在是协商中还是已经签约了？', expect: { status: true }, style: 'status' },
  { question: "What's the status of my application?", expect: { status: true }, style: 'status' },
  { question: 'Has my application been reviewed yet?', expect: { status: true }, style: 'status' },
  { question: 'Where is our registration form in the process now?', expect: { status: true }, style: 'status' },
  { question: 'Can you check whether the centre accepted my submission?', expect: { status: true }, style: 'status' },
  { question: 'Is my application still in consultation?', expect: { status: true }, style: 'status' },

  // ───── hand me to a person ─────
  { question: '转人工', expect: { handoff: true }, style: 'handoff' },
  { question: '我要跟中心的工作人员说话', expect: { handoff: true }, style: 'handoff' },
  { question: '请帮我接一下人工客服', expect: { handoff: true }, style: 'handoff' },
  { question: '机器人说不清楚，找个真人跟我聊吧', expect: { handoff: true }, style: 'handoff' },
  { question: '麻烦把我转给工作人员，谢谢', expect: { handoff: true }, style: 'handoff' },
  { question: 'Transfer me to a human, please.', expect: { handoff: true }, style: 'handoff' },
  { question: 'I want to talk to a real person at the centre.', expect: { handoff: true }, style: 'handoff' },
  { question: 'Can I speak to a staff member now?', expect: { handoff: true }, style: 'handoff' },
  { question: 'Connect me with an agent.', expect: { handoff: true }, style: 'handoff' },
  { question: 'Stop the bot and get me a human.', expect: { handoff: true }, style: 'handoff' },

  // ───── off-topic: programme details the FAQ does not give (zh) ─────
  { question: '工业文化发展中心现任主任叫什么名字？', expect: { unsure: true }, style: 'off-topic' },
  { question: '2025年东莞那次大会一共来了多少人？', expect: { unsure: true }, style: 'off-topic' },
  { question: '产业名片大会的门票多少钱，普通人能进场吗？', expect: { unsure: true }, style: 'off-topic' },
  { question: '2023年中国工业文化大会是在哪个城市开的？', expect: { unsure: true }, style: 'off-topic' },
  { question: '洛阳那张名片的标志是哪家设计公司做的？', expect: { unsure: true }, style: 'off-topic' },
  { question: '中心审核组有几个人，谁负责我们省？', expect: { unsure: true }, style: 'off-topic' },
  { question: '天工短视频平台的APP在哪里下载？', expect: { unsure: true }, style: 'off-topic' },
  { question: '中心在北京的办公地址是哪条街？', expect: { unsure: true }, style: 'off-topic' },
  { question: '首批签约仪式上是哪位领导讲的话？', expect: { unsure: true }, style: 'off-topic' },
  { question: '东莞大会期间周边酒店有没有协议价？', expect: { unsure: true }, style: 'off-topic' },

  // ───── off-topic: other ministries' programmes (zh) ─────
  { question: '专精特新小巨人企业怎么申报？', expect: { unsure: true }, style: 'off-topic' },
  { question: '国家工业遗产名单怎么申请认定？', expect: { unsure: true }, style: 'off-topic' },
  { question: '商务部的中华老字号认定要准备什么材料？', expect: { unsure: true }, style: 'off-topic' },
  { question: '国家工业旅游示范基地是哪个部门评的，怎么报？', expect: { unsure: true }, style: 'off-topic' },
  { question: '农产品地理标志登记去哪里办？', expect: { unsure: true }, style: 'off-topic' },
  { question: '高新技术企业认定今年什么时候截止？', expect: { unsure: true }, style: 'off-topic' },
  { question: '国家级智能制造示范工厂怎么揭榜？', expect: { unsure: true }, style: 'off-topic' },

  // ───── off-topic: the app's unrelated features (zh) ─────
  { question: '这个小程序能开电子发票吗？', expect: { unsure: true }, style: 'off-topic' },
  { question: '怎么把我的账号注销掉？', expect: { unsure: true }, style: 'off-topic' },
  { question: '小程序有没有夜间模式？', expect: { unsure: true }, style: 'off-topic' },
  { question: '能在这个应用里直接发起视频会议吗？', expect: { unsure: true }, style: 'off-topic' },
  { question: '应用里能不能直接买那些城市的特产？', expect: { unsure: true }, style: 'off-topic' },

  // ───── off-topic: look-alikes (zh) ─────
  { question: '个人名片设计有什么好看的模板推荐？', expect: { unsure: true }, style: 'off-topic' },
  { question: '印500张名片大概多少钱？', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信里怎么把一个好友的名片推给别人？', expect: { unsure: true }, style: 'off-topic' },
  { question: '我的护照申请到哪一步了？', expect: { unsure: true }, style: 'off-topic' },
  { question: '公租房申请的审核进度在哪查？', expect: { unsure: true }, style: 'off-topic' },
  { question: '帮我转一下淘宝的人工客服', expect: { unsure: true }, style: 'off-topic' },
  { question: '中国移动的人工客服电话是多少？', expect: { unsure: true }, style: 'off-topic' },
  { question: '《舌尖上的中国》在哪个平台能看全集？', expect: { unsure: true }, style: 'off-topic' },
  { question: '《航拍中国》第五季什么时候播？', expect: { unsure: true }, style: 'off-topic' },
  { question: '景德镇周末去玩，有什么推荐的景点？', expect: { unsure: true }, style: 'off-topic' },
  { question: '遵义飞天茅台现在多少钱一瓶？', expect: { unsure: true }, style: 'off-topic' },
  { question: '柳州哪家螺蛳粉最正宗？', expect: { unsure: true }, style: 'off-topic' },
  { question: '义乌国际商贸城晚上几点关门？', expect: { unsure: true }, style: 'off-topic' },
  { question: '昆明下周天气怎么样？', expect: { unsure: true }, style: 'off-topic' },

  // ───── off-topic: far (zh) ─────
  { question: '今天适合买基金吗？', expect: { unsure: true }, style: 'off-topic' },
  { question: '帮我写一首关于春天的诗', expect: { unsure: true }, style: 'off-topic' },
  { question: '个人所得税怎么退？', expect: { unsure: true }, style: 'off-topic' },
  { question: '孩子发烧38度要不要去医院？', expect: { unsure: true }, style: 'off-topic' },

  // ───── off-topic: programme details the FAQ does not give (en) ─────
  { question: 'Who is the director of the MIIT Industrial Culture Development Center?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How many people attended the 2025 conference in Dongguan?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How much does a ticket to the industry card conference cost?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'What was the name of the keynote speaker at the 2024 Quanzhou event?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How many staff at the centre review applications?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Which design agency created the logo for the Baoding card?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Where can I download the Tiangong short-video app?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Which hotel hosted the 2022 signing ceremony?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How far is the Dongguan conference venue from the airport?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'What dress code should officials follow at the card release ceremony?', expect: { unsure: true }, style: 'off-topic' },

  // ───── off-topic: other ministries' programmes (en) ─────
  { question: 'How do I apply for the "little giant" specialised SME title?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How does a company get high-tech enterprise certification?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How do I apply for a national industrial heritage listing?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How can our town become a national AAAA tourist attraction?', expect: { unsure: true }, style: 'off-topic' },
  { question: "What is the deadline for the Ministry of Commerce's time-honoured brand applications?", expect: { unsure: true }, style: 'off-topic' },
  { question: "How do we apply for the Ministry of Science and Technology's key R&D programme?", expect: { unsure: true }, style: 'off-topic' },

  // ───── off-topic: the app's unrelated features (en) ─────
  { question: 'Can I pay my electricity bill in this app?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How do I delete my account in this app?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Does the app have a dark mode?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Can I order local specialties from these cities through the app?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Can I use this app to book train tickets?', expect: { unsure: true }, style: 'off-topic' },

  // ───── off-topic: look-alikes (en) ─────
  { question: 'What information should I put on my business card?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Where can I print business cards cheaply?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How do I scan a business card into my phone contacts?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How do I check the status of my US visa application?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Where is my passport renewal application at?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Can you check my mortgage application status?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'I want to talk to an Amazon customer service agent.', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How do I reach Apple support by phone?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Where can I stream Planet Earth II?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Is "A Bite of China" on Netflix with English subtitles?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'What are the best things to do around West Lake in Hangzhou?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Recommend a good hotpot restaurant in Chongqing.', expect: { unsure: true }, style: 'off-topic' },
  { question: "What's the best beef noodle shop in Lanzhou?", expect: { unsure: true }, style: 'off-topic' },
  { question: "Is the Terracotta Army museum in Xi'an open on Mondays?", expect: { unsure: true }, style: 'off-topic' },
  { question: "What's the weather like in Kunming in April?", expect: { unsure: true }, style: 'off-topic' },

  // ───── off-topic: far (en) ─────
  { question: 'Can you help me with my maths homework?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'What is the USD to RMB exchange rate today?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Tell me a joke.', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Which football team won the Premier League last season?', expect: { unsure: true }, style: 'off-topic' },
];
