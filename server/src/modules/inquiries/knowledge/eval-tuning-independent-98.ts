// Independent tuning set 98: written 2026-12-05 by a writer who never saw the bot or its other evaluation sets, from the FAQ, the sample catalogue and PRODUCT.md only. It stresses citizens and officials asking about the micro-documentaries, sharing and watching, the app and signing in, the events and the new book, and the centre's services and contacts, mixed with about 40 % near-miss questions about videos, phones and WeChat in general, plus some catalogue, count, status and hand-over questions.
import type { EvalCase } from './types';

export const independentTuningSet98: EvalCase[] = [
  // ───────────── FILMS: films-what ─────────────
  { question: '“3分钟爱上中国产业名片”这个栏目是干啥的', expect: { faq: 'films-what' }, style: 'colloquial' },
  { question: '「3分鐘愛上中國產業名片」是什麼項目？', expect: { faq: 'films-what' }, style: 'traditional' },
  {
    question: "What is the '3 minutes to fall in love with China's industry cards' series about?",
    expect: { faq: 'films-what' },
    style: 'english',
  },

  // ───────────── FILMS: films-where ─────────────
  { question: '微记录片从哪里点进去看？', expect: { faq: 'films-where' }, style: 'typo' },
  { question: '看片子能开倍速吗？关了再打开能接着上回的地方放吗', expect: { faq: 'films-where' }, style: 'colloquial' },
  { question: 'wei ji lu pian zai na li kan', expect: { faq: 'films-where' }, style: 'pinyin' },
  { question: 'Where in the app can I watch the short documentaries?', expect: { faq: 'films-where' }, style: 'english' },

  // ───────────── FILMS: films-length ─────────────
  { question: '片子会不会超过三分中啊', expect: { faq: 'films-length' }, style: 'typo' },
  { question: '影片時長最長多少秒？', expect: { faq: 'films-length' }, style: 'traditional' },
  { question: 'How long does each of the films run?', expect: { faq: 'films-length' }, style: 'english' },

  // ───────────── FILMS: films-our-city ─────────────
  { question: '我们是地级市工信局，想给本市拍一部3分钟的产业纪录片，怎么对接？', expect: { faq: 'films-our-city' }, style: 'plain' },
  { question: '给我们城市拍微纪录片要不要出钱，谁来拍？', expect: { faq: 'films-our-city' }, style: 'colloquial' },
  { question: 'Can our city get one of these micro-documentaries made about its industry?', expect: { faq: 'films-our-city' }, style: 'english' },

  // ───────────── EVENTS: signing-2022 ─────────────
  { question: '首批城市是在哪个会上签的约？', expect: { faq: 'signing-2022' }, style: 'plain' },
  { question: '首批签约仪视是在什么活动上举行的', expect: { faq: 'signing-2022' }, style: 'typo' },
  { question: '首批簽約儀式是在哪個大會上辦的？', expect: { faq: 'signing-2022' }, style: 'traditional' },

  // ───────────── EVENTS: pilot-regions-2022 ─────────────
  { question: 'shou pi qian yue you na xie di fang', expect: { faq: 'pilot-regions-2022' }, style: 'pinyin' },
  { question: '2022年首批征集的时候全国有多少地方响应、多少城市报了名？', expect: { faq: 'pilot-regions-2022' }, style: 'plain' },
  { question: 'Which places were the first to sign up for the programme in 2022?', expect: { faq: 'pilot-regions-2022' }, style: 'english' },

  // ───────────── EVENTS: release-2024 ─────────────
  { question: '2024年泉州那次发布会都发了些啥', expect: { faq: 'release-2024' }, style: 'colloquial' },
  { question: 'What was announced at the Quanzhou event in December 2024?', expect: { faq: 'release-2024' }, style: 'english' },

  // ───────────── EVENTS: conference-2025 ─────────────
  { question: '去年12月东管开的那个产业名片大会是谁办的？', expect: { faq: 'conference-2025' }, style: 'typo' },
  { question: '產業名片創新發展大會2025年是在哪個城市辦的？', expect: { faq: 'conference-2025' }, style: 'traditional' },
  { question: 'Where and when was the 2025 industry card conference held?', expect: { faq: 'conference-2025' }, style: 'english' },

  // ───────────── EVENTS: list-2025 ─────────────
  { question: '官方公布的2025中国有影响力产业名片完整名单能发我一份吗？', expect: { faq: 'list-2025' }, style: 'plain' },
  { question: '2025中國有影響力的產業名片，正式名單上有誰？', expect: { faq: 'list-2025' }, style: 'traditional' },

  // ───────────── EVENTS: themes-2025 ─────────────
  { question: '科创热点、创新消费、升级更新这三类是按什么标准评出来的？', expect: { faq: 'themes-2025' }, style: 'plain' },
  { question: '“跟着中国产业名片去创想”这个项目讲的是啥', expect: { faq: 'themes-2025' }, style: 'colloquial' },
  { question: 'What are the three themes of the 2025 city industry cards?', expect: { faq: 'themes-2025' }, style: 'english' },

  // ───────────── EVENTS: new-book ─────────────
  { question: '大会上首发的那本讲产业名片的新书叫什么名字？', expect: { faq: 'new-book' }, style: 'plain' },
  { question: '《新时期区域（城市）产业名片理论与实践》哪里能买到？', expect: { faq: 'new-book' }, style: 'plain' },
  { question: 'chan ye ming pian de xin shu jiao shen me', expect: { faq: 'new-book' }, style: 'pinyin' },

  // ───────────── EVENTS: geography-gala ─────────────
  { question: '跟央视财经一起办的产业地理盛典是个什么活动', expect: { faq: 'geography-gala' }, style: 'colloquial' },
  { question: 'What is the China Industrial Geography Gala?', expect: { faq: 'geography-gala' }, style: 'english' },

  // ───────────── CONTACT: contact-centre ─────────────
  { question: '工业文化发展中心的办公电话是多少？', expect: { faq: 'contact-centre' }, style: 'plain' },
  { question: 'lian xi zhong xin you shen me ban fa', expect: { faq: 'contact-centre' }, style: 'pinyin' },
  { question: 'How do I get in touch with the Industrial Culture Development Centre?', expect: { faq: 'contact-centre' }, style: 'english' },

  // ───────────── CONTACT: human-agent ─────────────
  { question: '人工客服周末有人么', expect: { faq: 'human-agent' }, style: 'typo' },
  { question: '转人工以后要排多久，能看到自己排第几吗？', expect: { faq: 'human-agent' }, style: 'plain' },

  // ───────────── CONTACT: letter-contacts ─────────────
  { question: '2022年那份函上写的联系人现在还管这事吗？', expect: { faq: 'letter-contacts' }, style: 'plain' },
  { question: '函件上留的電話現在還打得通嗎？', expect: { faq: 'letter-contacts' }, style: 'traditional' },

  // ───────────── CENTRE_SERVICES ─────────────
  { question: '加入计划以后，中心能给我们地方提供哪些帮助？', expect: { faq: 'centre-tasks' }, style: 'plain' },
  { question: 'What kind of support does the centre give to participating cities?', expect: { faq: 'centre-tasks' }, style: 'english' },
  { question: '产业名片要不要设计标识？都包含些啥', expect: { faq: 'card-identity' }, style: 'colloquial' },
  { question: '名片的概念理念、视觉形象这些是按什么方法识别出来的？', expect: { faq: 'card-identity' }, style: 'plain' },
  { question: '我们是行业协会，能不能加入产业名片的生态方阵？', expect: { faq: 'ecosystem-matrix' }, style: 'plain' },
  { question: '生態方陣是做什麼用的？', expect: { faq: 'ecosystem-matrix' }, style: 'traditional' },
  { question: '名片建好以后日常是政府管还是第三方来运营', expect: { faq: 'card-management' }, style: 'colloquial' },
  { question: '我们企业能在产品包装上印产业名片的标识吗？', expect: { faq: 'card-management' }, style: 'plain' },
  { question: '入选以后有哪些宣传渠道帮城市做推广？', expect: { faq: 'promotion' }, style: 'plain' },
  { question: '国家工业强国短视频平台天工上会给我们搞专项展播吗', expect: { faq: 'promotion' }, style: 'colloquial' },
  { question: '产业名片会不会出NFT那种数字藏品', expect: { faq: 'digital-collectibles' }, style: 'colloquial' },
  { question: 'Will there be digital collectibles for the industry cards?', expect: { faq: 'digital-collectibles' }, style: 'english' },
  { question: '我们有片老厂房想改成工业博物馆，能跟产业名片结合起来吗？', expect: { faq: 'landmarks-clusters' }, style: 'plain' },
  { question: '工业遗产保护和活化利用在计划里是怎么安排的', expect: { faq: 'landmarks-clusters' }, style: 'plain' },
  { question: '工业元宇宙体验馆是每个地方都要建吗？', expect: { faq: 'culture-complex' }, style: 'plain' },
  { question: '文化赋能综合体里头包括哪几个中心', expect: { faq: 'culture-complex' }, style: 'colloquial' },
  { question: '参加这个计划国家给不给补助资金？', expect: { faq: 'funding' }, style: 'plain' },
  { question: 'Is there any subsidy or money for cities that join?', expect: { faq: 'funding' }, style: 'english' },

  // ───────────── APP: sign-in ─────────────
  { question: '在浏览器里打开怎么登陆？', expect: { faq: 'sign-in' }, style: 'typo' },
  { question: 'deng lu yao yong shen me', expect: { faq: 'sign-in' }, style: 'pinyin' },
  { question: 'How do I log in when I open the app in a web browser?', expect: { faq: 'sign-in' }, style: 'english' },

  // ───────────── APP: verify-phone ─────────────
  { question: '都微信登录了为啥还要我绑手机号', expect: { faq: 'verify-phone' }, style: 'colloquial' },
  { question: '手机号授权的时候点了拒绝，现在提交不了申请怎么办？', expect: { faq: 'verify-phone' }, style: 'plain' },
  { question: '申請之前為什麼一定要驗證手機號？', expect: { faq: 'verify-phone' }, style: 'traditional' },

  // ───────────── APP: drafts ─────────────
  { question: '表填到一半手机没电了，刚才填的还在吗', expect: { faq: 'drafts' }, style: 'colloquial' },
  { question: 'Does the registration form save my progress automatically?', expect: { faq: 'drafts' }, style: 'english' },

  // ───────────── APP: notifications ─────────────
  { question: '申请状态变了会通过微信提醒我吗？', expect: { faq: 'notifications' }, style: 'plain' },
  { question: '消息通知在哪个页面，未读的怎么看', expect: { faq: 'notifications' }, style: 'colloquial' },

  // ───────────── APP: status-flow ─────────────
  { question: '申请显示“已签约”，接下来还有哪些步骤？', expect: { faq: 'status-flow' }, style: 'plain' },
  { question: 'What do the different application statuses mean?', expect: { faq: 'status-flow' }, style: 'english' },

  // ───────────── APP: returned ─────────────
  { question: '申请被推回修改了，咋办', expect: { faq: 'returned' }, style: 'typo' },
  { question: '表被中心打回来了，改完以后在哪点重新提交？', expect: { faq: 'returned' }, style: 'colloquial' },

  // ───────────── APP: withdraw ─────────────
  { question: '都签约了还能不能在应用里撤回', expect: { faq: 'withdraw' }, style: 'colloquial' },
  { question: 'che hui shen qing zen me cao zuo', expect: { faq: 'withdraw' }, style: 'pinyin' },

  // ───────────── APP: edit-after-submit ─────────────
  { question: '提交完才发现联系电话写错了，咋改？', expect: { faq: 'edit-after-submit' }, style: 'colloquial' },
  { question: '協商中的時候還能修改登記表的內容嗎？', expect: { faq: 'edit-after-submit' }, style: 'traditional' },

  // ───────────── APP: declined ─────────────
  { question: '申请没被通过，下次征集还能再报吗？', expect: { faq: 'declined' }, style: 'plain' },
  { question: '显示不予通过，是不是就彻底没机会了', expect: { faq: 'declined' }, style: 'colloquial' },

  // ───────────── APP: browse-cards ─────────────
  { question: '名片目录能按主题和年份筛选吗？', expect: { faq: 'browse-cards' }, style: 'plain' },
  { question: "How do I search for a particular city's card in the app?", expect: { faq: 'browse-cards' }, style: 'english' },

  // ───────────── APP: sample-data ─────────────
  { question: '为啥好多名片上写着“示例”两个字', expect: { faq: 'sample-data' }, style: 'colloquial' },
  { question: 'Are the cards shown in the app the official list?', expect: { faq: 'sample-data' }, style: 'english' },

  // ───────────── APP: share ─────────────
  { question: '纪录片能复制链接发给朋友吗？', expect: { faq: 'share' }, style: 'plain' },
  { question: '怎么分想视频给微信好友', expect: { faq: 'share' }, style: 'typo' },
  { question: 'zen me ba ming pian fen xiang gei peng you', expect: { faq: 'share' }, style: 'pinyin' },
  { question: 'How can I send a film to a friend on WeChat?', expect: { faq: 'share' }, style: 'english' },

  // ───────────── APP: english-version ─────────────
  { question: '能不能把界面切成英文？外国客户要看', expect: { faq: 'english-version' }, style: 'colloquial' },
  { question: '名片有沒有英文版的介紹？', expect: { faq: 'english-version' }, style: 'traditional' },
  { question: "My foreign partner can't read Chinese. Can the app show everything in English?", expect: { faq: 'english-version' }, style: 'english' },

  // ───────────── APP: who-can-use ─────────────
  { question: '我不是政府的，普通老百姓也能用这个小程序吗', expect: { faq: 'who-can-use' }, style: 'colloquial' },
  { question: '游客身份在这里面可以做哪些事？', expect: { faq: 'who-can-use' }, style: 'plain' },

  // ───────────── catalogue: cards ─────────────
  { question: '东莞有哪些产业名片？', expect: { cards: ['dongguan-manufacturing-aesthetics'] }, style: 'region' },
  {
    question: '福建省的名片都有哪几张',
    expect: {
      cards: ['quanzhou-maritime-silk-manufacturing', 'dehua-porcelain-capital', 'jinjiang-sportswear', 'zherong-knives-and-scissors'],
    },
    style: 'region',
  },
  {
    question: '湖南有什么产业名片',
    expect: { cards: ['changsha-construction-machinery', 'zhuzhou-rail-transit-equipment', 'chenzhou-nonferrous-metals'] },
    style: 'region',
  },
  { question: '内蒙古有没有产业名片', expect: { cards: ['baotou-rare-earth-capital', 'ordos-zero-carbon-energy'] }, style: 'region' },
  { question: '江苏的主名片是哪张？', expect: { cards: ['suzhou-gusu-innovation'] }, style: 'region' },
  { question: '西藏有产业名片吗？', expect: { cards: [] }, style: 'region' },
  { question: '上海有哪些产业名片', expect: { cards: [] }, style: 'region' },
  { question: 'hang zhou you na xie chan ye ming pian', expect: { cards: ['hangzhou-digital-city', 'qiantang-china-medicine-port'] }, style: 'pinyin' },
  {
    question: 'Which industry cards does Zhejiang province have?',
    expect: {
      cards: ['hangzhou-digital-city', 'qiantang-china-medicine-port', 'ningbo-port-city-making', 'wenzhou-private-manufacturing', 'yiwu-world-supermarket'],
    },
    style: 'english',
  },
  {
    question: '做陶瓷的地方有哪些名片？',
    expect: {
      cards: ['dehua-porcelain-capital', 'jingdezhen-millennium-porcelain', 'foshan-ceramics-and-appliances', 'tangshan-cradle-of-modern-industry'],
    },
    style: 'industry',
  },
  { question: '白酒产业有名片吗', expect: { cards: ['zunyi-sauce-aroma-baijiu', 'yibin-baijiu-and-batteries'] }, style: 'industry' },
  { question: '跟稀土有关的产业名片有哪些？', expect: { cards: ['baotou-rare-earth-capital', 'ganzhou-tungsten-rare-earth'] }, style: 'industry' },
  { question: '刀剪行业的名片都有谁', expect: { cards: ['zherong-knives-and-scissors', 'yangjiang-knife-capital'] }, style: 'industry' },
  { question: '有没有讲风筝的那张名片', expect: { cards: ['weifang-power-and-kites'] }, style: 'industry' },
  { question: '“中国光谷”那张名片讲的是什么？', expect: { cards: ['wuhan-optics-valley'] }, style: 'region' },
  {
    question: '创新消费主题的名片有哪些？全部列一下',
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

  // ───────────── catalogue: count ─────────────
  { question: '目录里现在收了几张主名片？', expect: { count: 15 }, style: 'count' },
  { question: '2024年批次的名片一共多少张', expect: { count: 22 }, style: 'count' },
  { question: '科创热点城市产业名片目录里有几张？', expect: { count: 10 }, style: 'count' },
  { question: '广东省一共有几张产业名片', expect: { count: 6 }, style: 'count' },
  { question: '升级更新主题的名片有几个？', expect: { count: 14 }, style: 'count' },
  { question: '泉州（含下面的县市）有几张名片', expect: { count: 3 }, style: 'count' },
  { question: '2025年的特色名片有多少张？', expect: { count: 20 }, style: 'count' },
  { question: 'How many featured cards are in the catalogue right now?', expect: { count: 35 }, style: 'english' },

  // ───────────── status ─────────────
  { question: '我们市上周提交的登记表现在到哪一步了？', expect: { status: true }, style: 'status' },
  { question: '帮我查一下我们区申请的审核结果', expect: { status: true }, style: 'status' },
  { question: '我们园区那份申请签约了没有', expect: { status: true }, style: 'status' },
  { question: '我们县的名片打造到哪了，啥时候能发布？', expect: { status: true }, style: 'status' },
  { question: 'wo men de shen qing dao na yi bu le', expect: { status: true }, style: 'pinyin' },
  { question: "Has our county's application been approved yet?", expect: { status: true }, style: 'english' },

  // ───────────── handoff ─────────────
  { question: '转人工', expect: { handoff: true }, style: 'handoff' },
  { question: '别跟我机器人说了，叫个工作人员来', expect: { handoff: true }, style: 'handoff' },
  { question: '纪录片里我们市的数据是错的，我要投诉，找你们负责人', expect: { handoff: true }, style: 'handoff' },
  { question: '請幫我轉接真人客服', expect: { handoff: true }, style: 'handoff' },
  { question: 'zhuan ren gong', expect: { handoff: true }, style: 'handoff' },
  { question: 'I want to speak to a real person, please.', expect: { handoff: true }, style: 'english' },

  // ───────────── near misses: other video platforms ─────────────
  { question: '抖音上怎么发超过三分钟的视频？', expect: { unsure: true }, style: 'off-topic' },
  { question: '视频号怎么开通', expect: { unsure: true }, style: 'off-topic' },
  { question: 'B站投稿审核一般要多久', expect: { unsure: true }, style: 'off-topic' },
  { question: '快手下载的视频怎么去水印', expect: { unsure: true }, style: 'off-topic' },
  { question: '怎么把抖音上的视频保存到相册', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信视频号直播怎么开？', expect: { unsure: true }, style: 'off-topic' },
  { question: '剪映怎么给视频加字幕', expect: { unsure: true }, style: 'off-topic' },
  { question: 'dou yin zen me fa shi pin', expect: { unsure: true }, style: 'off-topic' },
  { question: '你们在B站有没有官方账号，我想关注', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信怎么发超过5分钟的视频给好友', expect: { unsure: true }, style: 'off-topic' },
  { question: '朋友圈发视频怎么才能高清', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How do I upload a video to YouTube?', expect: { unsure: true }, style: 'english' },
  { question: 'Is Douyin or Bilibili better for posting my own videos?', expect: { unsure: true }, style: 'english' },

  // ───────────── near misses: playback, phones ─────────────
  { question: '手机看视频老是卡顿怎么办', expect: { unsure: true }, style: 'off-topic' },
  { question: '视频播放没有声音是什么原因？', expect: { unsure: true }, style: 'off-topic' },
  { question: '纪录片能下载到手机里离线看吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '纪录片可以投屏到电视上看吗？', expect: { unsure: true }, style: 'off-topic' },
  { question: '手机内存不够了怎么清理', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信占的空间太大了咋整', expect: { unsure: true }, style: 'off-topic' },
  { question: '手機記憶體不足要怎麼辦', expect: { unsure: true }, style: 'off-topic' },
  { question: '看一部三分钟的视频大概耗多少流量', expect: { unsure: true }, style: 'off-topic' },
  { question: '手机怎么录屏', expect: { unsure: true }, style: 'off-topic' },
  { question: '视频文件太大怎么压缩小一点', expect: { unsure: true }, style: 'off-topic' },
  { question: 'mov格式的视频怎么转成mp4', expect: { unsure: true }, style: 'off-topic' },
  { question: '华为手机怎么清理缓存', expect: { unsure: true }, style: 'off-topic' },
  { question: 'My iPhone storage is full, how do I free up space?', expect: { unsure: true }, style: 'english' },

  // ───────────── near misses: WeChat in general ─────────────
  { question: '微信怎么转账给别人', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信转账转错人了能撤回吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '小程序怎么删除？', expect: { unsure: true }, style: 'off-topic' },
  { question: '小程序怎么添加到手机桌面', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信小程序是怎么开发出来的，我也想做一个', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信号被封了怎么解封', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信支付每天限额多少', expect: { unsure: true }, style: 'off-topic' },
  { question: '忘记微信密码了怎么登录微信', expect: { unsure: true }, style: 'off-topic' },
  { question: '微信怎麼轉帳', expect: { unsure: true }, style: 'off-topic' },
  { question: 'How do I delete a WeChat mini program from my list?', expect: { unsure: true }, style: 'english' },
  { question: 'How do I transfer money to someone on WeChat?', expect: { unsure: true }, style: 'english' },

  // ───────────── near misses: tickets, events elsewhere ─────────────
  { question: '产业名片大会的门票能帮我代购吗？', expect: { unsure: true }, style: 'off-topic' },
  { question: '产业名片大会门票在哪买，多少钱一张', expect: { unsure: true }, style: 'off-topic' },
  { question: '去东莞开会住哪个酒店方便', expect: { unsure: true }, style: 'off-topic' },
  { question: '广交会门票怎么预约', expect: { unsure: true }, style: 'off-topic' },
  { question: '有没有人转让会议门票，我加价收', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Can you book me a ticket to the industry card conference?', expect: { unsure: true }, style: 'english' },

  // ───────────── near misses: live-stream selling ─────────────
  { question: '怎么开直播带货', expect: { unsure: true }, style: 'off-topic' },
  { question: '直播带货要交保证金吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '临沂的直播基地怎么去', expect: { unsure: true }, style: 'off-topic' },
  { question: '能不能帮我直播卖我们县的土特产', expect: { unsure: true }, style: 'off-topic' },
  { question: '直播帶貨抽成一般幾個點', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── near misses: shooting documentaries ─────────────
  { question: '拍纪录片用什么相机比较好', expect: { unsure: true }, style: 'off-topic' },
  { question: '航拍无人机哪个牌子好用', expect: { unsure: true }, style: 'off-topic' },
  { question: '自己拍微纪录片要准备哪些灯光设备', expect: { unsure: true }, style: 'off-topic' },
  { question: '纪录片剪辑用什么软件', expect: { unsure: true }, style: 'off-topic' },
  { question: '市面上拍一条三分钟的企业宣传片一般什么价', expect: { unsure: true }, style: 'off-topic' },
  { question: 'What camera should I buy to shoot a documentary?', expect: { unsure: true }, style: 'english' },

  // ───────────── near misses: other documentaries ─────────────
  { question: '推荐几部好看的工业纪录片', expect: { unsure: true }, style: 'off-topic' },
  { question: '《大国重器》在哪能看全集', expect: { unsure: true }, style: 'off-topic' },
  { question: '舌尖上的中国还会出新一季吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '央视纪录频道今晚播什么', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Any good documentaries about Chinese factories you can recommend?', expect: { unsure: true }, style: 'english' },

  // ───────────── near misses: books ─────────────
  { question: '有什么讲中国制造的好书推荐一下', expect: { unsure: true }, style: 'off-topic' },
  { question: '当当买书怎么用优惠券', expect: { unsure: true }, style: 'off-topic' },
  { question: '《置身事内》这本书讲的是什么', expect: { unsure: true }, style: 'off-topic' },
  { question: 'Where can I buy books on the Chinese economy in English?', expect: { unsure: true }, style: 'english' },

  // ───────────── near misses: about the films but not answered ─────────────
  { question: '纪录片的背景音乐叫什么名字', expect: { unsure: true }, style: 'off-topic' },
  { question: '纪录片里拍的那个工厂能去参观吗', expect: { unsure: true }, style: 'off-topic' },
  { question: '你觉得哪个城市的纪录片拍得最好看', expect: { unsure: true }, style: 'off-topic' },
  { question: '这些纪录片的导演是谁', expect: { unsure: true }, style: 'off-topic' },
  { question: '帮我写一个宣传我们县的短视频脚本', expect: { unsure: true }, style: 'off-topic' },
  { question: '能不能帮我把这部片子翻译成日语', expect: { unsure: true }, style: 'off-topic' },

  // ───────────── near misses: everything else ─────────────
  { question: '哪个城市的产业名片最厉害，给排个名', expect: { unsure: true }, style: 'off-topic' },
  { question: '隔壁县的申请通过了没有', expect: { unsure: true }, style: 'off-topic' },
  { question: '东莞今天天气怎么样', expect: { unsure: true }, style: 'off-topic' },
  { question: '景德镇哪里买瓷器便宜', expect: { unsure: true }, style: 'off-topic' },
  { question: '义乌小商品市场几点开门', expect: { unsure: true }, style: 'off-topic' },
  { question: '这个小程序是哪家公司开发的，花了多少钱', expect: { unsure: true }, style: 'off-topic' },
  { question: '你们招不招视频剪辑，我想投简历', expect: { unsure: true }, style: 'off-topic' },
  { question: '国家工业遗产名单有哪些', expect: { unsure: true }, style: 'off-topic' },
  { question: '专精特新小巨人怎么申报', expect: { unsure: true }, style: 'off-topic' },
  { question: '东莞早茶哪家好吃', expect: { unsure: true }, style: 'off-topic' },
  { question: 'iPad上能用微信小程序吗', expect: { unsure: true }, style: 'off-topic' },
];
