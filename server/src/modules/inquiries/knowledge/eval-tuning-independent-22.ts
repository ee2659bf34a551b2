// Independent tuning set 22: written 2026-12-03 by a writer who never saw the bot or its other evaluation sets, from the FAQ, the sample catalogue and PRODUCT.md only.
import type { EvalCase } from './types';

export const independentTuningSet22: EvalCase[] = [
  // ───────────────────────────── plain FAQ questions ─────────────────────────────
  { question: '产业名片打造计划是哪个单位在组织实施？', expect: { faq: 'who-runs' }, style: 'plain' },
  { question: '我们是县级市，可以单独申请参与产业名片打造计划吗？', expect: { faq: 'county-eligible' }, style: 'plain' },
  { question: '高新技术开发区能不能作为申请主体？', expect: { faq: 'zone-eligible' }, style: 'plain' },
  { question: '登记表需要填写哪几项内容？', expect: { faq: 'form-fields' }, style: 'plain' },
  { question: '登记表里主导产业最多能填几个？', expect: { faq: 'form-leading-industries' }, style: 'plain' },
  { question: '申请区域简介最多可以写多少字？', expect: { faq: 'form-intro' }, style: 'plain' },
  { question: '提交申请以后还可以撤回吗？', expect: { faq: 'withdraw' }, style: 'plain' },
  { question: '主名片和特色名片有什么区别？', expect: { faq: 'tier-difference' }, style: 'plain' },
  { question: '申报的时候能自己选择报主名片还是特色名片吗？', expect: { faq: 'tier-choose' }, style: 'plain' },
  { question: '2025年中国产业名片创新发展大会是在哪里举办的？', expect: { faq: 'conference-2025' }, style: 'plain' },
  { question: '2022年首批签约的试点区域有哪些？', expect: { faq: 'pilot-regions-2022' }, style: 'plain' },
  { question: '产业名片微纪录片每部有多长？', expect: { faq: 'films-length' }, style: 'plain' },
  { question: '申请被退回修改了，应该怎么处理？', expect: { faq: 'returned' }, style: 'plain' },
  { question: '参与产业名片打造计划需要交费吗？', expect: { faq: 'fees' }, style: 'plain' },
  { question: '企业可以直接申报产业名片吗？', expect: { faq: 'enterprise-apply' }, style: 'plain' },
  { question: '产业名片入选以后会不会被取消？有没有动态管理？', expect: { faq: 'value-assessment' }, style: 'plain' },
  { question: '申请参与计划需要经过省工信厅推荐吗？', expect: { faq: 'provincial-recommendation' }, style: 'plain' },
  { question: '计划到2025年准备打造多少个主名片和特色名片？', expect: { faq: 'target-2025' }, style: 'plain' },

  // ───────────────────────────── colloquial ─────────────────────────────
  { question: '这个产业名片计划到底是搞啥的？', expect: { faq: 'what-is-programme' }, style: 'colloquial' },
  { question: '表填了一半有事出去了，回来还在不在啊', expect: { faq: 'drafts' }, style: 'colloquial' },
  { question: '电话那栏能填座机不？我们办公室只有固话', expect: { faq: 'form-phone' }, style: 'colloquial' },
  { question: '交上去以后大概多久能有个结果啊', expect: { faq: 'review-time' }, style: 'colloquial' },
  { question: '园区管委会能当牵头单位不', expect: { faq: 'form-lead-unit' }, style: 'colloquial' },
  { question: '截止日期过了，晚交两天还能收吗', expect: { faq: 'late-submission' }, style: 'colloquial' },
  { question: '名片一般啥时候公布啊，每年都有吗', expect: { faq: 'release-timing' }, style: 'colloquial' },
  { question: '我们没通过，咋整，还能再报不？', expect: { faq: 'declined' }, style: 'colloquial' },
  { question: '省里能不能直接当申请主体报一个', expect: { faq: 'province-eligible' }, style: 'colloquial' },
  { question: '那个三分钟的片子在哪看啊', expect: { faq: 'films-where' }, style: 'colloquial' },
  { question: '交完了才发现填错了，还能改不', expect: { faq: 'edit-after-submit' }, style: 'colloquial' },
  { question: '一个市能同时报两份登记表吗', expect: { faq: 'one-application-per-region' }, style: 'colloquial' },

  // ───────────────────────────── typos ─────────────────────────────
  { question: '登记表能上传附建吗？附建有大小限制吗', expect: { faq: 'form-attachments' }, style: 'typo' },
  { question: '特色明片是什么意思', expect: { faq: 'tier-featured' }, style: 'typo' },
  { question: '怎么连系工业文化发展中心', expect: { faq: 'contact-centre' }, style: 'typo' },
  { question: '申请状太都有哪些，协商中是啥意思', expect: { faq: 'status-flow' }, style: 'typo' },
  { question: '联细人及职务怎么填，职务必须填吗', expect: { faq: 'form-contact' }, style: 'typo' },
  { question: '首批征集的戒止时间是哪天', expect: { faq: 'deadline-first-call' }, style: 'typo' },
  { question: '产业名片会做数字藏品吗，天工数仓是啥', expect: { faq: 'digital-collectibles' }, style: 'typo' },
  { question: '有影响力的产业名片按什么指表评价的', expect: { faq: 'evaluation-system' }, style: 'typo' },
  { question: '这个小程序怎么登陆，要注侧吗', expect: { faq: 'sign-in' }, style: 'typo' },
  { question: '中心能给参于区域提供哪些服务', expect: { faq: 'centre-tasks' }, style: 'typo' },

  // ───────────────────────────── traditional characters ─────────────────────────────
  { question: '產業名片打造計劃的政策依據是什麼？', expect: { faq: 'policy-basis' }, style: 'traditional' },
  { question: '區縣可以單獨申請嗎？', expect: { faq: 'county-eligible' }, style: 'traditional' },
  { question: '什麼是特色名片？', expect: { faq: 'tier-featured' }, style: 'traditional' },
  { question: '申請需要準備哪些材料？', expect: { faq: 'materials' }, style: 'traditional' },
  { question: '登記表填好後要發到哪裡？', expect: { faq: 'submit-where' }, style: 'traditional' },
  { question: '「3分鐘愛上中國產業名片」是什麼？', expect: { faq: 'films-what' }, style: 'traditional' },
  { question: '中國產業地理盛典是什麼活動？', expect: { faq: 'geography-gala' }, style: 'traditional' },
  { question: '應用裡的名片是官方名單嗎？', expect: { faq: 'sample-data' }, style: 'traditional' },

  // ───────────────────────────── pinyin ─────────────────────────────
  { question: 'chanye mingpian shi shenme yisi', expect: { faq: 'what-is-industry-card' }, style: 'pinyin' },
  { question: 'zai xiaochengxu li zenme tijiao shenqing', expect: { faq: 'apply-in-app' }, style: 'pinyin' },
  { question: 'zhu mingpian shi shenme', expect: { faq: 'tier-main' }, style: 'pinyin' },
  { question: 'dengjibiao yao tian naxie neirong', expect: { faq: 'form-fields' }, style: 'pinyin' },
  { question: 'you yingwen ban ma', expect: { faq: 'english-version' }, style: 'pinyin' },
  { question: 'shenqing bei tuihui xiugai le zenme ban', expect: { faq: 'returned' }, style: 'pinyin' },

  // ───────────────────────────── English ─────────────────────────────
  { question: 'Can a development zone apply for an industry card?', expect: { faq: 'zone-eligible' }, style: 'english' },
  { question: 'Who organises the industry card programme?', expect: { faq: 'who-runs' }, style: 'english' },
  { question: 'When did the first call for applications close?', expect: { faq: 'deadline-first-call' }, style: 'english' },
  { question: "What's the difference between a main card and a featured card?", expect: { faq: 'tier-difference' }, style: 'english' },
  { question: 'Where can I watch the three-minute documentaries?', expect: { faq: 'films-where' }, style: 'english' },
  { question: 'Is there any funding or subsidy for regions that join the programme?', expect: { faq: 'funding' }, style: 'english' },
  { question: 'How many leading industries can we list on the registration form?', expect: { faq: 'form-leading-industries' }, style: 'english' },
  { question: 'Can I withdraw our application after submitting it?', expect: { faq: 'withdraw' }, style: 'english' },
  { question: 'What are the three 2025 themes of industry cards?', expect: { faq: 'themes-2025' }, style: 'english' },
  { question: 'How do I share a card with a friend on WeChat?', expect: { faq: 'share' }, style: 'english' },

  // ───────────────────────────── region (catalogue) ─────────────────────────────
  { question: '保定有什么产业名片？', expect: { cards: ['baoding-electric-valley'] }, style: 'region' },
  { question: '景德镇的产业名片', expect: { cards: ['jingdezhen-millennium-porcelain'] }, style: 'region' },
  {
    question: '福建省有哪些产业名片？',
    expect: {
      cards: ['dehua-porcelain-capital', 'zherong-knives-and-scissors', 'quanzhou-maritime-silk-manufacturing', 'jinjiang-sportswear'],
    },
    style: 'region',
  },
  { question: '杭州钱塘区有没有产业名片？', expect: { cards: ['qiantang-china-medicine-port'] }, style: 'region' },
  { question: '内蒙古有哪些产业名片', expect: { cards: ['baotou-rare-earth-capital', 'ordos-zero-carbon-energy'] }, style: 'region' },
  {
    question: '湖南省的产业名片都有哪些？',
    expect: { cards: ['chenzhou-nonferrous-metals', 'zhuzhou-rail-transit-equipment', 'changsha-construction-machinery'] },
    style: 'region',
  },
  { question: '西安的产业名片是什么？', expect: { cards: ['xian-hard-tech-city'] }, style: 'region' },
  { question: 'Show me the industry card of Qingdao.', expect: { cards: ['qingdao-city-of-brands'] }, style: 'region' },
  { question: '拉萨有产业名片吗？', expect: { cards: [] }, style: 'region' },
  { question: '上海有没有产业名片？', expect: { cards: [] }, style: 'region' },
  {
    question: '山东有哪些地方有产业名片',
    expect: {
      cards: ['binzhou-high-end-aluminium', 'linyi-trade-logistics', 'weifang-power-and-kites', 'qingdao-city-of-brands'],
    },
    style: 'region',
  },
  { question: '江西省的名片有哪些？', expect: { cards: ['jingdezhen-millennium-porcelain', 'ganzhou-tungsten-rare-earth'] }, style: 'region' },
  { question: '广州黄埔区的名片', expect: { cards: ['huangpu-bay-area-innovation'] }, style: 'region' },
  { question: '宁德柘荣县有产业名片吗', expect: { cards: ['zherong-knives-and-scissors'] }, style: 'region' },
  { question: '哈尔滨的产业名片叫什么', expect: { cards: ['harbin-power-equipment'] }, style: 'region' },
  { question: '重庆有产业名片吗？', expect: { cards: ['chongqing-mountain-city-motors'] }, style: 'region' },
  { question: '四川有哪些产业名片？', expect: { cards: ['chengdu-tianfu-smart-making', 'yibin-baijiu-and-batteries'] }, style: 'region' },

  // ───────────────────────────── industry (catalogue) ─────────────────────────────
  {
    question: '有哪些做陶瓷的产业名片？',
    expect: {
      cards: ['dehua-porcelain-capital', 'jingdezhen-millennium-porcelain', 'foshan-ceramics-and-appliances', 'tangshan-cradle-of-modern-industry'],
    },
    style: 'industry',
  },
  { question: '稀土相关的产业名片有哪些', expect: { cards: ['baotou-rare-earth-capital', 'ganzhou-tungsten-rare-earth'] }, style: 'industry' },
  { question: '白酒产业的名片有哪几张？', expect: { cards: ['zunyi-sauce-aroma-baijiu', 'yibin-baijiu-and-batteries'] }, style: 'industry' },
  { question: '刀剪产业有哪些名片', expect: { cards: ['zherong-knives-and-scissors', 'yangjiang-knife-capital'] }, style: 'industry' },
  { question: '集成电路方向的产业名片有哪些？', expect: { cards: ['wuxi-iot-city', 'hefei-chips-screens-cars'] }, style: 'industry' },
  {
    question: '工程机械的产业名片',
    expect: { cards: ['changsha-construction-machinery', 'linyi-trade-logistics', 'liuzhou-industrial-landscape'] },
    style: 'industry',
  },
  {
    question: '轨道交通装备有哪些城市的名片？',
    expect: { cards: ['zhuzhou-rail-transit-equipment', 'qingdao-city-of-brands'] },
    style: 'industry',
  },
  { question: '葡萄酒产业有名片吗', expect: { cards: ['yinchuan-helan-mountain-wine'] }, style: 'industry' },
  {
    question: '石油化工方向的产业名片有哪些？',
    expect: {
      cards: ['quanzhou-maritime-silk-manufacturing', 'lanzhou-yellow-river-petrochemicals', 'urumqi-silk-road-hub'],
    },
    style: 'industry',
  },
  {
    question: '钢铁产业的名片都有哪些',
    expect: { cards: ['baotou-rare-earth-capital', 'liuzhou-industrial-landscape', 'tangshan-cradle-of-modern-industry'] },
    style: 'industry',
  },
  { question: '螺蛳粉有产业名片吗？', expect: { cards: ['liuzhou-industrial-landscape'] }, style: 'industry' },
  {
    question: 'Which industry cards are about rare earths?',
    expect: { cards: ['baotou-rare-earth-capital', 'ganzhou-tungsten-rare-earth'] },
    style: 'industry',
  },

  // ───────────────────────────── counts (catalogue) ─────────────────────────────
  { question: '名片目录里一共有多少张产业名片？', expect: { count: 50 }, style: 'count' },
  { question: '目录里主名片有几张？', expect: { count: 15 }, style: 'count' },
  { question: '特色名片一共有多少张？', expect: { count: 35 }, style: 'count' },
  { question: '2024年批次的名片有多少张？', expect: { count: 22 }, style: 'count' },
  { question: '2025年的产业名片有几张？', expect: { count: 28 }, style: 'count' },
  { question: '科创热点城市产业名片有几张？', expect: { count: 10 }, style: 'count' },
  { question: '创新消费主题的名片有多少张', expect: { count: 12 }, style: 'count' },
  { question: '升级更新城市产业名片目录里有几张？', expect: { count: 14 }, style: 'count' },
  { question: '广东省一共有几张产业名片？', expect: { count: 6 }, style: 'count' },
  { question: '浙江有多少张产业名片？', expect: { count: 5 }, style: 'count' },
  { question: '2025年的主名片有几张？', expect: { count: 8 }, style: 'count' },
  { question: 'How many industry cards are there from Shandong province?', expect: { count: 4 }, style: 'count' },

  // ───────────────────────────── my application's status ─────────────────────────────
  { question: '我提交的申请现在到哪一步了？', expect: { status: true }, style: 'status' },
  { question: '帮我查一下我们的登记表办理进度', expect: { status: true }, style: 'status' },
  { question: '我的申请状态是什么', expect: { status: true }, style: 'status' },
  { question: '我们县的申请签约了没有？', expect: { status: true }, style: 'status' },
  { question: "What's the status of my application?", expect: { status: true }, style: 'status' },
  { question: '我报的名片申请有没有被退回？', expect: { status: true }, style: 'status' },

  // ───────────────────────────── handoff ─────────────────────────────
  { question: '转人工', expect: { handoff: true }, style: 'handoff' },
  { question: '我要找工作人员聊一下', expect: { handoff: true }, style: 'handoff' },
  { question: '能不能让真人来回答我', expect: { handoff: true }, style: 'handoff' },
  { question: 'zhuan rengong', expect: { handoff: true }, style: 'handoff' },
  { question: "I'd like to talk to a human, please.", expect: { handoff: true }, style: 'handoff' },
  { question: '别让机器人回了，麻烦找个中心的老师跟我说', expect: { handoff: true }, style: 'handoff' },

  // ───────────────────────────── off-topic: a county / zone cadre, several days of WeChat ─────────────────────────────
  // The programme and the centre
  { question: '计划是工业文化发展中心组织实施的，那中心现在的主任是谁？我们局长想约个时间去拜访。', expect: { unsure: true }, style: 'off-topic' },
  { question: '工业和信息化部工业文化发展中心是正局级还是副局级事业单位？', expect: { unsure: true }, style: 'off-topic' },
  { question: '工业文化发展中心在北京的办公地址是哪个区哪条街？我们下周去北京出差，想顺路当面汇报。', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Who is the current director of the MIIT Industrial Culture Development Center?', expect: { unsure: true }, style: 'off-topic' },
  { question: '《推进工业文化发展实施方案（2021-2025年）》已经到期了，2026年以后有没有新的接续方案？', expect: { unsure: true }, style: 'off-topic' },
  { question: '印发《推进工业文化发展实施方案》的八个部门，除了工信部，另外七个具体是哪几个？', expect: { unsure: true }, style: 'off-topic' },
  { question: '工业文化发展中心的统一社会信用代码是多少？我们签协议前要做合同审查。', expect: { unsure: true }, style: 'off-topic' },

  // Eligibility, one step further
  { question: '我们县去年刚撤县设区，登记表里的申请区域是选原来的县名还是新的区名？', expect: { unsure: true }, style: 'off-topic' },
  { question: '我们经开区横跨两个县，申请区域应该挂在哪个县下面？', expect: { unsure: true }, style: 'off-topic' },
  { question: '我们是省级开发区，不是国家级的，和国家级经开区一起申请会不会被降低优先级？', expect: { unsure: true }, style: 'off-topic' },
  { question: '中心说优先选择“保障充分”的区域，这个“保障充分”具体是指地方要配套多少财政资金？', expect: { unsure: true }, style: 'off-topic' },
  { question: '我们县的主导产业是预制菜，这个算不算工业重点领域？以前有没有做食品加工被拒的？', expect: { unsure: true }, style: 'off-topic' },
  { question: '我们今年同时在冲国家级先进制造业集群，和产业名片一起报会不会冲突，只能二选一吗？', expect: { unsure: true }, style: 'off-topic' },
  {
    question:
      "Our industrial park is run by a state-owned development company, not a management committee. Can that company sign the cooperation agreement on the park's behalf?",
    expect: { unsure: true },
    style: 'off-topic',
  },
  { question: '开发区管委会没有独立法人资格，能不能作为一方签合作协议？', expect: { unsure: true }, style: 'off-topic' },

  // Applying, consultation, agreement
  { question: '和中心签的合作协议一般签几年？到期以后怎么续签？', expect: { unsure: true }, style: 'off-topic' },
  { question: '合作协议由县政府盖章还是县工信局盖章就行？要不要先上县政府常务会审议？', expect: { unsure: true }, style: 'off-topic' },
  { question: '签约仪式需要县长亲自出席吗，还是分管副县长去就可以？', expect: { unsure: true }, style: 'off-topic' },
  { question: '协商阶段中心会派人来实地调研吗？一般来几个人、待几天？', expect: { unsure: true }, style: 'off-topic' },
  { question: '协议约定的打造费用能不能分年度支付？第一年大概要付多少万？', expect: { unsure: true }, style: 'off-topic' },
  { question: '我们要请第三方做名片的视觉设计，预算80万左右，必须公开招标吗，能不能单一来源采购？', expect: { unsure: true }, style: 'off-topic' },
  { question: '打造产业名片的经费能不能从省级工业和信息化专项资金里列支？', expect: { unsure: true }, style: 'off-topic' },
  { question: '省工信厅每年给每个省推荐几个名额？我们市已经有两个区报了，县里还有机会吗？', expect: { unsure: true }, style: 'off-topic' },
  { question: '错过了2022年首批，第二批征集具体是哪天开始的？', expect: { unsure: true }, style: 'off-topic' },
  { question: '我们的申请编号后面那几位数字代表什么？是按提交顺序排的吗？', expect: { unsure: true }, style: 'off-topic' },
  { question: 'What are the exact opening and closing dates of the 2026 call for applications?', expect: { unsure: true }, style: 'off-topic' },
  { question: '今年县里财政紧张，能不能先签约、明年预算批下来再出资？', expect: { unsure: true }, style: 'off-topic' },
  { question: '签约以后如果县委书记换人了，合作协议还继续有效吗？', expect: { unsure: true }, style: 'off-topic' },
  { question: '有没有往年入选地区的登记表范文，能发一份参考吗？', expect: { unsure: true }, style: 'off-topic' },

  // The form, one step further
  { question: '牵头单位能不能写两个单位，比如“县工信局、县商务局联合牵头”？', expect: { unsure: true }, style: 'off-topic' },
  { question: '主导产业填“新能源汽车及零部件”，这算一个还是两个？', expect: { unsure: true }, style: 'off-topic' },
  { question: '简介300字里写产值数据的话，要用统计局口径还是部门口径？', expect: { unsure: true }, style: 'off-topic' },
  { question: '登记表联系人填的是我们科长，他下个月退休，换联系人需要单位出正式公函吗？', expect: { unsure: true }, style: 'off-topic' },
  { question: '附件里放县委县政府的支持文件，必须是盖红章的扫描件吗？', expect: { unsure: true }, style: 'off-topic' },
  { question: '我们是去年新设的功能区，还没有行政区划代码，在区域列表里选不到，该怎么填？', expect: { unsure: true }, style: 'off-topic' },
  { question: '登记表里的区域简介能用英文写吗？', expect: { unsure: true }, style: 'off-topic' },

  // Dates and events
  { question: '首批签约仪式是在2022中国工业文化大会上，那具体是几月几号签的？', expect: { unsure: true }, style: 'off-topic' },
  { question: '2022中国工业文化大会是在哪个城市开的？', expect: { unsure: true }, style: 'off-topic' },
  { question: '2026年的中国产业名片创新发展大会定在哪个城市、几月份开？', expect: { unsure: true }, style: 'off-topic' },
  { question: '中心春节放假是从哪天到哪天？假期里提交的申请谁来处理？', expect: { unsure: true }, style: 'off-topic' },
  { question: '参加中国产业名片创新发展大会要交会务费吗？每个地方能去几个人？', expect: { unsure: true }, style: 'off-topic' },
  { question: '《新时期区域（城市）产业名片理论与实践》定价多少？我们想给局里团购50本。', expect: { unsure: true }, style: 'off-topic' },
  { question: '2024年泉州大会上，洛阳是哪位领导上台领的名片？', expect: { unsure: true }, style: 'off-topic' },
  { question: '中国产业地理盛典(2025)在央视哪个频道播出，哪天播的？', expect: { unsure: true }, style: 'off-topic' },
  { question: '“跟着中国产业名片去创想”项目我们县怎么报名参加？有报名表吗？', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How much did Dongguan spend to host the 2025 industry card conference?', expect: { unsure: true }, style: 'off-topic' },

  // Tiers, one step further
  { question: '计划说到2025年打造30个主名片，2026年以后还会不会增加主名片名额？', expect: { unsure: true }, style: 'off-topic' },
  { question: '特色名片打造几年后能不能升级成主名片？需要满足什么条件？', expect: { unsure: true }, style: 'off-topic' },
  { question: '入选主名片会授实物牌匾吗？牌子是挂在县政府门口还是园区门口？', expect: { unsure: true }, style: 'off-topic' },

  // Centre services, fund, brand, one step further
  { question: '产业名片发展基金规模有多大？我们县能申请多少额度？', expect: { unsure: true }, style: 'off-topic' },
  { question: '天工数藏发行我们县的数字藏品，销售收入怎么跟地方分成？', expect: { unsure: true }, style: 'off-topic' },
  { question: '“天工”短视频平台的区域工业形象专项展播，我们县能排到哪个月？', expect: { unsure: true }, style: 'off-topic' },
  { question: '如果要建工业元宇宙体验馆，中心对面积和投资额有什么要求？', expect: { unsure: true }, style: 'off-topic' },
  { question: '产业名片打造生态方阵现在有哪些高校和企业成员？名单能发一下吗？', expect: { unsure: true }, style: 'off-topic' },
  { question: '名片标识授权给本地企业使用，要不要收授权费？收的钱开什么发票，要交增值税吗？', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Is income from licensing the industry card logo to local companies subject to VAT?', expect: { unsure: true }, style: 'off-topic' },
  { question: '名片管理机制里说的“第三方机构运营”，这个第三方具体是哪家公司？', expect: { unsure: true }, style: 'off-topic' },
  { question: '中心能不能帮我们对接央视财经频道做一期专题节目？费用怎么算？', expect: { unsure: true }, style: 'off-topic' },
  { question: '我们县老糖厂想改造成工业博物馆，能通过名片计划申请到国家文化公园的项目资金吗？', expect: { unsure: true }, style: 'off-topic' },
  { question: '签约后中心会不会派干部到县里挂职指导？', expect: { unsure: true }, style: 'off-topic' },
  { question: '签约后我们能不能在城市宣传片里用“中国XX之都”这个称号？需要中心书面授权吗？', expect: { unsure: true }, style: 'off-topic' },
  { question: '我们想在高铁站投放产业名片广告，广告费中心能出一部分吗？', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Can our county print the industry card logo on local government procurement tender documents?', expect: { unsure: true }, style: 'off-topic' },

  // Evaluation, one step further
  { question: '2024年“30+50”里那50个县，是按多少分的分数线划出来的？', expect: { unsure: true }, style: 'off-topic' },
  { question: '2025年“竞争力下的影响力”评估是委托哪家第三方机构做的？', expect: { unsure: true }, style: 'off-topic' },
  { question: '名片动态监测如果发现问题，会提前多久通知地方整改？', expect: { unsure: true }, style: 'off-topic' },
  { question: '评审专家都有谁？', expect: { unsure: true }, style: 'off-topic' },

  // Films, one step further
  { question: '给我们县拍一部3分钟微纪录片大概要多少钱？拍摄周期多长？', expect: { unsure: true }, style: 'off-topic' },
  { question: '微纪录片能不能由我们县自己请的本地传媒公司拍，拍好再交给中心上传？', expect: { unsure: true }, style: 'off-topic' },
  { question: '产业名片微纪录片的版权归谁？我们能在县融媒体的抖音号上发吗？', expect: { unsure: true }, style: 'off-topic' },
  { question: '片子里出镜的企业，要不要和它们签肖像权和商标使用授权？', expect: { unsure: true }, style: 'off-topic' },

  // Catalogue, one step further: figures the cards do not give, comparisons
  { question: '保定“中国电谷”和乌鲁木齐“丝路枢纽”都做风电装备，哪个的风电产业规模更大？', expect: { unsure: true }, style: 'off-topic' },
  { question: '景德镇和德化都叫瓷都，2022年两地陶瓷产值谁更高？', expect: { unsure: true }, style: 'off-topic' },
  { question: '东莞那4个千亿级产业集群分别是哪几个？', expect: { unsure: true }, style: 'off-topic' },
  { question: '德化陶瓷产业2024年的产值是多少？', expect: { unsure: true }, style: 'off-topic' },
  { question: '钱塘那132个进入临床试验的创新药，现在有几个已经获批上市了？', expect: { unsure: true }, style: 'off-topic' },
  { question: '柘荣县刀剪产业一年产值有多少？有多少家刀剪企业？', expect: { unsure: true }, style: 'off-topic' },
  { question: '阳江和柘荣都是刀剪名片，在28项指标里哪个得分更高？', expect: { unsure: true }, style: 'off-topic' },
  { question: '合肥“芯屏汽合”和西安“硬科技之都”比，哪张名片影响力排名更靠前？', expect: { unsure: true }, style: 'off-topic' },
  { question: "Is Suzhou's industry card ranked higher than Wuxi's in the influence evaluation?", expect: { unsure: true }, style: 'off-topic' },
  { question: '洛阳的农业装备名片前后打造花了多少钱？我们想参考一下预算。', expect: { unsure: true }, style: 'off-topic' },
  { question: '昆山在全国百强县里排第几？GDP是多少？', expect: { unsure: true }, style: 'off-topic' },
  { question: '宜宾的动力电池年产能有多少GWh？', expect: { unsure: true }, style: 'off-topic' },
  { question: '晋江有了自己的名片以后，泉州的“海丝智造”还能把晋江的鞋服产业算进去吗？', expect: { unsure: true }, style: 'off-topic' },
  { question: '鄂尔多斯零碳产业园的入驻企业能享受多少钱一度的绿电价格？', expect: { unsure: true }, style: 'off-topic' },

  // Other programmes (MIIT, MOFCOM, MCT, MARA)
  { question: '工信部的中小企业特色产业集群认定，今年申报截止是哪天？', expect: { unsure: true }, style: 'off-topic' },
  { question: '商务部的国家级经开区综合发展水平考核评价，入选产业名片能不能加分？', expect: { unsure: true }, style: 'off-topic' },
  { question: '文旅部的国家工业旅游示范基地怎么申报？我们县的老酒厂能报吗？', expect: { unsure: true }, style: 'off-topic' },
  { question: '农业农村部的农业产业强镇项目，中央财政每个镇补助多少钱？', expect: { unsure: true }, style: 'off-topic' },
  { question: '工信部国家工业遗产第六批认定什么时候开始申报？', expect: { unsure: true }, style: 'off-topic' },
  { question: '新型工业化产业示范基地的复核是几年一次？', expect: { unsure: true }, style: 'off-topic' },
  { question: '名片产业纳入国家先进制造业集群体系以后，中央财政给多少奖补资金？', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Does the Ministry of Commerce run a similar branding programme for national development zones?', expect: { unsure: true }, style: 'off-topic' },
  {
    question: "What subsidies does the Ministry of Agriculture and Rural Affairs give to farm-machinery clusters like Luoyang's?",
    expect: { unsure: true },
    style: 'off-topic',
  },
  { question: '文旅部的工业旅游和这个产业名片能一起申报吗？两边材料能共用吗？', expect: { unsure: true }, style: 'off-topic' },

  // Local policies, taxes, subsidies, hiring, procurement
  { question: '听说浙江对入选产业名片的地方一次性奖励200万，是真的吗？我们省有没有类似政策？', expect: { unsure: true }, style: 'off-topic' },
  { question: '县里想给名片龙头企业减免房产税和城镇土地使用税，要报哪个部门审批？', expect: { unsure: true }, style: 'off-topic' },
  { question: '工业文化发展中心今年招不招人？是事业编还是合同制？', expect: { unsure: true }, style: 'off-topic' },
  { question: '我们县想招一个懂产业名片的专职人员，中心能推荐人选吗？', expect: { unsure: true }, style: 'off-topic' },
  { question: '打造名片的设计公司能不能直接用中心推荐的供应商，不走比选？', expect: { unsure: true }, style: 'off-topic' },
  { question: '入选产业名片算不算县领导班子高质量发展考核的加分项？', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Can the centre send someone to our county next week to brief the county party committee?', expect: { unsure: true }, style: 'off-topic' },
  { question: '入选以后，名片企业招工能享受什么社保补贴？', expect: { unsure: true }, style: 'off-topic' },

  // The app's technical trouble not covered by the FAQ
  { question: '小程序上传附件一直转圈，PDF才3MB，是怎么回事？', expect: { unsure: true }, style: 'off-topic' },
  { question: '苹果手机上看微纪录片只有声音没有画面，怎么解决？', expect: { unsure: true }, style: 'off-topic' },
  { question: '短信验证码一直收不到，已经试了五六次了', expect: { unsure: true }, style: 'off-topic' },
  { question: '草稿里的附件不小心删掉了，还能恢复吗？', expect: { unsure: true }, style: 'off-topic' },
  { question: '我已经允许了订阅消息，为什么申请状态变了微信里一直没收到提醒？', expect: { unsure: true }, style: 'off-topic' },
  { question: '单位换了经办人，能把我账号下的申请转到同事的账号里吗？', expect: { unsure: true }, style: 'off-topic' },
  { question: '我手机号换了，账号怎么换绑新的手机号？', expect: { unsure: true }, style: 'off-topic' },
  { question: '怎么注销我在这个小程序里的账号，把个人信息删掉？', expect: { unsure: true }, style: 'off-topic' },
  { question: '单位电脑用IE11打开登记表页面一直白屏', expect: { unsure: true }, style: 'off-topic' },
  { question: '微纪录片能下载到本地吗？我们要在县政务大厅的大屏上循环播放。', expect: { unsure: true }, style: 'off-topic' },
  { question: '小程序老提示“网络异常，请稍后重试”，别的App都能上网，怎么办？', expect: { unsure: true }, style: 'off-topic' },
  { question: 'The app crashes every time I open the film page on my Android phone. Any fix?', expect: { unsure: true }, style: 'off-topic' },
  {
    question: 'I never received the SMS code on the H5 sign-in page even after five tries. Is your SMS service down today?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  { question: '字幕字号太小了，能调大一点吗？', expect: { unsure: true }, style: 'off-topic' },
  { question: '咨询结束后的评分点错了给了1分，能改成5分吗？', expect: { unsure: true }, style: 'off-topic' },
  { question: '两个同事能不能用同一个账号同时编辑一份登记表？会不会互相覆盖？', expect: { unsure: true }, style: 'off-topic' },
  { question: '小程序能不能接入我们县政务服务平台，做单点登录？', expect: { unsure: true }, style: 'off-topic' },
];
