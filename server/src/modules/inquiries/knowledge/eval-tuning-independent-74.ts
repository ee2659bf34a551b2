// Independent tuning set 74: written 2026-12-04 by a writer who never saw the bot or its other evaluation sets, from the FAQ, the sample catalogue and PRODUCT.md only. About half off-topic questions of every kind a public chat-bot receives (far topics, look-alikes sharing a word with the programme, traditional characters, pinyin, English, typos, near misses), the other half a control group of FAQ questions over every key, catalogue, status and handoff questions.
import type { EvalCase } from './types';

export const independentTuningSet74: EvalCase[] = [
  // ───── off-topic: far (weather, travel, food, health, pets, law, tax, social insurance, documents, school, jobs, stocks, coding, jokes, poems, translation) ─────
  { question: '明天北京会下雨吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '这周末上海最高气温多少度？', expect: { unsure: true }, style: 'off-topic' },
  { question: '五一去三亚玩几天比较合适', expect: { unsure: true }, style: 'off-topic' },
  { question: '红烧肉怎么做才不腻？', expect: { unsure: true }, style: 'off-topic' },
  { question: '感冒发烧吃什么药好得快', expect: { unsure: true }, style: 'off-topic' },
  { question: '血压有点高，平时饮食要注意啥', expect: { unsure: true }, style: 'off-topic' },
  { question: '我家猫两天不吃东西了怎么办', expect: { unsure: true }, style: 'off-topic' },
  { question: '狗狗的狂犬疫苗一年打几次？', expect: { unsure: true }, style: 'off-topic' },
  { question: '楼上装修天天吵，能去法院起诉吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '劳动合同到期公司不续签，有没有经济补偿？', expect: { unsure: true }, style: 'off-topic' },
  { question: '个税年度汇算在哪里申请退税', expect: { unsure: true }, style: 'off-topic' },
  { question: '社保断缴三个月对以后买房有影响吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '公积金能提出来交房租吗，怎么操作', expect: { unsure: true }, style: 'off-topic' },
  { question: '身份证丢了去哪里补办？要带什么', expect: { unsure: true }, style: 'off-topic' },
  { question: '去日本旅游的签证怎么办理', expect: { unsure: true }, style: 'off-topic' },
  { question: '孩子明年上小学，报名要准备哪些材料？', expect: { unsure: true }, style: 'off-topic' },
  { question: '今年考研报名什么时候开始', expect: { unsure: true }, style: 'off-topic' },
  { question: '应届生找工作简历该怎么写才好', expect: { unsure: true }, style: 'off-topic' },
  { question: '今天A股大盘是涨是跌？', expect: { unsure: true }, style: 'off-topic' },
  { question: '帮我写一段Python代码，读取Excel表格', expect: { unsure: true }, style: 'off-topic' },
  { question: 'JavaScript里的闭包到底是什么意思', expect: { unsure: true }, style: 'off-topic' },
  { question: '无聊，讲个笑话听听', expect: { unsure: true }, style: 'off-topic' },
  { question: '给我写一首关于秋天的小诗', expect: { unsure: true }, style: 'off-topic' },
  { question: '“欢迎光临”用日语怎么说', expect: { unsure: true }, style: 'off-topic' },
  { question: '医保卡在外地看病能报销吗？', expect: { unsure: true }, style: 'off-topic' },
  { question: '现在首套房的房贷利率是多少', expect: { unsure: true }, style: 'off-topic' },

  // ───── off-topic: look-alikes sharing a word with the programme ─────
  // 名片 as a business card / e-card
  { question: '印一盒商务名片大概多少钱？', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信里怎么制作自己的电子名片', expect: { unsure: true }, style: 'off-topic' },
  { question: '企业微信的对外名片在哪里设置？', expect: { unsure: true }, style: 'off-topic' },
  { question: '有没有好用的扫描名片识别的APP推荐', expect: { unsure: true }, style: 'off-topic' },
  { question: '名片上“销售总监”的英文怎么写', expect: { unsure: true }, style: 'off-topic' },
  // 申请 of other things
  { question: '信用卡申请一般多久能批下来', expect: { unsure: true }, style: 'off-topic' },
  { question: '公租房申请需要满足什么条件？', expect: { unsure: true }, style: 'off-topic' },
  { question: '发明专利的申请流程是怎样的', expect: { unsure: true }, style: 'off-topic' },
  { question: '个体户营业执照网上怎么申请', expect: { unsure: true }, style: 'off-topic' },
  { question: '怎么申请一个微信公众号？', expect: { unsure: true }, style: 'off-topic' },
  // 审核 of other things
  { question: '抖音发的视频一直显示审核中是怎么回事', expect: { unsure: true }, style: 'off-topic' },
  { question: '小红书笔记审核不通过怎么办？', expect: { unsure: true }, style: 'off-topic' },
  { question: '淘宝开店资料审核要几天', expect: { unsure: true }, style: 'off-topic' },
  { question: '网约车司机资格审核一般要多久', expect: { unsure: true }, style: 'off-topic' },
  // 状态 of orders or parcels
  { question: '我的快递状态三天都没更新了', expect: { unsure: true }, style: 'off-topic' },
  { question: '京东订单状态显示已出库，是已经发货了吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '外卖订单状态一直是商家已接单，骑手呢', expect: { unsure: true }, style: 'off-topic' },
  { question: '淘宝退款状态一直是待处理怎么办', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信状态怎么设置成“忙碌”？', expect: { unsure: true }, style: 'off-topic' },
  // 人工客服 of other companies
  { question: '中国移动的客服电话怎么转人工？', expect: { unsure: true }, style: 'off-topic' },
  { question: '淘宝的人工客服在哪里找', expect: { unsure: true }, style: 'off-topic' },
  { question: '招商银行信用卡人工客服电话是多少', expect: { unsure: true }, style: 'off-topic' },
  { question: '顺丰快递打电话转人工要按几号键', expect: { unsure: true }, style: 'off-topic' },
  { question: '12306的人工客服怎么联系上？', expect: { unsure: true }, style: 'off-topic' },
  // 纪录片 other than the programme's films
  { question: '《舌尖上的中国》在哪能看全集', expect: { unsure: true }, style: 'off-topic' },
  { question: '纪录片《大国重器》一共拍了几季？', expect: { unsure: true }, style: 'off-topic' },
  { question: '推荐几部BBC拍的自然纪录片', expect: { unsure: true }, style: 'off-topic' },
  { question: '《航拍中国》第四季什么时候更新', expect: { unsure: true }, style: 'off-topic' },
  // 产业 questions about one company
  { question: '比亚迪今年一共卖了多少辆车', expect: { unsure: true }, style: 'off-topic' },
  { question: '宁德时代最近股价怎么样，能买吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '华为在东莞松山湖有多少员工？', expect: { unsure: true }, style: 'off-topic' },
  { question: '海尔集团是哪一年成立的', expect: { unsure: true }, style: 'off-topic' },
  { question: '安踏去年营收有多少亿？', expect: { unsure: true }, style: 'off-topic' },
  // 城市 travel questions about cities in the catalogue
  { question: '去景德镇旅游住哪一片比较方便？', expect: { unsure: true }, style: 'off-topic' },
  { question: '西安兵马俑的门票多少钱', expect: { unsure: true }, style: 'off-topic' },
  { question: '成都有什么好吃的火锅店推荐吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '杭州西湖几月份去最好看？', expect: { unsure: true }, style: 'off-topic' },
  { question: '哈尔滨冰雪大世界今年什么时候开园', expect: { unsure: true }, style: 'off-topic' },
  { question: '重庆洪崖洞晚上几点亮灯', expect: { unsure: true }, style: 'off-topic' },
  { question: '从昆明坐高铁到大理要多久？', expect: { unsure: true }, style: 'off-topic' },
  { question: '网上买柳州螺蛳粉哪个牌子好吃', expect: { unsure: true }, style: 'off-topic' },
  { question: '青岛啤酒节今年几号开始？', expect: { unsure: true }, style: 'off-topic' },

  // ───── off-topic: traditional characters, pinyin, English, typos ─────
  { question: '請問明天台北會下雨嗎？', expect: { unsure: true }, style: 'off-topic' },
  { question: '護照過期了要去哪裡換新的', expect: { unsure: true }, style: 'off-topic' },
  { question: '有沒有推薦的港式茶餐廳', expect: { unsure: true }, style: 'off-topic' },
  { question: '健保卡遺失了怎麼補辦？', expect: { unsure: true }, style: 'off-topic' },
  { question: 'jintian tianqi zenmeyang', expect: { unsure: true }, style: 'off-topic' },
  { question: 'fujin you shenme haochi de', expect: { unsure: true }, style: 'off-topic' },
  { question: 'wo xiang mai yi zhang qu shanghai de huochepiao', expect: { unsure: true }, style: 'off-topic' },
  { question: 'shenfenzheng guoqi le zenme ban', expect: { unsure: true }, style: 'off-topic' },
  { question: 'gei wo jiang ge xiaohua ba', expect: { unsure: true }, style: 'off-topic' },
  { question: "What's the weather like in Shanghai this weekend?", expect: { unsure: true }, style: 'off-topic' },
  { question: 'Can you recommend a good hotel in Chengdu?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How do I renew my Chinese work visa?', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Write me a haiku about the sea.', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Translate "thank you very much" into French please', expect: { unsure: true }, style: 'off-topic' },
  { question: '今天天汽好不好，要带伞吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '社宝断交了几个月怎么补', expect: { unsure: true }, style: 'off-topic' },
  { question: '公鸡金怎么提取出来', expect: { unsure: true }, style: 'off-topic' },
  { question: '身分证过期了去哪换', expect: { unsure: true }, style: 'off-topic' },
  { question: '快递查不到物刘信息了咋办', expect: { unsure: true }, style: 'off-topic' },

  // ───── off-topic: near misses about the programme that the FAQ does not answer ─────
  { question: '工业文化发展中心现在的主任是谁？', expect: { unsure: true }, style: 'off-topic' },
  { question: '国家工业遗产名单要怎么申报', expect: { unsure: true }, style: 'off-topic' },
  { question: '国家工业旅游示范基地今年什么时候开始申报？', expect: { unsure: true }, style: 'off-topic' },
  { question: '专精特新“小巨人”企业怎么认定', expect: { unsure: true }, style: 'off-topic' },
  { question: '制造业单项冠军申报需要满足哪些条件', expect: { unsure: true }, style: 'off-topic' },
  { question: '2026年的产业名片大会在哪个城市举办？', expect: { unsure: true }, style: 'off-topic' },
  { question: '天工短视频平台的APP在哪里下载', expect: { unsure: true }, style: 'off-topic' },
  { question: '微纪录片的旁白配音是谁配的？', expect: { unsure: true }, style: 'off-topic' },
  { question: '你们中心招不招实习生', expect: { unsure: true }, style: 'off-topic' },
  { question: '中国工业文化大会的门票在哪里买', expect: { unsure: true }, style: 'off-topic' },
  { question: '工信部现任部长是谁', expect: { unsure: true }, style: 'off-topic' },
  { question: '东莞那次产业名片大会一共来了多少人？', expect: { unsure: true }, style: 'off-topic' },
  { question: '德化县去年陶瓷出口额是多少', expect: { unsure: true }, style: 'off-topic' },

  // ───── control: FAQ, programme ─────
  { question: '产业名片打造计划到底是个啥项目？', expect: { faq: 'what-is-programme' }, style: 'colloquial' },
  { question: '這個計劃是哪個單位在組織實施的？', expect: { faq: 'who-runs' }, style: 'traditional' },
  { question: '搞产业名片计划是依据哪份文件来的', expect: { faq: 'policy-basis' }, style: 'plain' },
  { question: '这个计划想达到哪几个目的？', expect: { faq: 'programme-purposes' }, style: 'plain' },
  { question: 'dao 2025 nian yao da zao duoshao zhang mingpian', expect: { faq: 'target-2025' }, style: 'pinyin' },
  { question: '地方参加是自愿的还是上面硬性摊派的', expect: { faq: 'principles' }, style: 'colloquial' },
  { question: '产业名片是不是会发一张实物卡给我们？', expect: { faq: 'what-is-industry-card' }, style: 'colloquial' },

  // ───── control: FAQ, eligibility ─────
  { question: 'Who is eligible to apply for the industry card programme?', expect: { faq: 'who-may-apply' }, style: 'english' },
  { question: '我们是个县级市，能不能自己单独报', expect: { faq: 'county-eligible' }, style: 'colloquial' },
  { question: '我们是国家级高新区，可以作为申请区域报名吗？', expect: { faq: 'zone-eligible' }, style: 'plain' },
  { question: '省工信厅能以全省的名义申请吗', expect: { faq: 'province-eligible' }, style: 'plain' },
  { question: '是不是只要报了名就一定能选上？', expect: { faq: 'selection-criteria' }, style: 'colloquial' },
  { question: '产值不到一千亿的城市是不是就没资格报了', expect: { faq: 'industry-threshold' }, style: 'plain' },
  { question: '我们是一家民营制造企业，能直接申请产业名片吗', expect: { faq: 'enterprise-apply' }, style: 'plain' },

  // ───── control: FAQ, how to apply ─────
  { question: '参加这个计划大概要走哪几个步骤', expect: { faq: 'how-to-participate' }, style: 'plain' },
  { question: '报名一定得先让省里推荐吗，能不能直接报给你们', expect: { faq: 'provincial-recommendation' }, style: 'colloquial' },
  { question: '小程序里在哪里填登计表？', expect: { faq: 'apply-in-app' }, style: 'typo' },
  { question: '签约的话，合作协议里面都约定些什么内容', expect: { faq: 'agreement' }, style: 'plain' },
  { question: 'canjia zhege jihua yao jiao qian ma', expect: { faq: 'fees' }, style: 'pinyin' },
  { question: '报名要准备啥资料，除了登记表还要别的吗', expect: { faq: 'materials' }, style: 'colloquial' },
  { question: '首批没赶上，以后还会有机会吗？', expect: { faq: 'batches' }, style: 'colloquial' },
  { question: '同一个区在一次征集里能交两份登记表吗', expect: { faq: 'one-application-per-region' }, style: 'plain' },
  { question: '表在线填完以后，还需要另外发邮件给中心吗', expect: { faq: 'submit-where' }, style: 'plain' },

  // ───── control: FAQ, form ─────
  { question: '登記表一共要填哪幾項內容？', expect: { faq: 'form-fields' }, style: 'traditional' },
  { question: '申请区域那一栏要写到哪一级，园区该怎么选', expect: { faq: 'form-region' }, style: 'plain' },
  { question: '牵头单位一栏应该写哪个部门，管委会行不行？', expect: { faq: 'form-lead-unit' }, style: 'plain' },
  { question: '主导产业我们想写五个，可以吗', expect: { faq: 'form-leading-industries' }, style: 'plain' },
  { question: '特色产业是必填的吗？最多能写几个', expect: { faq: 'form-featured-industries' }, style: 'plain' },
  { question: '区域简界最多能写多少字', expect: { faq: 'form-intro' }, style: 'typo' },
  { question: '联系人一栏写分管领导还是具体经办的同志？', expect: { faq: 'form-contact' }, style: 'plain' },
  { question: '联系电话想填办公室座机，格式怎么写', expect: { faq: 'form-phone' }, style: 'plain' },
  { question: '附件能传word文档吗？大小有没有限制', expect: { faq: 'form-attachments' }, style: 'plain' },

  // ───── control: FAQ, deadlines ─────
  { question: '2022年第一批征集是几号截止的', expect: { faq: 'deadline-first-call' }, style: 'plain' },
  { question: '现在还能审请吗？这次征集啥时候截至', expect: { faq: 'deadline-current' }, style: 'typo' },
  { question: '截止日期已经过了两天，还能补交吗', expect: { faq: 'late-submission' }, style: 'plain' },
  { question: '交上去以后一般要等多久才有回复？', expect: { faq: 'review-time' }, style: 'colloquial' },
  { question: '产业名片一般每年什么时候公布', expect: { faq: 'release-timing' }, style: 'plain' },

  // ───── control: FAQ, tiers ─────
  { question: '主名片指的是什么样的名片？', expect: { faq: 'tier-main' }, style: 'plain' },
  { question: 'What is a featured card?', expect: { faq: 'tier-featured' }, style: 'english' },
  { question: '主明片和特色明片有啥区别', expect: { faq: 'tier-difference' }, style: 'typo' },
  { question: '填登记表的时候能自己选报主名片吗', expect: { faq: 'tier-choose' }, style: 'plain' },
  { question: '一个城市最多能拿几张产业名片？', expect: { faq: 'tier-system' }, style: 'plain' },

  // ───── control: FAQ, centre services ─────
  { question: '签了协议以后中心会帮我们做哪些事', expect: { faq: 'centre-tasks' }, style: 'plain' },
  { question: '名片标识都包含些什么内容？', expect: { faq: 'card-identity' }, style: 'plain' },
  { question: '生态方阵是个什么组织，大学能加入吗', expect: { faq: 'ecosystem-matrix' }, style: 'plain' },
  { question: '名片做出来以后由谁负责运营管理？', expect: { faq: 'card-management' }, style: 'plain' },
  { question: '中心会通过哪些渠道宣传产业名片', expect: { faq: 'promotion' }, style: 'plain' },
  { question: '听说产业名片还要发行数字藏品，是真的吗', expect: { faq: 'digital-collectibles' }, style: 'colloquial' },
  { question: '计划里说的标志性载体具体指哪些？', expect: { faq: 'landmarks-clusters' }, style: 'plain' },
  { question: '文化赋能产业创新发展综合体包含哪几块', expect: { faq: 'culture-complex' }, style: 'plain' },
  { question: '参加了国家会给补贴资金吗？', expect: { faq: 'funding' }, style: 'plain' },

  // ───── control: FAQ, evaluation ─────
  { question: '有影响力产业名片的评价体系有多少项指标', expect: { faq: 'evaluation-system' }, style: 'plain' },
  { question: '名片评上了是永久的吗，会不会被摘掉', expect: { faq: 'value-assessment' }, style: 'colloquial' },
  { question: '“竞争力下的影响力”这个说法该怎么理解？', expect: { faq: 'influence-under-competitiveness' }, style: 'plain' },

  // ───── control: FAQ, films ─────
  { question: '“3分钟爱上中国产业名片”这个项目是干嘛的', expect: { faq: 'films-what' }, style: 'plain' },
  { question: '微纪录片在应用哪个地方能看到？', expect: { faq: 'films-where' }, style: 'plain' },
  { question: 'How long is each micro-documentary?', expect: { faq: 'films-length' }, style: 'english' },
  { question: '想给我们县也拍一部微纪录片，该怎么弄', expect: { faq: 'films-our-city' }, style: 'colloquial' },

  // ───── control: FAQ, events ─────
  { question: '首批区域是在哪个大会上签的约？', expect: { faq: 'signing-2022' }, style: 'plain' },
  { question: 'di yi pi qianyue de shidian chengshi you naxie', expect: { faq: 'pilot-regions-2022' }, style: 'pinyin' },
  { question: '2024年泉州那次发布的“30+50”是什么意思', expect: { faq: 'release-2024' }, style: 'plain' },
  { question: '2025年的产业名片大会是在哪个城市开的？', expect: { faq: 'conference-2025' }, style: 'plain' },
  { question: '2025中国有影响力产业名片的完整榜单公布了吗', expect: { faq: 'list-2025' }, style: 'plain' },
  { question: '2025年那三类主题名片分别叫什么？', expect: { faq: 'themes-2025' }, style: 'plain' },
  { question: '大会上首发的那本产业名片新书叫什么名字', expect: { faq: 'new-book' }, style: 'plain' },
  { question: '中國產業地理盛典是什麼樣的活動？', expect: { faq: 'geography-gala' }, style: 'traditional' },

  // ───── control: FAQ, contact ─────
  { question: '想联系你们中心，有没有什么联系方式', expect: { faq: 'contact-centre' }, style: 'colloquial' },
  { question: '人工客服是怎么接入的？晚上有人回吗', expect: { faq: 'human-agent' }, style: 'plain' },
  { question: '2022年那份函上留的邮箱现在还能用吗', expect: { faq: 'letter-contacts' }, style: 'plain' },

  // ───── control: FAQ, the app ─────
  { question: '怎么登陆这个小程续，要先注册吗', expect: { faq: 'sign-in' }, style: 'typo' },
  { question: '为啥提交申请前非得验证手机号？', expect: { faq: 'verify-phone' }, style: 'colloquial' },
  { question: '登记表填到一半手机没电了，之前填的会不会没了', expect: { faq: 'drafts' }, style: 'colloquial' },
  { question: '申请状态有变化的话会提醒我吗？在哪看消息', expect: { faq: 'notifications' }, style: 'plain' },
  { question: '“打造中”这个状态是什么意思', expect: { faq: 'status-flow' }, style: 'plain' },
  { question: '申请被退回来了，我该怎么处理？', expect: { faq: 'returned' }, style: 'colloquial' },
  { question: 'Can I withdraw my application after submitting it?', expect: { faq: 'withdraw' }, style: 'english' },
  { question: '登记表已经提交了，发现电话写错了还能改吗', expect: { faq: 'edit-after-submit' }, style: 'plain' },
  { question: '申请没被通过的话，还能再报吗？', expect: { faq: 'declined' }, style: 'plain' },
  { question: '名片目录能按省份筛选吗', expect: { faq: 'browse-cards' }, style: 'plain' },
  { question: '应用里展示的这些名片都是官方正式发布的吗？', expect: { faq: 'sample-data' }, style: 'plain' },
  { question: '看到一张名片想发给同事，怎么操作', expect: { faq: 'share' }, style: 'plain' },
  { question: 'Does this app have an English interface?', expect: { faq: 'english-version' }, style: 'english' },
  { question: '我不是政府部门的，普通人能用这个小程序干嘛', expect: { faq: 'who-can-use' }, style: 'colloquial' },

  // ───── control: catalogue by region ─────
  { question: '杭州有哪些产业名片？', expect: { cards: ['hangzhou-digital-city', 'qiantang-china-medicine-port'] }, style: 'region' },
  {
    question: '山东省都有哪些名片',
    expect: { cards: ['binzhou-high-end-aluminium', 'linyi-trade-logistics', 'weifang-power-and-kites', 'qingdao-city-of-brands'] },
    style: 'region',
  },
  {
    question: '广东有哪些地方上了名片目录？',
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
    question: '湖南的产业名片有哪些',
    expect: { cards: ['chenzhou-nonferrous-metals', 'zhuzhou-rail-transit-equipment', 'changsha-construction-machinery'] },
    style: 'region',
  },
  { question: '洛阳的产业名片是什么？', expect: { cards: ['luoyang-agricultural-machinery'] }, style: 'region' },
  {
    question: '泉州有哪些产业名片',
    expect: { cards: ['quanzhou-maritime-silk-manufacturing', 'dehua-porcelain-capital', 'jinjiang-sportswear'] },
    style: 'region',
  },
  { question: '內蒙古有哪些產業名片？', expect: { cards: ['baotou-rare-earth-capital', 'ordos-zero-carbon-energy'] }, style: 'region' },
  { question: '北京有产业名片吗', expect: { cards: [] }, style: 'region' },
  { question: '西藏有没有产业名片？', expect: { cards: [] }, style: 'region' },

  // ───── control: catalogue by industry ─────
  {
    question: '做陶瓷的产业名片有哪几张',
    expect: { cards: ['dehua-porcelain-capital', 'jingdezhen-millennium-porcelain', 'foshan-ceramics-and-appliances', 'tangshan-cradle-of-modern-industry'] },
    style: 'industry',
  },
  { question: '白酒产业的名片有哪些？', expect: { cards: ['zunyi-sauce-aroma-baijiu', 'yibin-baijiu-and-batteries'] }, style: 'industry' },
  { question: '稀土相关的产业名片有哪些', expect: { cards: ['baotou-rare-earth-capital', 'ganzhou-tungsten-rare-earth'] }, style: 'industry' },
  {
    question: '工程机械方面有哪些城市的名片？',
    expect: { cards: ['changsha-construction-machinery', 'linyi-trade-logistics', 'liuzhou-industrial-landscape'] },
    style: 'industry',
  },
  { question: '有没有做葡萄酒的产业名片', expect: { cards: ['yinchuan-helan-mountain-wine'] }, style: 'industry' },
  {
    question: '家电产业的名片都有哪些城市？',
    expect: { cards: ['zhongshan-lighting-capital', 'foshan-ceramics-and-appliances', 'ningbo-port-city-making', 'qingdao-city-of-brands'] },
    style: 'industry',
  },
  { question: '有没有咖啡产业的名片', expect: { cards: [] }, style: 'industry' },

  // ───── control: catalogue counts ─────
  { question: '目录里现在一共有多少张名片？', expect: { count: 50 }, style: 'count' },
  { question: '目录里的主名片现在有几张', expect: { count: 15 }, style: 'count' },
  { question: '目录里特色名片一共多少个？', expect: { count: 35 }, style: 'count' },
  { question: '2024年那批名片目录里有几张', expect: { count: 22 }, style: 'count' },
  { question: '广东省有几张产业名片？', expect: { count: 6 }, style: 'count' },
  { question: '科创热点主题的名片有几张', expect: { count: 10 }, style: 'count' },

  // ───── control: my application's status ─────
  { question: '我上周提交的登记表现在到哪一步了？', expect: { status: true }, style: 'status' },
  { question: '帮我查一下我们区那份申请的进度', expect: { status: true }, style: 'status' },
  { question: '我的申请审核通过了没有', expect: { status: true }, style: 'status' },
  { question: '我们报的那份申请现在还在协商中吗？', expect: { status: true }, style: 'status' },
  { question: 'wo de shenqing xianzai shi shenme zhuangtai', expect: { status: true }, style: 'status' },
  { question: 'What is the status of my application?', expect: { status: true }, style: 'status' },

  // ───── control: handoff ─────
  { question: '转人工', expect: { handoff: true }, style: 'handoff' },
  { question: '我想直接跟你们中心的工作人员聊', expect: { handoff: true }, style: 'handoff' },
  { question: '机器人说不清楚，帮我接个真人', expect: { handoff: true }, style: 'handoff' },
  { question: '麻烦现在给我转一下人工客服', expect: { handoff: true }, style: 'handoff' },
  { question: 'Can I talk to a real person please?', expect: { handoff: true }, style: 'handoff' },
];
