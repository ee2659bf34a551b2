// The programme's vocabulary for the bot: synonyms map to one canonical word, so "申报", "报名"
// and "申请" meet in the index; a few English words map to their Chinese terms.
export const SYNONYMS: Record<string, string[]> = {
  产业名片: ['名片', '城市名片', '区域名片', '名片计划', '主名篇', '名篇', 'card', 'cards', 'industrycard'],
  申请: ['申报', '报名', '参加', '参与', '加入', '报', 'apply', 'application', 'join'],
  截止: ['截至', '期限', '截止日期', '截止时间', '最晚', 'deadline', 'due', 'close', 'closed', 'closes'],
  登记表: ['表格', '申请表', '报名表', '表', '填表', 'form', 'registration'],
  主名片: ['主卡', 'main'],
  特色名片: ['特色卡', 'featured'],
  微纪录片: ['纪录片', '记录片', '微记录片', '短片', '视频', '影片', '片子', 'film', 'films', 'video', 'videos', 'documentary', 'documentaries'],
  联系: ['联系方式', '电话', '咨询', '找谁', 'contact', 'phone'],
  工信部: ['工业和信息化部', '工业与信息化部', 'miit', 'ministry'],
  中心: ['工业和信息化部工业文化发展中心', '工信部工业文化发展中心', '工业文化发展中心', '发展中心', 'centre', 'center'],
  区县: ['县', '区', '县级', '县市', '县城', '旗', '旗县', '县里', '区里', 'county', 'district'],
  产业集聚区: ['园区', '开发区', '高新区', '经开区', '集聚区', '示范基地', 'park', 'zone'],
  地级市: ['地市', '城市', '市', '市里', 'city'],
  评价: [
    '评选',
    '评估',
    '指标',
    '标准',
    '评审',
    '打分',
    '评分',
    'evaluation',
    'evaluated',
    'criteria',
    'indicator',
    'metric',
    'judge',
    'judged',
    'assess',
    'assessed',
    'assessment',
  ],
  费用: [
    '缴纳',
    '掏腰包',
    '收费',
    '要钱',
    '多少钱',
    '花钱',
    '掏钱',
    '出钱',
    '付费',
    '收钱',
    '交钱',
    '缴费',
    '交费',
    'fee',
    'fees',
    'cost',
    'costs',
    'charge',
    'pay',
    'paid',
    'paying',
  ],
  谁: ['哪些', '什么单位', '哪类', '哪种', 'who'],
  流程: ['步骤', '程序', '怎么办', '如何', '怎么', 'how', 'process', 'steps'],
  简介: ['介绍', 'intro', 'introduction', 'description'],
  发布: ['公布', '揭晓', 'release', 'released', 'published', 'list', 'announce', 'announced'],
  主题: ['themes', 'theme', 'topics', 'themed'],
  区别: ['不同', '差别', '差异', '区分', 'difference', 'different', 'differ', 'differs', 'vs', 'versus'],
  观看: ['看', '查看', '查阅', 'watch', 'see', 'view'],
  字数: ['多长', '长度', '多少字', 'long', 'length', 'characters'],
  首批: ['第一批', 'first'],
  主办: [
    '发起',
    '组织',
    '哪个部门',
    '谁办',
    'runs',
    'run',
    'organises',
    'organizes',
    'organiser',
    'organisation',
    'organization',
    'behind',
    'organised',
    'organized',
  ],
  状态: ['进度', '到哪了', '审核', 'status', 'stage'],
  牵头单位: ['主办单位', '负责单位', 'lead'],
  主导产业: ['主要产业', '支柱产业', 'leading'],
  退回: ['打回', '打回来', '退回来', 'returned', 'return'],
  撤回: ['撤', '撤销', '撤消', '撤掉', '撤下', 'withdraw'],
  草稿: ['draft', 'drafts'],
  结果: ['回音', '信儿', '答复', '消息', 'result', 'results', 'outcome'],
  规模: ['产值', '工业产值', '总产值', '工业总产值', '够格', '门槛', '门坎', '体量', 'size', 'threshold'],
  复评: ['摘牌', '摘掉', '复查', '撤销', '取消资格', '复核', '考核', '年审', '考评', 'reassess', 'reassessed', 're-assessed', 'lose', 'revoked', 'revoke'],
  补贴: ['补助', '奖励', '奖金', '资助', '扶持资金', '资金支持', '专项资金', 'subsidy', 'subsidies', 'grant', 'grants', 'funding'],
  时间: ['几月', '几月份', '月份', '何时', '哪天', 'when'],
  修改: ['改', '写错', '填错', '更正', '改正', 'edit', 'change', 'correct'],
  入选: ['选上', '选中', '被选', 'selected', 'chosen'],
  筛选: ['筛', '过滤', 'filter'],
  账号: ['微信号', '账户'],
  登录: ['登进去', '登入', '登陆', 'login', 'log', 'signin'],
  普通用户: ['市民', '老百姓', '普通人', '公众', 'citizen', 'citizens', 'public'],
  省级: ['省', '省里', '省厅', '省工信厅', '全省', 'province', 'provincial'],
  宣传: ['广告', '打广告', '吆喝', '推广', '宣传推广', '广告宣传', 'promote', 'promotion', 'advertise'],
  包括: ['包含', '含有', '涵盖', 'include', 'includes', 'contain', 'contains'],
  书籍: ['书', '新书', '本书', '那本书', '图书', 'book', 'books'],
  强制: ['摊派', '硬摊派', '硬性摊派', '强迫', '硬性规定', 'mandatory', 'compulsory', 'obligatory'],
  企业: ['公司', '工厂', '厂家', '厂子', '开厂', '民企', '私企', 'company', 'companies', 'enterprise', 'business', 'businesses', 'firm', 'firms'],
  app: ['小程序', '本应用', '应用里', '这个应用', '微信小程序', 'miniprogram'], // a latin canonical word: jieba cuts 小程序 into 小 + 程序
  目标: ['名额', '总体目标', 'target', 'aim', 'aiming', 'goal'],
  示例: ['样例', '演示', '瞎编', '是假的', '假的吗', 'sample', 'demo', 'fake'],
  分批: ['一批', '下一批', '第二批', '下一拨', 'batch', 'round', 'rounds'],
  计划: ['打造计划'],
  定义: ['意思', '啥意思', '含义', '是指', 'mean', 'meaning', 'definition'],
  浏览器: ['browser', 'web', 'laptop', 'desktop', 'computer', 'pc'],
  分享: ['转发', '转给', '转到', '群里', '微信群', '工作群', '家族群', 'share', 'forward'],
  邮箱: ['email', 'e-mail', 'mailbox'],
  notification: ['notify', 'alert', 'reminder', 'update'], // (English only: 通知 in Chinese is any notice, 开会的通知)
};

