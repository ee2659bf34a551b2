// Questions no document of the programme answers, whatever words they share with it: applying to
// become something else, small talk, a judgement (an opinion, why a place was or was not chosen),
// what the programme never published (comparisons abroad, raw scores, budgets, how many applied), who
// personally holds an office or made a film, a card's score, and business cards.
// Read before intents and retrieval: the bot is then not sure and offers a person.

/** Applying to become a national or provincial something, the card never named: another application. */
const APPLYING_FOR_A_TITLE =
  /^(?!.*(名片|mingpian|card)).*((申报|申请|创建|争创|认定为?|评为|升级[为成]?|晋升[为成]?)(成为)?(国家级|省级)(?!推荐|工信|主管|部门|层面)|(国家级?|省级)[\u4e00-\u9fff]{2,8}(要|该|应该)?(怎么|如何|咋)(申报|申请|认定|评选|创建))/;

/** The asker's own verdict on the app or a card (这个小程序做得真丑, 太难看了): nothing is asked that a document answers. */
// (Only when nothing is asked beside it: 这个小程序太难用了，登记表在哪里下载？ asks where the form is.)
const VERDICT_GIVEN =
  /^(?!.*([？?吗呢]|怎么|怎样|如何|哪|什么|啥|能不能|可不可以|是否)).*((真|太|好|很|挺|特别|超|贼|巨)(丑|难看|土气|low|烂|垃圾|差劲|难用)|(丑|难看|难用)死了|垃圾(软件|小程序|应用|app))/;

