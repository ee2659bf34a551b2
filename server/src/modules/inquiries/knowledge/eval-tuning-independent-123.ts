// Independent tuning set 123: written 2026-12-05 by a writer who never saw the bot or its other evaluation sets, from the FAQ, the sample catalogue and PRODUCT.md only. It stresses elderly people typing by voice input: long unpunctuated run-on sentences, speech-recognition homophones (铲业, 明片, 申亲), dialect words, repeated words and polite openings, with many off-topic everyday questions and status questions asked on behalf of a child.
import { MAIN_CARDS } from './sample-card-lists';
import type { EvalCase } from './types';

export const independentTuningSet123: EvalCase[] = [
  // ───────────────────────────── FAQ: programme ─────────────────────────────
  {
    question: '您好同志我想问一下这个铲业明片打造计划到底是个啥东西俺孙子给我装的这个小程序我看不懂',
    expect: { faq: 'what-is-programme' },
    style: 'typo',
  },
  {
    question: '這個名片計劃是哪個單位組織搞的',
    expect: { faq: 'who-runs' },
    style: 'traditional',
  },
  {
    question: '搞这个名片计划上头是按照哪份红头文件来的啊我们老干部学习要用',
    expect: { faq: 'policy-basis' },
    style: 'colloquial',
  },
  {
    question: '你好你好我就想知道我们地方搞了这个产业名片对地方上到底有什么用有什么用处',
    expect: { faq: 'programme-purposes' },
    style: 'colloquial',
  },
  {
    question: '计划里头说到2025年要弄多少个主明片多少个特色明片',
    expect: { faq: 'target-2025' },
    style: 'typo',
  },
  {
    question: '我们县里没去报这个是不是不行啊是不是上面硬性规定每个地方都得参加的',
    expect: { faq: 'principles' },
    style: 'colloquial',
  },
  {
    question: '产业名片是不是像我们以前当干部时候印的那种小纸片名片一样能拿在手里发给别人的',
    expect: { faq: 'what-is-industry-card' },
    style: 'colloquial',
  },
  {
    question: 'Is this industry card a real card you can hold in your hand, like a business card?',
    expect: { faq: 'what-is-industry-card' },
    style: 'english',
  },

  // ───────────────────────────── FAQ: eligibility ─────────────────────────────
  {
    question: '请问同志哪些个地方有资格报这个名片啊地级市副省级城市都能报吗',
    expect: { faq: 'who-may-apply' },
    style: 'plain',
  },
  {
    question: '俺们是河南的一个小县城 县里头能不能自个单独去报这个铲业名片啊',
    expect: { faq: 'county-eligible' },
    style: 'typo',
  },
  {
    question: '我們這裡是內蒙古的一個旗 旗一級的地方也能申請產業名片嗎',
    expect: { faq: 'county-eligible' },
    style: 'traditional',
  },
  {
    question: '我儿子在高新区管委会上班 他们高新区这种园区也可以去报产业名片的吧',
    expect: { faq: 'zone-eligible' },
    style: 'colloquial',
  },
  {
    question: '新型工业化产业示范基地这样的能不能申亲产业明片',
    expect: { faq: 'zone-eligible' },
    style: 'typo',
  },
  {
    question: '我们省工信厅自己能不能当申请的主体报上去 还是说省里只能帮着推荐下面的市',
    expect: { faq: 'province-eligible' },
    style: 'plain',
  },
  {
    question: '是不是报上去了就一定能评上啊 中心到底喜欢挑什么样的地方',
    expect: { faq: 'selection-criteria' },
    style: 'colloquial',
  },
  {
    question: '我们那个县工业底子薄一年产值就几十个亿 够不够格报这个 有没有规定产值要多少',
    expect: { faq: 'industry-threshold' },
    style: 'colloquial',
  },
  {
    question: '我自己在镇上开了个小作坊打铁做菜刀的 我个人能不能去报一个产业名片',
    expect: { faq: 'enterprise-apply' },
    style: 'colloquial',
  },
  {
    question: 'My nephew runs a factory. Can a private company apply for an industry card on its own?',
    expect: { faq: 'enterprise-apply' },
    style: 'english',
  },

  // ───────────────────────────── FAQ: how to apply ─────────────────────────────
  {
    question: '你好麻烦问一下参加这个计划是个什么程序先干什么后干什么 我帮我们村里问的',
    expect: { faq: 'how-to-participate' },
    style: 'plain',
  },
  {
    question: 'canjia chanye mingpian jihua yao zou naxie buzhou',
    expect: { faq: 'how-to-participate' },
    style: 'pinyin',
  },
  {
    question: '市里报这个要不要先经过省厅同意推荐一下还是直接就报给北京那个中心',
    expect: { faq: 'provincial-recommendation' },
    style: 'plain',
  },
  {
    question: '我帮我女儿看看在这个小程序上头是从哪里点进去填申请的啊我戳了半天找不到那个入口',
    expect: { faq: 'apply-in-app' },
    style: 'colloquial',
  },
  {
    question: '报这个名片要不要交钱啊 要交多少钱 要不要交钱啊',
    expect: { faq: 'fees' },
    style: 'colloquial',
  },
  {
    question: '參加這個計劃要不要繳費 聽說有人被收了錢',
    expect: { faq: 'fees' },
    style: 'traditional',
  },
  {
    question: '报名的时候要准备些啥子材料 要不要带那些盖了公章的证明',
    expect: { faq: 'materials' },
    style: 'colloquial',
  },
  {
    question: '我们市第一批没赶上 后头还评不评了 还有没有下一批',
    expect: { faq: 'batches' },
    style: 'colloquial',
  },
  {
    question: '我们区已经报了一份了 换个产业能不能再报第二份',
    expect: { faq: 'one-application-per-region' },
    style: 'colloquial',
  },
  {
    question: '登记表填好了是邮寄过去还是发电子邮件过去啊到底送到哪',
    expect: { faq: 'submit-where' },
    style: 'plain',
  },

  // ───────────────────────────── FAQ: the form ─────────────────────────────
  {
    question: '那个登计表上头都有些啥栏目要填的给我说说我好提前准备',
    expect: { faq: 'form-fields' },
    style: 'typo',
  },
  {
    question: '登记表里申请区域那一格要写到哪一级 写省还是写市还是写到县',
    expect: { faq: 'form-region' },
    style: 'plain',
  },
  {
    question: '牵投单位那里我们写县工信局行不行',
    expect: { faq: 'form-lead-unit' },
    style: 'typo',
  },
  {
    question: '主导铲业我们县有五六个呢能不能全部都填上去',
    expect: { faq: 'form-leading-industries' },
    style: 'typo',
  },
  {
    question: '表上又有主导又有特色 我们县的茶叶到底该放哪一栏啊 特色那栏一定要填吗',
    expect: { faq: 'form-featured-industries' },
    style: 'colloquial',
  },
  {
    question: '区域简介那个写多了会不会交不上去 顶多能写几个字',
    expect: { faq: 'form-intro' },
    style: 'plain',
  },
  {
    question: '联系人及职务那一格写我们科长行不行 职务要不要写全称',
    expect: { faq: 'form-contact' },
    style: 'plain',
  },
  {
    question: '联系电话那里我填的是家里座机老是说格式不对这是咋回事嘛',
    expect: { faq: 'form-phone' },
    style: 'colloquial',
  },
  {
    question: 'lianxi dianhua keyi tian zuoji haoma ma',
    expect: { faq: 'form-phone' },
    style: 'pinyin',
  },
  {
    question: '能不能把我们县的宣传册拍成照片传上去当附件 照片太大了行不行',
    expect: { faq: 'form-attachments' },
    style: 'colloquial',
  },

  // ───────────────────────────── FAQ: deadlines ─────────────────────────────
  {
    question: '头一批是几月几号截止的啊我记得好像是六月底是不是',
    expect: { faq: 'deadline-first-call' },
    style: 'colloquial',
  },
  {
    question: '现在这个时候还能不能报了 今年还收不收了',
    expect: { faq: 'deadline-current' },
    style: 'colloquial',
  },
  {
    question: '过了日子了没赶上 能不能通融通融让我们补报一下',
    expect: { faq: 'late-submission' },
    style: 'colloquial',
  },
  {
    question: '我闺女在市工信局上班 她们局报上去的那种申请一般审核要多久才批',
    expect: { faq: 'review-time' },
    style: 'colloquial',
  },
  {
    question: '产业名片一般是每年啥时候公布的 是年底还是开春',
    expect: { faq: 'release-timing' },
    style: 'plain',
  },

  // ───────────────────────────── FAQ: tiers ─────────────────────────────
  {
    question: '什么叫主明片 俺看了半天没看明白',
    expect: { faq: 'tier-main' },
    style: 'typo',
  },
  {
    question: '特色名片要什么样的地方才算得上 有没有个说法',
    expect: { faq: 'tier-featured' },
    style: 'colloquial',
  },
  {
    question: '主名片特色名片是不是一个大一个小 这里头有啥讲究',
    expect: { faq: 'tier-difference' },
    style: 'colloquial',
  },
  {
    question: 'main card or featured card, which one ranks higher and how are they different',
    expect: { faq: 'tier-difference' },
    style: 'english',
  },
  {
    question: '我们自己能不能说就要报主名片不报特色的 表上有地方选吗',
    expect: { faq: 'tier-choose' },
    style: 'plain',
  },
  {
    question: '俺们市又有煤矿又有陶瓷 能不能评两张名片',
    expect: { faq: 'tier-system' },
    style: 'colloquial',
  },

  // ───────────────────────────── FAQ: centre services ─────────────────────────────
  {
    question: '签了约以后北京那个中心会帮我们地方上做点什么实事',
    expect: { faq: 'centre-tasks' },
    style: 'plain',
  },
  {
    question: '我原来在一所大学教书 那个生态方阵里头高校也能进去吗 方阵是干啥的',
    expect: { faq: 'ecosystem-matrix' },
    style: 'colloquial',
  },
  {
    question: '评上名片以后你们会不会帮我们在电视上网上多宣传宣传',
    expect: { faq: 'promotion' },
    style: 'colloquial',
  },
  {
    question: '孙子说名片还要出什么数字藏品 那是个啥东西能吃能用吗',
    expect: { faq: 'digital-collectibles' },
    style: 'colloquial',
  },
  {
    question: '我们那边有个老纺织厂废弃好多年了 能不能改成工业博物馆算到名片里头去',
    expect: { faq: 'landmarks-clusters' },
    style: 'colloquial',
  },
  {
    question: '評上以後上面撥不撥錢下來',
    expect: { faq: 'funding' },
    style: 'traditional',
  },

  // ───────────────────────────── FAQ: evaluation ─────────────────────────────
  {
    question: '那个有影响力的名片是按什么打分的 评分都有哪些项目',
    expect: { faq: 'evaluation-system' },
    style: 'plain',
  },
  {
    question: '评上了是不是一辈子都算数 会不会过几年又给摘掉',
    expect: { faq: 'value-assessment' },
    style: 'colloquial',
  },
  {
    question: '新闻里说是按竞争力下面的影响力来评的 这是个什么说法',
    expect: { faq: 'influence-under-competitiveness' },
    style: 'colloquial',
  },

  // ───────────────────────────── FAQ: films ─────────────────────────────
  {
    question: '三分钟爱上中国铲业名片是个什么节目啊',
    expect: { faq: 'films-what' },
    style: 'typo',
  },
  {
    question: '那个产业名片的微记录片在哪里能看到 我想看看我们老家的',
    expect: { faq: 'films-where' },
    style: 'typo',
  },
  {
    question: '那些纪录片一部放多长时间 我眼睛不好看久了流眼泪',
    expect: { faq: 'films-length' },
    style: 'colloquial',
  },
  {
    question: '能不能请你们派人来我们市里拍一个片子宣传宣传我们的特产',
    expect: { faq: 'films-our-city' },
    style: 'colloquial',
  },

  // ───────────────────────────── FAQ: events ─────────────────────────────
  {
    question: '最早签约的那几个试点城市是哪几个 你给我念念',
    expect: { faq: 'pilot-regions-2022' },
    style: 'colloquial',
  },
  {
    question: '泉州那个发布会上说的三十加五十是什么意思啊',
    expect: { faq: 'release-2024' },
    style: 'plain',
  },
  {
    question: '去年年底在东莞开的那个产业名片大会是谁办的 主题叫啥',
    expect: { faq: 'conference-2025' },
    style: 'plain',
  },
  {
    question: '2025中国有影响力的产业名片官方的完整名单有没有 我想找全的那份',
    expect: { faq: 'list-2025' },
    style: 'plain',
  },
  {
    question: '科创热点 创新消费 升级更新 这三个词是啥意思 是三个主题吗',
    expect: { faq: 'themes-2025' },
    style: 'plain',
  },
  {
    question: '中央台跟你们一起搞的那个产业地理盛典是干什么的',
    expect: { faq: 'geography-gala' },
    style: 'plain',
  },

  // ───────────────────────────── FAQ: contact ─────────────────────────────
  {
    question: '你们中心的电话是多少 我打字太慢了想打电话过去问',
    expect: { faq: 'contact-centre' },
    style: 'colloquial',
  },
  {
    question: '半夜我睡不着发消息过来有没有人回的 你们几点有人',
    expect: { faq: 'human-agent' },
    style: 'colloquial',
  },
  {
    question: '2022年那个函上写的联系人电话现在打还能打通不',
    expect: { faq: 'letter-contacts' },
    style: 'colloquial',
  },

  // ───────────────────────────── FAQ: the app ─────────────────────────────
  {
    question: '这个小程序要不要先注册个账号啊我不会弄',
    expect: { faq: 'sign-in' },
    style: 'colloquial',
  },
  {
    question: '填表填到一半孙子叫我吃饭我就退出来了 刚才填的那些还在不在啊',
    expect: { faq: 'drafts' },
    style: 'colloquial',
  },
  {
    question: '我儿子问他们局报的申请有了结果会不会通知他 是怎么个通知法',
    expect: { faq: 'notifications' },
    style: 'colloquial',
  },
  {
    question: '协伤中是什么意思 后面还有几步才算完',
    expect: { faq: 'status-flow' },
    style: 'typo',
  },
  {
    question: '申请给退回来了说要修改 我该咋弄 在哪里改',
    expect: { faq: 'returned' },
    style: 'colloquial',
  },
  {
    question: '领导说先不报了 已经交上去的那个能不能拿回来',
    expect: { faq: 'withdraw' },
    style: 'colloquial',
  },
  {
    question: '交上去才发现电话号码写错了一位还能改不',
    expect: { faq: 'edit-after-submit' },
    style: 'colloquial',
  },
  {
    question: '上面说我们不予通过 那以后还有没有机会再交一次',
    expect: { faq: 'declined' },
    style: 'colloquial',
  },
  {
    question: '我想看看别的城市的名片在哪里翻 能不能按省找',
    expect: { faq: 'browse-cards' },
    style: 'plain',
  },
  {
    question: '这上面列的名片都是真的吗 是不是国家正式公布的名单',
    expect: { faq: 'sample-data' },
    style: 'plain',
  },
  {
    question: '怎么把这个名片发到我们老年大学的群里让大家都看看',
    expect: { faq: 'share' },
    style: 'colloquial',
  },
  {
    question: '我外孙女在国外长大看不懂中文 这个有没有英文的',
    expect: { faq: 'english-version' },
    style: 'colloquial',
  },
  {
    question: '我一个退休老太太又不是政府的 能用这个干点啥',
    expect: { faq: 'who-can-use' },
    style: 'colloquial',
  },
  {
    question: "I'm just a retired teacher, not an official. What can someone like me do in this app?",
    expect: { faq: 'who-can-use' },
    style: 'english',
  },

  // ───────────────────────────── cards: home towns ─────────────────────────────
  {
    question: '您好 俺老家是河北保定的 保定有没有产业名片啊',
    expect: { cards: ['baoding-electric-valley'] },
    style: 'region',
  },
  {
    question: '我是唐山人 我们唐山上了名片没有 开滦煤矿那个',
    expect: { cards: ['tangshan-cradle-of-modern-industry'] },
    style: 'region',
  },
  {
    question: '咱洛阳那个拖拉机厂那边的名片有没有 给我找找',
    expect: { cards: ['luoyang-agricultural-machinery'] },
    style: 'region',
  },
  {
    question: '景德镇的名片有没有 我年轻时候在那边瓷厂干过好多年',
    expect: { cards: ['jingdezhen-millennium-porcelain'] },
    style: 'region',
  },
  {
    question: '我们泉州的产业名片有哪几张啊 德化晋江算不算',
    expect: { cards: ['quanzhou-maritime-silk-manufacturing', 'dehua-porcelain-capital', 'jinjiang-sportswear'] },
    style: 'region',
  },
  {
    question: '苏州有什么产业明片 昆山的也说说',
    expect: { cards: ['suzhou-gusu-innovation', 'kunshan-county-manufacturing'] },
    style: 'typo',
  },
  {
    question: '杭州的名片给我找找看 我退休前在杭州待了三十年',
    expect: { cards: ['hangzhou-digital-city', 'qiantang-china-medicine-port'] },
    style: 'region',
  },
  {
    question: '广州那边有哪几张产业名片 我外孙在广州读书',
    expect: { cards: ['guangzhou-smart-manufacturing', 'huangpu-bay-area-innovation'] },
    style: 'region',
  },
  {
    question: '義烏有產業名片嗎 就是賣小商品的那個義烏',
    expect: { cards: ['yiwu-world-supermarket'] },
    style: 'traditional',
  },
  {
    question: '宜宾那个出五粮液的地方有名片没',
    expect: { cards: ['yibin-baijiu-and-batteries'] },
    style: 'region',
  },
  {
    question: '贵州遵义有没有评上名片 就是产酱香酒的那个地方',
    expect: { cards: ['zunyi-sauce-aroma-baijiu'] },
    style: 'region',
  },
  {
    question: '柳州螺丝粉也算产业名片吗 我孙女天天吃那个',
    expect: { cards: ['liuzhou-industrial-landscape'] },
    style: 'typo',
  },
  {
    question: '潍坊放风筝的那个地方有名片吗',
    expect: { cards: ['weifang-power-and-kites'] },
    style: 'region',
  },
  {
    question: '东北的哈尔滨长春沈阳这几个老工业城市都有名片吗',
    expect: { cards: ['harbin-power-equipment', 'changchun-motor-city', 'shenyang-equipment-base'] },
    style: 'region',
  },
  {
    question: '内蒙古那边有哪些名片 包头鄂尔多斯有没有',
    expect: { cards: ['baotou-rare-earth-capital', 'ordos-zero-carbon-energy'] },
    style: 'region',
  },
  {
    question: '山东省都有哪些城市上了产业名片',
    expect: { cards: ['binzhou-high-end-aluminium', 'linyi-trade-logistics', 'weifang-power-and-kites', 'qingdao-city-of-brands'] },
    style: 'region',
  },
  {
    question: '福建省的名片有哪些给我列一下',
    expect: {
      cards: ['dehua-porcelain-capital', 'zherong-knives-and-scissors', 'quanzhou-maritime-silk-manufacturing', 'jinjiang-sportswear'],
    },
    style: 'region',
  },
  {
    question: '湖南省有哪些地方的产业名片 我是湖南人想看看',
    expect: { cards: ['chenzhou-nonferrous-metals', 'zhuzhou-rail-transit-equipment', 'changsha-construction-machinery'] },
    style: 'region',
  },
  {
    question: '青岛的名片是啥 我年轻时候去过青岛啤酒厂',
    expect: { cards: ['qingdao-city-of-brands'] },
    style: 'region',
  },
  {
    question: '兰州拉面那个兰州也有名片吗',
    expect: { cards: ['lanzhou-yellow-river-petrochemicals'] },
    style: 'region',
  },
  {
    question: '我儿子在新疆乌鲁木齐工作好多年了 那边有名片吗',
    expect: { cards: ['urumqi-silk-road-hub'] },
    style: 'region',
  },
  {
    question: '中山古镇做灯的那个 中山市有名片没有',
    expect: { cards: ['zhongshan-lighting-capital'] },
    style: 'region',
  },
  {
    question: 'wuhan you chanye mingpian ma',
    expect: { cards: ['wuhan-optics-valley'] },
    style: 'pinyin',
  },
  {
    question: 'Does Chengdu have an industry card? My granddaughter lives there.',
    expect: { cards: ['chengdu-tianfu-smart-making'] },
    style: 'english',
  },
  {
    question: "Is there an industry card for Xi'an?",
    expect: { cards: ['xian-hard-tech-city'] },
    style: 'english',
  },

  // ───────────────────────────── cards: places with none ─────────────────────────────
  {
    question: '我住北京几十年了 北京市评上了什么产业名片没有',
    expect: { cards: [] },
    style: 'region',
  },
  {
    question: '俺是天津卫的 天津有嘛名片没有',
    expect: { cards: [] },
    style: 'region',
  },
  {
    question: '拉萨有没有产业名片',
    expect: { cards: [] },
    style: 'region',
  },
  {
    question: '南京的名片我怎么找来找去没看见 南京有没有',
    expect: { cards: [] },
    style: 'region',
  },
  {
    question: '河南郑州评上名片没有 省会城市应该有吧',
    expect: { cards: [] },
    style: 'region',
  },
  {
    question: '辽宁大连有名片吗 大连造船厂那么有名',
    expect: { cards: [] },
    style: 'region',
  },
  {
    question: 'Is there any industry card for Beijing?',
    expect: { cards: [] },
    style: 'english',
  },

  // ───────────────────────────── cards: industries, tiers, themes ─────────────────────────────
  {
    question: '做陶瓷的地方有哪些名片 我收藏了好多瓷器',
    expect: {
      cards: ['dehua-porcelain-capital', 'jingdezhen-millennium-porcelain', 'foshan-ceramics-and-appliances', 'tangshan-cradle-of-modern-industry'],
    },
    style: 'industry',
  },
  {
    question: '白酒方面的名片有哪几个地方',
    expect: { cards: ['zunyi-sauce-aroma-baijiu', 'yibin-baijiu-and-batteries'] },
    style: 'industry',
  },
  {
    question: '稀土产业的名片有哪些',
    expect: { cards: ['baotou-rare-earth-capital', 'ganzhou-tungsten-rare-earth'] },
    style: 'industry',
  },
  {
    question: '做刀子剪子的名片有哪几个地方 我想买把好菜刀',
    expect: { cards: ['zherong-knives-and-scissors', 'yangjiang-knife-capital'] },
    style: 'industry',
  },
  {
    question: '宁夏葡萄酒的那个名片叫什么',
    expect: { cards: ['yinchuan-helan-mountain-wine'] },
    style: 'industry',
  },
  {
    question: '种鲜花卖鲜花的有没有产业名片',
    expect: { cards: ['kunming-spring-city-flowers'] },
    style: 'industry',
  },
  {
    question: '搞芯片集成电路的名片有哪些城市',
    expect: { cards: ['wuxi-iot-city', 'hefei-chips-screens-cars'] },
    style: 'industry',
  },
  {
    question: '科创热点那一类名片都有哪些城市',
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
  {
    question: '创新消费的名片都有谁家 给我念一遍',
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
    style: 'colloquial',
  },
  {
    question: '升级更新这个主题下面有哪些名片',
    expect: {
      cards: [
        'dongguan-manufacturing-aesthetics',
        'yangjiang-knife-capital',
        'zhongshan-lighting-capital',
        'wenzhou-private-manufacturing',
        'jingdezhen-millennium-porcelain',
        'guangzhou-smart-manufacturing',
        'foshan-ceramics-and-appliances',
        'ordos-zero-carbon-energy',
        'yibin-baijiu-and-batteries',
        'chongqing-mountain-city-motors',
        'liuzhou-industrial-landscape',
        'lanzhou-yellow-river-petrochemicals',
        'urumqi-silk-road-hub',
        'taiyuan-steel-and-heavy-machinery',
      ],
    },
    style: 'plain',
  },
  {
    question: '2024年的名片里头哪几个是主名片',
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
    style: 'plain',
  },
  {
    question: '主名片都是哪些城市的 一个一个说给我听',
    expect: {
      cards: MAIN_CARDS,
    },
    style: 'colloquial',
  },

  // ───────────────────────────── counts ─────────────────────────────
  {
    question: '广东一共有几张名片啊',
    expect: { count: 6 },
    style: 'count',
  },
  {
    question: '浙江省现在有多少张产业名片 我是浙江人',
    expect: { count: 5 },
    style: 'count',
  },
  {
    question: '福建总共有几个名片',
    expect: { count: 4 },
    style: 'count',
  },
  {
    question: '湖南省有几张名片',
    expect: { count: 3 },
    style: 'count',
  },
  {
    question: '江苏省有几张名片啊 我是江苏无锡的',
    expect: { count: 3 },
    style: 'count',
  },
  {
    question: '河北省一共几张 数一数',
    expect: { count: 2 },
    style: 'count',
  },
  {
    question: '贵州省有几张产业明片',
    expect: { count: 2 },
    style: 'count',
  },
  {
    question: '目录里现在能看到的主名片有几张',
    expect: { count: 15 },
    style: 'count',
  },
  {
    question: '这里头特色名片现在收录了多少张',
    expect: { count: 35 },
    style: 'count',
  },
  {
    question: '这个小程序里现在总共收了多少张名片',
    expect: { count: 50 },
    style: 'count',
  },
  {
    question: '目录里2024年的名片一共有几张',
    expect: { count: 22 },
    style: 'count',
  },
  {
    question: '目录里年份是2025年的名片有几张',
    expect: { count: 28 },
    style: 'count',
  },
  {
    question: '科创热点的名片有几张',
    expect: { count: 10 },
    style: 'count',
  },
  {
    question: '创新消费城市产业名片目录里有多少张',
    expect: { count: 12 },
    style: 'count',
  },
  {
    question: 'How many industry cards does Sichuan province have?',
    expect: { count: 2 },
    style: 'english',
  },

  // ───────────────────────────── status: the asker's own office ─────────────────────────────
  {
    question: '我是县工信局的 退休返聘在办公室帮忙 我们局上个月交的那个登记表现在到哪一步了',
    expect: { status: true },
    style: 'status',
  },
  {
    question: '同志你好 我们园区管委会报的那个产业名片申请审核通过了没有',
    expect: { status: true },
    style: 'status',
  },
  {
    question: '我们市工信局提交的名片申请有没有消息了 还在协商吗',
    expect: { status: true },
    style: 'status',
  },
  {
    question: '我们报上去的那个现在是啥状态了 是不是给退回来了',
    expect: { status: true },
    style: 'status',
  },
  {
    question: '我們局的申請簽約了沒有',
    expect: { status: true },
    style: 'traditional',
  },
  {
    question: '我在区科工局上班快退休了 我们科报的那份申请怎么一直没动静 到底审到哪儿了',
    expect: { status: true },
    style: 'status',
  },
  {
    question: 'women de shenqing dao na yi bu le',
    expect: { status: true },
    style: 'pinyin',
  },
  {
    question: 'Hello, I submitted our county application last month. What stage is it at now?',
    expect: { status: true },
    style: 'english',
  },

  // ───────────────────────────── someone else's application (not the asker's own) ─────────────────────────────
  {
    question: '我儿子在市工信局上班 他们局报的产业名片申请现在批下来没有 他忙没空看我帮他问问',
    expect: { unsure: true },
    style: 'status',
  },
  {
    question: '我女婿在开发区管委会 他们那份申请签约了没有啊',
    expect: { unsure: true },
    style: 'status',
  },
  {
    question: '闺女在县里工信局做事 她们单位那个名片申请到底通过了没',
    expect: { unsure: true },
    style: 'status',
  },
  {
    question: '帮我查一下我儿媳妇她们局交的申请进度呗 她们是隔壁县的',
    expect: { unsure: true },
    style: 'status',
  },

  // ───────────────────────────── programme questions nothing answers ─────────────────────────────
  {
    question: '评上名片以后给不给发一块铜牌子挂在市政府门口',
    expect: { unsure: true },
    style: 'colloquial',
  },
  {
    question: '我们县名片评审的专家都有谁 能不能透露一下名字',
    expect: { unsure: true },
    style: 'plain',
  },
  {
    question: '产业名片的评审会老百姓能不能去旁听',
    expect: { unsure: true },
    style: 'plain',
  },

  // ───────────────────────────── handoff ─────────────────────────────
  {
    question: '我年纪大了打字慢 能不能找个真人跟我说说',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '帮我接个人工 人工 人工',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '能不能叫你们工作人员给我打个电话 我在手机上说不清楚',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '我不跟机器说话 叫你们管事的人来',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '有没有活人在啊 我要找个人问问',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '請幫我轉給工作人員謝謝',
    expect: { handoff: true },
    style: 'traditional',
  },
  {
    question: "Can I talk to a real person please? I'm not good with phones.",
    expect: { handoff: true },
    style: 'english',
  },
  {
    question: 'zhuan rengong kefu',
    expect: { handoff: true },
    style: 'pinyin',
  },
  {
    question: '我想跟中心的同志直接聊聊我们县报名的事 麻烦给安排一下',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '小同志你说的我听不懂 还是换个工作人员来跟我讲吧',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '麻烦安排个工作人员跟我语音通话 打字我实在打不来',
    expect: { handoff: true },
    style: 'handoff',
  },

  // ───────────────────────────── off-topic: weather ─────────────────────────────
  {
    question: '今天天气怎么样啊下午出门买菜要不要带伞',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '明天北京降温不降温 我早上要去公园打太极拳',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '今年冬天冷不冷啊要不要给老伴买个电热毯',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '天气预报说有寒潮要来 我阳台上腌的咸菜要不要搬进屋里',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'jintian tianqi zenmeyang',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: "What's the weather going to be like in Beijing tomorrow?",
    expect: { unsure: true },
    style: 'off-topic',
  },

  // ───────────────────────────── off-topic: health ─────────────────────────────
  {
    question: '请问一下高血压的药是早上吃好还是晚上吃好',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '膝盖疼 一爬楼梯就疼 是不是骨质增生了',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '血糖有点高能不能喝小米粥 医生说少吃主食',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我家老头子打呼噜打得震天响有什么办法治治',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '血压计哪个牌子量得准一点',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '晚上老是睡不着觉 三四点就醒 有什么好法子',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '一到下雨天关节就酸痛 这是怎么回事啊',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '腰疼贴膏药到底管不管用',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '流感疫苗老年人打是不是免费的 去哪里打',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '前天电视上说的那个治癌症的新药医保能不能报',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'Is it safe for a seventy-year-old to take aspirin every day?',
    expect: { unsure: true },
    style: 'off-topic',
  },

  // ───────────────────────────── off-topic: grandchildren and family ─────────────────────────────
  {
    question: '我孙子今年高考考了五百多分 你说报个什么专业好',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '孙女三岁了不爱吃饭 一喂饭就跑 怎么办才好',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '孙子天天玩手机游戏上瘾了 说也不听 咋管嘛',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '孙子英语只考了六十分 我不会英语怎么帮他辅导',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '外孙女明年结婚 我们当外婆外公的随多少礼金合适',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '怎么用微信给孙子发个红包 我按了半天没发出去',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '儿子要在城里买房 首付一般要付多少',
    expect: { unsure: true },
    style: 'off-topic',
  },

  // ───────────────────────────── off-topic: pensions and money ─────────────────────────────
  {
    question: '养老金今年涨了多少啊 涨的那部分啥时候补发',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '发退休金的那张卡丢了 要去哪里挂失',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '存款利率又降了 我那点钱存哪里划算',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '帮我算算三万块钱存三年定期能有多少利息',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '今天股市是涨了还是跌了',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '社保卡拿到手了要怎么激活',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '老伴在外地住院了 异地医保怎么报销',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: "When will this year's pension increase be paid out?",
    expect: { unsure: true },
    style: 'off-topic',
  },

  // ───────────────────────────── off-topic: TV programmes ─────────────────────────────
  {
    question: '新闻联播是几点开始的 我老是错过',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '那个养生节目今天讲的是啥 我没赶上看',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '戏曲频道今天晚上放什么戏 有没有豫剧',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '今年春晚现场观众怎么报名 我想带老伴去看看',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '电视机遥控器按了没反应 换了电池也不行 咋回事',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '最近电视上演的那个讲知青的电视剧叫什么名字来着',
    expect: { unsure: true },
    style: 'off-topic',
  },

  // ───────────────────────────── off-topic: prices at the market ─────────────────────────────
  {
    question: '菜市场猪肉现在多少钱一斤了 最近是不是又涨了',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '鸡蛋一块多一个算不算贵',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '今天的菜價是不是又漲了 白菜都要三塊一斤',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '今年玉米收购价多少钱一斤 我们村里还没卖',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '超市里快过期打折的牛奶能不能买来喝',
    expect: { unsure: true },
    style: 'off-topic',
  },

  // ───────────────────────────── off-topic: lost phone and phone help ─────────────────────────────
  {
    question: '我手机丢了 里面有微信钱包 怎么办啊怎么办',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '手机掉在出租车上了 能不能找回来',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '手機被偷了要先凍結什麼 銀行卡還是微信',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '手机上的字太小了看不清 怎么把字体调大一点',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '手机内存满了老是卡 怎么清理',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '换了个新手机 老手机里的照片怎么弄过去',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'My grandson lost his phone on the bus, what should he do first?',
    expect: { unsure: true },
    style: 'off-topic',
  },

  // ───────────────────────────── off-topic: scams ─────────────────────────────
  {
    question: '有人打电话说我医保卡被冻结了让我转账解冻 是不是骗子',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '收到短信说我中了大奖要先交个手续费才能领 这是真的吗',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '卖保健品的说他们的药吃了能治百病 能信不',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '有骗子冒充我孙子打电话来借钱 我差点就上当了 以后怎么防',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '小区里有人上门说免费检查燃气 还要换管子收钱 是不是骗人的',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '微信被盗号了 别人用我的号找亲戚借钱怎么办',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '遇到电信诈骗要打哪个电话报警',
    expect: { unsure: true },
    style: 'off-topic',
  },

  // ───────────────────────────── off-topic: everyday life ─────────────────────────────
  {
    question: '广场舞音响开大了点邻居老来投诉 怎么办好',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '老年大学明年春季班什么时候开始报名',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '坐高铁老年人有没有优惠票',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '医院挂号怎么在手机上挂 我每次去都排老长的队',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '明天农历初几 适不适合搬家',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '腊月里腌腊肉 十斤肉要放多少盐',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '西红柿炒鸡蛋是先放蛋还是先放西红柿',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '老家的宅基地能不能卖给城里人',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '在哪里可以办老年优待证',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '公交车老年卡过期了到哪里去续',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '六十五岁了还能不能去考驾照',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '小区突然停电了 该找谁',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我种的月季叶子发黄了 是水浇多了吗',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '家里的猫两天不吃东西了 要不要紧',
    expect: { unsure: true },
    style: 'off-topic',
  },

  // ───────────────────────────── off-topic: chit-chat, knowledge, requests ─────────────────────────────
  {
    question: '帮我写一段祝我老伴八十大寿的祝福语 要喜庆一点',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '把这句话翻译成英语 我爱我的家乡',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '给我讲个笑话解解闷吧',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '你是男的还是女的 今年多大岁数了',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '乾隆皇帝一共有几个儿子',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '你说中国足球啥时候能进世界杯',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '唱首红歌给我听听行不行',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '孩子们都不在家 你能不能陪我聊聊天',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '你覺得評上名片的城市房價會不會漲',
    expect: { unsure: true },
    style: 'off-topic',
  },
];