/** Canonical form of every synonym (lower case). */
export const CANONICAL = new Map<string, string>(
  Object.entries(SYNONYMS).flatMap(([canonical, words]) => [[canonical, canonical], ...words.map((w) => [w.toLowerCase(), canonical] as [string, string])]),
);

/** Words that say what kind of question it is but not what it is about: never enough on their own. */
export const GENERIC = new Set([
  '流程',
  '还有', // (还有吗, on its own: asks nothing)
  '丢失', // (草稿会丢失吗: says what happens to it, not about what)
  '谁',
  '哪里',
  '哪儿',
  '在哪',
  '去',
  '观看',
  '区别',
  '简介',
  '发布',
  '联系',
  '中心',
  '地级市',
  '区县',
  '产业名片',
  '申请',
  '多少',
  '哪个',
]);

/**
 * The app's own words (微信, 登录, 表格): questions about other things use them too (微信怎么登录两个账号,
 * 表格里的公式), so they never show that an answer is supported.
 */
export const APP_WORDS = new Set(['app', '微信', '登录', '账号', '账户', '手机', '手机号', '登记表', '用户', '注册', '密码', '页面', '网页', '浏览器', '应用']);

/**
 * Other apps and what they have (公众号, 剪映, 抖音, 健康码): a question about them is about another
 * product, however many of our words it uses. Each is read as one word of its own (otherToken).
 */
