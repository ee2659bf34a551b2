// Independent tuning set 89: written 2026-12-05 by a writer who never saw the bot or its other evaluation sets, from the FAQ, the sample catalogue and PRODUCT.md only. A broad mix in real-traffic proportions: many off-topic near misses that borrow the programme's words (名片, 产业园, 工信部, 基金), catalogue questions that need parent regions and tier/theme/year filters, and the asker's own status versus someone else's.
import type { EvalCase } from './types';

export const independentTuningSet89: EvalCase[] = [
  // ───────── 计划概况：plain / colloquial ─────────
  { question: '产业名片是工信部下面哪个单位在负责组织？', expect: { faq: 'who-runs' }, style: 'plain' },
  { question: '参加这个对我们县到底有什么用处', expect: { faq: 'programme-purposes' }, style: 'colloquial' },

  // ───────── 申报条件 ─────────
  { question: '哪些类型的单位有资格报这个计划', expect: { faq: 'who-may-apply' }, style: 'plain' },
  { question: '我们是国家级经开区，能不能以开发区名义单独报名', expect: { faq: 'zone-eligible' }, style: 'plain' },
  { question: '只要交了登记表就肯定能选上吗', expect: { faq: 'selection-criteria' }, style: 'colloquial' },
  { question: '我们公司是做锂电池的民营企业，能不能直接申请一张产业名片', expect: { faq: 'enterprise-apply' }, style: 'plain' },

  // ───────── 申报方式 ─────────
  { question: '参加的流程是怎样的，先干嘛后干嘛', expect: { faq: 'how-to-participate' }, style: 'colloquial' },
  { question: '在手机上怎么填登记表并提交？', expect: { faq: 'apply-in-app' }, style: 'plain' },
  {
    question: '您好我是市工信局产业科的，领导让我问一下我们市想参加产业名片打造计划，除了登记表以外是不是还要可研报告、产业规划之类的材料，麻烦告诉一下谢谢',
    expect: { faq: 'materials' },
    style: 'plain',
  },
  { question: '我们市上个月已经交过一份了，还能再交一份不同产业的吗', expect: { faq: 'one-application-per-region' }, style: 'plain' },
  { question: '登记表弄好了是打印寄过去还是发邮件？', expect: { faq: 'submit-where' }, style: 'colloquial' },

  // ───────── 登记表填写 ─────────
  { question: '申请区域那一栏是写到市一级还是写到区县？', expect: { faq: 'form-region' }, style: 'plain' },
  { question: '牵头单位能不能写市政府办公室', expect: { faq: 'form-lead-unit' }, style: 'plain' },
  { question: '特色产业那栏可以空着不填吗', expect: { faq: 'form-featured-industries' }, style: 'plain' },
  { question: '区域简介写了四百多字，提交按钮点不了', expect: { faq: 'form-intro' }, style: 'colloquial' },
  { question: '办公室座机带分机号的要怎么填', expect: { faq: 'form-phone' }, style: 'plain' },
  { question: '附件能传word文档吗', expect: { faq: 'form-attachments' }, style: 'plain' },

  // ───────── 时间节点 ─────────
  { question: '今年还收申请不？啥时候截止', expect: { faq: 'deadline-current' }, style: 'colloquial' },
  { question: '我们晚了两天没赶上，现在还能不能交', expect: { faq: 'late-submission' }, style: 'colloquial' },
  { question: '交上去以后一般要等多久才有结果', expect: { faq: 'review-time' }, style: 'plain' },
  { question: '产业名片一般每年几月份对外公布', expect: { faq: 'release-timing' }, style: 'plain' },

  // ───────── 主名片 / 特色名片 ─────────
  { question: '特色名片指的是哪一类名片', expect: { faq: 'tier-featured' }, style: 'plain' },
  { question: '一个市能不能同时拿好几张名片', expect: { faq: 'tier-system' }, style: 'colloquial' },

  // ───────── 中心服务 ─────────
  { question: '签约以后中心具体能给我们提供哪些支持', expect: { faq: 'centre-tasks' }, style: 'plain' },
  { question: '名片做好以后，我们本地企业能把名片标识印在自己产品包装上吗', expect: { faq: 'card-management' }, style: 'plain' },
  { question: '入选以后你们会怎么帮我们做宣传', expect: { faq: 'promotion' }, style: 'colloquial' },
  { question: '我们有个老厂房改成了工业博物馆，这种能不能纳入计划', expect: { faq: 'landmarks-clusters' }, style: 'plain' },
  { question: '入选了有没有奖金或者财政补贴拿', expect: { faq: 'funding' }, style: 'colloquial' },

  // ───────── 评价、影片、大会 ─────────
  { question: '我是大学生在写论文，想问有影响力的产业名片是按哪些指标评出来的', expect: { faq: 'evaluation-system' }, style: 'plain' },
  { question: '名片评上以后会不会被摘牌', expect: { faq: 'value-assessment' }, style: 'colloquial' },
  { question: '“3分钟爱上中国产业名片”是个啥项目', expect: { faq: 'films-what' }, style: 'colloquial' },
  { question: '我不太会弄这个手机，那些小视频在哪里点开看啊', expect: { faq: 'films-where' }, style: 'colloquial' },
  { question: '想给我们县也拍一部三分钟的片子，要怎么申请', expect: { faq: 'films-our-city' }, style: 'plain' },
  { question: '2022年最早签约的试点是哪几个城市', expect: { faq: 'pilot-regions-2022' }, style: 'plain' },
  { question: '我是报社记者，想了解2024年在泉州首次发布的名片是什么结构，30+50指什么', expect: { faq: 'release-2024' }, style: 'plain' },
  { question: '2025年那个产业名片大会在哪开的，主题是啥', expect: { faq: 'conference-2025' }, style: 'colloquial' },
  { question: '官方公布的2025中国有影响力的产业名片完整名单能看到吗', expect: { faq: 'list-2025' }, style: 'plain' },
  { question: '科创热点、创新消费、升级更新这三类分别是什么意思', expect: { faq: 'themes-2025' }, style: 'plain' },

  // ───────── 联系与应用使用 ─────────
  { question: '我想跟你们中心取得联系，该通过什么渠道', expect: { faq: 'contact-centre' }, style: 'plain' },
  { question: '晚上十点发的消息会有人回吗', expect: { faq: 'human-agent' }, style: 'colloquial' },
  { question: '我没有微信，用电脑浏览器能登录吗', expect: { faq: 'sign-in' }, style: 'plain' },
  { question: '填到一半手机没电了，之前填的内容还在吗', expect: { faq: 'drafts' }, style: 'colloquial' },
  { question: '申请状态有变化的时候会提醒我吗', expect: { faq: 'notifications' }, style: 'plain' },
  { question: '“已签约”后面还有哪几步', expect: { faq: 'status-flow' }, style: 'plain' },
  { question: '申请被打回来了，要怎么改了再交', expect: { faq: 'returned' }, style: 'colloquial' },
  { question: '提交后才发现联系电话填错了，怎么改', expect: { faq: 'edit-after-submit' }, style: 'plain' },
  { question: '申请显示不予通过，我们还有机会吗', expect: { faq: 'declined' }, style: 'plain' },
  { question: '小程序里那些名片都是官方认定的吗，能当正式名单引用吗', expect: { faq: 'sample-data' }, style: 'plain' },
  { question: '有没有英文界面，想给外国客户看看', expect: { faq: 'english-version' }, style: 'plain' },
  { question: '我就是个普通市民，能用这个小程序干嘛', expect: { faq: 'who-can-use' }, style: 'colloquial' },

  // ───────── 错别字 typo ─────────
  { question: '产业明片是什么意思啊', expect: { faq: 'what-is-industry-card' }, style: 'typo' },
  { question: '申情要收费吗', expect: { faq: 'fees' }, style: 'typo' },
  { question: '登记表的间介能写多少字', expect: { faq: 'form-intro' }, style: 'typo' },
  { question: '主导产叶最多能填几个', expect: { faq: 'form-leading-industries' }, style: 'typo' },
  { question: '怎么撤会申请', expect: { faq: 'withdraw' }, style: 'typo' },
  { question: '微纪路片在哪看', expect: { faq: 'films-where' }, style: 'typo' },
  { question: '特涩名片是啥', expect: { faq: 'tier-featured' }, style: 'typo' },
  { question: '园去可以申报吗 我们是高心区', expect: { faq: 'zone-eligible' }, style: 'typo' },
  { question: '申报材了要准备哪些', expect: { faq: 'materials' }, style: 'typo' },
  { question: '草搞会自动保存吗', expect: { faq: 'drafts' }, style: 'typo' },

  // ───────── 繁體 traditional ─────────
  { question: '產業名片打造計劃是什麼？', expect: { faq: 'what-is-programme' }, style: 'traditional' },
  { question: '區縣可以自己單獨申請嗎', expect: { faq: 'county-eligible' }, style: 'traditional' },
  { question: '參加要繳費嗎？', expect: { faq: 'fees' }, style: 'traditional' },
  { question: '主名片跟特色名片差在哪裡', expect: { faq: 'tier-difference' }, style: 'traditional' },
  { question: '微紀錄片在哪裡可以看？', expect: { faq: 'films-where' }, style: 'traditional' },
  { question: '提交以後還可以撤回申請嗎', expect: { faq: 'withdraw' }, style: 'traditional' },
  { question: '聯繫電話可以填市話嗎', expect: { faq: 'form-phone' }, style: 'traditional' },

  // ───────── 拼音 pinyin ─────────
  { question: 'chanye mingpian shi shenme', expect: { faq: 'what-is-industry-card' }, style: 'pinyin' },
  { question: 'shenqing yao shoufei ma', expect: { faq: 'fees' }, style: 'pinyin' },
  { question: 'xianzai hai neng shenqing ma', expect: { faq: 'deadline-current' }, style: 'pinyin' },
  { question: 'zhu mingpian he tese mingpian you shenme qubie', expect: { faq: 'tier-difference' }, style: 'pinyin' },
  { question: 'qiye keyi shenqing ma', expect: { faq: 'enterprise-apply' }, style: 'pinyin' },

  // ───────── English FAQ ─────────
  { question: 'Hi, what is this industry card thing all about?', expect: { faq: 'what-is-programme' }, style: 'english' },
  { question: "I'm a journalist from Germany. Which organisation is behind this programme?", expect: { faq: 'who-runs' }, style: 'english' },
  { question: "We're a small county in Fujian, are we allowed to take part?", expect: { faq: 'county-eligible' }, style: 'english' },
  { question: 'is it free to join or do we have to pay something', expect: { faq: 'fees' }, style: 'english' },
  { question: 'My company makes solar panels. Can we apply for a card ourselves?', expect: { faq: 'enterprise-apply' }, style: 'english' },
  { question: 'what paperwork do we need besides the form?', expect: { faq: 'materials' }, style: 'english' },
  { question: 'main card vs featured card, which one ranks higher?', expect: { faq: 'tier-difference' }, style: 'english' },
  { question: 'Where do I find the three-minute documentaries?', expect: { faq: 'films-where' }, style: 'english' },
  { question: 'How long does it usually take before the centre gets back to us?', expect: { faq: 'review-time' }, style: 'english' },
  { question: 'we submitted by mistake, can we pull it back?', expect: { faq: 'withdraw' }, style: 'english' },
  { question: 'Are the cards shown in this app the official selection?', expect: { faq: 'sample-data' }, style: 'english' },
  { question: 'does the registration form autosave if I close the app?', expect: { faq: 'drafts' }, style: 'english' },
  { question: 'Do participating regions get any subsidy or grant?', expect: { faq: 'funding' }, style: 'english' },
  { question: 'can I switch the app to English? my Chinese is not good', expect: { faq: 'english-version' }, style: 'english' },

  // ───────── 名片目录：地区 region ─────────
  { question: '保定有产业名片吗', expect: { cards: ['baoding-electric-valley'] }, style: 'region' },
  {
    question: '广东省有哪些产业名片',
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
  {
    question: '我是浙江的，想看看我们浙江都有啥名片',
    expect: {
      cards: ['hangzhou-digital-city', 'qiantang-china-medicine-port', 'ningbo-port-city-making', 'wenzhou-private-manufacturing', 'yiwu-world-supermarket'],
    },
    style: 'region',
  },
  {
    question: '福建入选了哪些名片',
    expect: {
      cards: ['dehua-porcelain-capital', 'zherong-knives-and-scissors', 'quanzhou-maritime-silk-manufacturing', 'jinjiang-sportswear'],
    },
    style: 'region',
  },
  {
    question: '泉州市的产业名片都有哪些，下面的县市也算上',
    expect: { cards: ['quanzhou-maritime-silk-manufacturing', 'dehua-porcelain-capital', 'jinjiang-sportswear'] },
    style: 'region',
  },
  {
    question: '苏州和它下面的县级市有哪些名片',
    expect: { cards: ['suzhou-gusu-innovation', 'kunshan-county-manufacturing'] },
    style: 'region',
  },
  {
    question: '东北三省有产业名片吗',
    expect: { cards: ['shenyang-equipment-base', 'changchun-motor-city', 'harbin-power-equipment'] },
    style: 'region',
  },
  {
    question: '我今年七十多了，孙子给我装了这个，我想看看老家株洲那个电力机车的名片，怎么找啊',
    expect: { cards: ['zhuzhou-rail-transit-equipment'] },
    style: 'region',
  },
  { question: '我是柳州市工信局的，想看看我们市的名片页面', expect: { cards: ['liuzhou-industrial-landscape'] }, style: 'region' },
  { question: '景德镇', expect: { cards: ['jingdezhen-millennium-porcelain'] }, style: 'region' },
  {
    question: '广东的特色名片有哪几张（主名片不用列）',
    expect: {
      cards: ['huangpu-bay-area-innovation', 'yangjiang-knife-capital', 'zhongshan-lighting-capital', 'foshan-ceramics-and-appliances'],
    },
    style: 'region',
  },
  { question: '北京有没有产业名片', expect: { cards: [] }, style: 'region' },
  { question: '深圳有入选的名片吗', expect: { cards: [] }, style: 'region' },
  { question: 'Does Wuhan have an industry card?', expect: { cards: ['wuhan-optics-valley'] }, style: 'english' },
  { question: 'Show me the cards in Sichuan province', expect: { cards: ['chengdu-tianfu-smart-making', 'yibin-baijiu-and-batteries'] }, style: 'english' },
  { question: 'any cards for Shanghai?', expect: { cards: [] }, style: 'english' },

  // ───────── 名片目录：产业、层级、主题 industry ─────────
  {
    question: '做陶瓷的地方有哪些名片',
    expect: {
      cards: ['dehua-porcelain-capital', 'jingdezhen-millennium-porcelain', 'foshan-ceramics-and-appliances', 'tangshan-cradle-of-modern-industry'],
    },
    style: 'industry',
  },
  { question: '有没有刀剪方面的名片', expect: { cards: ['zherong-knives-and-scissors', 'yangjiang-knife-capital'] }, style: 'industry' },
  {
    question: '我是做工程机械配套的老板，想看看工程机械有哪些城市的名片',
    expect: {
      cards: ['changsha-construction-machinery', 'linyi-trade-logistics', 'liuzhou-industrial-landscape'],
    },
    style: 'industry',
  },
  {
    question: '轨道交通装备相关的名片有哪些',
    expect: { cards: ['zhuzhou-rail-transit-equipment', 'qingdao-city-of-brands', 'changchun-motor-city'] },
    style: 'industry',
  },
  { question: '集成电路', expect: { cards: ['wuxi-iot-city', 'hefei-chips-screens-cars'] }, style: 'industry' },
  {
    question: '做鞋的城市有名片吗',
    expect: {
      cards: ['wenzhou-private-manufacturing', 'jinjiang-sportswear', 'quanzhou-maritime-silk-manufacturing'],
    },
    style: 'industry',
  },
  { question: '钢琴乐器产业有名片吗', expect: { cards: [] }, style: 'industry' },
  {
    question: '科创热点城市产业名片有哪些城市',
    expect: {
      cards: [
        'dongguan-manufacturing-aesthetics',
        'hangzhou-digital-city',
        'qiantang-china-medicine-port',
        'guangzhou-smart-manufacturing',
        'suzhou-gusu-innovation',
        'wuxi-iot-city',
        'hefei-chips-screens-cars',
        'xian-hard-tech-city',
        'wuhan-optics-valley',
        'guiyang-china-data-valley',
      ],
    },
    style: 'industry',
  },
  {
    question: '把创新消费那一类的名片都列出来',
    expect: {
      cards: [
        'zhongshan-lighting-capital',
        'wenzhou-private-manufacturing',
        'linyi-trade-logistics',
        'jingdezhen-millennium-porcelain',
        'zunyi-sauce-aroma-baijiu',
        'foshan-ceramics-and-appliances',
        'yibin-baijiu-and-batteries',
        'liuzhou-industrial-landscape',
        'kunming-spring-city-flowers',
        'yinchuan-helan-mountain-wine',
        'haikou-free-port-consumption',
        'yiwu-world-supermarket',
      ],
    },
    style: 'industry',
  },
  {
    question: '2024年那批里的主名片都是哪些城市',
    expect: {
      cards: [
        'baoding-electric-valley',
        'chengdu-tianfu-smart-making',
        'ningbo-port-city-making',
        'luoyang-agricultural-machinery',
        'changsha-construction-machinery',
        'qingdao-city-of-brands',
        'shenyang-equipment-base',
      ],
    },
    style: 'industry',
  },
  { question: 'Which cards are about baijiu?', expect: { cards: ['zunyi-sauce-aroma-baijiu', 'yibin-baijiu-and-batteries'] }, style: 'english' },

  // ───────── 数量 count ─────────
  { question: '小程序目录里现在一共收录了多少张名片', expect: { count: 50 }, style: 'count' },
  { question: '主名片目前有几张', expect: { count: 15 }, style: 'count' },
  { question: '2024年那一批有几张名片', expect: { count: 22 }, style: 'count' },
  { question: '广东省有几张名片？', expect: { count: 6 }, style: 'count' },
  { question: '升级更新城市产业名片有多少张', expect: { count: 14 }, style: 'count' },
  { question: '2025年的主名片有几张', expect: { count: 8 }, style: 'count' },
  { question: '浙江2025年入选了几张', expect: { count: 4 }, style: 'count' },
  { question: 'How many industry cards are there in the app right now?', expect: { count: 50 }, style: 'count' },

  // ───────── 我的申请 status ─────────
  { question: '我们提交的申请现在到哪一步了', expect: { status: true }, style: 'status' },
  { question: '帮我查下我的申请审核过了没', expect: { status: true }, style: 'status' },
  { question: '我市报的登记表有结果了吗', expect: { status: true }, style: 'status' },
  { question: '我上周交的那份申请是不是还在协商中', expect: { status: true }, style: 'status' },
  { question: '我的申请状态', expect: { status: true }, style: 'status' },
  { question: '领导催我问问，咱们局报的产业名片申请签约了没有', expect: { status: true }, style: 'status' },
  { question: '我刚提交的申请中心收到了吗', expect: { status: true }, style: 'status' },
  { question: '看一下我的申请是不是被退回了，我没收到通知', expect: { status: true }, style: 'status' },
  { question: '我们园区的申请现在什么情况了', expect: { status: true }, style: 'status' },
  { question: '上个月报的到现在还没动静，帮我看看卡在哪个环节', expect: { status: true }, style: 'status' },
  { question: '查一下我那个申请', expect: { status: true }, style: 'status' },
  { question: '我们县的申请通过了没有呀？急', expect: { status: true }, style: 'status' },
  { question: '我們的申請進度怎麼樣了', expect: { status: true }, style: 'status' },
  { question: 'wo de shenqing dao na yi bu le', expect: { status: true }, style: 'status' },
  { question: 'What is the status of my application?', expect: { status: true }, style: 'status' },
  { question: 'has our application been approved yet', expect: { status: true }, style: 'status' },
  { question: '我们报的现在是打造中还是已经发布了', expect: { status: true }, style: 'status' },
  { question: '申请号后面那个状态我看不太懂，你帮我看看我的申请现在是啥状态', expect: { status: true }, style: 'status' },
  { question: '昨天收到个通知说状态变了，我们那份申请现在是什么情况', expect: { status: true }, style: 'status' },
  { question: '我们高新区管委会报的那个，中心审到哪了？签了没', expect: { status: true }, style: 'status' },

  // ───────── 转人工 handoff ─────────
  { question: '转人工', expect: { handoff: true }, style: 'handoff' },
  { question: '我要找真人说话', expect: { handoff: true }, style: 'handoff' },
  { question: '人工客服在吗', expect: { handoff: true }, style: 'handoff' },
  { question: '别跟机器人说了，给我接工作人员', expect: { handoff: true }, style: 'handoff' },
  { question: '能不能让中心的老师直接跟我聊，情况比较复杂', expect: { handoff: true }, style: 'handoff' },
  { question: '你答不上来就找个人来回答吧', expect: { handoff: true }, style: 'handoff' },
  { question: '我要投诉，叫你们负责的工作人员来', expect: { handoff: true }, style: 'handoff' },
  { question: '有没有人工啊？？？', expect: { handoff: true }, style: 'handoff' },
  { question: '人工課服', expect: { handoff: true }, style: 'handoff' },
  { question: 'zhuan rengong', expect: { handoff: true }, style: 'handoff' },
  { question: '请安排工作人员跟我对接，我是市工信局的，关于我们市申报的事要当面沟通', expect: { handoff: true }, style: 'handoff' },
  { question: '人工人工人工', expect: { handoff: true }, style: 'handoff' },
  { question: 'I want to talk to a human please', expect: { handoff: true }, style: 'handoff' },
  { question: 'Can I speak with someone from the centre directly?', expect: { handoff: true }, style: 'handoff' },
  { question: '找客服', expect: { handoff: true }, style: 'handoff' },
  { question: '麻烦帮我转给中心的人工，谢谢', expect: { handoff: true }, style: 'handoff' },

  // ───────── 别人的申请：不是本人状态 ─────────
  { question: '帮我查一下隔壁洛阳市的申请进度', expect: { unsure: true }, style: 'off-topic' },
  { question: '我同学在另一个县的工信局，他们县报的过了没有', expect: { unsure: true }, style: 'off-topic' },
  { question: "Can you check how Dongguan's application is going?", expect: { unsure: true }, style: 'off-topic' },

  // ───────── 资料未公开的细节 ─────────
  { question: '签约以后每年要交多少万服务费？给个具体数字', expect: { unsure: true }, style: 'off-topic' },
  { question: '28项指标每一项的权重分别是多少', expect: { unsure: true }, style: 'off-topic' },
  { question: '2024年入选的30个城市和50个县，完整名单全部列给我', expect: { unsure: true }, style: 'off-topic' },
  { question: '那本新书的作者是谁，哪个出版社，在哪能买到', expect: { unsure: true }, style: 'off-topic' },
  { question: '工业文化发展中心的主任叫什么名字', expect: { unsure: true }, style: 'off-topic' },
  { question: '中心办公室座机的分机号是多少', expect: { unsure: true }, style: 'off-topic' },
  { question: '数字藏品现在多少钱一个，在哪里买', expect: { unsure: true }, style: 'off-topic' },
  { question: '拍一部三分钟纪录片大概要多少费用', expect: { unsure: true }, style: 'off-topic' },
  { question: '产业名片发展基金规模有多大，多少个亿', expect: { unsure: true }, style: 'off-topic' },
  { question: '2026年的产业名片大会在哪个城市举办', expect: { unsure: true }, style: 'off-topic' },
  { question: '合作协议要盖几个章，需要市长签字吗', expect: { unsure: true }, style: 'off-topic' },

  // ───────── 借用本计划字眼的无关问题 near misses ─────────
  { question: '我想印一盒名片，多少钱', expect: { unsure: true }, style: 'off-topic' },
  { question: '电子名片小程序怎么制作', expect: { unsure: true }, style: 'off-topic' },
  { question: '专精特新小巨人企业怎么申报', expect: { unsure: true }, style: 'off-topic' },
  { question: '高新技术企业认定需要什么条件', expect: { unsure: true }, style: 'off-topic' },
  { question: '制造业单项冠军今年什么时候开始申报', expect: { unsure: true }, style: 'off-topic' },
  { question: '国家工业遗产的认定申报材料有哪些', expect: { unsure: true }, style: 'off-topic' },
  { question: '想在东莞松山湖租个厂房，有没有推荐', expect: { unsure: true }, style: 'off-topic' },
  { question: '股票里“产业名片”概念股有哪些，能买吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '工信部电话卡实名登记的投诉渠道是什么', expect: { unsure: true }, style: 'off-topic' },
  { question: '天工短视频平台怎么注册账号发视频', expect: { unsure: true }, style: 'off-topic' },
  { question: '抖音上刷到的产业名片视频怎么保存到相册', expect: { unsure: true }, style: 'off-topic' },
  { question: '去景德镇旅游住哪里比较方便', expect: { unsure: true }, style: 'off-topic' },
  { question: '帮我写一篇招商引资的领导讲话稿，三千字', expect: { unsure: true }, style: 'off-topic' },
  { question: '我们市去年的GDP是多少', expect: { unsure: true }, style: 'off-topic' },

  // ───────── 完全无关 off-topic ─────────
  { question: '明天东莞会下雨吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '嗓子疼吃什么药好得快', expect: { unsure: true }, style: 'off-topic' },
  { question: '京东买的东西怎么退货', expect: { unsure: true }, style: 'off-topic' },
  { question: '美团外卖的客服电话是多少', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信支付被限制了怎么解除', expect: { unsure: true }, style: 'off-topic' },
  { question: '个税app怎么申请退税', expect: { unsure: true }, style: 'off-topic' },
  { question: '帮我算一下37乘以48等于多少', expect: { unsure: true }, style: 'off-topic' },
  { question: '讲个笑话听听', expect: { unsure: true }, style: 'off-topic' },
  { question: '孩子考研选什么专业比较好就业', expect: { unsure: true }, style: 'off-topic' },
  { question: '老家房子拆迁补偿标准是怎么定的', expect: { unsure: true }, style: 'off-topic' },
  { question: '驾照到期换证去哪里办', expect: { unsure: true }, style: 'off-topic' },
  { question: '推荐一款好用的记账软件', expect: { unsure: true }, style: 'off-topic' },
  { question: "What's the weather like in Beijing tomorrow?", expect: { unsure: true }, style: 'off-topic' },
  { question: 'Can you recommend a good hotel near Dongguan station?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Is the Canton Fair open this week?', expect: { unsure: true }, style: 'off-topic' },
];
