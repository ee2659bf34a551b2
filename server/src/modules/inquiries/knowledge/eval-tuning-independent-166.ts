// Independent tuning set 166: written 2026-12-05 by a writer who never saw the bot or its other evaluation sets, from the FAQ, the sample catalogue and PRODUCT.md only. It stresses very long elderly-style messages that tell a family, work-history or hometown story before finally asking a programme, catalogue, status or everyday question, or asking for a person.
import { CERAMICS_CARDS, HUNAN_CARDS, INNOVATIVE_CONSUMPTION_CARDS, MAIN_CARDS_2024 } from './sample-card-lists';
import type { EvalCase } from './types';

export const independentTuningSet166: EvalCase[] = [
  // ───────────────────────────── FAQ: 计划概况 ─────────────────────────────
  {
    question:
      '我今年七十三了，年轻时候在洛阳拖拉机厂当钳工，一干就是三十多年，退休以后天天在家看新闻联播。前几天孙子给我手机里装了这个小程序，说是讲产业的。我眼神不好，上面字又小，翻了半天也没看明白。你就跟我说说，这个区域（城市）产业名片打造计划，到底是干什么的？',
    expect: { faq: 'what-is-programme' },
    style: 'colloquial',
  },
  {
    question:
      '我老伴以前在市经委工作，她说这种评选一般都是行业协会搞的，我说肯定是国家部委搞的，我俩为这个争了一晚上，谁也说服不了谁，饭都没吃好。今天我专门来问一句，产业名片打造计划到底是哪个单位组织实施的？是不是工信部的项目？',
    expect: { faq: 'who-runs' },
    style: 'colloquial',
  },
  {
    question:
      '我退休前是县委办写材料的，干了一辈子文字工作，养成个习惯，看到什么新提法都想知道出处。现在县里开会老提产业名片，年轻人写稿子也引用，我想帮他们把把关，别写错了。请问这个计划的政策依据是什么，是依据哪个文件制定的？',
    expect: { faq: 'policy-basis' },
    style: 'plain',
  },
  {
    question:
      '我们这个镇子五六十年代是有名的煤矿镇，那时候火车一天拉好几趟煤，矿上放电影全镇都去看。后来矿一关，人就散了，年轻人都出去打工，剩下我们这些老家伙守着老房子。现在听说上面搞产业名片，镇上的人都说是好事，可我琢磨不透，搞这个计划到底图个啥，对地方上有啥好处？',
    expect: { faq: 'programme-purposes' },
    style: 'colloquial',
  },
  {
    question:
      '我在老年大学上书法课，班上有个老同志说产业名片全国要评几千个，跟评先进似的人人有份；我觉得没那么多。我们俩打了个赌，输的请全班吃羊肉泡馍。麻烦你告诉我，这个计划原来定的目标是要打造多少张名片？',
    expect: { faq: 'target-2025' },
    style: 'colloquial',
  },
  {
    question:
      '我是退休的老支书，村子所在的县这两年经济不太行，厂子关了好几个。听说上面在搞产业名片，有人跟我说这是上面压下来的任务，每个县都得报，不报年底考核要挨批评。我心里有点犯嘀咕，想问个明白：这个事是强制参加的吗？必须报吗？',
    expect: { faq: 'principles' },
    style: 'colloquial',
  },
  {
    question:
      '我做了一辈子印刷，在街口开了个小印刷店，给人印过几万盒名片，铜版纸的、烫金的、压纹的都印过。前两天孙女说咱们市要有“产业名片”了，我还以为又来了大活儿，高兴了半天，后来一想好像不对劲。这个产业名片是不是一张实体卡片？要不要印出来？',
    expect: { faq: 'what-is-industry-card' },
    style: 'colloquial',
  },
  {
    question:
      'wo shi tui xiu de lao gong ren, jin nian qi shi liu le, yan jing bu hao, shou ji shang zhi hui da pin yin. sun zi shuo wo men shi zhun bei can jia chan ye ming pian da zao ji hua, wo ting bu dong. qing wen zhe ge ji hua dao di shi gan shen me de?',
    expect: { faq: 'what-is-programme' },
    style: 'pinyin',
  },

  // ───────────────────────────── FAQ: 申报条件 ─────────────────────────────
  {
    question:
      '我们县是个山区县，六十年代建过一个三线厂，后来厂子搬走了，县里又慢慢搞起了竹木加工，现在也有几十家厂子。我儿子在县工信局上班，他问我我也不懂。我就想问一下，我们这个县一级的能不能单独申情，还是必须跟着市里一块报？',
    expect: { faq: 'county-eligible' },
    style: 'typo',
  },
  {
    question:
      '我是台灣來的老人家，祖籍福建，小時候跟著爺爺在縣城裡的瓷窯邊玩泥巴，後來隨家人過了海峽。現在老家縣政府的親戚寫信問我這個計劃，我也不太懂，只好來問問。請問縣一級可以單獨申請產業名片嗎？',
    expect: { faq: 'county-eligible' },
    style: 'traditional',
  },
  {
    question:
      '我从八十年代就在开发区筹建办干，看着一片稻田变成厂房，路是我们一条条修出来的，现在开发区都升成国家级的了。我虽然退休了，心里还惦记着。像我们这种经济开发区，能不能自己单独申请产业名片？',
    expect: { faq: 'zone-eligible' },
    style: 'colloquial',
  },
  {
    question:
      '我是省里退下来的老干部，以前分管过全省的工业，跑遍了每个地市。现在看到各个市都在争产业名片，我就琢磨，为什么不以全省的名义统一报一个，更有分量。请问省一级能不能作为申请主体来报？',
    expect: { faq: 'province-eligible' },
    style: 'plain',
  },
  {
    question:
      '我们市五十年代是国家重点建设的老工业基地，苏联专家都来过，厂子一个比一个大，我父亲就是那时候来的。现在虽然不比当年，底子还在。市里打算报产业名片，我跟他们说咱们这种老牌工业城市肯定能选上。是不是申请了就一定能入选？中心优先选什么样的地方？',
    expect: { faq: 'selection-criteria' },
    style: 'colloquial',
  },
  {
    question:
      '我们镇上做渔具做了四十年，从我爹那辈就开始扎鱼竿，现在全镇上百家作坊，产值说大不大说小不小。镇长找到我这个老会计，让我帮着算算账。报产业名片对产值有没有硬性门砍，要达到多少亿才行？',
    expect: { faq: 'industry-threshold' },
    style: 'typo',
  },
  {
    question:
      '我七十岁了，自己开了个小五金厂，三十多个工人，做了二十多年的锁具，在我们那儿也算小有名气，好多老客户都认我这块牌子。我侄子说现在有产业名片可以评，让我赶紧报。我想问问，我们这种私人企业能自己申请产业名片吗？',
    expect: { faq: 'enterprise-apply' },
    style: 'colloquial',
  },
  {
    question:
      'Hello. I am 81 and I was a metallurgical engineer at the Anshan steel works for thirty-five years. My English is from the 1980s, so please excuse me. My old colleagues at the city bureau are talking about the industry card programme. Who may apply for it? What kinds of places can take part?',
    expect: { faq: 'who-may-apply' },
    style: 'english',
  },

  // ───────────────────────────── FAQ: 申报方式 ─────────────────────────────
  {
    question:
      '我在街道退管会帮忙，平时帮老同志们跑跑腿办办事。有个在区里工作的老邻居问我，产业名片打造计划要参加的话，整个流程是怎么走的？先干什么后干什么？我记性不好，你说详细点，我拿本子抄下来。',
    expect: { faq: 'how-to-participate' },
    style: 'plain',
  },
  {
    question:
      '我年轻时候在地区行署办公室，那时候什么事都得层层报，先报地区再报省里，一个章一个章地盖，跑断了腿。现在我们市想参加产业名片计划，我就问一句，这个申请还要不要经过省里推荐？能不能直接报给中心？',
    expect: { faq: 'provincial-recommendation' },
    style: 'colloquial',
  },
  {
    question:
      '我是县经信局的老科长，还有一年就退休，局里年轻人都下乡驻村去了，领导让我来弄产业名片的申报。我用手机只会打电话看微信，这小程序我翻来翻去找不到地方。请问在这个小程序里怎么提交申请，入口在哪？',
    expect: { faq: 'apply-in-app' },
    style: 'colloquial',
  },
  {
    question:
      '我退休前在公司法务部干了十几年，看合同看成职业病了，什么东西都想看看条款。听说参加产业名片计划要跟中心签协议，我想帮我们区里把把关。签订的合作协议大概包括什么内容，有没有统一的模板？',
    expect: { faq: 'agreement' },
    style: 'plain',
  },
  {
    question:
      '我们那儿以前吃过亏，有个什么评比，说是给我们县评个“某某之乡”，后来一算要交好几十万的“服务费”，县里领导后悔得不行。这回县里又说要报产业名片，我这老头子先替他们问一句，参加这个计划要不要交钱？收不收费？',
    expect: { faq: 'fees' },
    style: 'colloquial',
  },
  {
    question:
      'Good afternoon. I am a retired mechanical engineer from Shenyang, 76 years old. I worked on machine tools in Tiexi all my life. My old friends at the district bureau would like to join the industry card programme, but the budget is tight. Is there any fee to take part?',
    expect: { faq: 'fees' },
    style: 'english',
  },
  {
    question:
      '我退休后在社区帮忙，街道干部知道我以前在工业局写过材料，就让我帮区里准备产业名片的申报。我这个人做事喜欢先列清单，一样一样打勾。请问申报需要准备哪些材料？除了表格还要别的东西吗？',
    expect: { faq: 'materials' },
    style: 'plain',
  },
  {
    question:
      '我们市2022年那会儿没赶上，听说首批已经签完了，当时市里领导犹犹豫豫的就错过了，我急得直拍大腿。我是退休的老工程师，心里一直惦记这事。错过了首批还有没有机会？产业名片是一次性评完还是分批打造的？',
    expect: { faq: 'batches' },
    style: 'colloquial',
  },
  {
    question:
      '我们区里两个局都想报，工信局报一份，商务局也想报一份，说是多报一份多一分希望，两边谁也不让谁。我在区政协待过，觉得这样不太对劲。同一个区域能不能提交两份申请？',
    expect: { faq: 'one-application-per-region' },
    style: 'colloquial',
  },
  {
    question:
      '我记得2022年那个函里说要把登记表发到中心去，当时我们是打印出来盖章再扫描发邮件的，折腾了好几天。现在我又帮县里填表，填好以后要发到哪里？还要另外发邮箱吗？',
    expect: { faq: 'submit-where' },
    style: 'plain',
  },

  // ───────────────────────────── FAQ: 登记表 ─────────────────────────────
  {
    question:
      '我眼睛老花，看表格上的小字看不清，孙子又去外地上学了不在家。我想先搞清楚这个登纪表一共要填哪几项内容，我拿本子一项一项记下来，等周末孙子打电话回来再让他帮我填。',
    expect: { faq: 'form-fields' },
    style: 'typo',
  },
  {
    question:
      '我们是个省级的高新区，行政上挂在市里，但地盘又在一个区里头，以前填什么表都搞不清楚该写哪一级，每次都被退回来。这次帮园区填登记表，“申请区域（城市）”这一栏到底该怎么填？选哪一级？',
    expect: { faq: 'form-region' },
    style: 'colloquial',
  },
  {
    question:
      '我是园区管委会返聘的老同志，以前一直在经发局。填登记表的时候，牵头单位这一栏我不知道写管委会还是写市工信局，问了两个人两个说法。牵头单位可以是管委会吗？到底填什么？',
    expect: { faq: 'form-lead-unit' },
    style: 'plain',
  },
  {
    question:
      '我们市这几十年什么都干过：纺织、化工、机械、食品，现在又搞新能源，哪个都是几代人的心血，哪个都舍不得落下。我帮着填表，想把五六个产业都写进主导产业里。主导产业最多能填几个？',
    expect: { faq: 'form-leading-industries' },
    style: 'colloquial',
  },
  {
    question:
      '主导产业我总算弄明白了，可这个特色产业又是什么讲究？我们县有个老酱园，做了一百多年的酱油，还有几家做竹席的。特色产业必须填吗？跟主导产业有什么区别？',
    expect: { faq: 'form-featured-industries' },
    style: 'colloquial',
  },
  {
    question:
      '我是退休的语文老师，区里请我帮忙写申请区域的简介。我一动笔就刹不住，从明朝建城写到改革开放，再写到现在的开发区，写了两千多字。这个简介有没有字数线制？最多能写多少字？',
    expect: { faq: 'form-intro' },
    style: 'typo',
  },
  {
    question:
      '表上有一栏“联系人及职务”，我们局长说写他，副局长说写经办的小伙子，两位领导各有道理，我这个老同志夹在中间很为难。联系人到底填领导还是经办人？职务必须填吗？',
    expect: { faq: 'form-contact' },
    style: 'colloquial',
  },
  {
    question:
      '我在表上填联系电话，填的是我们办公室的座机，我们单位几十年都用这个号码，前面也加了区号，可是老提示格式不对。手机号我不想留，怕骚扰电话。能填固话吗？电话格式有什么要求？',
    expect: { faq: 'form-phone' },
    style: 'colloquial',
  },
  {
    question:
      '我们区里有一本八十年代编的工业志，还有一些老厂子的黑白照片，我花了一个月扫描成了PDF，想一起报上去让中心看看我们的家底。申请的时候能不能上传附件？附件有什么要求？',
    expect: { faq: 'form-attachments' },
    style: 'plain',
  },

  // ───────────────────────────── FAQ: 时间节点 ─────────────────────────────
  {
    question:
      '2022年的时候我还没退休，记得单位收到过一个征集产业名片的函，当时忙着迎检没顾上，后来就搁下了。现在我在写单位的大事记，想回头查查，当年首批征集的截止时间是什么时候？',
    expect: { faq: 'deadline-first-call' },
    style: 'plain',
  },
  {
    question:
      '我们市这两年换了新领导，对工业文化很重视，专门让我这个老顾问帮着盯一下产业名片的事。我每天早上五点就醒，醒了就琢磨这个。我就想知道，现在还能申请吗？这次征集什么时候截止？',
    expect: { faq: 'deadline-current' },
    style: 'colloquial',
  },
  {
    question:
      '唉，说来惭愧，局里把这事交给我，我偏偏住院做白内障手术耽误了半个月，出院一看截止日期都过了，我这张老脸真不知道往哪搁。过了截止时间还能提交吗？有没有补交的办法？',
    expect: { faq: 'late-submission' },
    style: 'colloquial',
  },
  {
    question:
      '我们区上个月刚把登记表交上去，领导天天在会上问什么时候能有说法，我一个快退休的人被催得饭都吃不香。我想先心里有个数，一般提交以后要多久才会有结果？审核要多长时间？',
    expect: { faq: 'review-time' },
    style: 'colloquial',
  },
  {
    question:
      '我每年年底都守着电视看各种评选揭晓，什么十大人物、十大新闻，一个不落。听说产业名片也是每年发布一批。一般是每年什么时候公布名单？在什么场合发布？',
    expect: { faq: 'release-timing' },
    style: 'plain',
  },

  // ───────────────────────────── FAQ: 主名片 / 特色名片 ─────────────────────────────
  {
    question: '我孙子说我们市如果评上，很可能是“主名片”，听着就很气派。我这老头子在车间干了一辈子，不懂这些新名词。主名片是什么意思？是个什么级别的？',
    expect: { faq: 'tier-main' },
    style: 'colloquial',
  },
  {
    question:
      '我们是个小县城，做了几百年的竹编，我奶奶、我妈、我都会编，现在县里有几十家竹编厂。听说像我们这样的可能评的是特色名片。我想知道，什么是特色名片？它的标准是什么？',
    expect: { faq: 'tier-featured' },
    style: 'plain',
  },
  {
    question:
      '邻居老张说他们市评上了主名片，我们县评的是特色名片，他就老在楼下下棋的时候跟我显摆，说主名片比特色名片高一等。我不服气。主名片和特色名片到底有啥区别？',
    expect: { faq: 'tier-difference' },
    style: 'colloquial',
  },
  {
    question:
      '我住在香港四十年了，父親當年是佛山陶瓷廠的師傅，我小時候在窯邊長大。最近看新聞說內地城市評上了「主名片」「特色名片」，親戚們都在討論。請問主名片和特色名片有什麼區別？',
    expect: { faq: 'tier-difference' },
    style: 'traditional',
  },
  {
    question:
      '我们市的汽车产业在全国排得上号，我当了一辈子汽车厂的工程师，从解放卡车干到新能源车。我觉得我们应该直接报主名片。申请的时候可以自己选报主名片还是特色名片吗？登记表里有没有选级别的地方？',
    expect: { faq: 'tier-choose' },
    style: 'plain',
  },
  {
    question:
      '我们市又有钢铁又有陶瓷，还有港口，哪个都是几十年的老底子，我在三个行业都干过。我想问问，一个城市能不能同时有好几张产业名片，比如一张主名片再加几张特色名片？有没有数量上限？',
    expect: { faq: 'tier-system' },
    style: 'colloquial',
  },

  // ───────────────────────────── FAQ: 中心服务 ─────────────────────────────
  {
    question:
      '我在区政协当过两届委员，提过好几次发展工业旅游的提案，都没什么下文。我们区要是参加了产业名片计划，签约以后中心会为我们做哪些工作？提供什么服务和支持？',
    expect: { faq: 'centre-tasks' },
    style: 'plain',
  },
  {
    question:
      '我年轻时候在厂里宣传科画过厂标、写过标语、出过黑板报，到现在手还痒。听说产业名片也要设计一套标识，我想毛遂自荐帮着出出主意。名片标识都包括哪些内容？要做logo吗？',
    expect: { faq: 'card-identity' },
    style: 'colloquial',
  },
  {
    question:
      '我儿子在我们县开了家刀具厂，他想在产品包装上印上县里的产业名片标识，说这样能卖得更好。我这当爹的先帮他问清楚，名片建成以后是谁来管理运营？企业能不能用名片的标识？',
    expect: { faq: 'card-management' },
    style: 'colloquial',
  },
  {
    question:
      '我是退休的电视台编导，拍了一辈子专题片，走过全省大大小小的工厂。听说产业名片评上了还要搞宣传推广，我很想发挥余热。中心一般是怎么宣传推广产业名片的？都有哪些渠道？',
    expect: { faq: 'promotion' },
    style: 'plain',
  },
  {
    question:
      '孙子跟我说现在流行什么数字藏品，还说产业名片也要发这个。我一个老头子听不懂，钱都花在看不见摸不着的东西上了？你给我讲讲，产业名片会做数字藏品吗？天工数藏是怎么回事？',
    expect: { faq: 'digital-collectibles' },
    style: 'colloquial',
  },
  {
    question:
      '我在纺织厂干了三十八年，厂子九十年代末就停了，老厂房现在空着，红砖墙、锯齿形的屋顶，还挺有味道。厂里的老同事都想把它保下来，别给拆了。老厂房改造能不能纳入产业名片计划里说的“标志性载体”？',
    expect: { faq: 'landmarks-clusters' },
    style: 'colloquial',
  },
  {
    question:
      '我们县财政紧张，工资都是勉强发，县长一听要搞产业名片，第一句就问上面给不给钱。我是退休的老财政，被叫去帮着参谋。参与这个计划有没有资金支持或者补贴？',
    expect: { faq: 'funding' },
    style: 'colloquial',
  },

  // ───────────────────────────── FAQ: 评价体系 ─────────────────────────────
  {
    question:
      '我是统计局退休的，一辈子跟指标、报表打交道。看报道说有影响力的产业名片是有一套评价体系的，我很好奇它是怎么设计的。这个评价体系有几个体系、几项指标，是怎么评的？',
    expect: { faq: 'evaluation-system' },
    style: 'plain',
  },
  {
    question:
      '我们市2024年评上了，大家高兴得在广场上放鞭炮。可我这个老头子想得远，万一以后产业不景气了，名片会不会被收回？入选以后还会不会复评？是不是终身的？',
    expect: { faq: 'value-assessment' },
    style: 'colloquial',
  },
  {
    question:
      '我在报纸上看到一句话，说2025年的产业名片是按照“竞争力下的影响力”来发布的。我戴着老花镜读了好几遍也没读懂，拿去问老伴她也说不清。“竞争力下的影响力”是什么意思？',
    expect: { faq: 'influence-under-competitiveness' },
    style: 'plain',
  },

  // ───────────────────────────── FAQ: 微纪录片 ─────────────────────────────
  {
    question: '孙女在微信上转给我一个视频，说叫什么“3分钟爱上中国产业名片”。我以前在厂里工会放过电影，对片子有感情。这个“3分钟爱上中国产业名片”是个什么项目？',
    expect: { faq: 'films-what' },
    style: 'colloquial',
  },
  {
    question:
      '我以前在厂里放电影，一个礼拜放两场，全厂的人搬着小板凳来看，那是最热闹的时候。现在听说有讲各地产业的小纪录片，我很想看看。在这个小程序里哪里能看到这些微纪录片？',
    expect: { faq: 'films-where' },
    style: 'colloquial',
  },
  {
    question:
      'My grandmother asked me to type this for her. She worked in a silk factory in Suzhou for forty years and she loves short films about factories and craftspeople. Where in this app can she watch the industry card micro-documentaries?',
    expect: { faq: 'films-where' },
    style: 'english',
  },
  {
    question: '我眼睛不好，看手机时间长了就流眼泪，医生让我少看屏幕，一次别超过十分钟。我想看看那个讲产业名片的纪录片，先问问一部大概有多长？几分中？',
    expect: { faq: 'films-length' },
    style: 'typo',
  },
  {
    question:
      '我们县做了六十年的铜器，老师傅手上的功夫一代传一代，敲一把铜壶要好几天，我觉得特别值得拍下来。看了别的城市的微纪录片，我很羡慕。我们县怎么才能也拍一部？',
    expect: { faq: 'films-our-city' },
    style: 'colloquial',
  },

  // ───────────────────────────── FAQ: 大会与发布 ─────────────────────────────
  {
    question:
      '2022年我还在市工信局，记得首批城市签约的时候搞了个仪式，我们局长去了，我留在家里值班没去成。现在想写回忆录，想核实一下，首批签约是在什么活动上举行的？',
    expect: { faq: 'signing-2022' },
    style: 'plain',
  },
  {
    question:
      '2024年底我在泉州的女儿家过冬，听说那会儿泉州开了个大会，发布了什么产业名片，当时光顾着带外孙也没在意。2024年那次发布了哪些产业名片？“30+50”是什么意思？',
    expect: { faq: 'release-2024' },
    style: 'plain',
  },
  {
    question:
      '我老家在东莞，七十年代出来当兵就再没回去住过，只是逢年过节回去看看。听老乡说2025年东莞开了个产业名片的大会，很热闹。那个大会具体是什么时候开的、谁办的？',
    expect: { faq: 'conference-2025' },
    style: 'colloquial',
  },
  {
    question: '我订了几十年的报纸，每天一份不落。2025年底看到一条消息说发布了“2025中国有影响力的产业名片”，可报纸上没登名单。2025年入选的名单都有哪些城市？',
    expect: { faq: 'list-2025' },
    style: 'plain',
  },
  {
    question:
      '听广播里说2025年的产业名片分了三个主题，什么科创热点、创新消费，还有一个我耳朵背没听清。我们老年合唱团的人排练完都在猜。2025年那三个主题到底是什么？',
    expect: { faq: 'themes-2025' },
    style: 'colloquial',
  },

  // ───────────────────────────── FAQ: 联系方式 ─────────────────────────────
  {
    question:
      '我是一个退休的老工人，对家乡的产业名片有一些想法，写了满满三页纸的建议，字是一笔一画写的。我想把意见递给主办单位。请问怎么联系工业和信息化部工业文化发展中心？有电话吗？',
    expect: { faq: 'contact-centre' },
    style: 'plain',
  },
  {
    question: '我白天要接送孙子、买菜做饭、陪老伴去医院，只有晚上九十点钟才有空摆弄手机。你们的人工客服几点上班？晚上非工作时间发消息有人回吗？',
    expect: { faq: 'human-agent' },
    style: 'colloquial',
  },
  {
    question:
      '我翻箱倒柜找出来一份2022年的征集函复印件，纸都发黄了，上面印着联系人的电话和邮箱。我想照着上面的号码打过去问问情况。函件里的联系人电话和邮箱现在还能用吗？',
    expect: { faq: 'letter-contacts' },
    style: 'plain',
  },

  // ───────────────────────────── FAQ: 本应用使用 ─────────────────────────────
  {
    question:
      '我用的是儿子换下来的旧智能手机，孙子帮我装了微信。打开这个小程序，说要登录，我怕又要注册什么账号、设什么密码，我的密码老记不住，银行卡都锁过两回。这个应用怎么登录？要注册吗？',
    expect: { faq: 'sign-in' },
    style: 'colloquial',
  },
  {
    question:
      '我用微信登录进去了，想帮县里提交申请，结果又让我验证手机号。我这把年纪最怕手机号被人知道，天天接到推销电话，烦都烦死了。为什么申请前非要验证手机号？',
    expect: { faq: 'verify-phone' },
    style: 'colloquial',
  },
  {
    question:
      '我填那个登记表填到一半，老伴喊我吃饭，我一着急就把手机锁屏扔沙发上了，吃完饭回来一看不知道刚才填的还在不在。这个登记表没填完能保存吗？草稿会不会丢？',
    expect: { faq: 'drafts' },
    style: 'colloquial',
  },
  {
    question: '我帮局里提交了申请以后，就怕错过中心的消息。我耳朵背，电话铃响了也听不见，短信也不常看。在哪里能看申请进度和通知？有没有提醒？',
    expect: { faq: 'notifications' },
    style: 'plain',
  },
  {
    question: '我们的申请上面显示“协商中”三个字，我这个老头子不太懂这些词，问了局里年轻人他们也说不清楚。协商中是什么意思？后面还有哪些状态？',
    expect: { faq: 'status-flow' },
    style: 'colloquial',
  },
  {
    question:
      '我熬了好几个晚上帮区里填的表，结果被退回来了，说要修改。我心里挺不是滋味的，干了一辈子材料工作，临老了还被退稿。申请被退回修改了怎么办？怎么重新提交？',
    expect: { faq: 'returned' },
    style: 'colloquial',
  },
  {
    question:
      '我们县里换了分管领导，新领导觉得今年准备得不充分，想先不报了，等明年材料齐了再说。可是我们已经提交了。提交后可以撤回申请吗？撤回以后还能恢复吗？',
    expect: { faq: 'withdraw' },
    style: 'plain',
  },
  {
    question: '我帮局里提交了登记表，回家躺床上一想，联系人的职务写措了，应该是副科长写成了科长，一晚上没睡着。提交以后还能修改内容吗？',
    expect: { faq: 'edit-after-submit' },
    style: 'typo',
  },
  {
    question: '今天收到消息，说我们的申请不予通过，我一个老同志在办公室坐了半天没说话。我们县做竹编几百年了啊。没通过怎么办？被拒了以后还能再报吗？',
    expect: { faq: 'declined' },
    style: 'colloquial',
  },
  {
    question: '我年纪大了，腿脚不好走不远了，就喜欢在手机上看看全国各地的情况，算是卧游吧。怎么在这里面查看某个地方的产业名片？能不能按省份筛选？',
    expect: { faq: 'browse-cards' },
    style: 'colloquial',
  },
  {
    question: '我看小程序里有好多城市的名片，有几个城市的数字跟我知道的对不上，我以前就在那边工作过，心里有数。你们这里面的名片是不是官方名单？数据准不准？',
    expect: { faq: 'sample-data' },
    style: 'colloquial',
  },
  {
    question: '我在这上面看到我老家的名片，写得真好，看得我眼泪都下来了。我想发到我们老厂退休职工的微信群里，让老伙计们都看看。怎么把名片分享到微信群？',
    expect: { faq: 'share' },
    style: 'colloquial',
  },
  {
    question:
      '我女儿一家在加拿大，外孙只会说英语，中文一句也听不懂。我想让他也了解一下姥爷老家的工业，知道姥爷年轻时候干的是什么。这个应用有英文版吗？能切换成英文吗？',
    expect: { faq: 'english-version' },
    style: 'plain',
  },
  {
    question: '我就是个普通退休老太太，不是什么政府部门的人，也不是企业老板，就是喜欢看看各地的新鲜事。我能用这个小程序吗？能在上面做些什么？',
    expect: { faq: 'who-can-use' },
    style: 'colloquial',
  },

  // ───────────────────────────── FAQ: more voices ─────────────────────────────
  {
    question: '當年我在廣州黃埔的工廠做了二十多年技術員，退休後移居澳門。聽說產業名片每年都會發布一批，想知道通常是什麼時候、在什麼活動上公布？',
    expect: { faq: 'release-timing' },
    style: 'traditional',
  },
  {
    question:
      '我们老两口都是郴州矿上退休的，老伴记性比我好，她说2022年首批签约城市里有郴州，我说没有。我们俩打了赌，谁输谁洗一个月碗。首批签约的试点城市名单里到底有没有郴州？都有哪些？',
    expect: { faq: 'pilot-regions-2022' },
    style: 'colloquial',
  },
  {
    question: 'wo shi tui xiu de lao ke zhang, bang ju li tian deng ji biao. deng ji biao mei tian wan neng bu neng bao cun? cao gao hui bu hui diu?',
    expect: { faq: 'drafts' },
    style: 'pinyin',
  },

  // ───────────────────────────── Catalogue: places ─────────────────────────────
  {
    question:
      '我十八岁进洛阳第一拖拉机厂，开着“东方红”跑过半个中国，现在八十一了，还住在涧西的老苏式楼里，窗外就是当年的厂区。孙子说洛阳有产业名片，我想亲眼看看。洛阳有哪些产业名片？',
    expect: { cards: ['luoyang-agricultural-machinery'] },
    style: 'region',
  },
  {
    question:
      '我父亲是1953年从上海支援东北来长春建一汽的，我就出生在一汽的宿舍区，后来也进了厂，在总装车间干到退休，我儿子现在也在一汽。一家三代都是汽车人。长春有什么产业名片吗？',
    expect: { cards: ['changchun-motor-city'] },
    style: 'region',
  },
  {
    question:
      '我在沈阳铁西区的机床厂干了一辈子，下岗那几年真难熬，摆过地摊蹬过三轮。现在铁西变了样了，老厂房改成了博物馆和文创园。我想问问沈阳有没有产业名片，有的话是哪张？',
    expect: { cards: ['shenyang-equipment-base'] },
    style: 'region',
  },
  {
    question: '我是哈尔滨人，老头子在锅炉厂，我在电机厂，我们是在厂里的舞会上认识的，一晃五十年了。冬天我们还去松花江边看冰灯。哈尔滨现在有产业名片吗？',
    expect: { cards: ['harbin-power-equipment'] },
    style: 'region',
  },
  {
    question: '我爷爷那辈就在株洲的机务段修火车头，我爸是电工，我开了三十年电力机车，跑遍了京广线。现在孙子也想学铁路。株洲有产业名片吗？帮我找一下。',
    expect: { cards: ['zhuzhou-rail-transit-equipment'] },
    style: 'region',
  },
  {
    question: '我六十年代从河北支边到包头，在包钢炼了一辈子钢，老伴是白云鄂博矿上的化验员。现在我们都八十了，孩子们都在外地。想问问包头有没有产业名偏？',
    expect: { cards: ['baotou-rare-earth-capital'] },
    style: 'typo',
  },
  {
    question:
      '我是唐山人，七六年地震那年我十九岁，家里房子全塌了，后来在开滦煤矿下井二十多年，现在腰还不好。唐山这些年变化大，我都快认不出来了。唐山有哪些产业名片？',
    expect: { cards: ['tangshan-cradle-of-modern-industry'] },
    style: 'region',
  },
  {
    question: '我老伴在太钢干到退休，她常跟孙子吹，说现在太钢能做像纸一样薄的钢了，叫什么手撕钢，孙子还不信。我想找找太原的名片给孙子看看。太原有产业名片吗？',
    expect: { cards: ['taiyuan-steel-and-heavy-machinery'] },
    style: 'region',
  },
  {
    question: '我是五十年代跟着父母从上海迁到兰州的，父亲在炼油厂，我在兰州长大，在兰州成家，吃了一辈子牛肉面，早就是地道的兰州人了。兰州的产业名片有哪些？',
    expect: { cards: ['lanzhou-yellow-river-petrochemicals'] },
    style: 'region',
  },
  {
    question: '我父親當年在景德鎮的國營瓷廠做釉上彩繪，後來我們全家輾轉去了台灣。聽說老瓷廠現在變成了文創街區，年輕人都去那裡做陶。請問景德鎮有哪些產業名片？',
    expect: { cards: ['jingdezhen-millennium-porcelain'] },
    style: 'traditional',
  },
  {
    question: '我外公是德化的老窑工，烧了一辈子白瓷，小时候我就在龙窑边上长大，手上沾的都是瓷土。后来我去了厦门，很多年没回去了。德化县有产业名片吗？',
    expect: { cards: ['dehua-porcelain-capital'] },
    style: 'region',
  },
  {
    question: '我老家是宁德柘荣的，小山城，以前穷得很，我们那辈人十几岁就出去讨生活，后来做刀剪慢慢好起来了。柘荣县有没有产业名片？',
    expect: { cards: ['zherong-knives-and-scissors'] },
    style: 'region',
  },
  {
    question: '我在宁波港当了三十年的码头工人，扛过麻袋开过吊车，眼看着港口一年比一年大，集装箱堆得像山一样。宁波有什么产业名片？',
    expect: { cards: ['ningbo-port-city-making'] },
    style: 'region',
  },
  {
    question: '我是郴州柿竹园矿上的老地质队员，跑了一辈子山，认识的矿石比认识的人还多，家里还摆着好几块萤石标本。郴州有产业名片吗？',
    expect: { cards: ['chenzhou-nonferrous-metals'] },
    style: 'region',
  },
  {
    question: '我从小跟着我爷爷扎风筝，每年春天风筝会都去放，后来进了柴油机厂当工人，一干就是三十年。潍坊有产业名片吗？是哪张？',
    expect: { cards: ['weifang-power-and-kites'] },
    style: 'region',
  },
  {
    question: '我在青岛啤酒厂干了一辈子，退休那年厂里送了我一箱纪念酒，到现在还舍不得喝，摆在柜子里当宝贝。青岛有哪些产业名片？',
    expect: { cards: ['qingdao-city-of-brands'] },
    style: 'region',
  },
  {
    question: '我是柳州人，在柳工开了二十年装载机，闲了就去街口嗦一碗螺蛳粉，加个炸蛋，那叫一个舒服。柳州的产业名片有哪些？',
    expect: { cards: ['liuzhou-industrial-landscape'] },
    style: 'region',
  },
  {
    question: '我在鞍钢炼铁厂干了三十五年，一家三代都是鞍钢人，我爷爷那辈就在昭和制钢所做苦力。现在老了，最惦记的还是鞍山。鞍山有产业名片吗？',
    expect: { cards: [] },
    style: 'region',
  },
  {
    question: '我是六十年代参加石油会战去的大庆，住过干打垒，喝过冰碴子水，冬天手冻在钻杆上撕下一层皮。现在退休回了山东老家。大庆有产业名片吗？',
    expect: { cards: [] },
    style: 'region',
  },
  {
    question: '我是七十年代跟着二汽建设来的十堰，那时候厂房都建在山沟里，一个厂一条沟，大家都管这儿叫“车城”。我在这儿扎根五十年了。十堰有没有产业名片？',
    expect: { cards: [] },
    style: 'region',
  },
  {
    question: '我是老上海，在杨树浦的纺织厂做挡车工，一天走几十里路，后来厂子关了，老厂房现在成了滨江公园，我常去那儿散步。上海有哪些产业名片？',
    expect: { cards: [] },
    style: 'region',
  },
  {
    question: '我是黑龙江人，年轻时在北大荒开拖拉机，后来回城进了工厂，在齐齐哈尔、哈尔滨都待过。我想问问，黑龙江一共有哪些产业名片？',
    expect: { cards: ['harbin-power-equipment'] },
    style: 'region',
  },
  {
    question: '我是内蒙古人，小时候在草原上放过羊，后来去包头当了工人，儿子现在在鄂尔多斯搞煤化工，一家子都跟工业沾边。内蒙古有哪些产业名片？',
    expect: { cards: ['baotou-rare-earth-capital', 'ordos-zero-carbon-energy'] },
    style: 'region',
  },
  {
    question: '我在湖南待了一辈子，长沙、株洲、郴州都工作过，换过五个单位，搬了八次家，湖南的山山水水都熟。湖南省都有哪些产业名片？',
    expect: { cards: HUNAN_CARDS },
    style: 'region',
  },
  {
    question: '我是河北人，老家保定，年轻时分配到唐山工作，退休以后又回了保定，守着老宅子种点菜。河北省有哪些产业名片？',
    expect: { cards: ['baoding-electric-valley', 'tangshan-cradle-of-modern-industry'] },
    style: 'region',
  },
  {
    question: '我老家江西，小时候跟着父亲在赣南的钨矿上生活，后来去景德镇学了陶瓷，一辈子没离开过江西。江西的产业名片都有哪些？',
    expect: { cards: ['jingdezhen-millennium-porcelain', 'ganzhou-tungsten-rare-earth'] },
    style: 'region',
  },
  {
    question: '我是泉州人，年轻时在晋江的鞋厂做鞋，后来到德化学做瓷，又在泉州城里开过店，跑遍了泉州各县。泉州都有哪些产业名片？下面县里的也算上。',
    expect: { cards: ['quanzhou-maritime-silk-manufacturing', 'dehua-porcelain-capital', 'jinjiang-sportswear'] },
    style: 'region',
  },
  {
    question:
      '我母親年輕時在蘇州繡花，一根絲線劈成十幾份，後來進了絲綢廠，一做就是一輩子。我現在住在新加坡，常想起蘇州。請問蘇州有哪些產業名片？下面的縣市也算。',
    expect: { cards: ['suzhou-gusu-innovation', 'kunshan-county-manufacturing'] },
    style: 'traditional',
  },
  {
    question:
      'wo shi chong qing ren, kang zhan de shi hou wo ye ye gen zhe gang tie chang cong wu han ban dao chong qing, wo zai chang an qi che chang gan dao tui xiu. chong qing you na xie chan ye ming pian?',
    expect: { cards: ['chongqing-mountain-city-motors'] },
    style: 'pinyin',
  },
  {
    question:
      'I am 84 and my grandson is typing for me. I studied in the Soviet Union in the 1950s and then worked as an engineer in Wuhan for forty years. I still love that city by the river. Which industry cards does Wuhan have?',
    expect: { cards: ['wuhan-optics-valley'] },
    style: 'english',
  },
  {
    question:
      'My grandfather worked at the Tsingtao brewery in Qingdao for his whole life, and now he is 88. He asked me to look up his hometown in this app. Which industry cards does Qingdao have?',
    expect: { cards: ['qingdao-city-of-brands'] },
    style: 'english',
  },
  {
    question: '我在佛山石湾做了一辈子公仔陶，南风古灶的窑火我看了五十年，徒弟都带出了好几茬。佛山有哪些产业名片？',
    expect: { cards: ['foshan-ceramics-and-appliances'] },
    style: 'region',
  },
  {
    question: '我们老两口退休后在广州黄埔区住了十几年，眼看着开发区那一片从工厂变成了科学城、知识城。想问问广州黄埔区有没有产业名片？',
    expect: { cards: ['huangpu-bay-area-innovation'] },
    style: 'region',
  },

  // ───────────────────────────── Catalogue: industries, tiers, themes ─────────────────────────────
  {
    question: '我做了一辈子陶瓷，从拉坯、利坯到上釉、烧窑，样样都干过，手上的老茧比铜钱还厚。你们这个目录里，跟陶瓷有关的产业名片都有哪些？',
    expect: { cards: CERAMICS_CARDS },
    style: 'industry',
  },
  {
    question: '我打了四十年的菜刀剪刀，是个老铁匠，炉子一生火就是一整天，现在两个儿子接了班。全国做刀剪的产业名片都有哪些？',
    expect: { cards: ['zherong-knives-and-scissors', 'yangjiang-knife-capital'] },
    style: 'industry',
  },
  {
    question: '我退休前在酒厂当勾调师，一辈子跟白酒打交道，鼻子比狗还灵，闻一下就知道是哪年的基酒。跟白酒有关的产业名片有哪些？',
    expect: { cards: ['zunyi-sauce-aroma-baijiu', 'yibin-baijiu-and-batteries'] },
    style: 'industry',
  },
  {
    question: '我是搞冶金的，后半辈子都在研究稀土分离，年轻时在实验室熬过无数通宵。现在退休了还关心这个行业。有稀土产业的名片都有哪些？',
    expect: { cards: ['baotou-rare-earth-capital', 'ganzhou-tungsten-rare-earth'] },
    style: 'industry',
  },
  {
    question: '我在工程机械厂干了三十年，焊过挖掘机的斗、装过起重机的臂，退休时厂里给我发了个“金牌焊工”的证。工程机械方面的产业名片有哪些？',
    expect: {
      cards: ['linyi-trade-logistics', 'changsha-construction-machinery', 'liuzhou-industrial-landscape'],
    },
    style: 'industry',
  },
  {
    question: '我是炼油厂的老工人，从学徒一步步干到高级技师，带出了二十多个徒弟，身上的工作服都是油味。有哪些产业名片是做石油化工的？',
    expect: {
      cards: ['quanzhou-maritime-silk-manufacturing', 'lanzhou-yellow-river-petrochemicals', 'urumqi-silk-road-hub'],
    },
    style: 'industry',
  },
  {
    question: '我年轻时在宁夏的农场种过葡萄，那时候没人想到那片戈壁滩能酿出好酒，现在听说都出口了。做葡萄酒的产业名片有哪些？',
    expect: { cards: ['yinchuan-helan-mountain-wine'] },
    style: 'industry',
  },
  {
    question: '我这人较真，退休后想把名片目录整理成一张表，贴在墙上慢慢看。你们目录里2024年的主名片有哪几张？列给我看看。',
    expect: { cards: MAIN_CARDS_2024 },
    style: 'plain',
  },
  {
    question: '退休以后我天天逛菜市场、逛商场，对吃的用的最感兴趣。你们这个小程序目录里，标着“创新消费”主题的名片有哪几张？我想挨个看看。',
    expect: { cards: INNOVATIVE_CONSUMPTION_CARDS },
    style: 'plain',
  },
  {
    question: '我是老钢铁工人，一辈子在高炉边上，看见钢花就亲。有哪些产业名片是搞钢铁的？就说写了“钢铁”这个产业的。',
    expect: {
      cards: ['tangshan-cradle-of-modern-industry', 'baotou-rare-earth-capital', 'liuzhou-industrial-landscape'],
    },
    style: 'industry',
  },

  // ───────────────────────────── Counts ─────────────────────────────
  {
    question: '我在广东打拼了大半辈子，东莞、佛山、中山都待过，做过鞋、装过灯、修过家电，现在老了回了湖南老家。你们目录里广东一共有几张产业名片？',
    expect: { count: 6 },
    style: 'count',
  },
  {
    question: '我是浙江人，宁波出生，杭州读书，温州工作，后来又在义乌做过小生意，浙江哪儿都熟。浙江省在你们目录里一共有几张名片？',
    expect: { count: 5 },
    style: 'count',
  },
  {
    question: '我在山东住了七十年，青岛、潍坊、临沂、滨州都有亲戚，逢年过节走一圈要半个月。山东一共有多少张产业名片？',
    expect: { count: 4 },
    style: 'count',
  },
  {
    question: '我是福建人，在闽南过了一辈子，喝了一辈子功夫茶。福建省在你们目录里有几张产业名片？',
    expect: { count: 4 },
    style: 'count',
  },
  {
    question: '我是东北人，辽宁、吉林、黑龙江三个省都干过活，哪儿的冬天都冻过。东北三省加起来一共有几张产业名片？',
    expect: { count: 3 },
    style: 'count',
  },
  {
    question: '我在整理剪报，一年一个本子，已经攒了三十多本了。想知道你们这个目录里，标着2024年的名片一共有几张？',
    expect: { count: 22 },
    style: 'count',
  },
  {
    question: '我眼花了，在目录里一张一张数，数到一半就乱了，数了三遍三个数。你们目录里标2025年的名片一共有多少张？',
    expect: { count: 28 },
    style: 'count',
  },
  {
    question: '我数了半天眼睛都花了，老伴还笑我老糊涂。你们这个小程序目录里，主名片现在一共有几张？',
    expect: { count: 15 },
    style: 'count',
  },
  {
    question: '我们县要是评上多半是特色名片，所以我特别关心这一类，想看看同类的有多少。你们目录里特色名片一共有几张？',
    expect: { count: 35 },
    style: 'count',
  },
  {
    question: '我退休了闲着没事，打算每天早上喝茶的时候看一张名片，想算算要看多少天才能看完。你们这个小程序里现在一共能看到几张名片？',
    expect: { count: 50 },
    style: 'count',
  },
  {
    question: '我们这些老工业城市的人最关心“升级更新”，毕竟厂子老了总得换新。你们目录里升级更新主题的名片有几张？',
    expect: { count: 14 },
    style: 'count',
  },
  {
    question: '我外孙在搞科技创业，天天跟我讲什么芯片、人工智能。我想给他看看科创热点的名片。目录里科创热点主题的名片一共有几张？',
    expect: { count: 10 },
    style: 'count',
  },
  {
    question: '我是老药剂师，在制药厂干了三十年，现在还关心医药这一行。你们目录里产业里写了“生物医药”的名片有几张？',
    expect: { count: 7 },
    style: 'count',
  },
  {
    question: '我是老北京，在胡同里住了一辈子，看着北京从烟囱林立变成现在这样。北京在你们目录里有几张产业名片？',
    expect: { count: 0 },
    style: 'count',
  },

  // ───────────────────────────── Status (own application) ─────────────────────────────
  {
    question:
      '我是县工信局的老科长，明年就退休了，这是我经手的最后一件大事。我们局上个月在这个小程序里提交了产业名片的申请，局长天天问我进展。麻烦帮我查一下，我们的申请现在到哪一步了？',
    expect: { status: true },
    style: 'status',
  },
  {
    question: '我儿子在园区管委会上班，前阵子用我这个微信号把产业名片的登记表交上去了，现在他出差去了，让我帮他盯着。我们提交的那个申请审到哪了？',
    expect: { status: true },
    style: 'status',
  },
  {
    question: '我们区的申请前些日子显示的是“已提交”，我这几天住院没顾上看，出院了第一件事就是来问。帮我看一下我的申请现在是什么状态了？',
    expect: { status: true },
    style: 'status',
  },
  {
    question: '我帮镇里报的那个产业名片申请，交上去都一个多月了，镇长见我就问。到那一步了？有没有签约？',
    expect: { status: true },
    style: 'status',
  },
  {
    question:
      'wo bang xian li ti jiao le chan ye ming pian de shen qing, yi jing yi ge duo yue le. bang wo cha yi xia wo de shen qing xian zai dao na yi bu le?',
    expect: { status: true },
    style: 'pinyin',
  },
  {
    question: '我是縣裡退休返聘的老同志，上個月替縣工信局在這裡提交了產業名片的申請，局長天天問我。請幫我查查我的申請現在審到哪一步了？',
    expect: { status: true },
    style: 'traditional',
  },
  {
    question:
      "I am 68 and retired from the county bureau, but they asked me to help this year. Last month I submitted our county's registration form in this app with my own account. Could you tell me the status of my application now?",
    expect: { status: true },
    style: 'english',
  },
  {
    question:
      '我干了一辈子工会工作，最讲究有始有终。我们街道牵头替区里报的产业名片，是我一个字一个字填的，提交后就没音信了。我的申请现在进展如何？中心看了没有？',
    expect: { status: true },
    style: 'status',
  },
  {
    question: '我们市的材料是我这个老顾问用自己手机提交的，年轻人说可以在这里问进度。我想知道我们那份申请现在是协商中还是已经签约了？',
    expect: { status: true },
    style: 'status',
  },
  {
    question: '我年纪大了，记性不好，不记得我们那份登记表是不是真的交上去了，还是只存了草稿。你帮我查查我名下的申请，现在是什么情况？',
    expect: { status: true },
    style: 'status',
  },
  {
    question: '上个礼拜收到一条通知，我老花眼没看清就给划掉了，现在找不着了。我就想知道，我们提交的那份产业名片申请现在到底是什么状态？是不是被退回来了？',
    expect: { status: true },
    style: 'status',
  },
  {
    question: '我们园区的申请是我负责的，今年是我最后一年上班，就盼着能在退休前看到名片发布。帮我查一下我们园区的申请现在办到哪一步了？',
    expect: { status: true },
    style: 'status',
  },
  {
    question: '我们局长今天开会又点我的名，问产业名片的申请有没有回音。我这个老科长脸上挂不住。你赶紧帮我看看，我提交的申请有没有新进展？',
    expect: { status: true },
    style: 'status',
  },
  {
    question: '我们县报的申情现在怎么样了？是不是还在审核？我是用自己的号提交的，麻烦帮我查一下。',
    expect: { status: true },
    style: 'status',
  },

  // ───────────────────────────── Hand-over to a person ─────────────────────────────
  {
    question:
      '我年纪大了，打字慢，跟机器说话总是说不明白，你回答的我也看不太懂。我们县里想报产业名片，情况比较复杂，一两句说不清。能不能给我转个真人，让你们中心的工作人员跟我说？',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '我在厂里干了一辈子，最信的就是当面说话。跟机器聊了半天，越聊越糊涂。转人工吧，我要跟你们的工作人员说。',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '我是退休的老局长，我们市的事情牵涉好几个部门，有些情况不方便在这里跟机器讲。请帮我联系一位中心的工作人员，我想直接跟人谈。',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '你这个机器人说得都对，可我还是想听个活人说话，心里踏实。我七十多了，就想跟你们中心的人聊几句，麻烦给我找个人来。',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '我们的申请被退回来了，退回原因写得我看不明白，我这个老同志想当面问清楚到底哪里要改。别让机器回答了，请让工作人员来跟我说。',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '我儿子说在这里输入“转人工”就能找到真人，我打了好几次字都打错了。我要找人工，找人工，找你们中心的工作人员。',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '我是烈士后代，父亲是五十年代建厂时牺牲的，我们县想借产业名片把那段历史讲出来。这些事我想跟中心的人好好说一说，请把我转给工作人员。',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: 'zhuan ren gong. wo nian ji da le, da zi man, xiang gen zhong xin de gong zuo ren yuan zhi jie shuo.',
    expect: { handoff: true },
    style: 'pinyin',
  },
  {
    question: '我眼睛不好，看字吃力，跟機器人聊天太累了。麻煩幫我轉人工，我想跟中心的工作人員直接說。',
    expect: { handoff: true },
    style: 'traditional',
  },
  {
    question:
      'I am an old man of 79 and typing is hard for me. My county is thinking about the industry card programme and our situation is complicated. Please put me through to a real person at the centre.',
    expect: { handoff: true },
    style: 'english',
  },
  {
    question: '我在区里干了四十年，退休了还被请回来帮忙，可这个小程序我真弄不明白。你别再跟我解释了，直接帮我接个工作人员吧，我有好几件事要当面问。',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '我老伴说跟机器说话没用，要找真人。我们镇上做了几十年的草编，想问的事情多。请给我安排一个人工客服，谢谢了。',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '我是个直性子，不喜欢绕弯子。我们市的申请有些特殊情况要说明，我要跟中心的工作人员通个话，麻烦马上给我转过去。',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '机器人同志，你辛苦了，可我这个老头子还是想跟人说话。能不能叫一个你们中心的人来？我等着。',
    expect: { handoff: true },
    style: 'handoff',
  },

  // ───────────────────────────── Programme questions no source answers ─────────────────────────────
  {
    question: '我们市去年评上了名片，老工人们都很高兴，可谁也说不清是谁评的。我想知道评审专家都有哪些人？是哪些单位的专家给我们打的分？',
    expect: { unsure: true },
    style: 'plain',
  },
  {
    question: '我是退休的老厂长，以前评上什么先进都会发块铜牌挂在大门口，看着就精神。入选了产业名片，中心给不给发奖牌、牌匾？什么样子的？',
    expect: { unsure: true },
    style: 'plain',
  },
  {
    question: '2024年那批入选的城市里，我想知道哪个城市得分最高、排第一，我们市排第几。入选名片有没有公布排名和分数？',
    expect: { unsure: true },
    style: 'colloquial',
  },
  {
    question: '我们县入选名片以后，县里想组织一批老工人去北京参加授牌仪式，老人们都盼着能去一趟。中心会不会给入选地方的老工人代表发邀请、安排食宿？',
    expect: { unsure: true },
    style: 'colloquial',
  },

  // ───────────────────────────── Off-topic near misses ─────────────────────────────
  {
    question:
      '我十八岁进洛阳一拖，开的第一台车就是东方红-54，到现在家里院子里还停着一台老东方红拖拉机，舍不得卖，逢年过节还发动一下。最近发动机打不着火了，这种老型号的配件现在哪里还能买到？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question:
      '我在长春一汽的老宿舍住了六十年，红砖楼，冬天暖气烧得热乎，邻居都是一个车间的老伙计。去年说要拆迁改造，大家心里都没底。像我们这种老职工住房，拆迁补偿是按面积算还是按人头算？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我在鞍钢干了三十五年，从炉前工干到班长，退休金一个月四千出头，够我们老两口过日子。听说今年养老金又调了，我这种企业退休的老工人能涨多少？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question:
      '我去年去景德镇旅游，在陶溪川附近一个小店买了一套青花瓷茶具，店主说是老师傅手绘的，花了三千多，回来朋友一看说是贴花的机器货。这种情况能退吗？该找谁投诉？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我家里有一尊德化白瓷观音，是我外公留下来的，说是民国时候烧的，釉色温润得像玉一样。我想知道怎么鉴别它是不是真的老物件？现在能值多少钱？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '儿子过年送了我两瓶茅台，说是遵义的朋友从茅台镇直接带来的，可我喝着跟以前单位招待时喝的不太一样，心里犯嘀咕。怎么辨别茅台的真假？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我在宜宾酒厂干了一辈子，家里柜子里还存着几瓶八十年代的五粮液，一直没开过封，瓶子上的标签都黄了。现在这种老酒拿去卖能值多少钱？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我在柳州住了几十年，孙子在北京上大学，老说想吃家乡的螺蛳粉，食堂里的不正宗。我给他寄了几箱预包装的，怎么煮味道才正宗？酸笋要先放还是后放？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我是兰州人，年轻时候在拉面馆当过学徒，一碗面讲究一清二白三红四绿。现在外孙女想跟我学拉面，面团里加的蓬灰用什么替代比较健康？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我从小跟爷爷学扎风筝，竹条要自己劈，绢布要自己画。今年想带孙子回潍坊放风筝。潍坊国际风筝会今年几月几号开幕？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我在青岛啤酒厂干了一辈子，退休后年年都去啤酒节凑热闹，今年想带外地的亲家去见识见识。青岛国际啤酒节今年什么时候开始？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我是哈尔滨电机厂退休的，今年冬天儿子一家从南方回来过年，孙子非要去冰雪大世界。冰雪大世界今年门票多少钱？老年人有没有优惠？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我们阳江人家里都有好刀，我用了二十年的一把十八子菜刀，切肉剁骨样样行，最近有点钝了。怎么磨才不伤刀刃？用什么磨刀石好？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我退休在家闲不住，想在义乌进一批小商品，在我们小区门口摆个小摊，挣点零花钱也热闹热闹。老年人摆摊需要办什么证？去义乌进货怎么找靠谱的店？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我孙子马上要过生日，想要一双安踏的运动鞋，我听老乡说晋江那边有工厂店，便宜一半。晋江的安踏工厂店地址在哪？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我今年开春想去昆明斗南花市买点花苗回来种在阳台上，老伴喜欢月季。从昆明火车站过去怎么坐车最方便？坐公交要换几趟？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我女婿是宁夏人，今年过年我们去他家，想给亲家公带两瓶贺兰山东麓的葡萄酒。三百块钱左右，哪个酒庄的酒好一点？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我和老伴结婚五十年了，想去海口玩一趟补个蜜月，顺便在免税店给孙女买点化妆品。离岛免税一个人一年能买多少额度？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我老伴是太钢退休的，她说手撕钢薄得跟纸一样，还不生锈。我想买一点回来让人给家里打个不锈钢锅，或者做个小茶盘。手撕钢零售哪里有卖？多少钱一斤？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我在开滦煤矿下了二十多年的井，落了一身病。听说开滦国家矿山公园对老矿工免门票，我想带孙子去看看爷爷当年干活的地方。要带什么证件？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我想去沈阳铁西的中国工业博物馆看看，我年轻时候就在那个铸造厂干过，想看看老车间现在什么样。博物馆周一开不开门？要不要提前预约？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我孙子今年中专毕业，学的是电气自动化，我是株洲机车厂退休的，想让他也进中车当工人，接我的班。中车株洲现在招工对年龄学历有什么要求？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我孙子在宜宾的动力电池厂上班，三班倒，打电话老说累，他妈担心得睡不着觉。这种电池厂的工作对身体有没有危害？要不要劝他换个工作？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我退休后跟着老同事炒股，手里有点宁德时代的股票，最近跌了不少，老伴天天念叨。宁德时代的股票现在还能不能拿？要不要割肉？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我家那台海尔冰箱是二〇一二年买的，当年青岛的亲戚推荐的，一直很好用，最近老是不制冷。这种情况还在保修期吗？海尔的售后电话是多少？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我家的美的空调是当年去佛山走亲戚时买的，用了八年，最近外机响得厉害，晚上吵得睡不着。修一下大概多少钱？要不要直接换新的？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我七十五岁了，当兵时的老战友在东莞，身体不太好，我想坐高铁去看看他，怕以后没机会了。老年人买高铁票有没有优惠？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我户口在长春，一汽退休的，现在跟着女儿住在杭州，给她带孩子。我在杭州看病的话医保能异地报销吗？要办什么手续？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我是株洲机车厂的退休工人，每年都要做一次养老金资格认证，以前去社区按手印，今年说要在手机上刷脸。养老金认证在手机上怎么弄？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我在微信上打字太慢了，一句话要打好几分钟，想发语音又不会，孙子教了好几次我都忘了。微信怎么发语音消息？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我老伴以前在兰州石化上班，退休后血压一直偏高，医生让少吃盐，可她吃了一辈子牛肉面改不了口。降血压平时吃点什么比较好？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我在攀枝花三线建设干了一辈子，住过席棚、喝过金沙江的水，想把这些经历写成回忆录留给孙子。你能帮我写一段三线建设回忆录的开头吗？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我孙子下个月就要出生了，我是干了一辈子钢铁的老工业人，想给他起个有工业味道的名字，带个“钢”字或者“铁”字。你帮我想几个好听的名字？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '过年了，我们老厂退休职工协会要在活动室门口贴对联，大家推我来写。我想写一副跟“产业名片”“工业强国”有关的对联，你帮我拟一副七字的？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我每天早上六点去老厂区那边晨练，打太极拳，风雨无阻。今天株洲天气怎么样？会不会下雨？要不要带伞？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我是哈电集团退休的工程师，孙子今年高考，分数能上哈尔滨工业大学。他问我学机械好还是学电气好，我说了他不听，你帮我劝劝他，哪个专业好？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我在洛阳一拖退休三年了，厂里问我愿不愿意返聘回去带徒弟，一个月给两千块补贴。返聘以后我的养老金还能照常领吗？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '九十年代我从沈阳的机床厂下岗，当时签了工龄买断，拿了一万多块钱就回家了。现在想问问，买断工龄那几年的社保能不能补缴？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我住在抚顺的采煤沉陷区，老房子墙上的裂缝越来越大，晚上睡觉都不踏实，政府说要搬迁。沉陷区搬迁的安置房怎么申请？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我退休后最爱钓鱼，兰州炼油厂的几个老哥们常约我去黄河边上钓。听说现在有禁渔期。黄河兰州段现在能不能钓鱼？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我儿子在东莞的电子厂打工，干了八年，老板拖欠了三个月工资，说是订单少了。这种情况应该去哪里投诉？能不能要回来？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我在包头稀土厂干了半辈子，对稀土有感情。最近听说稀土价格涨了，老同事都在买稀土概念股。现在买点稀土相关的股票划算吗？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我父亲当年开的是一汽第一批解放牌卡车，后来单位处理旧车，我花钱买下来一台老解放，一直停在乡下院子里。现在想卖给搞收藏的人，大概能卖多少钱？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我是三线建设的老职工，在山沟里的军工厂干了二十多年。听老伙计说现在有三线建设纪念章可以领。纪念章要去哪里申领？需要什么材料？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我是八十年代的省劳动模范，退休以后每个月有一笔劳模津贴，今年好像没按时到账。劳模津贴是怎么发的？该找哪个部门问？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我在宁波港干了三十年，退休证一直好好收着，结果去年搬家的时候弄丢了，现在办事要用。补办退休证要去哪里办？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我们厂的老厂房是五十年代苏联援建的，砖上还刻着年份，厂里老人都说它该算文物。我想替厂里申请列入国家工业遗产名单，国家工业遗产要怎么申报？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我每天晚上看央视财经频道，前几天孙子来家里吃饭，我一高兴就错过了中国产业地理盛典的播出。这个节目重播是哪天几点？在哪个频道？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我以前在厂里的宣传队唱过《咱们工人有力量》，最近老年合唱团要排练这首歌参加比赛，可我只记得前两句了。你能把完整歌词发给我吗？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我年轻时在大庆参加过石油会战，想趁着身体还行，带孙子去铁人纪念馆看看，让他知道爷爷那代人吃过什么苦。铁人纪念馆要门票吗？几点开门？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我女儿从鄂尔多斯出差回来，给我带了一件羊绒衫，软乎乎的特别暖和，结果我不小心扔洗衣机里洗缩了，心疼得不行。羊绒衫缩水了还能恢复吗？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我年轻时在景德镇跟老师傅学过锔瓷，家里一个传了三代的老瓷碗前几天摔裂了，我想自己把它锔起来。锔钉用铜的好还是银的好？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我孙女在昆明上学，周末常去斗南买花，给我寄了一大束玫瑰，我插在瓶子里三天就蔫了。鲜切玫瑰买回来怎么养能开得久一点？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我外孙女从小就喜欢捏泥巴，想报考景德镇的陶瓷大学，学陶瓷艺术设计。我们家祖上三代都是窑工，我挺高兴的。这个专业的录取分数线大概多少？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我儿子在武汉工作，想在光谷那边买房子，说那边工作机会多、年轻人多，问我出不出首付。光谷现在的房价大概多少一平方？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我孙子刚在东莞松山湖找了份工作，第一次出远门，我这当奶奶的不放心。松山湖附近租一室一厅大概要多少钱一个月？哪个小区安全？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我们几个老同事退休了，想报个老年旅游团去杭州，看看西湖，再逛逛云栖小镇、梦想小镇，见识一下现在的年轻人怎么创业。有没有靠谱的老年团推荐？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我七十岁了，听说苏州园林对老年人免门票，我想去拙政园、狮子林看看，年轻时候一直没舍得去。外地老人也免吗？要带什么证件？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我老伴耳朵背，跟她说话得喊。听说合肥科大讯飞有录音笔、翻译机，能把说话实时转成文字。哪一款适合老年人用？多少钱？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我儿子在长沙搞工程，想买一台二手的三一泵车，说新的太贵。我以前在机械厂干过，想帮他把把关。二手泵车一般多少钱？买的时候要注意什么？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我们村里好多老人都开柳州产的五菱小电动车，方便得很，买菜接孙子都用它。我今年七十二了，还能不能考驾照开这种小车？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我是唐山人，七六年地震那年失去了好几个亲人，每年那天都要去祭奠。我想带孙子去唐山抗震纪念馆看看。纪念馆现在在哪里？需要预约吗？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我孙子喜欢火车，天天看火车的视频。我是株洲电力机车厂退休的，想给他买个电力机车的模型，最好是我当年参与造的那种。哪里能买到电力机车模型？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我住在洛阳涧西的老苏式楼里，楼是五十年代建的，墙厚冬暖夏凉，可最近屋顶漏水了，物业说是老房子不归他们管。这种情况应该找谁来修？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我爷爷在清末的开平矿务局当过矿工，家里只留下一张发黄的照片。我想查查他当年的档案，看看他在哪个矿、干什么活。开滦的老档案去哪里查？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question:
      '我们厂的老书记上个月走了，他是五十年代建厂的老功臣，带着我们从几间平房干到上万人的大厂。追悼会上要我念悼词，我一提笔就哭。你能帮我写一篇悼词吗？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我父亲说1956年第一辆解放牌汽车开下生产线的时候他就在现场，全厂敲锣打鼓。我一直好奇，那天开着第一辆解放车下线的司机叫什么名字？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我是机械厂退休的高级工程师，前两天想找职称证书给孙子看看，结果翻遍了家里也没找到。职称证书丢了能补办吗？去哪个部门办？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我孙子研究生快毕业了，想考公务员，说想去工业和信息化部，说跟他爷爷干了一辈子工业也算有缘。工信部的公务员招考一般要什么专业？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我最近老接到推销电话，卖保险的、卖墓地的，一天好几个，老伴都不敢接电话了。听说骚扰电话可以向工信部投诉。工信部投诉骚扰电话的号码是多少？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我用了二十年的手机号，想从移动转到电信，因为老伴和孩子都用电信，打电话便宜。听说携号转网是工信部管的。老年人办携号转网要去营业厅吗？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我家屋顶上装的光伏板是保定那边的厂子产的，装了十年了，这两年发电越来越少，电费省得也少了。是需要清洗还是该换新的了？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我用的是华为手机，在这个小程序里看名片，字太小了，戴着老花镜都看得吃力。手机上的字体怎么调大一点？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question:
      '我的老战友退休后在重庆工业博物馆当志愿者讲解员，每天给孩子们讲钢铁厂的故事，我很羡慕。我今年七十岁了，想也去报名当志愿者，他们还收这么大年纪的吗？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我們家在台灣，爺爺當年是福建德化的窯工。最近爺爺走了，留下幾件老瓷器，家裡人想拍賣。請問德化老瓷器在台灣拍賣行大概能拍多少錢？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question:
      'My grandfather was a worker at the Tsingtao brewery and he still talks about the old factory every day. For his 90th birthday we want to surprise him. Can we book a private tour of the Tsingtao Beer Museum, and how much does it cost?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question:
      'My mother is 82 and she worked in a ceramics factory in Foshan for forty years. Her hands shake now and the doctor says it may be from the glaze dust. Is that possible, and what kind of doctor should she see?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question:
      'wo shi ha er bin dian ji chang tui xiu de, lao ban zuo tian shuai le yi jiao, tui teng de zou bu liao lu. lao nian ren shuai dao le ying gai kan na ge ke?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question:
      '我是郴州柿竹园退休的地质工程师，家里收藏了几十块矿物晶体，有萤石、辉铋矿。听说郴州有矿物宝石博览会，我想拿几块去卖。矿物晶体怎么定价？展会摊位怎么租？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我在中山古镇开了三十年灯饰店，现在年纪大了想把店盘出去，可现在生意不好做。灯饰店转让一般怎么估价？要办什么手续？',
    expect: { unsure: true },
    style: 'off-topic',
  },
];
