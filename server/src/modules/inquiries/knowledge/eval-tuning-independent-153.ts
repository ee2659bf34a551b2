// Independent tuning set 153: written 2026-12-05 by a writer who never saw the bot or its other evaluation sets, from the FAQ, the sample catalogue and PRODUCT.md only. It stresses technology words (chips, AI models, robots, data centres, 5G, new-energy vehicles, batteries) used both in real programme and catalogue questions and in tempting everyday tech questions the programme does not answer (which phone to buy, how ChatGPT works, EV charging).
import { TECH_HOTSPOT_CARDS } from './sample-card-lists';
import type { EvalCase } from './types';

const TECH_HOTSPOT_MAIN = [
  'dongguan-manufacturing-aesthetics',
  'hangzhou-digital-city',
  'guangzhou-smart-manufacturing',
  'suzhou-gusu-innovation',
  'hefei-chips-screens-cars',
  'xian-hard-tech-city',
  'wuhan-optics-valley',
];
const CHIPS = ['hefei-chips-screens-cars', 'wuxi-iot-city', 'xian-hard-tech-city'];
const NEV = ['huangpu-bay-area-innovation', 'guangzhou-smart-manufacturing', 'hefei-chips-screens-cars', 'xian-hard-tech-city', 'yibin-baijiu-and-batteries'];
const GBA_NEV_CLUSTER = [
  'dongguan-manufacturing-aesthetics',
  'huangpu-bay-area-innovation',
  'zhongshan-lighting-capital',
  'guangzhou-smart-manufacturing',
  'foshan-ceramics-and-appliances',
];

