// Independent tuning set 71: written 2026-12-04 by a writer who never saw the bot or its other evaluation sets, from the FAQ, the sample catalogue and PRODUCT.md only. Phone-typed Simplified Chinese: near-miss off-topic questions that borrow the programme's own words (名片, 登记表, 申请, 签约, 大会, 小程序…) but ask what neither the FAQ nor the catalogue answers, against a control group covering every FAQ key, plus status and handoff requests.
import type { EvalCase } from './types';

export const independentTuningSet71: EvalCase[] = [
  // ───── near misses: other meanings of 名片 ─────
  { question: '怎么做一张电子名片发给客户', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信里怎么生成自己的个人名片二维码', expect: { unsure: true }, style: 'off-topic' },
  { question: '商务名片印500张大概多少钱', expect: { unsure: true }, style: 'off-topic' },
  { question: '公司要印新名片，有没有好看的名片设计模板推荐', expect: { unsure: true }, style: 'off-topic' },
  { question: '名片全能王扫描的名片怎么导到手机通讯录里', expect: { unsure: true }, style: 'off-topic' },
  { question: '钉钉里怎么把其中一张名片设成主名片', expect: { unsure: true }, style: 'off-topic' },
  { question: '企业微信的对外名片怎么改职务', expect: { unsure: true }, style: 'off-topic' },
  { question: '苹果手机的联系人名片怎么隔空投送给别人', expect: { unsure: true }, style: 'off-topic' },
  { question: '名片上印的二维码用什么软件做', expect: { unsure: true }, style: 'off-topic' },
  { question: '领英上的个人名片简介怎么写比较专业', expect: { unsure: true }, style: 'off-topic' },

  // ───── near misses: other 登记表 ─────
  { question: '不动产登记表在哪下载', expect: { unsure: true }, style: 'off-topic' },
  { question: '高校毕业生登记表的自我鉴定怎么写', expect: { unsure: true }, style: 'off-topic' },
  { question: '个体工商户登记表的经营范围怎么填', expect: { unsure: true }, style: 'off-topic' },
  { question: '志愿者登记表去哪里领', expect: { unsure: true }, style: 'off-topic' },
  { question: '退役军人信息采集登记表怎么填', expect: { unsure: true }, style: 'off-topic' },
  { question: '企业年报的登记表在哪个网站填', expect: { unsure: true }, style: 'off-topic' },

  // ───── near misses: other 申请 ─────
  { question: '公租房申请要满足什么条件', expect: { unsure: true }, style: 'off-topic' },
  { question: '申请低保需要准备哪些材料', expect: { unsure: true }, style: 'off-topic' },
  { question: '申请护照一般多久能拿到', expect: { unsure: true }, style: 'off-topic' },
  { question: '创业担保贷款怎么申请', expect: { unsure: true }, style: 'off-topic' },
  { question: '稳岗补贴今年怎么申请', expect: { unsure: true }, style: 'off-topic' },
  { question: '申请注册一个商标要花多少钱', expect: { unsure: true }, style: 'off-topic' },
  { question: '专精特新小巨人企业怎么申请', expect: { unsure: true }, style: 'off-topic' },
  { question: '高新技术企业认定申请要准备什么材料', expect: { unsure: true }, style: 'off-topic' },
  { question: '国家级绿色工厂怎么申报', expect: { unsure: true }, style: 'off-topic' },

  // ───── near misses: other national programmes ─────
  { question: '新型工业化产业示范基地要怎么申报才能评上', expect: { unsure: true }, style: 'off-topic' },
  { question: '全国工业旅游示范基地怎么申请', expect: { unsure: true }, style: 'off-topic' },
  { question: '国家工业遗产名单里都有哪些地方', expect: { unsure: true }, style: 'off-topic' },
  { question: '中国工业大奖的申报时间是什么时候', expect: { unsure: true }, style: 'off-topic' },
  { question: '制造业单项冠军今年几月开始报', expect: { unsure: true }, style: 'off-topic' },
  { question: '国家级工业设计中心认定有什么条件', expect: { unsure: true }, style: 'off-topic' },
  { question: '地理标志产品保护怎么申请', expect: { unsure: true }, style: 'off-topic' },
  { question: '全国百强县是怎么排出来的', expect: { unsure: true }, style: 'off-topic' },
  { question: '国家文化产业示范基地怎么申请', expect: { unsure: true }, style: 'off-topic' },

  // ───── near misses: other 评价体系 ─────
  { question: '全国文明城市的测评体系有哪些指标', expect: { unsure: true }, style: 'off-topic' },
  { question: '公司内部的绩效评价体系怎么搭建', expect: { unsure: true }, style: 'off-topic' },
  { question: '高校教师职称评价体系有什么新政策', expect: { unsure: true }, style: 'off-topic' },
  { question: 'ESG评价体系国内有哪些评级机构', expect: { unsure: true }, style: 'off-topic' },
  { question: '企业信用评价等级在哪里查', expect: { unsure: true }, style: 'off-topic' },

  // ───── near misses: other 中心 / people of the centre ─────
  { question: '街道便民服务中心能办居住证吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '人才交流中心的档案怎么调出来', expect: { unsure: true }, style: 'off-topic' },
  { question: '工业文化发展中心今年招人吗，怎么投简历', expect: { unsure: true }, style: 'off-topic' },
  { question: '工业文化发展中心的主任是谁', expect: { unsure: true }, style: 'off-topic' },
  { question: '工业文化发展中心是事业单位还是企业', expect: { unsure: true }, style: 'off-topic' },
  { question: '负责产业名片这块的工作人员一共有几个人', expect: { unsure: true }, style: 'off-topic' },

  // ───── near misses: 大会 details and other conferences ─────
  { question: '2024年泉州那次大会一共来了多少人', expect: { unsure: true }, style: 'off-topic' },
  { question: '2025东莞大会具体是在哪个会展中心开的', expect: { unsure: true }, style: 'off-topic' },
  { question: '东莞大会上是哪位领导讲的话', expect: { unsure: true }, style: 'off-topic' },
  { question: '产业名片大会的门票在哪买', expect: { unsure: true }, style: 'off-topic' },
  { question: '中国工业文化大会的参会报名入口在哪', expect: { unsure: true }, style: 'off-topic' },
  { question: '世界制造业大会今年什么时候开', expect: { unsure: true }, style: 'off-topic' },
  { question: '进博会怎么报名参展', expect: { unsure: true }, style: 'off-topic' },
  { question: '2025年东莞那个大会有直播回放吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '中国产业地理盛典在央视几套几点播', expect: { unsure: true }, style: 'off-topic' },

  // ───── near misses: 签约 ─────
  { question: '首批签约仪式上代表杭州签字的是谁', expect: { unsure: true }, style: 'off-topic' },
  { question: '成都签约那天有哪些企业代表到场', expect: { unsure: true }, style: 'off-topic' },
  { question: '家庭医生签约去哪里办', expect: { unsure: true }, style: 'off-topic' },
  { question: '新房网签备案怎么查询', expect: { unsure: true }, style: 'off-topic' },
  { question: '主播签约公会要注意哪些坑', expect: { unsure: true }, style: 'off-topic' },
  { question: '招商引资项目的签约仪式流程一般怎么安排', expect: { unsure: true }, style: 'off-topic' },

  // ───── near misses: 微纪录片 ─────
  { question: '拍微纪录片用什么相机比较好', expect: { unsure: true }, style: 'off-topic' },
  { question: '微纪录片剪辑一般用什么软件', expect: { unsure: true }, style: 'off-topic' },
  { question: '中国梦微纪录片大赛怎么投稿', expect: { unsure: true }, style: 'off-topic' },
  { question: '航拍中国第五季什么时候上线', expect: { unsure: true }, style: 'off-topic' },
  { question: '东莞那部微纪录片的导演是谁', expect: { unsure: true }, style: 'off-topic' },
  { question: '纪录片里那首背景音乐叫什么名字', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信视频号怎么发超过3分钟的视频', expect: { unsure: true }, style: 'off-topic' },

  // ───── near misses: 小程序 and other apps ─────
  { question: '开发一个微信小程序大概要多少钱', expect: { unsure: true }, style: 'off-topic' },
  { question: '这个小程序的账号怎么注销', expect: { unsure: true }, style: 'off-topic' },
  { question: '小程序怎么添加到手机桌面', expect: { unsure: true }, style: 'off-topic' },
  { question: '个人能注册微信小程序吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '粤省事小程序怎么查社保缴费记录', expect: { unsure: true }, style: 'off-topic' },
  { question: '国家政务服务平台小程序能办哪些事', expect: { unsure: true }, style: 'off-topic' },
  { question: '学习强国积分怎么涨得快', expect: { unsure: true }, style: 'off-topic' },
  { question: '个人所得税app怎么申请退税', expect: { unsure: true }, style: 'off-topic' },
  { question: '这个小程序是哪家公司开发的', expect: { unsure: true }, style: 'off-topic' },
  { question: '小程序支持鸿蒙系统吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '天工短视频平台在哪个应用商店下载', expect: { unsure: true }, style: 'off-topic' },
  { question: '企查查上怎么看一家公司的股东', expect: { unsure: true }, style: 'off-topic' },

  // ───── near misses: other organisations' applications ─────
  { question: '隔壁市的产业名片申请到哪一步了，能帮我查查吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '能把别的县交的登记表发我参考一下吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '我们省其他县都报了哪些主导产业', expect: { unsure: true }, style: 'off-topic' },
  { question: '邻县那份申请填的联系人是谁', expect: { unsure: true }, style: 'off-topic' },

  // ───── near misses: companies' industry matters ─────
  { question: '比亚迪今年新能源车卖了多少辆', expect: { unsure: true }, style: 'off-topic' },
  { question: '小米汽车的工厂在北京哪个区', expect: { unsure: true }, style: 'off-topic' },
  { question: '腾讯的主营业务都有哪些', expect: { unsure: true }, style: 'off-topic' },
  { question: '美的集团一年营收有多少', expect: { unsure: true }, style: 'off-topic' },
  { question: '三一重工的股票现在能买吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '我们公司的产业链上下游该怎么梳理', expect: { unsure: true }, style: 'off-topic' },

  // ───── far off-topic ─────
  { question: '明天北京下雨吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '从泉州坐高铁到东莞要多久', expect: { unsure: true }, style: 'off-topic' },

  // ───── control: 计划概况 ─────
  { question: '产业名片打造计划到底是个啥项目', expect: { faq: 'what-is-programme' }, style: 'colloquial' },
  { question: '这个计划是哪个部门组织实施的', expect: { faq: 'who-runs' }, style: 'plain' },
  { question: '产业名片计划是根据什么政策提出来的', expect: { faq: 'policy-basis' }, style: 'plain' },
  { question: '地方参加产业名片计划能有啥好处', expect: { faq: 'programme-purposes' }, style: 'colloquial' },
  { question: '计划到2025年总共打算打造多少张产业名片', expect: { faq: 'target-2025' }, style: 'plain' },
  { question: '计划目标是做多少张明片', expect: { faq: 'target-2025' }, style: 'typo' },
  { question: '产业名片是自愿报还是上面硬性摊派的', expect: { faq: 'principles' }, style: 'colloquial' },
  { question: '产业名片是一张真的卡片吗，还是别的意思', expect: { faq: 'what-is-industry-card' }, style: 'colloquial' },

  // ───── control: 申报条件 ─────
  { question: '哪些类型的地区有资格参加这个计划', expect: { faq: 'who-may-apply' }, style: 'plain' },
  { question: '申报对象包括那些', expect: { faq: 'who-may-apply' }, style: 'typo' },
  { question: '我们是个县级市，可以自己单独报吗', expect: { faq: 'county-eligible' }, style: 'colloquial' },
  { question: '内蒙古的旗能参加产业名片计划吗', expect: { faq: 'county-eligible' }, style: 'plain' },
  { question: '我们是国家级经开区，能报不', expect: { faq: 'zone-eligible' }, style: 'colloquial' },
  { question: '能不能以整个省为单位申请产业名片', expect: { faq: 'province-eligible' }, style: 'plain' },
  { question: '报了就一定能选上吗', expect: { faq: 'selection-criteria' }, style: 'colloquial' },
  { question: '申请对产值有没有最低要求', expect: { faq: 'industry-threshold' }, style: 'plain' },
  { question: '我是做企业的，我们公司能申请产业名片吗', expect: { faq: 'enterprise-apply' }, style: 'colloquial' },
  { question: '个人可以报名参加产业名片计划吗', expect: { faq: 'enterprise-apply' }, style: 'plain' },

  // ───── control: 申报方式 ─────
  { question: '参加这个计划大概要走哪些步骤', expect: { faq: 'how-to-participate' }, style: 'plain' },
  { question: '想参与产业名片该咋弄', expect: { faq: 'how-to-participate' }, style: 'colloquial' },
  { question: '必须先经过省工信厅推荐才能报吗', expect: { faq: 'provincial-recommendation' }, style: 'plain' },
  { question: '在手机上怎么填登记表提交申请', expect: { faq: 'apply-in-app' }, style: 'plain' },
  { question: '去申请的按扭在哪里', expect: { faq: 'apply-in-app' }, style: 'typo' },
  { question: '合作协议有统一的模板吗', expect: { faq: 'agreement' }, style: 'plain' },
  { question: '报这个要花钱不', expect: { faq: 'fees' }, style: 'colloquial' },
  { question: '申请要缴纳费用麽', expect: { faq: 'fees' }, style: 'typo' },
  { question: '报名需要提交哪些材料', expect: { faq: 'materials' }, style: 'plain' },
  { question: '第一批没赶上，以后还有机会吗', expect: { faq: 'batches' }, style: 'colloquial' },
  { question: '一个县能同时提交两份登记表吗', expect: { faq: 'one-application-per-region' }, style: 'plain' },
  { question: '填好的登记表还需要另外发邮件给中心吗', expect: { faq: 'submit-where' }, style: 'plain' },

  // ───── control: 登记表填写 ─────
  { question: '登记表一共要填几项内容', expect: { faq: 'form-fields' }, style: 'plain' },
  { question: '申请区域那一栏应该怎么写', expect: { faq: 'form-region' }, style: 'plain' },
  { question: '牵头单位可以写园区管委会吗', expect: { faq: 'form-lead-unit' }, style: 'plain' },
  { question: '签头单位填什么', expect: { faq: 'form-lead-unit' }, style: 'typo' },
  { question: '主导产业我想填四个，可以不', expect: { faq: 'form-leading-industries' }, style: 'colloquial' },
  { question: '主到产业能填几个', expect: { faq: 'form-leading-industries' }, style: 'typo' },
  { question: '特色产业跟主导产业到底有啥区别', expect: { faq: 'form-featured-industries' }, style: 'colloquial' },
  { question: '区域简介最多能写多少个字', expect: { faq: 'form-intro' }, style: 'plain' },
  { question: '区域简洁有字数要求吗', expect: { faq: 'form-intro' }, style: 'typo' },
  { question: '联系人应该填领导还是具体经办的人', expect: { faq: 'form-contact' }, style: 'plain' },
  { question: '联系电话能填办公室座机吗', expect: { faq: 'form-phone' }, style: 'plain' },
  { question: '电话号码一直提示格式不对咋办', expect: { faq: 'form-phone' }, style: 'colloquial' },
  { question: '附件最大能传多大的文件', expect: { faq: 'form-attachments' }, style: 'plain' },
  { question: '付件必须上传吗', expect: { faq: 'form-attachments' }, style: 'typo' },

  // ───── control: 时间节点 ─────
  { question: '2022年第一批征集是几号截止的', expect: { faq: 'deadline-first-call' }, style: 'plain' },
  { question: '首批截至日期是哪天', expect: { faq: 'deadline-first-call' }, style: 'typo' },
  { question: '这次征集的截止时间是什么时候', expect: { faq: 'deadline-current' }, style: 'plain' },
  { question: '今年还能报不', expect: { faq: 'deadline-current' }, style: 'colloquial' },
  { question: '截止日期过了还能补交吗', expect: { faq: 'late-submission' }, style: 'plain' },
  { question: '提交之后大概多久能出结果', expect: { faq: 'review-time' }, style: 'plain' },
  { question: '产业名片一般每年什么时候公布', expect: { faq: 'release-timing' }, style: 'plain' },
  { question: '名单啥时候发布啊', expect: { faq: 'release-timing' }, style: 'colloquial' },

  // ───── control: 主名片 / 特色名片 ─────
  { question: '啥叫主名片', expect: { faq: 'tier-main' }, style: 'colloquial' },
  { question: '特色名片是怎样定义的', expect: { faq: 'tier-featured' }, style: 'plain' },
  { question: '特设名片是什么', expect: { faq: 'tier-featured' }, style: 'typo' },
  { question: '主名片跟特色名片怎么区分', expect: { faq: 'tier-difference' }, style: 'plain' },
  { question: '主名片和特色名片有啥不同', expect: { faq: 'tier-difference' }, style: 'colloquial' },
  { question: '最后定主名片还是特色名片由谁说了算', expect: { faq: 'tier-choose' }, style: 'colloquial' },
  { question: '我们市能同时拿主名片和特色名片不', expect: { faq: 'tier-system' }, style: 'colloquial' },

  // ───── control: 中心提供的服务 ─────
  { question: '签约以后中心会帮我们做些什么', expect: { faq: 'centre-tasks' }, style: 'plain' },
  { question: '产业名片还要设计logo吗', expect: { faq: 'card-identity' }, style: 'colloquial' },
  { question: '高校和科研院所能加入生态方阵吗', expect: { faq: 'ecosystem-matrix' }, style: 'plain' },
  { question: '名片打造好以后由谁负责运营', expect: { faq: 'card-management' }, style: 'plain' },
  { question: '名片做出来以后怎么推广出去', expect: { faq: 'promotion' }, style: 'colloquial' },
  { question: '天工数藏是个啥', expect: { faq: 'digital-collectibles' }, style: 'colloquial' },
  { question: '老厂房改成工业博物馆能算进计划里吗', expect: { faq: 'landmarks-clusters' }, style: 'colloquial' },
  { question: '文化赋能产业创新发展综合体包括哪些内容', expect: { faq: 'culture-complex' }, style: 'plain' },
  { question: '参加计划有没有资金补贴', expect: { faq: 'funding' }, style: 'plain' },
  { question: '入选了给不给奖励的钱', expect: { faq: 'funding' }, style: 'colloquial' },

  // ───── control: 评价体系 ─────
  { question: '有影响力产业名片的评价指标有哪些', expect: { faq: 'evaluation-system' }, style: 'plain' },
  { question: '名片是咋评出来的，有啥指标', expect: { faq: 'evaluation-system' }, style: 'colloquial' },
  { question: '入选以后会不会被摘牌', expect: { faq: 'value-assessment' }, style: 'colloquial' },
  { question: '竞争力下的影响力这句话怎么理解', expect: { faq: 'influence-under-competitiveness' }, style: 'plain' },
  { question: '竟争力下的影响力是啥意思', expect: { faq: 'influence-under-competitiveness' }, style: 'typo' },

  // ───── control: 微纪录片 ─────
  { question: '三分钟爱上中国产业名片是个什么项目', expect: { faq: 'films-what' }, style: 'plain' },
  { question: '3分钟爱上产业名片那个记录片是啥', expect: { faq: 'films-what' }, style: 'typo' },
  { question: '在小程序哪里能看产业名片的纪录片', expect: { faq: 'films-where' }, style: 'plain' },
  { question: '看视频的入口在哪啊，找不到', expect: { faq: 'films-where' }, style: 'colloquial' },
  { question: '每部微纪录片有多长时间', expect: { faq: 'films-length' }, style: 'plain' },
  { question: '想给我们市也拍一部微纪录片，怎么申请', expect: { faq: 'films-our-city' }, style: 'plain' },

  // ───── control: 大会与发布 ─────
  { question: '首批签约仪式是在哪个大会上举行的', expect: { faq: 'signing-2022' }, style: 'plain' },
  { question: '2022年第一批签约的城市有哪些', expect: { faq: 'pilot-regions-2022' }, style: 'plain' },
  { question: '首批试点都有谁啊', expect: { faq: 'pilot-regions-2022' }, style: 'colloquial' },
  { question: '泉州那次首发的名片，报道里点名了哪几个', expect: { faq: 'release-2024' }, style: 'plain' },
  { question: '30+50到底指的啥', expect: { faq: 'release-2024' }, style: 'colloquial' },
  { question: '2025年的产业名片创新发展大会在哪里开的', expect: { faq: 'conference-2025' }, style: 'plain' },
  { question: '2025中国有影响力的产业名片官方完整名单公布了吗', expect: { faq: 'list-2025' }, style: 'plain' },
  { question: '2025年那三个主题分别是啥', expect: { faq: 'themes-2025' }, style: 'colloquial' },
  { question: '新时期区域产业名片理论与实践这本书是讲什么的', expect: { faq: 'new-book' }, style: 'plain' },
  { question: '产业地理盛典是央视办的那个活动吗', expect: { faq: 'geography-gala' }, style: 'colloquial' },

  // ───── control: 联系方式 ─────
  { question: '怎么才能联系上工业文化发展中心', expect: { faq: 'contact-centre' }, style: 'plain' },
  { question: '人工客服一般几点上班', expect: { faq: 'human-agent' }, style: 'plain' },
  { question: '晚上发消息有人工回吗', expect: { faq: 'human-agent' }, style: 'colloquial' },
  { question: '2022年函件上写的那个邮箱现在还能用吗', expect: { faq: 'letter-contacts' }, style: 'plain' },

  // ───── control: 本应用使用 ─────
  { question: '用这个小程序需要先注册账号吗', expect: { faq: 'sign-in' }, style: 'plain' },
  { question: '小程序怎么登陆啊', expect: { faq: 'sign-in' }, style: 'typo' },
  { question: '为啥申请之前一定要验证手机号', expect: { faq: 'verify-phone' }, style: 'colloquial' },
  { question: '登记表填了一半退出去会不会丢', expect: { faq: 'drafts' }, style: 'colloquial' },
  { question: '审核结果出来会通知我吗', expect: { faq: 'notifications' }, style: 'plain' },
  { question: '协商中这个状态是什么意思', expect: { faq: 'status-flow' }, style: 'plain' },
  { question: '申请一共会经过几种状态', expect: { faq: 'status-flow' }, style: 'plain' },
  { question: '申请被打回来让修改，该怎么弄', expect: { faq: 'returned' }, style: 'colloquial' },
  { question: '已经提交的申请还能撤回吗', expect: { faq: 'withdraw' }, style: 'plain' },
  { question: '申请怎么撤会', expect: { faq: 'withdraw' }, style: 'typo' },
  { question: '提交后发现填错了还能改吗', expect: { faq: 'edit-after-submit' }, style: 'plain' },
  { question: '申请没通过还能再报吗', expect: { faq: 'declined' }, style: 'plain' },
  { question: '被拒了咋办', expect: { faq: 'declined' }, style: 'colloquial' },
  { question: '在哪里能看到全部的产业名片', expect: { faq: 'browse-cards' }, style: 'plain' },
  { question: '这里面的名片数据是真实的吗', expect: { faq: 'sample-data' }, style: 'colloquial' },
  { question: '怎么把名片转发到微信群', expect: { faq: 'share' }, style: 'plain' },
  { question: '有没有英文界面', expect: { faq: 'english-version' }, style: 'plain' },
  { question: '普通老百姓用这个应用能干嘛', expect: { faq: 'who-can-use' }, style: 'colloquial' },

  // ───── status: the asker's own application ─────
  { question: '我的申请现在到哪一步了', expect: { status: true }, style: 'status' },
  { question: '我们县上周交的登记表审核了没有', expect: { status: true }, style: 'status' },
  { question: '帮我查一下我的申请状态', expect: { status: true }, style: 'status' },
  { question: '我们报的产业名片签约了吗', expect: { status: true }, style: 'status' },
  { question: '我提交的申请中心看到了没', expect: { status: true }, style: 'status' },
  { question: '我们的申请是不是被退回来了', expect: { status: true }, style: 'status' },
  { question: '我们园区的申请还在协商中吗', expect: { status: true }, style: 'status' },
  { question: '我们申请的名片现在打造到什么程度了', expect: { status: true }, style: 'status' },
  { question: '我的申请通过没有', expect: { status: true }, style: 'status' },
  { question: '查下我们市那份登记表有没有被受理', expect: { status: true }, style: 'status' },

  // ───── handoff: asks for a person now ─────
  { question: '转人工', expect: { handoff: true }, style: 'handoff' },
  { question: '我要找人工客服', expect: { handoff: true }, style: 'handoff' },
  { question: '帮我接一下中心的工作人员', expect: { handoff: true }, style: 'handoff' },
  { question: '不想跟机器人说了，给我找个真人', expect: { handoff: true }, style: 'handoff' },
  { question: '能让工作人员直接跟我聊吗', expect: { handoff: true }, style: 'handoff' },
  { question: '人工服务，谢谢', expect: { handoff: true }, style: 'handoff' },
  { question: '现在帮我转给中心的老师', expect: { handoff: true }, style: 'handoff' },
  { question: '叫客服出来', expect: { handoff: true }, style: 'handoff' },
  { question: '我要和工作人员对话', expect: { handoff: true }, style: 'handoff' },
  { question: '麻烦转接人工坐席', expect: { handoff: true }, style: 'handoff' },
];
