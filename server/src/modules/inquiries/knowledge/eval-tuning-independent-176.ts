// Independent tuning set 176: written 2026-12-05 by a writer who never saw the bot or its other evaluation sets, from the FAQ, the sample catalogue and PRODUCT.md only. It stresses curiosity about the industries themselves (porcelain firing, rare-earth uses, 酱香白酒 prices, lithium batteries, 工程机械 brands, 中医药, 新能源汽车 jobs) named after a card's industry or region, mixed with real catalogue and programme questions.
import type { EvalCase } from './types';

export const independentTuningSet176: EvalCase[] = [
  // ───────────── FAQ: programme ─────────────
  { question: '产业名片打造计划是搞什么的 能简单说说不', expect: { faq: 'what-is-programme' }, style: 'colloquial' },
  { question: "what's this industry card programme actually about", expect: { faq: 'what-is-programme' }, style: 'english' },
  { question: '產業名片打造計劃是什麼東西', expect: { faq: 'what-is-programme' }, style: 'traditional' },
  { question: '这个名片计划是工信部哪个单位在组织', expect: { faq: 'who-runs' }, style: 'plain' },
  { question: '搞产业名片是依据哪份政策文件', expect: { faq: 'policy-basis' }, style: 'plain' },
  { question: '打造产业名片对我们这种做陶瓷的小城市有啥好处', expect: { faq: 'programme-purposes' }, style: 'industry' },
  { question: '到2025年计划一共要打造多少个主名片和特色名片', expect: { faq: 'target-2025' }, style: 'plain' },
  { question: '我们市不想参加会被点名吗 这个是强制的不', expect: { faq: 'principles' }, style: 'colloquial' },
  { question: 'chanye mingpian shi shenme yisi', expect: { faq: 'what-is-industry-card' }, style: 'pinyin' },

  // ───────────── FAQ: eligibility ─────────────
  { question: '什么样的地方有资格参加名片计划', expect: { faq: 'who-may-apply' }, style: 'plain' },
  { question: 'Who is eligible to take part in the industry card programme?', expect: { faq: 'who-may-apply' }, style: 'english' },
  { question: '我们是个做白瓷的县 县一级能单独报吗', expect: { faq: 'county-eligible' }, style: 'industry' },
  { question: '我们是稀土高新区的 园区能报名不', expect: { faq: 'zone-eligible' }, style: 'industry' },
  { question: '新能源汽车产业集群能不能作为主体来报', expect: { faq: 'zone-eligible' }, style: 'industry' },
  { question: '省工信厅能以全省的名义报一张名片吗', expect: { faq: 'province-eligible' }, style: 'plain' },
  { question: '报了就一定能选上吗 中心怎么挑的', expect: { faq: 'selection-criteria' }, style: 'colloquial' },
  { question: '我们工程机械产值才几十个亿 有没有产值门槛', expect: { faq: 'industry-threshold' }, style: 'industry' },
  { question: '我是做锂电池的企业 能自己申请产业名片吗', expect: { faq: 'enterprise-apply' }, style: 'industry' },

  // ───────────── FAQ: how to apply ─────────────
  { question: '参加这个计划具体分几步', expect: { faq: 'how-to-participate' }, style: 'plain' },
  { question: 'zenme canjia chanye mingpian jihua', expect: { faq: 'how-to-participate' }, style: 'pinyin' },
  { question: '必须先找省工信厅推荐吗 能直接报给中心不', expect: { faq: 'provincial-recommendation' }, style: 'colloquial' },
  { question: '小程序里申报入口在哪里啊 找半天没找到', expect: { faq: 'apply-in-app' }, style: 'colloquial' },
  { question: '签约的时候要签啥协议 有统一模板没', expect: { faq: 'agreement' }, style: 'colloquial' },
  { question: '参加名片计划要花钱不', expect: { faq: 'fees' }, style: 'colloquial' },
  { question: '申請要交費嗎', expect: { faq: 'fees' }, style: 'traditional' },
  { question: 'Is there any fee to join the programme', expect: { faq: 'fees' }, style: 'english' },
  { question: '申报要准备啥材料 要不要交产值报表', expect: { faq: 'materials' }, style: 'colloquial' },
  { question: '首批没赶上 后面还会有批次吗', expect: { faq: 'batches' }, style: 'colloquial' },
  { question: '我们市能报两份吗 一份白酒一份动力电池', expect: { faq: 'one-application-per-region' }, style: 'industry' },
  { question: '登记表填完要发邮箱还是寄纸质的', expect: { faq: 'submit-where' }, style: 'colloquial' },

  // ───────────── FAQ: form ─────────────
  { question: '登记表要天哪些内容', expect: { faq: 'form-fields' }, style: 'typo' },
  { question: '申请区域那一栏 我们是园区该咋写', expect: { faq: 'form-region' }, style: 'colloquial' },
  { question: '牵头单位写工信局还是写管委会', expect: { faq: 'form-lead-unit' }, style: 'plain' },
  { question: '主导产业填 稀土 钢铁 装备制造 新能源 四个可以吗', expect: { faq: 'form-leading-industries' }, style: 'industry' },
  { question: '主倒产业最多能写几个', expect: { faq: 'form-leading-industries' }, style: 'typo' },
  { question: '特色产业和主导产业怎么区分 我们的茶叶算哪个', expect: { faq: 'form-featured-industries' }, style: 'industry' },
  { question: '简介写了三百五十字 会不会超', expect: { faq: 'form-intro' }, style: 'colloquial' },
  { question: '联系人填局长还是填具体经办人', expect: { faq: 'form-contact' }, style: 'plain' },
  { question: '联系电话填座机要加区号吗', expect: { faq: 'form-phone' }, style: 'plain' },
  { question: '能上传我们陶瓷产业的宣传册pdf吗', expect: { faq: 'form-attachments' }, style: 'industry' },

  // ───────────── FAQ: deadlines ─────────────
  { question: '第一批征集是啥时候截止的', expect: { faq: 'deadline-first-call' }, style: 'colloquial' },
  { question: '现在还能报吗 这一轮到哪天截止', expect: { faq: 'deadline-current' }, style: 'colloquial' },
  { question: '错过截止时间了还能补报吗', expect: { faq: 'late-submission' }, style: 'plain' },
  { question: '审和周期大概多长', expect: { faq: 'review-time' }, style: 'typo' },
  { question: '产业名片一般每年啥时候公布', expect: { faq: 'release-timing' }, style: 'plain' },

  // ───────────── FAQ: tiers ─────────────
  { question: '主名片到底指什么样的名片', expect: { faq: 'tier-main' }, style: 'plain' },
  { question: '特色名片要满足什么条件', expect: { faq: 'tier-featured' }, style: 'plain' },
  { question: "What's the difference between a main card and a featured card?", expect: { faq: 'tier-difference' }, style: 'english' },
  { question: '主名片和特色名片有什麼區別', expect: { faq: 'tier-difference' }, style: 'traditional' },
  { question: '我们能直接申报主名片吗 还是中心来定', expect: { faq: 'tier-choose' }, style: 'colloquial' },
  { question: '一个城市能有两张名片吗 比如白酒一张电池一张', expect: { faq: 'tier-system' }, style: 'industry' },

  // ───────────── FAQ: centre services ─────────────
  { question: '签约以后中心具体帮我们做哪些事', expect: { faq: 'centre-tasks' }, style: 'plain' },
  { question: '名片要不要设计logo 标识包括啥', expect: { faq: 'card-identity' }, style: 'colloquial' },
  { question: '生态方阵里都有哪些类型的单位', expect: { faq: 'ecosystem-matrix' }, style: 'plain' },
  { question: '我们企业能在白酒包装上印产业名片标识吗', expect: { faq: 'card-management' }, style: 'industry' },
  { question: '中心会通过哪些渠道帮我们宣传名片', expect: { faq: 'promotion' }, style: 'plain' },
  { question: '会不会给产业名片出数字藏品 就是那种nft', expect: { faq: 'digital-collectibles' }, style: 'colloquial' },
  { question: '我们老瓷厂改的文创园能算工业文化地标吗', expect: { faq: 'landmarks-clusters' }, style: 'industry' },
  { question: '工业元宇宙体验馆是计划里提的吗', expect: { faq: 'culture-complex' }, style: 'plain' },
  { question: '参加了有补贴可以拿吗', expect: { faq: 'funding' }, style: 'colloquial' },

  // ───────────── FAQ: evaluation ─────────────
  { question: '有影响力的名片是怎么打分的 有几项指标', expect: { faq: 'evaluation-system' }, style: 'colloquial' },
  { question: '入选以后会不会被摘牌 有复评吗', expect: { faq: 'value-assessment' }, style: 'colloquial' },
  { question: '竞争力下的影响力这句话怎么理解', expect: { faq: 'influence-under-competitiveness' }, style: 'plain' },

  // ───────────── FAQ: films ─────────────
  { question: '3分钟爱上中国产业名片是个什么项目', expect: { faq: 'films-what' }, style: 'plain' },
  { question: '名片的微纪录片在小程序哪里看', expect: { faq: 'films-where' }, style: 'plain' },
  { question: '那个微纪录片每部多长时间', expect: { faq: 'films-length' }, style: 'colloquial' },
  { question: '想给我们刀剪产业拍个3分钟纪录片 怎么申请', expect: { faq: 'films-our-city' }, style: 'industry' },

  // ───────────── FAQ: events ─────────────
  { question: '首批签约仪式是在哪个会上办的', expect: { faq: 'signing-2022' }, style: 'plain' },
  { question: '2022年首批签约的试点城市都有谁', expect: { faq: 'pilot-regions-2022' }, style: 'plain' },
  { question: '24年泉州首次发布的有影响力名片是什么结构', expect: { faq: 'release-2024' }, style: 'plain' },
  { question: '东莞那个产业名片大会是哪天开的 主题是啥', expect: { faq: 'conference-2025' }, style: 'region' },
  { question: '2025中国有影响力产业名片完整名单能发我一份吗', expect: { faq: 'list-2025' }, style: 'plain' },
  { question: '科创热点、创新消费、升级更新这三类名片是啥意思', expect: { faq: 'themes-2025' }, style: 'plain' },
  { question: '新时期产业名片理论与实践那本书谁写的', expect: { faq: 'new-book' }, style: 'plain' },
  { question: '中国产业地理盛典是干嘛的', expect: { faq: 'geography-gala' }, style: 'colloquial' },

  // ───────────── FAQ: contact ─────────────
  { question: '工业文化发展中心的电话是多少', expect: { faq: 'contact-centre' }, style: 'plain' },
  { question: 'how do i get in touch with the centre', expect: { faq: 'contact-centre' }, style: 'english' },
  { question: '人工客服晚上有人回吗', expect: { faq: 'human-agent' }, style: 'colloquial' },
  { question: '22年那个函里的联系邮箱现在还能用不', expect: { faq: 'letter-contacts' }, style: 'colloquial' },

  // ───────────── FAQ: app ─────────────
  { question: '用小程序要先注册账号吗', expect: { faq: 'sign-in' }, style: 'plain' },
  { question: '为啥提交前非得验证手机号', expect: { faq: 'verify-phone' }, style: 'colloquial' },
  { question: '表填一半退出了 内容会不会丢', expect: { faq: 'drafts' }, style: 'colloquial' },
  { question: '状态有变化会通知我吗 在哪看消息', expect: { faq: 'notifications' }, style: 'plain' },
  { question: '打造中和已签约分别是啥意思', expect: { faq: 'status-flow' }, style: 'plain' },
  { question: '被退回修改了 要怎么重新交', expect: { faq: 'returned' }, style: 'colloquial' },
  { question: '报了以后不想参加了 能撤吗', expect: { faq: 'withdraw' }, style: 'colloquial' },
  { question: '提交后发现主导产业写错了还能改不', expect: { faq: 'edit-after-submit' }, style: 'colloquial' },
  { question: '申请没通过 下次还能再报吗', expect: { faq: 'declined' }, style: 'plain' },
  { question: '名片目录怎么按省份和年份筛', expect: { faq: 'browse-cards' }, style: 'plain' },
  { question: '小程序里这些名片是官方公布的真名单吗', expect: { faq: 'sample-data' }, style: 'plain' },
  { question: '怎么把景德镇那张名片转发到微信群里', expect: { faq: 'share' }, style: 'region' },
  { question: 'can i switch this app to english', expect: { faq: 'english-version' }, style: 'english' },
  { question: '我不是政府部门的 也能用这个小程序看看吗', expect: { faq: 'who-can-use' }, style: 'plain' },

  // ───────────── catalogue: industries ─────────────
  {
    question: '哪些城市的名片是陶瓷产业的',
    expect: {
      cards: ['dehua-porcelain-capital', 'jingdezhen-millennium-porcelain', 'foshan-ceramics-and-appliances', 'tangshan-cradle-of-modern-industry'],
    },
    style: 'industry',
  },
  { question: '做稀土的有哪几张名片', expect: { cards: ['baotou-rare-earth-capital', 'ganzhou-tungsten-rare-earth'] }, style: 'industry' },
  { question: 'Which cards are about rare earths?', expect: { cards: ['baotou-rare-earth-capital', 'ganzhou-tungsten-rare-earth'] }, style: 'english' },
  { question: '白酒产业的名片有哪些', expect: { cards: ['zunyi-sauce-aroma-baijiu', 'yibin-baijiu-and-batteries'] }, style: 'industry' },
  {
    question: '工程机械相关的产业名片有哪些城市',
    expect: { cards: ['changsha-construction-machinery', 'linyi-trade-logistics', 'liuzhou-industrial-landscape'] },
    style: 'industry',
  },
  {
    question: '新能源汽车产业的名片都有哪些',
    expect: {
      cards: ['huangpu-bay-area-innovation', 'guangzhou-smart-manufacturing', 'hefei-chips-screens-cars', 'xian-hard-tech-city', 'yibin-baijiu-and-batteries'],
    },
    style: 'industry',
  },
  { question: '有没有动力电池产业的名片', expect: { cards: ['yibin-baijiu-and-batteries'] }, style: 'industry' },
  { question: '生物医药方向的名片一共几张', expect: { count: 7 }, style: 'count' },
  { question: '葡萄酒产区有名片吗', expect: { cards: ['yinchuan-helan-mountain-wine'] }, style: 'industry' },
  { question: '刀剪产业的名片有哪些', expect: { cards: ['zherong-knives-and-scissors', 'yangjiang-knife-capital'] }, style: 'industry' },
  {
    question: '石油化工的名片有哪几张',
    expect: {
      cards: ['quanzhou-maritime-silk-manufacturing', 'lanzhou-yellow-river-petrochemicals', 'urumqi-silk-road-hub'],
    },
    style: 'industry',
  },
  {
    question: '做家电的产业名片有哪些',
    expect: {
      cards: ['zhongshan-lighting-capital', 'foshan-ceramics-and-appliances', 'ningbo-port-city-making', 'qingdao-city-of-brands'],
    },
    style: 'industry',
  },
  {
    question: '商贸物流类的名片',
    expect: { cards: ['linyi-trade-logistics', 'urumqi-silk-road-hub', 'yiwu-world-supermarket'] },
    style: 'industry',
  },
  { question: '螺蛳粉居然也有名片？是哪个城市的', expect: { cards: ['liuzhou-industrial-landscape'] }, style: 'industry' },
  { question: '风筝产业有名片吗', expect: { cards: ['weifang-power-and-kites'] }, style: 'industry' },

  // ───────────── catalogue: regions ─────────────
  {
    question: '广东有哪些产业名片',
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
    question: '浙江省的名片都列一下',
    expect: {
      cards: ['hangzhou-digital-city', 'qiantang-china-medicine-port', 'ningbo-port-city-making', 'wenzhou-private-manufacturing', 'yiwu-world-supermarket'],
    },
    style: 'region',
  },
  { question: '福建一共有几张产业名片', expect: { count: 4 }, style: 'count' },
  {
    question: '江西的产业名片有哪些',
    expect: { cards: ['jingdezhen-millennium-porcelain', 'ganzhou-tungsten-rare-earth'] },
    style: 'region',
  },
  { question: '内蒙古有名片吗', expect: { cards: ['baotou-rare-earth-capital', 'ordos-zero-carbon-energy'] }, style: 'region' },
  { question: '四川有哪些名片', expect: { cards: ['chengdu-tianfu-smart-making', 'yibin-baijiu-and-batteries'] }, style: 'region' },
  { question: '贵州省的产业名片', expect: { cards: ['zunyi-sauce-aroma-baijiu', 'guiyang-china-data-valley'] }, style: 'region' },
  { question: '湖南有几张名片', expect: { count: 3 }, style: 'count' },
  {
    question: '山东省的名片都有啥',
    expect: {
      cards: ['binzhou-high-end-aluminium', 'linyi-trade-logistics', 'weifang-power-and-kites', 'qingdao-city-of-brands'],
    },
    style: 'region',
  },
  {
    question: '泉州有哪些产业名片 包括下面的县',
    expect: { cards: ['quanzhou-maritime-silk-manufacturing', 'dehua-porcelain-capital', 'jinjiang-sportswear'] },
    style: 'region',
  },
  { question: '杭州市一共几张名片', expect: { count: 2 }, style: 'count' },
  { question: '河北省有产业名片吗', expect: { cards: ['baoding-electric-valley', 'tangshan-cradle-of-modern-industry'] }, style: 'region' },
  { question: '广州有几张名片 黄埔的算上', expect: { count: 2 }, style: 'count' },
  {
    question: '东北三省有哪些产业名片',
    expect: { cards: ['shenyang-equipment-base', 'changchun-motor-city', 'harbin-power-equipment'] },
    style: 'region',
  },
  { question: '北京有产业名片吗', expect: { cards: [] }, style: 'region' },
  { question: '上海的产业名片有哪些', expect: { cards: [] }, style: 'region' },
  { question: '深圳有没有名片', expect: { cards: [] }, style: 'region' },
  { question: '新疆有几张名片', expect: { count: 1 }, style: 'count' },

  // ───────────── catalogue: tiers, themes, years ─────────────
  { question: '目录里主名片一共几张', expect: { count: 15 }, style: 'count' },
  { question: '特色名片现在有多少张', expect: { count: 35 }, style: 'count' },
  {
    question: '目录里科创热点主题的名片有哪些',
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
    style: 'plain',
  },
  { question: '创新消费主题的名片有几张', expect: { count: 12 }, style: 'count' },
  { question: '升级更新类的名片目录里有多少张', expect: { count: 14 }, style: 'count' },
  { question: '小程序目录里2024年批次的名片有几张', expect: { count: 22 }, style: 'count' },
  { question: '名片库里2025年批次的一共多少张', expect: { count: 28 }, style: 'count' },
  { question: '小程序里总共收录了多少张产业名片', expect: { count: 50 }, style: 'count' },
  {
    question: '主名片里哪些是2025年的',
    expect: {
      cards: [
        'dongguan-manufacturing-aesthetics',
        'hangzhou-digital-city',
        'guangzhou-smart-manufacturing',
        'suzhou-gusu-innovation',
        'hefei-chips-screens-cars',
        'xian-hard-tech-city',
        'wuhan-optics-valley',
        'chongqing-mountain-city-motors',
      ],
    },
    style: 'plain',
  },

  // ───────────── my application's status ─────────────
  { question: '我们市报的那个申请现在到哪一步了', expect: { status: true }, style: 'status' },
  { question: '我提交的登记表审核通过了没', expect: { status: true }, style: 'status' },
  { question: '帮我查下我们县陶瓷产业名片申请的进度', expect: { status: true }, style: 'status' },
  { question: '我的申请是不是还卡在协商中', expect: { status: true }, style: 'status' },
  { question: '我们交的申请有没有被退回', expect: { status: true }, style: 'status' },
  { question: "what's the status of my application", expect: { status: true }, style: 'english' },
  { question: '上周提交的申请 现在是什么状态', expect: { status: true }, style: 'status' },
  { question: '我们园区的申请签约了没有', expect: { status: true }, style: 'status' },
  { question: '我那份申请中心看过了吗', expect: { status: true }, style: 'status' },
  { question: '查一下我们稀土园区那份申请办到哪了', expect: { status: true }, style: 'status' },

  // ───────────── handoff ─────────────
  { question: '转人工', expect: { handoff: true }, style: 'handoff' },
  { question: '我要找中心工作人员聊聊我们稀土园区的情况', expect: { handoff: true }, style: 'handoff' },
  { question: '能不能让真人来回答我', expect: { handoff: true }, style: 'handoff' },
  { question: '机器人说不清楚 给我找个人工', expect: { handoff: true }, style: 'handoff' },
  { question: '请帮我接通工作人员', expect: { handoff: true }, style: 'handoff' },
  { question: 'I want to talk to a real person please', expect: { handoff: true }, style: 'english' },
  { question: '有人工吗 我想当面问问签约的事', expect: { handoff: true }, style: 'handoff' },
  { question: '叫个客服过来 谢谢', expect: { handoff: true }, style: 'handoff' },
  { question: '不要机器人回复 我要人工', expect: { handoff: true }, style: 'handoff' },
  { question: '麻烦转给负责产业名片的老师', expect: { handoff: true }, style: 'handoff' },

  // ───────────── off-topic: porcelain / ceramics ─────────────
  { question: '景德镇瓷器烧制温度一般是多少度', expect: { unsure: true }, style: 'off-topic' },
  { question: '德化白瓷和景德镇青花瓷哪个更值钱', expect: { unsure: true }, style: 'off-topic' },
  { question: '柴窑和电窑烧出来的瓷器有啥区别', expect: { unsure: true }, style: 'off-topic' },
  { question: '陶瓷名片城市去哪买正宗茶具 有推荐的店吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '佛山瓷砖哪个牌子质量好 东鹏还是马可波罗', expect: { unsure: true }, style: 'off-topic' },
  { question: '釉下彩和釉上彩怎么区分', expect: { unsure: true }, style: 'off-topic' },
  { question: '景德镇陶瓷大学好考吗 分数线多少', expect: { unsure: true }, style: 'off-topic' },
  { question: 'how is porcelain fired in jingdezhen', expect: { unsure: true }, style: 'english' },
  { question: '纪录片里那个拉坯的师傅是哪个瓷厂的 能去参观吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '景德镇三天工业旅游路线怎么安排', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: rare earths / metals ─────────────
  { question: '稀土到底是用来干嘛的 为啥说那么重要', expect: { unsure: true }, style: 'off-topic' },
  { question: 'what are rare earths actually used for', expect: { unsure: true }, style: 'english' },
  { question: '稀土永磁电机的原理是什么', expect: { unsure: true }, style: 'off-topic' },
  { question: '白云鄂博矿能参观吗 要提前申请不', expect: { unsure: true }, style: 'off-topic' },
  { question: '最近稀土价格是涨了还是跌了', expect: { unsure: true }, style: 'off-topic' },
  { question: '北方稀土的股票现在能买吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '钨和稀土到底有啥区别', expect: { unsure: true }, style: 'off-topic' },
  { question: '稀土出口管制对名片城市的企业有影响吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '手撕钢一吨卖多少钱', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: baijiu / wine ─────────────
  { question: '53度飞天茅台现在多少钱一瓶', expect: { unsure: true }, style: 'off-topic' },
  { question: '酱香白酒为什么那么贵 12987工艺是啥', expect: { unsure: true }, style: 'off-topic' },
  { question: '酱香型和浓香型白酒怎么分辨', expect: { unsure: true }, style: 'off-topic' },
  { question: '去遵义哪里能买到不假的酱香酒', expect: { unsure: true }, style: 'off-topic' },
  { question: 'how much does a bottle of moutai cost these days', expect: { unsure: true }, style: 'english' },
  { question: '酱香酒拿来投资收藏能赚钱吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '申请白酒生产许可证要多长时间', expect: { unsure: true }, style: 'off-topic' },
  { question: '贺兰山东麓哪个酒庄最值得去', expect: { unsure: true }, style: 'off-topic' },
  { question: '白酒名片城市的酒厂现在招不招人 怎么投简历', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: lithium batteries / new energy ─────────────
  { question: '锂电池是怎么工作的 充放电时正负极发生了啥', expect: { unsure: true }, style: 'off-topic' },
  { question: '磷酸铁锂和三元锂哪个更安全', expect: { unsure: true }, style: 'off-topic' },
  { question: '宁德时代宜宾工厂待遇怎么样', expect: { unsure: true }, style: 'off-topic' },
  { question: '动力电池冬天续航掉得厉害是什么原因', expect: { unsure: true }, style: 'off-topic' },
  { question: '固态电池大概什么时候能量产', expect: { unsure: true }, style: 'off-topic' },
  { question: '电动车电池一般用几年 换一块要多少钱', expect: { unsure: true }, style: 'off-topic' },
  { question: '锂电池能带上飞机吗 限多少毫安', expect: { unsure: true }, style: 'off-topic' },
  { question: '宁德时代新工厂的建设进度怎么样了', expect: { unsure: true }, style: 'off-topic' },
  { question: '氢能车和纯电车哪个才是未来', expect: { unsure: true }, style: 'off-topic' },
  { question: '海上风电一台风机大概多少钱', expect: { unsure: true }, style: 'off-topic' },
  { question: '我想在宜宾开个电池配件厂 招商局电话多少', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: construction machinery / equipment ─────────────
  { question: '三一和中联重科哪个品牌的挖掘机更好', expect: { unsure: true }, style: 'off-topic' },
  { question: '工程机械十大品牌排名是怎样的', expect: { unsure: true }, style: 'off-topic' },
  { question: 'best excavator brands in china?', expect: { unsure: true }, style: 'english' },
  { question: '二手挖机去哪买靠谱 临沂有这种市场吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '柳工的装载机质量怎么样 值不值得买', expect: { unsure: true }, style: 'off-topic' },
  { question: '名片上的企业能帮我联系三一重工的销售吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '工程机械出口到中东和俄罗斯的多不多', expect: { unsure: true }, style: 'off-topic' },
  { question: '东方红拖拉机现在还生产吗 一台多少钱', expect: { unsure: true }, style: 'off-topic' },
  { question: '株洲造的电力机车最高能跑多快', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: 中医药 / medicine ─────────────
  { question: '中医药到底有没有科学依据', expect: { unsure: true }, style: 'off-topic' },
  { question: 'does traditional chinese medicine really work', expect: { unsure: true }, style: 'english' },
  { question: '云南白药能治内伤吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '喝中药调理脾胃真的有用吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '中药材种植补贴怎么申请 找哪个部门', expect: { unsure: true }, style: 'off-topic' },
  { question: '中医药大学哪所最好考', expect: { unsure: true }, style: 'off-topic' },
  { question: '创新药进入临床试验一般要多少年才能上市', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: 新能源汽车 jobs / cars ─────────────
  { question: '新能源汽车行业现在就业前景怎么样', expect: { unsure: true }, style: 'off-topic' },
  { question: 'are jobs in chinese EV companies well paid', expect: { unsure: true }, style: 'english' },
  { question: '学车辆工程毕业去比亚迪好还是蔚来好', expect: { unsure: true }, style: 'off-topic' },
  { question: '合肥那些新能源车企工资大概多少', expect: { unsure: true }, style: 'off-topic' },
  { question: '新能源汽车专业大专生好找工作吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '现在买电车还是油车更划算', expect: { unsure: true }, style: 'off-topic' },
  { question: '新能源车购置税减免政策到哪年结束', expect: { unsure: true }, style: 'off-topic' },
  { question: '工信部的新能源汽车补贴今年还能申请吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '新能源汽车维修工证书怎么考', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: other card industries and places ─────────────
  { question: '螺蛳粉为什么那么臭 酸笋是怎么做的', expect: { unsure: true }, style: 'off-topic' },
  { question: '想加盟柳州螺蛳粉 有联系方式吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '潍坊风筝节明年几号开幕', expect: { unsure: true }, style: 'off-topic' },
  { question: '义乌小商品市场拿货有没有最低起订量', expect: { unsure: true }, style: 'off-topic' },
  { question: '斗南花市早上几点开门', expect: { unsure: true }, style: 'off-topic' },
  { question: '光纤到底是怎么拉出来的', expect: { unsure: true }, style: 'off-topic' },
  { question: '青岛啤酒博物馆门票多少钱', expect: { unsure: true }, style: 'off-topic' },
  { question: '晋江安踏工厂店在哪 一般打几折', expect: { unsure: true }, style: 'off-topic' },
  { question: '海口免税店每人每年额度多少', expect: { unsure: true }, style: 'off-topic' },
  { question: '阳江十八子菜刀哪一款最好用', expect: { unsure: true }, style: 'off-topic' },
  { question: '鄂尔多斯羊绒衫怎么洗才不缩水', expect: { unsure: true }, style: 'off-topic' },
  { question: '东莞工厂现在普工好招吗 一个月多少钱', expect: { unsure: true }, style: 'off-topic' },
  { question: '苏州工业园区落户政策是怎样的', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── off-topic: sharing the programme's words ─────────────
  { question: '申请专精特新小巨人要准备什么材料', expect: { unsure: true }, style: 'off-topic' },
  { question: '高新技术企业认定的申报进度在哪里查', expect: { unsure: true }, style: 'off-topic' },
  { question: '工信部投诉电话多少 我手机信号太差了', expect: { unsure: true }, style: 'off-topic' },
  { question: '专利申请的审核进度怎么查询', expect: { unsure: true }, style: 'off-topic' },
  { question: '老厂房改造城市更新 国家补贴标准是多少', expect: { unsure: true }, style: 'off-topic' },
  { question: '国家先进制造业集群名单一共有哪些', expect: { unsure: true }, style: 'off-topic' },
  { question: '工业文化发展中心今年招聘吗 能考编吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '产业名片大会能买门票进去看吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '帮我写一篇关于工匠精神的作文 800字', expect: { unsure: true }, style: 'off-topic' },
  { question: '稀土专业毕业就业前景好不好', expect: { unsure: true }, style: 'off-topic' },
  { question: '陶瓷专业考研有哪些方向', expect: { unsure: true }, style: 'off-topic' },
  { question: '比亚迪西安基地一年能产多少辆车', expect: { unsure: true }, style: 'off-topic' },
  { question: '纪录片里用的背景音乐叫什么名字', expect: { unsure: true }, style: 'off-topic' },
  { question: 'zhongyao you meiyou fuzuoyong', expect: { unsure: true }, style: 'pinyin' },
  { question: '酱香酒的登记表在哪下载 我想办个酒类经营许可', expect: { unsure: true }, style: 'off-topic' },
  { question: '我们城市想申请全国文明城市 材料怎么报', expect: { unsure: true }, style: 'off-topic' },
  { question: '新能源车上牌的申请进度怎么查', expect: { unsure: true }, style: 'off-topic' },
  { question: '锂矿开采要找哪个部门审核批准', expect: { unsure: true }, style: 'off-topic' },
  { question: '景德镇瓷器怎么辨别是不是手工拉坯的', expect: { unsure: true }, style: 'off-topic' },
];