export const OTHER_PRODUCT = 'otherproduct';
/** The word a product or programme is read as: one Latin word of its own (jieba keeps it whole), so
 * that an entry naming one (朋友圈) supports that one only. */
export const otherToken = (prefix: string, name: string) => prefix + [...name].map((c) => c.codePointAt(0)!.toString(36)).join('');
export const OTHER_PRODUCTS = new Set([
  '公众号',
  '视频号',
  '朋友圈',
  '抖音',
  '快手',
  '剪映',
  '淘宝',
  '京东',
  '拼多多',
  '支付宝',
  '微博',
  '小红书',
  '哔哩哔哩',
  'b站',
  '健康码',
  '钉钉',
  '企业微信',
  '百度',
  '高德',
  '美团',
  '饿了么',
  '顺丰',
  '菜鸟驿站',
  '菜鸟裹裹',
  '携程',
  '滴滴',
  '12306',
  '问卷星',
  '粤省事',
  '随申办',
  '浙里办',
  // (the government-services hotline)
  '12345',
  '市长热线',
  '个税',
  '国考',
  '白屏',
  '闪退',
  '安卓',
  '鸿蒙',
  'android',
  'ios',
  'youtube',
  'netflix',
  'tiktok',
  'facebook',
  'instagram',
  'twitter',
  'alipay',
  'taobao',
  'didi',
  'douyin',
  'weibo',
  'xiaohongshu',
  'bilibili',
  'meituan',
  'ctrip',
  'uber',
  'whatsapp',
  'telegram',
]);

/**
 * Companies whose own customer service people ask us for (华为的人工客服, 海尔售后客服): named before a service word, the
 * service is theirs. Not other products for the rest of the bot: the cards' stories name some of them.
 */
export const COMPANIES = new Set([
  '华为',
  '荣耀',
  '小米',
  '苹果',
  '三星',
  'oppo',
  'vivo',
  '联想',
  '海尔',
  '格力',
  '海信',
  'tcl',
  '比亚迪',
  '吉利',
  '蔚来',
  '特斯拉',
  '茅台',
  '五粮液',
  '腾讯',
  '阿里',
  '阿里巴巴',
  '网易',
  '移动',
  '中国移动',
  '联通',
  '中国联通',
  '电信',
  '中国电信',
  '工行',
  '建行',
  '农行',
  '中行',
  '招行',
  '邮政',
  '中石化',
  '中石油',
  '国家电网',
  '三一',
  '中联',
  '徐工',
]);

/**
 * The ministry's other programmes and titles (专精特新, 单项冠军, 绿色工厂, 高新技术企业): an official
 * asking about them asks about another application, whatever words of ours (申报, 材料, 截止) it uses.
 */
export const OTHER_PROGRAMME = 'otherprogramme';
export const OTHER_PROGRAMMES = new Set([
  '专精特新',
  '小巨人',
  '单项冠军',
  '智能工厂',
  '绿色工厂',
  '智能制造示范',
  '工业互联网',
  '高新技术企业',
  '高企认定',
  '技术创新示范企业',
  '两化融合',
  '质量标杆',
  '数字化转型试点',
  '服务型制造',
  '中国制造2025',
  '以旧换新',
  '创新型城市',
  '文明城市',
  '卫生城市',
  '园林城市',
  '历史文化名城',
  '两会',
  '广交会',
  '进博会',
  '服贸会',
  '携号转网',
  '营商环境',
  '特色小镇',
  '地理标志',
  '专项债',
  // (the farm ministry's and others' titles for towns, villages and parks)
  '农业产业强镇',
  '现代农业产业园',
  '一村一品',
  '特色农产品优势区',
  '高标准农田',
  '工业旅游示范基地',
  '电子商务进农村',
  // (the commerce ministry's)
  '国际消费中心城市',
  // (civil-service recruitment and titles: a person's exams and ranks, with steps of their own)
  '选调生',
  '公务员考试',
  '事业编',
  '职称评审',
  // (Hong Kong's and Macao's cars driving north)
  '港车北上',
  '澳车北上',
]);

