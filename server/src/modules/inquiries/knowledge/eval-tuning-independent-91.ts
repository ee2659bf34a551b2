// Independent tuning set 91: written 2026-12-05 by a writer who never saw the bot or its other evaluation sets, from the FAQ, the sample catalogue and PRODUCT.md only. It stresses colloquial, dialect-tinged and WeChat-chat Chinese: one real question per FAQ entry, plus near-misses (other programmes, amounts, named people, unpublished lists, future events, other apps) that must stay unsure.
import type { EvalCase } from './types';

export const independentTuningSet91: EvalCase[] = [
  // ───────── 计划概况: real questions ─────────
  { question: '这个产业名片打造计划到底是搞啥子的嘛', expect: { faq: 'what-is-programme' }, style: 'colloquial' },
  { question: '这个是哪个单位在搞的哦，是官方的不', expect: { faq: 'who-runs' }, style: 'colloquial' },
  { question: '產業名片計畫是誰主辦的？', expect: { faq: 'who-runs' }, style: 'traditional' },
  { question: '为啥突然要搞产业名片，依据的是啥文件呀', expect: { faq: 'policy-basis' }, style: 'colloquial' },
  { question: '整这玩意儿图啥呀，对我们地方有啥用处', expect: { faq: 'programme-purposes' }, style: 'colloquial' },
  { question: '一共打算弄多少张名片啊，到25年的目标是多少', expect: { faq: 'target-2025' }, style: 'colloquial' },
  { question: '这个是上面硬性摊派的吧？我们不报行不行', expect: { faq: 'principles' }, style: 'colloquial' },
  { question: '产业名片是真发一张卡片吗，还是啥意思', expect: { faq: 'what-is-industry-card' }, style: 'colloquial' },

  // ───────── 计划概况: near-misses (not answered by the FAQ) ─────────
  { question: '专精特新小巨人跟这个是一回事不？那个咋个申报', expect: { unsure: true }, style: 'off-topic' },
  { question: '你们中心主任是哪位，叫啥名字', expect: { unsure: true }, style: 'off-topic' },
  { question: '十五五规划里对我们县的工业有啥具体要求', expect: { unsure: true }, style: 'off-topic' },
  { question: '入选了能给我们县GDP拉动多少个百分点', expect: { unsure: true }, style: 'off-topic' },
  { question: '今年还剩几个名额没分完？我们赶紧抢一个', expect: { unsure: true }, style: 'off-topic' },
  { question: '我想印一盒纸质名片，哪家印得便宜', expect: { unsure: true }, style: 'off-topic' },

  // ───────── 申报条件: real questions ─────────
  { question: '啥样的地方才能报名这个啊', expect: { faq: 'who-may-apply' }, style: 'colloquial' },
  { question: '俺们是个小县城，能自己单独报不', expect: { faq: 'county-eligible' }, style: 'colloquial' },
  { question: '我们是经开区管委会的，园区能直接报不', expect: { faq: 'zone-eligible' }, style: 'colloquial' },
  { question: '省里头能不能整个省报一个名片', expect: { faq: 'province-eligible' }, style: 'colloquial' },
  { question: '报了是不是就稳进了？你们挑的时候看啥', expect: { faq: 'selection-criteria' }, style: 'colloquial' },
  { question: '产值得多少亿才够格报啊，有门槛没', expect: { faq: 'industry-threshold' }, style: 'colloquial' },
  { question: '我是开厂的老板，我们公司自己能报不', expect: { faq: 'enterprise-apply' }, style: 'colloquial' },
  { question: 'Can a company apply for an industry card by itself?', expect: { faq: 'enterprise-apply' }, style: 'english' },

  // ───────── 申报条件: near-misses ─────────
  { question: '全国百强县评选谁有资格参加，咋报名', expect: { unsure: true }, style: 'off-topic' },
  { question: '我们镇想申报省级特色小镇，咋弄', expect: { unsure: true }, style: 'off-topic' },
  { question: '国家级产业集群的培育资金怎么申请啊', expect: { unsure: true }, style: 'off-topic' },
  { question: '你给我透个底，我们市今年能选上不', expect: { unsure: true }, style: 'off-topic' },
  { question: '去年我们县工业产值在全省排第几', expect: { unsure: true }, style: 'off-topic' },
  { question: '我们公司想评个高新技术企业，能补多少钱', expect: { unsure: true }, style: 'off-topic' },

  // ───────── 申报方式: real questions ─────────
  { question: '想参加的话大概是个啥流程，先干啥后干啥', expect: { faq: 'how-to-participate' }, style: 'colloquial' },
  { question: '要不要先找省工信厅盖章推荐啊，还是能直接报给你们', expect: { faq: 'provincial-recommendation' }, style: 'colloquial' },
  { question: '在小程序里从哪儿点进去报名啊，找半天没找到', expect: { faq: 'apply-in-app' }, style: 'colloquial' },
  { question: '签的那个合作协议里头都写些啥', expect: { faq: 'agreement' }, style: 'colloquial' },
  { question: '参加这个要掏钱不', expect: { faq: 'fees' }, style: 'colloquial' },
  { question: '报名要唔要俾钱㗎', expect: { faq: 'fees' }, style: 'colloquial' },
  { question: 'chan ye ming pian yao shou fei ma', expect: { faq: 'fees' }, style: 'pinyin' },
  { question: '要准备些啥材料，要不要红头文件', expect: { faq: 'materials' }, style: 'colloquial' },
  { question: '首批没赶上，以后还有机会不', expect: { faq: 'batches' }, style: 'colloquial' },
  { question: '我们市能同时交两份不，一份报汽车一份报陶瓷', expect: { faq: 'one-application-per-region' }, style: 'colloquial' },
  { question: '表填完了往哪发啊，要发邮箱不', expect: { faq: 'submit-where' }, style: 'colloquial' },

  // ───────── 申报方式: near-misses ─────────
  { question: '省工信厅的办公电话多少', expect: { unsure: true }, style: 'off-topic' },
  { question: '帮我看看我们跟开发商签的购房合同有没有坑', expect: { unsure: true }, style: 'off-topic' },
  { question: '签约以后每年的服务费具体多少钱？给个准数', expect: { unsure: true }, style: 'off-topic' },
  { question: 'EMS寄快递到北京一般要几天', expect: { unsure: true }, style: 'off-topic' },

  // ───────── 登记表填写: real questions ─────────
  { question: '登记表一共要填几栏啊', expect: { faq: 'form-fields' }, style: 'colloquial' },
  { question: '等记表要填那些内容', expect: { faq: 'form-fields' }, style: 'typo' },
  { question: '申请区域那栏，我们是个园区，该咋写', expect: { faq: 'form-region' }, style: 'colloquial' },
  { question: '牵头单位写工信局还是写发改委啊', expect: { faq: 'form-lead-unit' }, style: 'colloquial' },
  { question: '主导产业我们有五个，都填上行不', expect: { faq: 'form-leading-industries' }, style: 'colloquial' },
  { question: '主導產業最多可以填幾個', expect: { faq: 'form-leading-industries' }, style: 'traditional' },
  { question: '特色产业那栏空着可以不', expect: { faq: 'form-featured-industries' }, style: 'colloquial' },
  { question: '区域简介写个一千字行不', expect: { faq: 'form-intro' }, style: 'colloquial' },
  { question: '联系人填局长还是填我这个经办的', expect: { faq: 'form-contact' }, style: 'colloquial' },
  { question: '座机号填进去老说格式不对，是咋回事', expect: { faq: 'form-phone' }, style: 'colloquial' },
  { question: '能上传个word文档不，还是只能传pdf', expect: { faq: 'form-attachments' }, style: 'colloquial' },

  // ───────── 登记表填写: near-misses ─────────
  { question: '帮我写一段我们县的简介呗，三百字就行', expect: { unsure: true }, style: 'off-topic' },
  { question: '我手机号换了，微信咋换绑', expect: { unsure: true }, style: 'off-topic' },
  { question: '附件传上去以后是你们哪位老师审，叫啥名', expect: { unsure: true }, style: 'off-topic' },

  // ───────── 时间节点: real questions ─────────
  { question: '第一批那次是几号截止的来着', expect: { faq: 'deadline-first-call' }, style: 'colloquial' },
  { question: '现在还收不收申请啊，啥时候截止', expect: { faq: 'deadline-current' }, style: 'colloquial' },
  { question: 'When is the deadline for this round of applications?', expect: { faq: 'deadline-current' }, style: 'english' },
  { question: '晚交了两天，还能补上不', expect: { faq: 'late-submission' }, style: 'colloquial' },
  { question: '交上去一般多久给回话', expect: { faq: 'review-time' }, style: 'colloquial' },
  { question: '名片一般啥时候公布啊，是不是年底', expect: { faq: 'release-timing' }, style: 'colloquial' },

  // ───────── 时间节点: near-misses ─────────
  { question: '个税汇算清缴几号截止', expect: { unsure: true }, style: 'off-topic' },
  { question: '明天是不是有个产业名片发布会？几点开始直播', expect: { unsure: true }, style: 'off-topic' },

  // ───────── 主名片 / 特色名片: real questions ─────────
  { question: '主名片是个啥级别的东西', expect: { faq: 'tier-main' }, style: 'colloquial' },
  { question: 'zhu ming pian shi shen me yi si', expect: { faq: 'tier-main' }, style: 'pinyin' },
  { question: '特色名片指的是啥', expect: { faq: 'tier-featured' }, style: 'colloquial' },
  { question: '主名片和特色名片哪个更牛', expect: { faq: 'tier-difference' }, style: 'colloquial' },
  { question: 'What is the difference between a main card and a featured card?', expect: { faq: 'tier-difference' }, style: 'english' },
  { question: '我们能自己挑着报主名片不', expect: { faq: 'tier-choose' }, style: 'colloquial' },
  { question: '一个市能拿好几张名片不', expect: { faq: 'tier-system' }, style: 'colloquial' },

  // ───────── 主名片 / 特色名片: near-misses ─────────
  { question: '评上主名片的城市能多拿多少奖金', expect: { unsure: true }, style: 'off-topic' },
  { question: '我们市明年能不能从特色名片升成主名片，你估计下', expect: { unsure: true }, style: 'off-topic' },

  // ───────── 中心提供的服务: real questions ─────────
  { question: '签完约你们中心具体帮我们干点啥', expect: { faq: 'centre-tasks' }, style: 'colloquial' },
  { question: '名片要不要搞logo、视觉形象那些', expect: { faq: 'card-identity' }, style: 'colloquial' },
  { question: '高校科研院所也能掺和进来吗，那个生态方阵', expect: { faq: 'ecosystem-matrix' }, style: 'colloquial' },
  { question: '名片弄好以后谁来运营管理啊', expect: { faq: 'card-management' }, style: 'colloquial' },
  { question: '你们会咋帮我们宣传推广', expect: { faq: 'promotion' }, style: 'colloquial' },
  { question: '听说还有数字藏品，那是个啥', expect: { faq: 'digital-collectibles' }, style: 'colloquial' },
  { question: '我们有个老厂房想改成工业博物馆，能算进计划里不', expect: { faq: 'landmarks-clusters' }, style: 'colloquial' },
  { question: '那个文化赋能综合体是个啥玩意', expect: { faq: 'culture-complex' }, style: 'colloquial' },
  { question: '参加了上面给不给补贴啊', expect: { faq: 'funding' }, style: 'colloquial' },

  // ───────── 中心提供的服务: near-misses ─────────
  { question: '能帮我们设计个logo不，报个价', expect: { unsure: true }, style: 'off-topic' },
  { question: '能帮我们在抖音买个热搜不', expect: { unsure: true }, style: 'off-topic' },
  { question: '天工数藏上那个藏品现在多少钱能买到，涨了没', expect: { unsure: true }, style: 'off-topic' },
  { question: '补贴到底能给多少钱？有没有五百万', expect: { unsure: true }, style: 'off-topic' },
  { question: '第六批国家工业遗产名单出了没', expect: { unsure: true }, style: 'off-topic' },

  // ───────── 评价体系: real questions ─────────
  { question: '有影响力的那些名片是咋打分的', expect: { faq: 'evaluation-system' }, style: 'colloquial' },
  { question: '评上以后会不会被摘牌啊', expect: { faq: 'value-assessment' }, style: 'colloquial' },
  { question: '竞争力下的影响力，这话咋理解', expect: { faq: 'influence-under-competitiveness' }, style: 'colloquial' },

  // ───────── 评价体系: near-misses ─────────
  { question: '28项指标每项占多少分，发张表我看看', expect: { unsure: true }, style: 'off-topic' },
  { question: '我们市去年评估打了多少分，排第几', expect: { unsure: true }, style: 'off-topic' },

  // ───────── 微纪录片: real questions ─────────
  { question: '三分钟爱上中国产业名片是个啥节目', expect: { faq: 'films-what' }, style: 'colloquial' },
  { question: '那个三分钟的小片子在哪儿看', expect: { faq: 'films-where' }, style: 'colloquial' },
  { question: '纪录片大概多长，上班摸鱼看得完不', expect: { faq: 'films-length' }, style: 'colloquial' },
  { question: 'How long are the micro-documentaries?', expect: { faq: 'films-length' }, style: 'english' },
  { question: '能不能也给我们县拍一个片子', expect: { faq: 'films-our-city' }, style: 'colloquial' },

  // ───────── 微纪录片: near-misses ─────────
  { question: '腾讯视频会员咋取消自动续费', expect: { unsure: true }, style: 'off-topic' },
  { question: '片子里那个配音是谁配的，声音好好听', expect: { unsure: true }, style: 'off-topic' },

  // ───────── 大会与发布: real questions ─────────
  { question: '第一批是在啥会上签的约', expect: { faq: 'signing-2022' }, style: 'colloquial' },
  { question: '头一批签约的都有哪几个城市', expect: { faq: 'pilot-regions-2022' }, style: 'colloquial' },
  { question: '24年泉州那次都发布了些啥', expect: { faq: 'release-2024' }, style: 'colloquial' },
  { question: '去年东莞开的那个产业名片大会，主题是啥', expect: { faq: 'conference-2025' }, style: 'colloquial' },
  { question: '2025年上榜的有影响力名片都是哪些', expect: { faq: 'list-2025' }, style: 'colloquial' },
  { question: '科创热点、创新消费、升级更新这三类是咋回事', expect: { faq: 'themes-2025' }, style: 'colloquial' },
  { question: '大会上首发的那本新书叫啥', expect: { faq: 'new-book' }, style: 'colloquial' },
  { question: '央视搞的那个产业地理盛典是干嘛的', expect: { faq: 'geography-gala' }, style: 'colloquial' },

  // ───────── 大会与发布: near-misses ─────────
  { question: '第二批签约的名单能发我一份不', expect: { unsure: true }, style: 'off-topic' },
  { question: '今年的大会在哪开，定了没', expect: { unsure: true }, style: 'off-topic' },
  { question: '2026年的入选名单出来了没，给我瞅瞅', expect: { unsure: true }, style: 'off-topic' },
  { question: '那本书在当当上卖多少钱', expect: { unsure: true }, style: 'off-topic' },
  { question: '盛典上那个主持人是谁啊', expect: { unsure: true }, style: 'off-topic' },
  { question: '明天下午的签约仪式我能进去旁听不', expect: { unsure: true }, style: 'off-topic' },

  // ───────── 联系方式: real questions ─────────
  { question: '咋联系你们中心啊，有电话没', expect: { faq: 'contact-centre' }, style: 'colloquial' },
  { question: '人工客服晚上下班了还有人回不', expect: { faq: 'human-agent' }, style: 'colloquial' },
  { question: '22年那个函上留的邮箱现在还能发不', expect: { faq: 'letter-contacts' }, style: 'colloquial' },

  // ───────── 联系方式: near-misses ─────────
  { question: '工信部部长办公室电话多少', expect: { unsure: true }, style: 'off-topic' },
  { question: '12345市民热线能投诉我们小区物业不', expect: { unsure: true }, style: 'off-topic' },

  // ───────── 本应用使用: real questions ─────────
  { question: '这个小程序要先注册吗？咋登', expect: { faq: 'sign-in' }, style: 'colloquial' },
  { question: '为啥非要我验证手机号，不给行不', expect: { faq: 'verify-phone' }, style: 'colloquial' },
  { question: '表填一半有事出去了，回来还在不', expect: { faq: 'drafts' }, style: 'colloquial' },
  { question: '审核结果出来了会通知我不，在哪看', expect: { faq: 'notifications' }, style: 'colloquial' },
  { question: '申请都有几种状态啊，已签约后面还有啥', expect: { faq: 'status-flow' }, style: 'colloquial' },
  { question: '我的表给打回来了，咋整', expect: { faq: 'returned' }, style: 'colloquial' },
  { question: '申清被退会了怎么办', expect: { faq: 'returned' }, style: 'typo' },
  { question: '交了又后悔了，能撤回来不', expect: { faq: 'withdraw' }, style: 'colloquial' },
  { question: '交上去才发现电话写错了，还能改不', expect: { faq: 'edit-after-submit' }, style: 'colloquial' },
  { question: '没通过，下回还能再报不', expect: { faq: 'declined' }, style: 'colloquial' },
  { question: '想看别的城市的名片，从哪儿进', expect: { faq: 'browse-cards' }, style: 'colloquial' },
  { question: '这上面的名片都是官方公布的吗，靠谱不', expect: { faq: 'sample-data' }, style: 'colloquial' },
  { question: '咋把这个名片发到家族群里', expect: { faq: 'share' }, style: 'colloquial' },
  { question: '有英文版不，老外同事也想看', expect: { faq: 'english-version' }, style: 'colloquial' },
  { question: '我就一普通老百姓，能用这个小程序不', expect: { faq: 'who-can-use' }, style: 'colloquial' },

  // ───────── 本应用使用: near-misses (other apps, personal troubles) ─────────
  { question: '淘宝登不上去了一直转圈圈', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信群里的聊天记录咋批量删', expect: { unsure: true }, style: 'off-topic' },
  { question: '支付宝花呗逾期了咋整，会上征信不', expect: { unsure: true }, style: 'off-topic' },
  { question: '12306抢不到回家的票，有啥办法', expect: { unsure: true }, style: 'off-topic' },
  { question: '我抖音号被封了，找谁申诉', expect: { unsure: true }, style: 'off-topic' },

  // ───────── other programmes and everyday off-topic ─────────
  { question: '制造业单项冠军今年啥时候开始申报', expect: { unsure: true }, style: 'off-topic' },
  { question: '工业旅游示范基地咋申请，有奖励不', expect: { unsure: true }, style: 'off-topic' },
  { question: '明天东莞下不下雨', expect: { unsure: true }, style: 'off-topic' },
  { question: '腰疼贴啥膏药好使', expect: { unsure: true }, style: 'off-topic' },
  { question: '附近有啥好吃的螺蛳粉店推荐', expect: { unsure: true }, style: 'off-topic' },

  // ───────── catalogue: regions in everyday words ─────────
  {
    question: '广东那边都有啥名片',
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
    question: '浙江的产业名片给我瞅瞅',
    expect: {
      cards: ['hangzhou-digital-city', 'qiantang-china-medicine-port', 'ningbo-port-city-making', 'wenzhou-private-manufacturing', 'yiwu-world-supermarket'],
    },
    style: 'region',
  },
  {
    question: '俺们山东有哪些名片啊',
    expect: { cards: ['binzhou-high-end-aluminium', 'linyi-trade-logistics', 'weifang-power-and-kites', 'qingdao-city-of-brands'] },
    style: 'region',
  },
  {
    question: '福建老家这边有名片没',
    expect: {
      cards: ['dehua-porcelain-capital', 'zherong-knives-and-scissors', 'quanzhou-maritime-silk-manufacturing', 'jinjiang-sportswear'],
    },
    style: 'region',
  },
  {
    question: '咱东北三省有啥名片不',
    expect: { cards: ['shenyang-equipment-base', 'changchun-motor-city', 'harbin-power-equipment'] },
    style: 'region',
  },
  { question: '上海有没有产业名片啊', expect: { cards: [] }, style: 'region' },
  { question: '北京有名片不', expect: { cards: [] }, style: 'region' },
  { question: '四川的名片有哪些嘛', expect: { cards: ['chengdu-tianfu-smart-making', 'yibin-baijiu-and-batteries'] }, style: 'region' },
  { question: '内蒙古有啥名片', expect: { cards: ['baotou-rare-earth-capital', 'ordos-zero-carbon-energy'] }, style: 'region' },
  {
    question: '湖南的名片都给我列一下',
    expect: { cards: ['chenzhou-nonferrous-metals', 'zhuzhou-rail-transit-equipment', 'changsha-construction-machinery'] },
    style: 'region',
  },
  { question: '江苏这边有哪几张', expect: { cards: ['kunshan-county-manufacturing', 'suzhou-gusu-innovation', 'wuxi-iot-city'] }, style: 'region' },
  { question: '贵州有名片吗', expect: { cards: ['zunyi-sauce-aroma-baijiu', 'guiyang-china-data-valley'] }, style: 'region' },
  { question: '河北的名片有哪些', expect: { cards: ['baoding-electric-valley', 'tangshan-cradle-of-modern-industry'] }, style: 'region' },
  { question: '湖南有没有2025年的名片', expect: { cards: [] }, style: 'region' },
  { question: '青海有产业名片吗', expect: { cards: [] }, style: 'region' },

  // ───────── catalogue: industries in everyday words ─────────
  { question: '做白酒的地方有名片不', expect: { cards: ['zunyi-sauce-aroma-baijiu', 'yibin-baijiu-and-batteries'] }, style: 'industry' },
  {
    question: '烧陶瓷的城市有哪些名片',
    expect: {
      cards: ['dehua-porcelain-capital', 'jingdezhen-millennium-porcelain', 'foshan-ceramics-and-appliances', 'tangshan-cradle-of-modern-industry'],
    },
    style: 'industry',
  },
  { question: '做菜刀剪刀的有名片吗', expect: { cards: ['zherong-knives-and-scissors', 'yangjiang-knife-capital'] }, style: 'industry' },
  { question: '稀土相关的名片有哪些', expect: { cards: ['baotou-rare-earth-capital', 'ganzhou-tungsten-rare-earth'] }, style: 'industry' },
  { question: '有没有酿葡萄酒的名片', expect: { cards: ['yinchuan-helan-mountain-wine'] }, style: 'industry' },
  { question: '种花卖花的有名片不', expect: { cards: ['kunming-spring-city-flowers'] }, style: 'industry' },
  { question: '螺蛳粉也算产业名片？哪个城市的', expect: { cards: ['liuzhou-industrial-landscape'] }, style: 'industry' },
  {
    question: '工程机械的名片有哪几张',
    expect: { cards: ['linyi-trade-logistics', 'changsha-construction-machinery', 'liuzhou-industrial-landscape'] },
    style: 'industry',
  },
  { question: '卖小商品的有名片吗', expect: { cards: ['yiwu-world-supermarket'] }, style: 'industry' },
  { question: '搞大数据的城市名片', expect: { cards: ['guiyang-china-data-valley'] }, style: 'industry' },
  { question: '做风筝的有名片没', expect: { cards: ['weifang-power-and-kites'] }, style: 'industry' },
  { question: '集成电路方面有哪些名片', expect: { cards: ['wuxi-iot-city', 'hefei-chips-screens-cars'] }, style: 'industry' },
  {
    question: '石油化工的名片有哪些',
    expect: {
      cards: ['quanzhou-maritime-silk-manufacturing', 'lanzhou-yellow-river-petrochemicals', 'urumqi-silk-road-hub'],
    },
    style: 'industry',
  },
  {
    question: '科创热点那类的名片都有谁',
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

  // ───────── catalogue: counts ─────────
  { question: '目录里现在一共能看到几张名片', expect: { count: 50 }, style: 'count' },
  { question: '目录里的主名片一共几张', expect: { count: 15 }, style: 'count' },
  { question: '特色名片现在目录里有多少个', expect: { count: 35 }, style: 'count' },
  { question: '目录里2024年批次的名片有几张', expect: { count: 22 }, style: 'count' },
  { question: '广东一共几张名片', expect: { count: 6 }, style: 'count' },
  { question: '科创热点主题的有几张', expect: { count: 10 }, style: 'count' },
  { question: '升级更新那个主题的名片多少张', expect: { count: 14 }, style: 'count' },
  { question: '浙江的主名片有几张', expect: { count: 2 }, style: 'count' },
  { question: '山东2025年的名片有几张', expect: { count: 1 }, style: 'count' },
  { question: '创新消费的名片有多少个', expect: { count: 12 }, style: 'count' },

  // ───────── my own application's status ─────────
  { question: '我们报的那个现在到哪一步了', expect: { status: true }, style: 'status' },
  { question: '俺们县的申请咋还没动静呢，帮查查', expect: { status: true }, style: 'status' },
  { question: '我交的登记表审了没', expect: { status: true }, style: 'status' },
  { question: '我的申请过了没有啊', expect: { status: true }, style: 'status' },
  { question: '帮我看看我那个申请是不是还在协商中', expect: { status: true }, style: 'status' },
  { question: '我们园区上个月交的表，现在啥情况', expect: { status: true }, style: 'status' },
  { question: '我们报的那份签约了没', expect: { status: true }, style: 'status' },
  { question: '查一下我提交的申请进度', expect: { status: true }, style: 'status' },
  { question: '上周提交的那个有回音没', expect: { status: true }, style: 'status' },
  { question: 'What is the status of my application?', expect: { status: true }, style: 'status' },

  // ───────── someone else's application: not my status ─────────
  { question: '隔壁县报的那个批下来没', expect: { unsure: true }, style: 'off-topic' },
  { question: '帮我查下我朋友在宁波报的申请到哪了', expect: { unsure: true }, style: 'off-topic' },

  // ───────── asking for a person ─────────
  { question: '给我转个人工呗', expect: { handoff: true }, style: 'handoff' },
  { question: '找个真人跟我说话', expect: { handoff: true }, style: 'handoff' },
  { question: '机器人说不明白，叫你们工作人员来', expect: { handoff: true }, style: 'handoff' },
  { question: '有活人没', expect: { handoff: true }, style: 'handoff' },
  { question: '我要跟工作人员直接沟通', expect: { handoff: true }, style: 'handoff' },
  { question: '不想跟机器聊了，换个人', expect: { handoff: true }, style: 'handoff' },
  { question: '麻烦帮我接一下人工客服', expect: { handoff: true }, style: 'handoff' },
  { question: '能安排个老师跟我对接下不', expect: { handoff: true }, style: 'handoff' },
  { question: '俺要找人工', expect: { handoff: true }, style: 'handoff' },
  { question: 'I would like to talk to a real person please', expect: { handoff: true }, style: 'handoff' },
  { question: '人工人工人工', expect: { handoff: true }, style: 'handoff' },
];