export const independentTuningSet153: EvalCase[] = [
  // ───────────── FAQ: programme basics, in a tech voice ─────────────
  { question: '产业名片打造计划是干嘛的？跟科技产业有关系吗', expect: { faq: 'what-is-programme' }, style: 'colloquial' },
  { question: '这个产业名片计划是工信部哪个单位在搞？', expect: { faq: 'who-runs' }, style: 'plain' },
  { question: '我们搞芯片和AI的城市参加这个计划对地方有啥好处', expect: { faq: 'programme-purposes' }, style: 'colloquial' },
  { question: '计划到2025年要打造多少个主名片和特色名片？', expect: { faq: 'target-2025' }, style: 'plain' },
  { question: '我们市必须参加吗？是强制的还是自愿的', expect: { faq: 'principles' }, style: 'colloquial' },
  { question: '产业名片是不是一张带芯片的NFC实体卡片？', expect: { faq: 'what-is-industry-card' }, style: 'plain' },
  { question: 'chanye mingpian shi shenme yisi', expect: { faq: 'what-is-industry-card' }, style: 'pinyin' },
  { question: 'What is the Regional (City) Industry Card Programme about?', expect: { faq: 'what-is-programme' }, style: 'english' },

  // ───────────── FAQ: eligibility ─────────────
  { question: '哪些地方可以申请产业名片？地级市、开发区都行吗', expect: { faq: 'who-may-apply' }, style: 'plain' },
  { question: '我们县是做锂电池材料的，县一级能单独申请吗', expect: { faq: 'county-eligible' }, style: 'industry' },
  { question: '我们是国家级高新区，主攻集成电路，园区能报吗？', expect: { faq: 'zone-eligible' }, style: 'industry' },
  { question: 'Can a high-tech development zone focused on semiconductors apply?', expect: { faq: 'zone-eligible' }, style: 'english' },
  { question: '省工信厅能不能以全省的新能源汽车产业来申请名片', expect: { faq: 'province-eligible' }, style: 'plain' },
  { question: '我们人工智能产业刚起步，申请了一定能入选吗？中心优先选什么样的', expect: { faq: 'selection-criteria' }, style: 'colloquial' },
  { question: '我们数据中心产业园产值才几十亿，对产业规模有没有硬性门槛', expect: { faq: 'industry-threshold' }, style: 'industry' },
  { question: '我们是一家做AI芯片的公司，可以申请产业名片吗？', expect: { faq: 'enterprise-apply' }, style: 'industry' },
  { question: '企業可以申請產業名片嗎？我們是做晶片的', expect: { faq: 'enterprise-apply' }, style: 'traditional' },
  { question: 'Can a robotics company apply for an industry card on its own?', expect: { faq: 'enterprise-apply' }, style: 'english' },

  // ───────────── FAQ: how to apply ─────────────
  { question: '参与产业名片打造计划的流程是什么，先干嘛后干嘛', expect: { faq: 'how-to-participate' }, style: 'plain' },
  { question: '申请需要经过省里推荐吗还是能直接报中心', expect: { faq: 'provincial-recommendation' }, style: 'colloquial' },
  { question: '在小程序里怎么提交申请？入口在哪', expect: { faq: 'apply-in-app' }, style: 'plain' },
  { question: '参加这个计划要交钱吗', expect: { faq: 'fees' }, style: 'colloquial' },
  { question: 'shenqing yao shoufei ma', expect: { faq: 'fees' }, style: 'pinyin' },
  { question: '申报需要准备哪些材料，要不要交可行性报告', expect: { faq: 'materials' }, style: 'plain' },
  { question: '错过了首批，后面还有第二批吗', expect: { faq: 'batches' }, style: 'colloquial' },
  { question: '我们区有芯片和新能源车两个方向，能在同一次征集里交两份申请吗', expect: { faq: 'one-application-per-region' }, style: 'plain' },
  { question: '登记表填好了要发邮箱吗还是在线提交就行', expect: { faq: 'submit-where' }, style: 'plain' },

  // ───────────── FAQ: the form ─────────────
  { question: '登记表一共要填哪几项', expect: { faq: 'form-fields' }, style: 'plain' },
  { question: '登记表“申请区域”那栏，我们高新区应该怎么选', expect: { faq: 'form-region' }, style: 'plain' },
  { question: '牵头单位可以写XX高新区管委会吗', expect: { faq: 'form-lead-unit' }, style: 'plain' },
  { question: '主导产业想填人工智能、集成电路、5G、机器人四个，可以吗？', expect: { faq: 'form-leading-industries' }, style: 'industry' },
  { question: '主导产业能填几个 人工只能 集成电路 新能源气车 这样行不', expect: { faq: 'form-leading-industries' }, style: 'typo' },
  { question: 'zhudao chanye zuiduo neng tian ji ge', expect: { faq: 'form-leading-industries' }, style: 'pinyin' },
  { question: '特色产业填数据中心合适吗？特色产业和主导产业有啥区别', expect: { faq: 'form-featured-industries' }, style: 'industry' },
  { question: '区域简介我用ChatGPT写了400多字，超了能提交吗', expect: { faq: 'form-intro' }, style: 'colloquial' },
  { question: '联系电话能填座机带分机号吗，手机号老是填不进去', expect: { faq: 'form-phone' }, style: 'plain' },
  { question: '附件能穿PDF吗 最大多少M', expect: { faq: 'form-attachments' }, style: 'typo' },

  // ───────────── FAQ: deadlines ─────────────
  { question: '现在还能报吗 截至时间是啥时候', expect: { faq: 'deadline-current' }, style: 'typo' },
  { question: '过了截止时间一天还能补交吗', expect: { faq: 'late-submission' }, style: 'colloquial' },
  { question: '提交后多久会有审核结果？', expect: { faq: 'review-time' }, style: 'plain' },
  { question: '产业名片一般每年什么时候公布', expect: { faq: 'release-timing' }, style: 'plain' },

  // ───────────── FAQ: tiers ─────────────
  { question: '主名片是什么意思', expect: { faq: 'tier-main' }, style: 'plain' },
  { question: '主名片和特色名片到底哪个级别高，区别在哪', expect: { faq: 'tier-difference' }, style: 'colloquial' },
  { question: '我们觉得自己AI很强，申请时能直接指定报主名片吗', expect: { faq: 'tier-choose' }, style: 'colloquial' },
  { question: '一个城市能同时有“芯片”和“新能源汽车”两张名片吗', expect: { faq: 'tier-system' }, style: 'plain' },

  // ───────────── FAQ: centre services ─────────────
  { question: '签约以后中心会帮我们做哪些工作', expect: { faq: 'centre-tasks' }, style: 'plain' },
  { question: '名片标识包括哪些内容，要做logo吗', expect: { faq: 'card-identity' }, style: 'plain' },
  { question: '生态方阵是啥？我们本地的AI企业和高校能参加吗', expect: { faq: 'ecosystem-matrix' }, style: 'colloquial' },
  { question: '名片建好以后谁运营？企业能把名片标识印在自己产品上吗', expect: { faq: 'card-management' }, style: 'plain' },
  { question: '中心会在天工短视频平台上推广我们的名片吗，还有哪些宣传渠道', expect: { faq: 'promotion' }, style: 'plain' },
  { question: '天工数藏是什么？产业名片会发数字藏品吗', expect: { faq: 'digital-collectibles' }, style: 'plain' },
  { question: '老电子厂房改造成科技体验馆，能算工业文化地标吗', expect: { faq: 'landmarks-clusters' }, style: 'plain' },
  { question: '工业元宇宙体验馆是什么东西', expect: { faq: 'culture-complex' }, style: 'colloquial' },
  { question: '参与计划有没有资金补贴？听说有产业名片发展基金', expect: { faq: 'funding' }, style: 'plain' },

  // ───────────── FAQ: evaluation ─────────────
  { question: '有影响力的产业名片是按哪28项指标评的', expect: { faq: 'evaluation-system' }, style: 'plain' },

  // ───────────── FAQ: films ─────────────
  { question: '“3分钟爱上中国产业名片”是什么项目', expect: { faq: 'films-what' }, style: 'plain' },
  { question: '微纪录片在哪看？能倍速和开英文字幕吗', expect: { faq: 'films-where' }, style: 'plain' },
  { question: '微纪录片最长多少秒', expect: { faq: 'films-length' }, style: 'plain' },
  { question: '我们市想给芯片产业拍一部3分钟的纪录片，怎么申请', expect: { faq: 'films-our-city' }, style: 'plain' },

  // ───────────── FAQ: events ─────────────
  { question: '首批签约仪式是在什么活动上办的', expect: { faq: 'signing-2022' }, style: 'plain' },
  { question: '2022年首批试点城市有哪些', expect: { faq: 'pilot-regions-2022' }, style: 'plain' },
  { question: '2025年中国产业名片创新发展大会在哪里开的', expect: { faq: 'conference-2025' }, style: 'plain' },
  { question: '2025中国有影响力的产业名片完整名单有吗', expect: { faq: 'list-2025' }, style: 'plain' },
  { question: '科创热点城市产业名片是什么意思？2025年有哪三个主题', expect: { faq: 'themes-2025' }, style: 'plain' },
  { question: '科創熱點城市產業名片是什麼？', expect: { faq: 'themes-2025' }, style: 'traditional' },
  { question: 'What does "tech-hotspot city card" mean? What were the 2025 themes?', expect: { faq: 'themes-2025' }, style: 'english' },

  // ───────────── FAQ: contact ─────────────
  { question: '怎么联系工信部工业文化发展中心，有电话吗', expect: { faq: 'contact-centre' }, style: 'plain' },
  { question: '晚上发消息有人工回吗', expect: { faq: 'human-agent' }, style: 'colloquial' },

  // ───────────── FAQ: using the app ─────────────
  { question: '只能用微信登录吗？电脑浏览器能登吗', expect: { faq: 'sign-in' }, style: 'plain' },
  { question: '微信登录了为什么还要手机号授权', expect: { faq: 'verify-phone' }, style: 'plain' },
  { question: '登记表填到一半手机没电关机了，内容会丢吗', expect: { faq: 'drafts' }, style: 'colloquial' },
  { question: '审核结果出来会有微信消息提醒吗', expect: { faq: 'notifications' }, style: 'plain' },
  { question: '申请状态里的“打造中”是什么意思', expect: { faq: 'status-flow' }, style: 'plain' },
  { question: '申请被退回修改了咋整', expect: { faq: 'returned' }, style: 'colloquial' },
  { question: '不想报了，提交后还能撤回吗', expect: { faq: 'withdraw' }, style: 'plain' },
  { question: '提交后发现主导产业把“集成电路”打成“集成电流”了，还能改吗', expect: { faq: 'edit-after-submit' }, style: 'plain' },
  { question: '被拒了还能再报吗', expect: { faq: 'declined' }, style: 'colloquial' },
  { question: '名片目录怎么按主题和年份筛选', expect: { faq: 'browse-cards' }, style: 'plain' },
  { question: '你们这里的名片数据是真的吗，还是AI编的？', expect: { faq: 'sample-data' }, style: 'colloquial' },
  { question: '怎么把名片转发到微信群', expect: { faq: 'share' }, style: 'plain' },
  { question: 'Is there an English version of this mini program?', expect: { faq: 'english-version' }, style: 'english' },
  { question: '我是普通游客，不登录能看名片和纪录片吗', expect: { faq: 'who-can-use' }, style: 'plain' },

  // ───────────── catalogue: tech industries ─────────────
  { question: '做芯片的城市有哪些名片？集成电路、半导体这些', expect: { cards: CHIPS }, style: 'industry' },
  { question: '心片产业有哪些名片', expect: { cards: CHIPS }, style: 'typo' },
  { question: 'Which industry cards are about chips or semiconductors?', expect: { cards: CHIPS }, style: 'english' },
  { question: '集成电路产业的名片有哪几张', expect: { cards: ['hefei-chips-screens-cars', 'wuxi-iot-city'] }, style: 'industry' },
  { question: '有没有人工智能方向的产业名片', expect: { cards: ['hangzhou-digital-city', 'hefei-chips-screens-cars'] }, style: 'industry' },
  { question: '人工智慧產業有產業名片嗎', expect: { cards: ['hangzhou-digital-city', 'hefei-chips-screens-cars'] }, style: 'traditional' },
  { question: '机器人产业有名片吗', expect: { cards: ['shenyang-equipment-base'] }, style: 'industry' },
  { question: '大数据、数据中心相关的名片有哪些', expect: { cards: ['guiyang-china-data-valley'] }, style: 'industry' },
  { question: '新能源汽车产业的名片都列一下', expect: { cards: NEV }, style: 'industry' },
  { question: '新能源气车的名片有哪些', expect: { cards: NEV }, style: 'typo' },
  { question: 'Show me the industry cards for new-energy vehicles', expect: { cards: NEV }, style: 'english' },
  { question: '动力电池的名片是哪个城市的', expect: { cards: ['yibin-baijiu-and-batteries'] }, style: 'industry' },
  { question: '物联网之城是哪张名片', expect: { cards: ['wuxi-iot-city'] }, style: 'industry' },
  { question: 'wulianwang chanye you mingpian ma', expect: { cards: ['wuxi-iot-city'] }, style: 'pinyin' },
  { question: '光纤光通信这块有产业名片吗', expect: { cards: ['wuhan-optics-valley'] }, style: 'industry' },
  { question: '做手机、智能终端的名片有没有', expect: { cards: ['dongguan-manufacturing-aesthetics'] }, style: 'industry' },
  { question: '氢能、新型储能方向的名片有哪些', expect: { cards: ['baoding-electric-valley'] }, style: 'industry' },
  { question: '风电相关的产业名片', expect: { cards: ['baoding-electric-valley', 'yangjiang-knife-capital'] }, style: 'industry' },
  { question: '中国声谷（智能语音）属于哪张名片', expect: { cards: ['hefei-chips-screens-cars'] }, style: 'industry' },
  { question: '广深佛惠莞中智能网联新能源汽车集群里的城市有哪些名片', expect: { cards: GBA_NEV_CLUSTER }, style: 'industry' },

  // ───────────── catalogue: tech regions ─────────────
  { question: '合肥有哪些产业名片？', expect: { cards: ['hefei-chips-screens-cars'] }, style: 'region' },
  { question: 'hefei you chanye mingpian ma', expect: { cards: ['hefei-chips-screens-cars'] }, style: 'pinyin' },
  { question: '“芯屏汽合”是哪个城市的名片', expect: { cards: ['hefei-chips-screens-cars'] }, style: 'region' },
  { question: '杭州的产业名片有哪些', expect: { cards: ['hangzhou-digital-city', 'qiantang-china-medicine-port'] }, style: 'region' },
  { question: '钱塘区那个AI+生物医药的名片', expect: { cards: ['qiantang-china-medicine-port'] }, style: 'region' },
  { question: '广州的产业名片都有哪些', expect: { cards: ['guangzhou-smart-manufacturing', 'huangpu-bay-area-innovation'] }, style: 'region' },
  { question: '东莞的名片是啥', expect: { cards: ['dongguan-manufacturing-aesthetics'] }, style: 'region' },
  { question: '苏州有啥名片', expect: { cards: ['suzhou-gusu-innovation', 'kunshan-county-manufacturing'] }, style: 'colloquial' },
  { question: '昆山有名片吗，做笔记本电脑的那个', expect: { cards: ['kunshan-county-manufacturing'] }, style: 'region' },
  { question: '江苏的产业名片有哪些', expect: { cards: ['suzhou-gusu-innovation', 'wuxi-iot-city', 'kunshan-county-manufacturing'] }, style: 'region' },
  { question: '西安硬科技那张名片给我看看', expect: { cards: ['xian-hard-tech-city'] }, style: 'region' },
  { question: '武汉光谷有名片吗', expect: { cards: ['wuhan-optics-valley'] }, style: 'region' },
  { question: '贵州有哪些产业名片', expect: { cards: ['guiyang-china-data-valley', 'zunyi-sauce-aroma-baijiu'] }, style: 'region' },
  { question: '宜宾的名片是什么', expect: { cards: ['yibin-baijiu-and-batteries'] }, style: 'region' },
  { question: '沈阳有没有机器人相关的名片', expect: { cards: ['shenyang-equipment-base'] }, style: 'region' },
  { question: '宁德有产业名片吗？', expect: { cards: ['zherong-knives-and-scissors'] }, style: 'region' },
  { question: '深圳有产业名片吗？深圳不是科技之都吗', expect: { cards: [] }, style: 'region' },
  { question: 'Does Shenzhen have an industry card?', expect: { cards: [] }, style: 'english' },
  { question: '北京中关村有名片吗', expect: { cards: [] }, style: 'region' },
  { question: '上海张江有没有产业名片', expect: { cards: [] }, style: 'region' },
  { question: '常州号称新能源之都，有产业名片吗', expect: { cards: [] }, style: 'region' },

  // ───────────── catalogue: themes and tiers ─────────────
  { question: '目录里标了“科创热点”主题的名片有哪些', expect: { cards: TECH_HOTSPOT_CARDS }, style: 'plain' },
  { question: '科创热点主题里的主名片有哪些', expect: { cards: TECH_HOTSPOT_MAIN }, style: 'plain' },
  { question: '科创热点的特色名片是哪几张', expect: { cards: ['qiantang-china-medicine-port', 'wuxi-iot-city', 'guiyang-china-data-valley'] }, style: 'plain' },
  { question: '广东的科创热点名片有哪些', expect: { cards: ['dongguan-manufacturing-aesthetics', 'guangzhou-smart-manufacturing'] }, style: 'region' },

  // ───────────── counts ─────────────
  { question: '目录里科创热点主题的名片一共几张', expect: { count: 10 }, style: 'count' },
  { question: 'How many tech-hotspot cards are in the catalogue?', expect: { count: 10 }, style: 'english' },
  { question: '科创热点里主名片有几张', expect: { count: 7 }, style: 'count' },
  { question: '科创热点的特色名片目录里有多少张', expect: { count: 3 }, style: 'count' },
  { question: '广东在目录里有几张名片', expect: { count: 6 }, style: 'count' },
  { question: '浙江有几张产业名片', expect: { count: 5 }, style: 'count' },
  { question: '江苏目录里几张名片', expect: { count: 3 }, style: 'count' },
  { question: '安徽有几张名片', expect: { count: 1 }, style: 'count' },
  { question: '杭州有几张产业名片', expect: { count: 2 }, style: 'count' },
  { question: '北京有几张产业名片', expect: { count: 0 }, style: 'count' },
  { question: '深圳目录里有多少张名片', expect: { count: 0 }, style: 'count' },
  { question: '目录里2025年批次的名片有多少张', expect: { count: 28 }, style: 'count' },
  { question: '2024年批次的名片目录里有几张', expect: { count: 22 }, style: 'count' },
  { question: '2025年批次的主名片有几张', expect: { count: 8 }, style: 'count' },
  { question: '你们小程序现在总共收录了多少张名片', expect: { count: 50 }, style: 'count' },
  { question: '目录里主名片多少张', expect: { count: 15 }, style: 'count' },
  { question: '目录里特色名片有几张', expect: { count: 35 }, style: 'count' },
  { question: '升级更新主题的名片有几张', expect: { count: 14 }, style: 'count' },
  { question: '创新消费主题目录里多少张', expect: { count: 12 }, style: 'count' },

  // ───────────── own application status ─────────────
  { question: '我提交的申请现在到哪一步了？', expect: { status: true }, style: 'status' },
  { question: '我们高新区报的那个集成电路名片申请，审核到哪了', expect: { status: true }, style: 'status' },
  { question: '帮我查下我的申请状态，是不是还在协商中', expect: { status: true }, style: 'status' },
  { question: '我上个月交的新能源汽车名片申请签约了没', expect: { status: true }, style: 'status' },
  { question: '看看我名下的申请有没有被退回', expect: { status: true }, style: 'status' },
  { question: '我的登记表中心收到了吗，现在是什么状态', expect: { status: true }, style: 'status' },
  { question: 'What is the status of my application?', expect: { status: true }, style: 'english' },
  { question: 'wo de shenqing dao na yi bu le', expect: { status: true }, style: 'pinyin' },
  { question: '我的申清进度怎样了', expect: { status: true }, style: 'typo' },
  { question: '我們的申請現在是什麼狀態？', expect: { status: true }, style: 'traditional' },

  // ───────────── hand-over ─────────────
  { question: '转人工', expect: { handoff: true }, style: 'handoff' },
  { question: '别让AI回答了，我要找真人', expect: { handoff: true }, style: 'handoff' },
  { question: '你是机器人吧？给我接中心的工作人员', expect: { handoff: true }, style: 'handoff' },
  { question: '我不跟人工智能聊，给我找个人工客服', expect: { handoff: true }, style: 'handoff' },
  { question: 'Can I talk to a real person please, not a chatbot?', expect: { handoff: true }, style: 'handoff' },
  { question: 'zhuan rengong', expect: { handoff: true }, style: 'handoff' },
  { question: '我是市经信局的，想请中心工作人员直接跟我聊聊芯片产业名片的事', expect: { handoff: true }, style: 'handoff' },
  { question: '麻烦帮我转接一下工作人员', expect: { handoff: true }, style: 'handoff' },
  { question: '人工人工人工！', expect: { handoff: true }, style: 'handoff' },
  { question: '這個AI答不上來，請幫我轉人工', expect: { handoff: true }, style: 'handoff' },
  { question: '能不能让中心老师直接跟我说，机器人讲不清楚', expect: { handoff: true }, style: 'handoff' },
  { question: '我要投诉，请你们负责人来跟我对接', expect: { handoff: true }, style: 'handoff' },

  // ───────────── programme questions no FAQ or catalogue answers ─────────────
  { question: '合肥“芯屏汽合”名片的logo是哪家设计公司做的？', expect: { unsure: true }, style: 'region' },
  { question: '3分钟微纪录片是用AI生成的吗？', expect: { unsure: true }, style: 'plain' },
  { question: '登记表能不能用AI自动帮我填好？', expect: { unsure: true }, style: 'plain' },
  { question: '这个小程序支持鸿蒙系统吗', expect: { unsure: true }, style: 'plain' },
  { question: '产业名片有没有开放API，能接到我们园区官网上吗', expect: { unsure: true }, style: 'plain' },
  { question: '打造一张产业名片一般要花几个月', expect: { unsure: true }, style: 'colloquial' },
  { question: '西安那张名片里的关键数据是哪一年的统计口径', expect: { unsure: true }, style: 'region' },
  { question: 'Does the mini program run on HarmonyOS?', expect: { unsure: true }, style: 'english' },

  // ───────────── off-topic: phones and consumer electronics ─────────────
  { question: '东莞名片里有华为、vivo、OPPO，那我换手机买哪个牌子好？', expect: { unsure: true }, style: 'off-topic' },
  { question: '华为Mate最新款现在多少钱', expect: { unsure: true }, style: 'off-topic' },
  { question: 'vivo和OPPO哪个拍照更好', expect: { unsure: true }, style: 'off-topic' },
  { question: '手机电池鼓包了还能继续用吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '蘋果手機和華為手機哪個比較好？', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Which phone should I buy, Huawei or Xiaomi?', expect: { unsure: true }, style: 'off-topic' },
  { question: '昆山产的笔记本电脑哪个牌子性价比高', expect: { unsure: true }, style: 'off-topic' },
  { question: '长鑫存储的内存条哪里买，好用吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '科大讯飞的翻译机值得买吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '海康威视摄像头怎么连手机看回放', expect: { unsure: true }, style: 'off-topic' },
  { question: '儿童手表买5G的好还是4G的好', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: AI models and chatbots ─────────────
  { question: 'ChatGPT是怎么工作的，原理能讲讲吗', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How does ChatGPT actually work?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'chatgpt zenme zhuce', expect: { unsure: true }, style: 'off-topic' },
  { question: 'DeepSeek和通义千问哪个写代码更强', expect: { unsure: true }, style: 'off-topic' },
  { question: '文心一言和Kimi哪个写论文好用', expect: { unsure: true }, style: 'off-topic' },
  { question: '帮我用Python写个爬虫，把网上的城市产业数据都抓下来', expect: { unsure: true }, style: 'off-topic' },
  { question: '训练一个大模型大概需要多少张GPU', expect: { unsure: true }, style: 'off-topic' },
  { question: 'What GPU do I need to run a local LLM at home?', expect: { unsure: true }, style: 'off-topic' },
  { question: '我电脑显卡太差跑不动本地大模型怎么办', expect: { unsure: true }, style: 'off-topic' },
  { question: '怎么用AI生成一张好看的海报', expect: { unsure: true }, style: 'off-topic' },
  { question: '用Midjourney画图要收费吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '能帮我把ChatGPT接到我们公司的微信群里吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '学人工智能专业以后好找工作吗', expect: { unsure: true }, style: 'off-topic' },
  { question: 'AI会不会让我失业', expect: { unsure: true }, style: 'off-topic' },
  { question: '人工智能大模型上线前的备案去哪里办', expect: { unsure: true }, style: 'off-topic' },
  { question: '帮我写一份新能源汽车行业研究报告，五千字', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: chips ─────────────
  { question: '7纳米和5纳米芯片到底有什么区别', expect: { unsure: true }, style: 'off-topic' },
  { question: '光刻机是怎么工作的', expect: { unsure: true }, style: 'off-topic' },
  { question: '国产芯片什么时候能追上台积电', expect: { unsure: true }, style: 'off-topic' },
  { question: '英伟达H100在国内还能买到吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '无锡SK海力士招不招应届生，工资多少', expect: { unsure: true }, style: 'off-topic' },
  { question: '集成电路大基金怎么申请投资', expect: { unsure: true }, style: 'off-topic' },
  { question: '芯片短缺会不会让汽车涨价', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: robots ─────────────
  { question: '家里扫地机器人老是卡在桌子底下怎么办', expect: { unsure: true }, style: 'off-topic' },
  { question: '广汽那个人形机器人GoMate多少钱，个人能买吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '新松的工业机器人一台大概多少钱', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Will robots replace factory workers in China?', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: data centres, computing, 5G ─────────────
  { question: '贵阳的数据中心租一个机柜一年多少钱', expect: { unsure: true }, style: 'off-topic' },
  { question: '东数西算工程是什么意思', expect: { unsure: true }, style: 'off-topic' },
  { question: '数据中心的PUE怎么计算', expect: { unsure: true }, style: 'off-topic' },
  { question: '算力券怎么申领', expect: { unsure: true }, style: 'off-topic' },
  { question: '中国国际大数据产业博览会今年几号开，门票怎么买', expect: { unsure: true }, style: 'off-topic' },
  { question: '5G套餐哪个运营商最便宜', expect: { unsure: true }, style: 'off-topic' },
  { question: '5G基站的辐射对人体有害吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '手机怎么关掉5G省电', expect: { unsure: true }, style: 'off-topic' },
  { question: '5G和WiFi 6哪个网速快', expect: { unsure: true }, style: 'off-topic' },
  { question: '5G+工业互联网示范项目怎么申报', expect: { unsure: true }, style: 'off-topic' },
  { question: '量子计算机什么时候能普及', expect: { unsure: true }, style: 'off-topic' },
  { question: '元宇宙是不是骗局', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信小程序用什么框架开发比较好', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: new-energy vehicles and charging ─────────────
  { question: '比亚迪和特斯拉哪个更值得买', expect: { unsure: true }, style: 'off-topic' },
  { question: '小米SU7现在下单要等多久提车', expect: { unsure: true }, style: 'off-topic' },
  { question: '合肥的蔚来换电一次多少钱', expect: { unsure: true }, style: 'off-topic' },
  { question: '新能源车冬天续航要打几折', expect: { unsure: true }, style: 'off-topic' },
  { question: '小区里怎么申请安装充电桩', expect: { unsure: true }, style: 'off-topic' },
  { question: 'chongdianzhuang zenme anzhuang', expect: { unsure: true }, style: 'off-topic' },
  { question: '國慶高速服務區充電要排多久隊？', expect: { unsure: true }, style: 'off-topic' },
  { question: '电动车在公共充电桩充一度电多少钱', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Where can I charge my EV in Hangzhou?', expect: { unsure: true }, style: 'off-topic' },
  { question: '新能源车2026年购置税还免吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '新能源车上牌要摇号吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '特斯拉FSD在中国能用吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '自动驾驶出了事故谁负责', expect: { unsure: true }, style: 'off-topic' },
  { question: '氢能源汽车的加氢站哪里有', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: batteries and solar ─────────────
  { question: '宁德时代的股票现在还能买吗', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Is BYD stock a good buy right now?', expect: { unsure: true }, style: 'off-topic' },
  { question: '宜宾那个动力电池工厂招工吗，工资多少', expect: { unsure: true }, style: 'off-topic' },
  { question: '磷酸铁锂和三元锂电池哪个更安全', expect: { unsure: true }, style: 'off-topic' },
  { question: '充电宝能带上飞机吗，多少毫安以内', expect: { unsure: true }, style: 'off-topic' },
  { question: '电动自行车电池多久换一次', expect: { unsure: true }, style: 'off-topic' },
  { question: '家里屋顶装光伏板再配储能电池划算吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '保定是中国电谷，那家用光伏板哪个牌子好', expect: { unsure: true }, style: 'off-topic' },
  { question: '隆基的光伏板能装在阳台上吗', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: other programmes and trips that borrow the words ─────────────
  { question: '专精特新“小巨人”企业怎么申报', expect: { unsure: true }, style: 'off-topic' },
  { question: '高新技术企业认定需要什么条件', expect: { unsure: true }, style: 'off-topic' },
  { question: '工信部智能制造示范工厂今年怎么报', expect: { unsure: true }, style: 'off-topic' },
  { question: '杭州云栖大会的门票怎么买', expect: { unsure: true }, style: 'off-topic' },
  { question: '合肥的大科学装置能参观吗，要不要预约', expect: { unsure: true }, style: 'off-topic' },
  { question: '武汉光谷附近有什么好吃的', expect: { unsure: true }, style: 'off-topic' },
];