/**
 * People a question mentions (发给同事, 朋友能看吗; an official's superiors, 联系人写局长还是经办人; an elder's
 * family, 我孙子说…) and the asker's own offices (写县政府还是工信局): who, not what it is about.
 */
export const PEOPLE_WORDS = new Set(
  '同事 朋友 好友 家人 领导 别人 大家 老板 客户 局长 副局长 分管 分管领导 处长 副处长 科长 科员 主任 书记 县长 市长 经办人 法务 上级 上头 孙子 孙女 外孙 外孙女 老伴 儿子 女儿 孩子 小伙子 老头子 亲戚 县政府 市政府 局里 厅里 科里 grandson granddaughter daughter son wife husband mother father mom dad kids children grandma grandpa 闺女 儿媳 我爸 我妈 爸爸 妈妈 爷爷 奶奶 邻居 老头 老外 游客'.split(
    ' ',
  ),
);

/**
 * A person's own affairs with other offices (社保断缴, 医保报销, 考驾照, 续签证, 台胞证, 贷款审批): their subject, whatever words of ours come with
 * them (医保断缴了，过了截止时间还能补交吗).
 */
export const PERSONAL_AFFAIRS = new Set(
  '社保 医保 公积金 养老金 退休金 低保 彩票 驾照 户口 签证 护照 高考 中考 考研 挂号 回乡证 港澳通行证 台胞证 贷款 养老保险 留学 奖学金 简历 物业 停车 期末'.split(
    ' ',
  ),
);

/**
 * Everyday subjects people type in pinyin too (she bao zen me bu jiao, tian qi): read back into their words, so that the
 * off-topic gate sees them, instead of the nearest programme word of a syllable (bao → 报). None that sounds like a word
 * the programme's questions use (话费 for 花费, 房价 for 放假, 水费 for 税费).
 */
export const EVERYDAY_WORDS =
  '社保 医保 公积金 养老金 退休金 低保 天气 股票 彩票 快递 外卖 挂号 房租 打车 工资 签证 护照 驾照 户口 高考 中考 考研 贷款 电费 宽带 学校 理财'.split(' ');

/** Everyday words jieba's dictionary lacks, never read as typos (非遗 is intangible heritage, not 非一). */
export const WORDS_JIEBA_LACKS = ['非遗'];

/** What the asker is doing or why they ask (写稿子, 给学生讲课, 开会, 起草请示): context, not what is asked. */
export const ASKING_CONTEXT = new Set('稿子 写稿 讲课 备课 上课 开会 请示 起草 汇报 论文 作业 采访 被叫'.split(' '));

/** Words that carry no meaning for retrieval. */
export const STOPWORDS = new Set(
  '的 了 吗 呢 啊 吧 呀 么 嘛 是 在 有 和 与 及 或 就 都 也 还 要 会 能 可以 可 请问 请 问 一下 我 我们 你 你们 他们 这个 那个 这 那 什么 一个 个 哦 嗯 想 知道 告诉 帮 不 没 没有 得 被 咋 啥 咋整 咋办 弄 搞 行不行 能不能 可不可以 是不是 会不会 一般 到底 就是 自己 另行 第一次 东东 东东西 问问 问下 让 说白了 说人话 求 那种 或者 这种 我能 用来 那个 这玩意 玩意 玩意儿 东西 呗 啦 哈 俺 咱 咱们 上面 说说 简单 一共 有事 那些 请教 帮忙 真的假的 了解 the a an is are do does can i we you to of for in on as be been hi hello hey what about please this that these those it its there here and or but if then so just also very really any anything something some our ours your yours my mine me us they them their he she his her be been being was were am has have had did done would could should will shall might must hi hello hey thanks thank ok okay still again already yet quite'.split(
    ' ',
  ),
);