/** A place's administrative rank asked as a fact (雄安新区是省级行政区吗, Is Xiong'an New Area a province-level region?): general knowledge. */
const ADMINISTRATIVE_RANK =
  /^[^，。？?,]{2,12}(是|算)(不是)?(一个)?(省级|地级|县级|副省级|计划单列)(行政区|城市|市)(吗|么|吧)?[？?]?$|^is [a-z' -]{3,40} (a|an) (province|prefecture|county|sub-provincial)[- ]level (region|city|division|unit)\??$/;

/** The bot's own taste (你最喜欢哪张名片): it has none. */
const BOTS_OWN_TASTE = /你(自己)?(最|更)?(喜欢|爱|中意|偏爱|钟意)(哪|什么|谁)|\byour favou?rite\b|\bdo you personally (like|love|prefer)\b/;

/** A consequence no document states (会不会被降低优先级, 会不会影响打分). */
// (Leaving an optional item out, 特色产业不填会不会影响, is answered by the form's entries.)
const CONSEQUENCE =
  /^(?!.*(不填|没填|不传|没传|空着|不写|不上传)).*(会不会|会否|是否会)(被)?(影响(?!.{0,2}(下次|再次|以后|今后|重新|下一次))|降低|扣分|减分|降级|吃亏)/;

/** Small talk: keeping someone company, jokes, stories. */
const SMALL_TALK = /(陪我|唠嗑|唠唠|聊聊天|聊会儿?天?|讲个笑话|说个笑话|讲个故事|tell me a joke|chat with me)/;

/**
 * Asking for a judgement no document makes: an opinion, the best or the weakest, why a place was or was
 * not chosen (你认为最大的不足, 哪个效果最好, 为什么南京没有入选, why was Shanghai not given a card).
 */
const JUDGEMENT =
  /(你(个人)?(认为|觉得|看来).{0,20}(最|哪个好|好不好|怎么样|值不值|有没有(必要|用)|不足|缺点)|你怎么看|你的看法|效果最好|做得最好|哪(个|一个|座|家|部|一部)?(城市|地方|县|市|省|名片|片子|纪录片|企业).{0,12}最(高|多|火|受欢迎|好|强|牛|棒|有名|出名|著名|成功|厉害|差|弱|有影响|有实力|有特色|早打造|先打造|快打造)|最大的(不足|问题|缺点|困难)|为什么.{0,12}(没|不|能|会|才).{0,4}(入选|选上|选中|被选|有名片|拿到)|凭(什么|啥)(?!条件|材料|标准|资格|证明).{0,6}(进|入选|选上|选中|上榜|有名片|拿到)|\bin your (opinion|view)\b|\bwhat do you think\b|\bwhich (one|city|card|place|region) (is|was) (the )?(best|strongest|most (famous|successful|impressive|powerful))\b(?! (fit|for|way|time|method|channel|option|place to|thing to|email|number|format|browser))|\bwhy (was|wasn't|is|isn't|did|didn't|does|doesn't|has|hasn't)\b.{0,60}\b(chosen|selected|given|included|picked|left out)\b)/;

/**
 * Asking for what the programme never published: comparisons with other countries' schemes (or whether they have one), raw
 * scores, budgets, how many applied, quotas (和日本的一村一品有什么异同, 原始打分数据, 投入了多少资金, 各报了几个).
 */
const UNPUBLISHED =
  /((西方|国外|外国|日本|韩国|美国|欧洲|德国|法国|英国|其他国家)[^，。？?]{0,10}(有没有|有无|也有|有)类似|(西方|国外|外国|日本|韩国|美国|欧洲|德国|法国|英国|其他国家).{0,30}(区别|异同|不同|相比|比较|对比)|(区别|异同|相比|比较|对比).{0,30}(西方|国外|外国|日本|韩国|美国|欧洲|其他国家)|(原始|明细|详细)的?(数据|打分|得分|分数|评分)|(打分|得分|评分)(明细|数据)|投入了?多少|预算(是)?多少|花了多少钱|各报了|(有)?多少个?(地方|城市|区县|园区|单位)(申请|申报|报名|报)了|\bhow many (regions|cities|places|counties|applicants)\b.{0,20}\b(applied|have applied|applications)\b|\b(compared? (to|with)|differ(ent|ence)? from)\b.{0,40}\b(abroad|western|japan|korea|europe|america|other countries)\b|\bbudget\b|\bquotas?\b|每个?省.{0,6}(名额|最多能?|能有|可以有)|(分到|分配|分给).{0,10}名额|省.{0,12}名额(?!上限|限制))/;

/** Who holds an office, made a film, judges or named a card (中心的主任是谁, 谁拍的, who are the judges, 谁给起的): no document names them. */
const WHO_PERSONALLY =
  /(主任|部长|局长|厅长|书记|院长|导演|主持人)(是谁|叫什么|是哪位)|(哪个|哪位|哪些|哪几位)(导演|领导|嘉宾|专家|评委)|谁.{0,6}(拍|导|执导|主演|起|取|设计|提出|首创|发明|配|画|致辞|打分|评分)(出来|来)?的|谁.{0,8}签的字|哪家.{0,6}(设计|研发|开发|制作)(出来)?的|(评审|评委|评选)专家.{0,4}(有哪些人|有谁|是谁|名单|叫什么)|评委(都)?(是谁|有谁|有哪些)|\bwho (directed|filmed|shot|designed|named|signed|narrated)\b|\bwho is the (current |new )?(director|minister|head|chair)\b|\bwho (are|were) the (judges|jury|experts|reviewers)\b|\bwho judges\b|(哪个|哪位)(明星|演员|播音员|配音演员)|(旁白|配音|解说)(是谁|是哪位|是哪个|叫什么)|在哪(里|儿|个[\u4e00-\u9fff]{0,3})?(拍|取景|拍摄)的?/;

/** A card's score or rank in the evaluation (得了多少分, 排第几): never published. */
const SCORE_OR_RANK =
  /得了?多少分|打了?多少分|占多少分|得分(是)?多少|(排名|排)第几|排名第一|第几名|排多少名|排(在)?第一名?(?!步)|第一名|排名(前|最高|最靠前)|\bwhat (score|rank)\b/;

/** A business card or a contact card, not the programme's (印名片, 好友的名片). */
const BUSINESS_CARD = /印(?!发).{0,5}名片|个人名片|名片(印刷|夹|模板|盒)|(好友|朋友|联系人|商务|微信)的?名片|\b(business|contact|visiting|calling) cards?\b/;

/**
 * Other cards (a deck, a greeting card, a bank card, a transport card), and 名片 in its loose sense of what a city is known for (厦门的名片景点,
 * 城市名片美食): no industry card.
 */
// (…not compared with ours: is an industry card a real card like a bank card?)
const OTHER_CARDS =
  /^(?!.*\bindustry cards?\b).*\b(playing|greeting|birthday|christmas|gift|credit|debit|bank|membership|loyalty|library|tarot|uno|transport|transit|bus|metro|subway|sim|sd|memory|graphics|sound|report|boarding|student|campus|residence|phone|top-up) cards?\b|^(?!.*\bindustry cards?\b).*(\bdecks? of cards\b|\b(standard|poker|card) deck\b)|名片(景点|景区|美食|小吃|名菜|特产|地标|建筑)/;

/** Another kind of review (How long should a literature review be?): not the centre's review of an application. */
const OTHER_REVIEW_EN = /\b(literature|peer|book|film|movie|product|performance|code|restaurant|hotel|customer|app store) reviews?\b/;

/** What the bot itself runs on (Which LLM is behind this bot, 你用的什么大模型): no document says. */
// (Asked of the bot: 人工智能大模型产业有哪些名片 asks the catalogue.)
const BOT_ITSELF =
  /^(?=.*\b(you|bot|chatbot|assistant|behind|running|runs|powers?|powered)\b).*\b(llms?|gpt(-?\d)?|chatgpt|openai|deepseek|large language models?|language models?|ai models?)\b|(你|你们|机器人|助手|背后)[^，。？?]{0,8}(大模型|模型|ai)/;

/**
 * A prediction (你猜, 明年哪个城市会入选, 下一届大会在哪开): no document makes one.
 */
const PREDICTION =
  /你猜|猜一?猜|预测|([五十几]+|\d{2,})年(后|以后)(会不会|能不能)|(会不会|能不能)被.{0,8}超过|(赶超|超过|超越)(美国|日本|德国|韩国|印度|欧洲|西方)|(明年|下一?批|下一?届|下次|将来|今年).{0,12}(会|能|可能)(不会|不能)?(入选|选上|上榜|评上|轮到)|(下一?届|下次|明年)的?.{0,16}(大会|会议|发布会?|盛典).{0,8}(在哪|哪里|哪个城市)|\b(predict|guess)\b|\bwill\b.{0,30}\b(be chosen|be selected|get a card|win)\b/;

/**
 * Asking for a text to be written, translated or made (写首诗, 翻译成日语, 做个PPT): the bot answers
 * questions, it writes nothing.
 */
const WRITING_TASK =
  /(帮|替)我(写|起草|拟)|给我写|帮忙(写|起草|拟)|(写|编|起草|拟)(一)?(首|篇|段|份|个|句)?(诗|文章|作文|讲话稿|演讲稿|发言稿|稿子|文案|口号|标语|对联|致辞|串词|朋友圈)|(帮我|给我|请|把).{0,24}(翻译|翻|译)成|翻译一下|做(一)?个?(ppt|海报|幻灯片)|ppt大纲|\b(write|draft|compose|translate)\b.{0,40}\b(speech|poem|essay|e-?mail|letter|slogan|article|into|ppt|post)\b/;

/** The form filled in by the bot (帮我直接把登记表填了吧): only the applicant can, in the app. */
const FORM_FILLED_FOR_ME = /(帮|替)(我|我们)[^，,。？?]{0,4}(把)?(登记表|表格|申请表|表)[^，,。？?]{0,2}(填|写)(了|好|一下|完)/;

/** In English, a phone call asked of the bot (call my son): it calls no one. */
const CALL_SOMEONE_EN = /^(please )?(call|phone|ring|dial|text) (my|him|her|them|mom|mum|dad)\b/;

/** The centre's or the ministry's other work (还负责哪些别的项目): no document lists it. */
const OTHER_WORK = /还(负责|有|做|管|搞)(哪些|什么)(别的|其他|其它)(项目|计划|工作|活动|业务)/;

/** Asking for a recommendation (推荐几家设计公司, recommend a hotel): no document recommends anything. */
const RECOMMENDATION =
  /(给我|帮我|请你?|求|你能|你可以|能不能|能否|能|可以)推荐(几|一些|点|一下)?(家|个|款|部|本|种)?[^，。？?]{0,16}(公司|企业|厂家|供应商|产品|机构|酒店|餐厅|饭店|景点|书|电影|纪录片|片子|股票)|\b(can|could) you recommend\b|\brecommend (a|an|some|me|any)\b/;

/** Which member of staff handles ours (审核我们的是哪位老师): no document names them. (The centre reviews: 负责审核的是谁 is answered.) */
export const WHO_HANDLES_OURS = /(审核|审批|负责|对接)[^，。？?]{0,6}的是(哪位|哪个)(老师|工作人员|专家)?/;

/**
 * How to take a screenshot or record the screen (怎么把这个页面截个图发给女儿): the phone's doing, which no document explains. Not
 * how to upload one (申报材料里的截图怎么上传).
 */
const SCREENSHOT_HOW =
  /(怎么|咋|如何|怎样)[^，,。？?]{0,12}(截个?图|截个?屏|录个?屏)(?![^，,。？?]{0,6}(上传|提交|附|发给你们|传))|(截个?图|截个?屏|录个?屏)(功能)?(要|该|应该)?(怎么|咋|如何)(截|弄|操作|用)?[吗呢啊呀？?]*$|\bhow (do|can|to) (i |we )?(take a )?(screenshot|screen ?record)/;

/** WeChat's own messages not notifying (微信新消息不提醒了怎么办): the phone's and WeChat's settings, not this app's notices. */
const WECHAT_OWN_ALERTS = /微信(的)?(新)?消息[^，,。？?]{0,4}(不|没有?)(提醒|提示|通知|响|弹)/;

/** Another centre's (德化游客中心电话多少, 政务服务中心在哪): not the centre that runs the programme. */
const OTHER_CENTRE =
  /(游客|旅游|游客服务|集散|政务|政务服务|便民服务|行政服务|市民|体检|会展|会议|购物|医疗|急救|疾控|就业|人才|税务|车管|不动产登记|健身|培训|考试|社区服务)中心/;

/** A follow-up in English that names nothing (and the second one?, what about that one): what it points back to is not known here. */
const BARE_FOLLOW_UP_EN = /^(and |so |ok,? )?(what about |how about )?(the )?(first|second|third|fourth|last|other|next|previous|that|this) one\s*[?.!]*$/;

/** What was said before, pointed back to (前面那个数字是多少, 刚才说的那个呢): the bot sees each message alone. */
const POINTS_BACK =
  /(前面|刚才|刚刚|上面|之前|你刚)(说的|提到的|讲的|发的)?那(个|张|条)(的|数字|数|是|呢|啥|什么|[，,？?]|$)|\b(what you (just )?(said|meant|mentioned)|by that( last)? (part|point|bit)|the one (before|after) (that|this)|that last (part|point|bit))\b/;

/** A fund named bare (基金?): people's investment funds as much as the programme's development fund. */
const BARE_FUND = /^(基金|funds?)[？?吗呢啊]*$/;

/**
 * A figure of a place's or industry's economy (黄埔区规上工业总产值有多少, 株洲轨道交通装备产业的产值突破多少了): no document
 * gives one. (Not a threshold asked for applying: 产值要到多少才能报.)
 */
const ECONOMIC_FIGURE =
  /(总产值|产值|gdp|营收|营业收入|销售额|出口额)(是|有|突破|达到|加起来|一共|大概|能有)*了?(多少|几)(?![^，,。？?]{0,8}(才|能|可以|门槛|要求|报|申请|条件))/;

/**
 * A town, village or street office applying (我们镇能单独申请吗, 村一级可以报不): the documents list cities, counties and
 * industrial zones, never these, and the county entry's 可以 would mislead.
 */
const TOWN_OR_VILLAGE_APPLYING =
  /(我们|咱们?|俺们?|本|这个|一个|单个)(小)?(镇|乡|村|街道|社区)(里|上)?的?[^，,。？?]{0,6}(能|可以|可不可以|能不能|是否可以|有没有资格|够格|够资格)[^，,。？?]{0,4}(申请|申报|报名|参加|参与|报)|(镇|乡|村|街道)一级[^，,。？?]{0,6}(申请|申报|报名|参加|参与|报)/;

/** Verification codes' lifetimes (验证码多长时间过期): no document gives them. */
const CODE_LIFETIME = /验证码[^，,。？?]{0,6}(过期|有效期|有效多久|失效)/;

/** Other regions' contact people (各地联系人电话能给我吗): the forms' contacts are private. */
const OTHERS_CONTACTS = /(各地|各市|各县|其他地方|别的地方|其他城市|别的城市|其他区域)的?[^，,。？?]{0,6}联系人[^，,。？?]{0,4}(电话|手机|方式|号码)/;

/** In English, the scores behind a list (the raw scores behind the 2025 list): no document gives them. */
const SCORES_EN = /\b(raw|individual|detailed) scores?\b|\bscores? (behind|for each|of each)\b|\bscore breakdown\b/;

/** Whether a question asks what no document of the programme says. */
export function asksWhatNoDocumentSays(text: string): boolean {
  return [
    APPLYING_FOR_A_TITLE,
    SMALL_TALK,
    BOTS_OWN_TASTE,
    VERDICT_GIVEN,
    ADMINISTRATIVE_RANK,
    CONSEQUENCE,
    JUDGEMENT,
    PREDICTION,
    WRITING_TASK,
    RECOMMENDATION,
    OTHER_WORK,
    UNPUBLISHED,
    WHO_PERSONALLY,
    WHO_HANDLES_OURS,
    SCORE_OR_RANK,
    BUSINESS_CARD,
    OTHER_CARDS,
    OTHER_REVIEW_EN,
    BOT_ITSELF,
    SCREENSHOT_HOW,
    WECHAT_OWN_ALERTS,
    OTHER_CENTRE,
    BARE_FOLLOW_UP_EN,
    POINTS_BACK,
    ECONOMIC_FIGURE,
    BARE_FUND,
    TOWN_OR_VILLAGE_APPLYING,
    CODE_LIFETIME,
    OTHERS_CONTACTS,
    SCORES_EN,
    FORM_FILLED_FOR_ME,
    CALL_SOMEONE_EN,
  ].some((pattern) => pattern.test(text));
}
