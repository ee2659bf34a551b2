// The kind of fact a question asks for (a date, a year, a month, how long, which company, how many
// people, which places, which N things) must be in the answer: an entry on the right subject that does
// not give it ("2022大会具体是几月几号开的" against an entry that names no day) is no answer.

/** What a sentence saying a time is not set speaks of. */
const TIME = /时间|时限|日期|期限|周期|批次|征集的安排|日程|\b(when|dates?|time|timing|schedule)\b/i;
/** What a sentence saying a span is not set speaks of (审核时限以通知为准; not 发布时间, a date). */
const SPAN = /时限|期限|周期|时长|多久|多长时间|\b(how long|duration)\b/i;
/** What a sentence saying a number is not set speaks of. */
const NUMBER = /数量|几|多少|规模|上限|名额|金额|费用|收费|资金|经费|钱|\b(number|how many|size|amount)\b/i;

/** What a sentence saying a count is not set speaks of (not a fee: 没有公布费用 gives no count of films). */
const COUNT = /数量|几|多少|规模|上限|名额|\b(number|how many|size)\b/i;

/** What a sentence saying an amount of money is not set speaks of (no subsidy is mentioned: 国家给多少扶持资金). */
const MONEY = /金额|费用|收费|资金|经费|补贴|奖励|资助|钱|\b(amount|fees?|cost|money|subsid(y|ies))\b/i;

/** A number, in figures or in words (多 for "several"). */
const NUMERAL = '[\\d一二两三四五六七八九十百千万多]';

interface AskedFact {
  /** How the question asks for it. */
  asked: RegExp;
  /** What an answer that gives it contains (built from how it is asked: 几轮 wants rounds). */
  given: RegExp | ((asked: RegExpExecArray) => RegExp);
  /**
   * A time or a number: an answer saying it is not set, or where it is announced, answers it too, in
   * a sentence about that kind of thing (发布时间以中心通知为准, 具体打造几张以协商为准).
   */
  unset?: RegExp;
}

const ASKED_FACTS: AskedFact[] = [
  // a day
  {
    asked: /几月几[号日]|(?<!手|编号是?)几号|(每)?(周|星期|礼拜)几|哪一?天|具体(日期|哪天)|\bwhat date\b|\bwhich day\b/,
    given: /\d{1,2}月\d{1,2}日|\d{1,2}日|\b(january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}\b/i,
    unset: TIME,
  },
  // a year
  // a year, and of what was done in it (哪一年成立: a year the answer says something was founded)
  {
    asked: /(?:哪一年|哪年|什么年份)(?:[是就才又]|开始)?([\u4e00-\u9fff]{2})?|\b(which|what) year\b/,
    given: (asked) =>
      asked[1] && !/^(的|了|吗|呢|啊)/.test(asked[1]) ? new RegExp(`(19|20)\\d\\d[^。；]*${asked[1]}|${asked[1]}[^。；]*(19|20)\\d\\d`) : /(19|20)\d\d/,
    unset: TIME,
  },
  // a time of day (几点开始)
  { asked: /几点(钟)?|\bwhat time\b/, given: /\d{1,2}[:：]\d\d|\d{1,2}点|[上下]午|晚上|工作时间|何时|\b\d{1,2}(:\d\d)?\s*(am|pm)\b/i, unset: TIME },
  // a month
  {
    asked: /几月份?|哪个月|\bwhat month\b|\bwhich month\b/,
    given: /\d{1,2}月|月份|\b(january|february|march|april|may|june|july|august|september|october|november|december)\b/i,
    unset: TIME,
  },
  // how long
  {
    // (Not how often: 多久发布一次.)
    asked:
      /多久(?![^，。？?]{0,4}一次)|多长时间(?![^，。？?]{0,4}一次)|几天|几个月|几年期|有效期(是|有)?多(久|长)|(?<![这近前过最哪])几年(?![级期前后])|多少(年|天|分钟|小时|秒)|几(分钟|小时|秒)|\bhow long\b/,
    // (A span, not a date: 3个月, 10天, 五年 — not 2025年, 12月.)
    given:
      /(?<!\d)(\d{1,3}|[一二两三四五六七八九十半几]+)\s*(个月|天|年|周|个?星期|个?工作日|分钟|小时)|尽快|立即|马上|即时|\b\d+\s*(minutes?|hours?|days?|weeks?|months?|years?)\b|\b(as soon as|promptly)\b/i,
    unset: SPAN,
  },
  // an amount of money (投多少钱, 总金额)
  {
    asked:
      /多少钱|金额|投(入)?多少|花多少|(费用|经费|资金|成本)(大概|大约|一共)?(是)?多少|多少[\u4e00-\u9fff]{0,2}(经费|资金|费用)|\bhow much (money|does it cost)\b|\bcost\b/,
    given: /\d+(\.\d+)?\s*(万|亿)?元|免费|不收|无需(支付|缴纳|付费)|\bfree\b|\byuan\b|\brmb\b/i,
    unset: MONEY,
  },
  // a company by name
  {
    asked: /哪家(设计)?公司|哪个公司|\bwhich (company|firm)\b/,
    given: /[\u4e00-\u9fff]{2,}(公司|集团)|有限|\b(company|group|ltd)\b/i,
  },
  // how often (几年一次, 多久评一次): every so long
  {
    asked: /(?:(?:几|多少)(?:年|个月|天)|多久|多长时间)([\u4e00-\u9fff]{0,2})一次|每隔(几|多少|多久)|\bhow often\b/,
    // (…of the action asked, when it is a word: 每年发布 says nothing of how often data is updated, 多长时间更新一次.)
    given: (asked) => {
      const every = '每(隔)?[一二两三四五六七八九十\\d]*(年|季度|个?月|周|天)|[一二两三四五六七八九十\\d]+(年|个月|周|天)一次';
      const verb = asked[1]?.length === 2 ? asked[1] : '';
      return verb
        ? new RegExp(`(${every})[^。；]{0,12}${verb}|${verb}[^。；]{0,12}(${every})`)
        : new RegExp(`${every}|\\b(every|each|once a) (year|month|week)\\b|\\b(annually|yearly|monthly)\\b`, 'i');
    },
    unset: TIME,
  },
  // whether two or more at once are allowed (联系人可以同时填两个人吗): the answer must say how many
  {
    asked: /(同时|一起|联合|分别|都)[^，。？?]{0,8}(两|多|几)(个|名|位|家|份|项)|(两|多)(个|名|位|家)[\u4e00-\u9fff]{0,12}(同时|一起|联合|分别)/,
    given: /[一两二三四五六七八九十\d多]+\s*(个|名|位|家|份|项|张)|只能|仅限?|至多|最多|上限|不限|唯一|没有规定|未规定/,
    unset: NUMBER,
  },
  // whether two or more may be given (联系人可以填两个人吗, 能同时填手机和座机两个号码吗): the answer must say how many
  {
    asked:
      /(可以|能|能不能|可不可以|能否|允许)[^，。？?]{0,8}(两|多|几)(个|名|位|家|份|项|人|种|套)|(各|分别)(报|申请|申报|提交|填)一?(份|个)|(两|多)(个|名|位|家)[^，。？?]{0,4}(联合|共同|一起)/,
    // (A count of the things allowed, not of characters or digits: 2至60个字, 11位手机号; and not who may
    // be one, 由谁担任登记表没有规定.)
    given: /只能|仅限?|至多|最多|上限|不限|唯一|(?<![\d.])([一两二三四五六七八九十]|\d{1,2})\s*(个|名|家|份|项)(?![字号])/,
    unset: NUMBER,
  },
  // editing together (让同事接着填, 两台手机同时编辑): the answer must speak of more than one editor
  {
    asked:
      /(同事|别人|他人|两个人|多人|两台|两部|各自)[^，。？?]{0,12}(一起|同时|共同|接着|协同|合作)[^，。？?]{0,3}(编辑|填|写|改)|(一起|同时|共同|协同)(编辑|填写|修改)/,
    given: /多人|共同编辑|协同|协作|同时编辑|同一账号|只能由|仅限本人|其他账号|别的账号|\b(together|at the same time|collaborat\w*)\b/i,
  },
  // a quota or a limit on how many (有没有名额限制, 还剩几个名额): a number, or that there is none
  {
    asked: /名额(有没有|有)?(限制|上限|多少|几个)|(几|多少)个?名额|(数量|个数|人数|次数)(有没有|有)?(限制|上限)|有没有(上限|数量限制)|\b(quota|limit)\b/,
    given: /\d+\s*(个|名|项|张|家|份|人|次)|[一两二三四五六七八九十]+\s*(个|名|项|张|家|份|人|次)|不限|没有限制|无限制|上限|最多|至多|只能|\bno limit\b/,
    unset: NUMBER,
  },
  // whether a goal was reached (实际完成了多少, 现在已经完成了吗): the answer must say what was done, not only the goal
  {
    asked:
      /(实际|最后|最终|现在|目前|已经)[^，。？?]{0,6}(完成|实现|达到|达成)|完成了(吗|没|多少)|\b(did|have|has) (they|it|we|the programme|the plan)\b[^?]{0,30}\b(reach|achieve|meet|hit)\b|\bactually (reached|achieved|met)\b/i,
    given: /已(经)?完成|完成了|已(经)?实现|实现了|已(经)?达到|达到了|已达成|\b(reached|achieved|was met|were met)\b/i,
  },
  // what has already been issued or made (已经发行了哪些): the answer must say something was
  {
    asked: /已经?(发行|推出|上线|拍摄|拍|出版|发布)了(哪些|什么|几|多少)/,
    given: /已(经)?(发行|推出|上线|拍摄|出版|发布)|(发行|推出|上线|拍摄|出版|发布)了/,
  },
  // who made something (是谁翻译的, 谁设计的, 谁写的): a maker named, or that none is said
  {
    asked:
      /谁(来)?(翻译|设计|拍摄|拍的|制作|写的|撰写|编写|配音|作曲|主编)|(翻译|设计|拍摄|制作|配音|作曲|主编|旁白|解说)(的人|者)?是谁|\bwho (translated|designed|made|wrote|filmed|produced)\b/,
    given: /由[\u4e00-\u9fff]{2,}(翻译|设计|拍摄|制作|撰写|编写|出品|完成)|主编|编著|出品方|制作方|\b(produced|written|translated|designed) by\b/i,
    unset: /作者|译者|设计者|出版|制作方|\b(author|translator|designer)s?\b/i,
  },
  // a statistic or a ranking of use (播放量, 点赞最多): a figure, or how it is counted
  {
    asked:
      /(播放|浏览|观看|点赞|下载|访问|阅读|转发|分享)(量|数|次数|人数)|(点赞|播放|观看|浏览)(最多|最高|最少)|\b(views|view count|most (watched|viewed|liked))\b/,
    given: /\d+\s*(次|万|人次)|排行|排名|统计/,
  },
  // how many are left (还剩几个名额): no answer says what remains
  { asked: /(还剩|剩下|剩余)(几|多少)个?/, given: /剩|余下|尚余|尚有/ },
  // the least (最少写多少字): an answer that gives only the most (不超过500字) does not say it
  // (…or that there is none: 选填, 没有规定门槛; or a range, 2至60个字.)
  {
    // (Not which are needed at least: 最少要交哪些材料.)
    asked: /(最少|至少|起码)(?![^，。？?]{0,4}(哪些|什么))|下限|\bminimum\b|\bat least\b/,
    given:
      /最少|至少|不少于|不低于|起码|下限|以上|选填|必填|可不填|没有规定|未规定|没有[^。；]{0,6}门槛|不设|\d+\s*(至|到|-|~)\s*\d+|\bat least\b|\bminimum\b|\boptional\b/i,
  },
  // when something began (几月份开始, 从哪天开始接收): a date said of the start, not of the deadline
  {
    asked: /(几月份?|哪个月|哪一?天|几号|什么时候|何时)[是就才]?(开始|启动)|从(几月份?|哪个月|哪一?天|几号|什么时候|何时)[^，。？?]{0,2}(开始|起)/,
    given: /(开始|启动|起|发出|印发|开放)[^。；]*(\d{1,2}月|\d{1,2}日)|(\d{1,2}月|\d{1,2}日)[^。；]*(开始|启动|起|发出|印发|开放)/,
    unset: TIME,
  },
  // when something will change (示例数据什么时候换成官方名单): a time, or that it is not set
  {
    asked: /(什么时候|何时|啥时候)(会|能|才|可以|将)?[^，。？?]{0,3}(换成|更换|替换|更新|上线|开通|推出)/,
    given: /\d{1,2}月|(19|20)\d\d|每年|届时|\b(january|february|march|april|may|june|july|august|september|october|november|december|20\d\d)\b/i,
    unset: TIME,
  },
  // how to sign up for something (生态方阵怎么申请加入, 那个项目怎么报名): the answer must say how
  {
    asked:
      /(怎么|如何|怎样)[^，。？?]{0,4}(报名|参加|参与|加入)|(报名|加入)的?(流程|方式|手续|渠道)|要走(什么|哪些|啥)[^，。？?]{0,4}(流程|手续|程序)|\bhow (do|can|could) (we|i|you) (join|sign up|take part|enrol|enroll)\b/,
    given: /报名|提交|登记表|联系|咨询|申请|填写|通知|\b(submit|contact|apply|form)\b/i,
  },
  // a document's number (商请函的文号): the number itself
  { asked: /文号|发文字号|\bdocument number\b/, given: /〔\d{4}〕|\[\d{4}\]|\d+号/ },
  // by what standard something was chosen or listed (龙头企业是按什么标准列的): the answer must give one
  {
    // (Not what a tier's standard is, 主名片的标准是啥, nor which filters there are, 按哪些条件筛选.)
    asked: /(按|依据|根据|凭)(什么|啥|哪些|哪个)(标准|原则|规则)[^，。？?]{0,4}(列|选|挑|定|排|评|确定)|\bbased on what\b/,
    given: /标准|依据|条件|指标|评价|体系|原则|优先|按照|评估|选择|\bcriteri(a|on)\b|\bindicators?\b/i,
  },
  // which page, chapter or article (在第几页): the answer must give one
  { asked: /第几(页|章|节|条|款|部分)/, given: /第[一二三四五六七八九十\d]+(页|章|节|条|款|部分)/ },
  // in which language or script it may be written (能用少数民族文字填写吗): the answer must speak of writing in one
  {
    asked: /(用|使用|以)(英文|英语|外文|外语|日文|韩文|繁体字?|少数民族文字|民族文字|藏文|维吾尔文|蒙古文|蒙文)[^，。？?]{0,4}(写|填|提交|撰写|书写)/,
    given: /(用|以|使用)[^。；]{0,6}(中文|英文|文字|语言|汉字)[^。；]{0,4}(填写|撰写|书写)|\b(written|filled in) in\b/i,
  },
  // whether something must be done separately (要不要单独填表申报; not whether one may apply alone): the answer must say so
  {
    asked: /(要不要|需要|需不需要|是否需要|还要|还得)单独(填|申报|申请|报|提交)|\b(need|have) to\b[^?]{0,20}\bseparately\b/,
    given: /单独|另外|分别|另行|单列|\bseparate(ly)?\b/i,
  },
  // who holds a post (中心的主任现在是谁): a person named
  {
    asked: /(主任|部长|局长|处长|院长|主席|书记|负责人|领导)(现在|目前)?是谁|\bwho is the (director|head|minister|chair)\b/,
    given: /老师|先生|女士|同志|姓名/,
  },
  // which is the most important (四个目的里面哪个最重要): an answer that ranks them
  { asked: /哪(个|一个|项|条|点)最(重要|关键|核心|主要|难|有用)|最重要的是哪/, given: /最重要|首要|核心是|关键是|重中之重/ },
  // points in the scoring (多填几个会加分吗, 几个专家打分): the answer must speak of points
  { asked: /加分|扣分|多少分|分值|权重|打几分/, given: /\d+\s*分|权重|加分|扣分|分值/ },
  // how many experts or judges (几个专家打分): a number of them
  { asked: /(几|多少)(个|名|位)?(专家|评委|评审专家|裁判)/, given: /\d+\s*(个|名|位)?(专家|评委)|[一二两三四五六七八九十]+(个|名|位)(专家|评委)/ },
  // how much more one gets (主名片能多拿多少政策支持, 给多少预算): an amount
  {
    asked: /(多拿|多给|多得|能拿|能给|给)多少|多少预算|预算(是|有)?多少/,
    given: /\d|[一二两三四五六七八九十百千万]+\s*(万|亿|元|个|项)/,
    unset: MONEY,
  },
  // how many each (首批签约的城市每个签了几张): a number per item
  { asked: /每(个|家|座|一个|张)[^，。？?]{0,8}(几|多少)/, given: /每(个|家|座|张|项|部|份)|单个|只能有?一|一个区域|各(自)?[^。；]{0,6}\d|分别/ },
  // who went to do it (德化签约是谁去签的): a person or office named
  { asked: /是?谁(去|来)?(签|签的|签约|出席|到场)/, given: /市长|县长|书记|局长|厅长|领导|由[\u4e00-\u9fff]{2,}(签|出席)/ },
  // how far it has come now (首批签约城市现在打造得咋样了): the answer must say what has been done
  {
    asked: /(现在|目前|如今)[^，。？?]{0,8}(打造|建设|做)[^，。？?]{0,3}(怎么样|咋样|如何|到什么程度|什么进展)|(打造|建设)(得|到)(怎么样|咋样|如何|什么程度)/,
    given: /进展|已完成|已经完成|现已|已建成|成效/,
  },
  // how to apply for something, or its conditions (国家工业遗产怎么申报): the answer must speak of applying
  {
    asked: /(怎么|如何|怎样|咋)(申报|申请)|(申报|申请)(条件|流程|程序|手续)/,
    given: /申报|申请|登记表|报名|推荐|征集|咨询|联系|\b(apply|application|contact)\b/i,
  },
  // an event's theme, or which themes (2024年泉州大会的主题是什么, 分成了哪三个主题): the answer must speak of themes
  { asked: /(大会|会议|活动|论坛|盛典|发布会)[^，。？?]{0,4}主题|(哪|几)[几两二三四五六七八九十\d]*(个|类)?主题/, given: /主题|为题|\bthemes?\b/i },
  // a person's name (处长姓什么, 叫什么名字): no entry names people
  // (…of a person, not of a thing: 那9个地方都叫什么名字.)
  {
    asked: /姓什么|(他|她|处长|联系人|负责人|主任|那位|这位|局长|领导|老师)[^，。？?]{0,4}(叫什么名字|名字叫什么)|姓名是|\bwhat is (his|her|their) name\b/,
    given: /先生|女士|同志|姓名[:：]|《|“/,
  },
  // the day something was sent or issued (那个函是几月几号发的): a date said of the sending, not of the deadline
  {
    asked: /(几月几[号日]|哪一?天|几号|什么时候|何时)[^，。？?]{0,2}(发|印发|发出|下发|发布)的/,
    // (…not a date things are to be sent by: 于6月30日以前将登记表发送给中心.)
    given: /(印发|发出|下发|发布|发文|发函)[^。；]*\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日[^。；]*(印发|发出|下发|发布|发文|发函)/,
    unset: TIME,
  },
  // what must be done every year (评上以后每年要报什么): the answer must speak of a yearly duty
  {
    asked: /每年(?:都)?(?:要|需要|得|必须)(?:给[\u4e00-\u9fff]{1,4})?([\u4e00-\u9fff])/,
    given: (asked) => new RegExp(`(每年|年度|每一年)[^。；]*${asked[1]}|\\bannual|\\bevery year\\b`, 'i'),
  },
  // whether something is compulsory (企业是不是必须加入): the answer must say what is required or voluntary
  {
    asked: /是不是必须|是否必须|必须(要)?[^，。？?]{0,10}(吗|么)|一定要[^，。？?]{0,10}(吗|么)|强制(的)?(吗|么)|\b(mandatory|compulsory|obligatory)\b/,
    given:
      /必须|须|强制|自愿|要求|不得|应当|可以不|可不|选填|必填|不是必|需要|无需|不需要|即可|才能|无法|可以|可用|\b(must|mandatory|compulsory|voluntary|required|optional)\b/i,
  },
  // how many people
  {
    asked: /有多少(个|名|位)?(工作人员|员工|职工|人)(?!口)|\bhow many (staff|employees)\b/,
    given: /\d+\s*(人|名|位)|\d+ (staff|people|employees)/,
  },
  // how many of something (几轮, 多少家, 多少人): a number of that unit, or a list of them; of places
  // (多少个地级市), a number of those places (30个主名片 counts no cities)
  {
    asked:
      /(?<![这那哪])(?:几|多少)个?(轮|次|家|位|张|名|人|所|座|部|集|地级市|城市|县|省|区域|地方)|(?<![这那哪])(?:几|多少)(个)(?![\u4e00-\u9fff])|(?<![这那哪])(?:几|多少)(个)(?=账号|手机号|微信号)/,
    given: (asked) => {
      const unit = asked[1] ?? asked[2] ?? asked[3];
      // (How often, 一年几次: 每年 says it.)
      if (unit === '次' && /[一每](年|季度|个?月)/.test(asked.input)) return /每(年|季度|个?月)|[一二两三四五六七八九十\d]+次/;
      if (/^(地级市|城市|县|省|区域|地方)$/.test(unit)) return new RegExp(`${NUMERAL}+\\s*个?[^，。、；]{0,3}${unit}`);
      return new RegExp(`${NUMERAL}+\\s*(${/^[人名位]$/.test(unit) ? '个|名|位|' : '个|'}${unit})${/^[人名位轮次家张个部集]$/.test(unit) ? '' : '|、.+、'}`);
    },
    unset: COUNT,
  },
  // how big, how many, how much (总规模多大, how many rounds): a number
  {
    asked: /规模(有)?多大|\bhow (many|much)\b/,
    given:
      /\d|[一二两三四五六七八九十百千万]+\s*(轮|次|家|位|张|项|批|个|名|人|类|种|份|条|所|座|部|集|元|万|亿)|\b(one|two|three|four|five|six|seven|eight|nine|ten)\b/i,
    unset: NUMBER,
  },
  // which N things, to be listed (哪八个部门, 哪三类)
  { asked: /哪[两二三四五六七八九十\d几]+(个|家|项|类|种|条|位|所)/, given: /、|；|;|（[一二三四五六七八九十]）|\d\./ },
];

/** An answer that says when a time is not set, or where it is announced (以中心通知为准). */
const SAYS_NOT_GIVEN =
  /以.{0,24}为准|未(公布|明确|说明|确定|提及|介绍)|没有(公布|明确|说明|固定|提到|提及|介绍)|尚未|\bnot (stated|published|announced|set|fixed)\b/i;

/** Where something is held (产业文化节在哪里办): the answer must name a place. */
const ASKS_WHERE_HELD =
  /(大会|会议|仪式|盛典|活动|文化节|论坛|发布会|会)[^，。？?]{0,8}在哪(里|儿|个城市)?(办|举办|举行|开|召开)|(举办|举行|召开)地点|\bwhere (is|was|will)\b[^?]{0,40}\b(held|hosted)\b/;

/** Which places something is in (建在哪几个城市): the answer must name one. */
const ASKS_WHICH_PLACES =
  /(在|到|是|由)(哪几个|哪些|哪个|哪座)(城市|市|省份?)|(哪个|哪些|哪几个)(城市|地方|省)有(?!资格|条件)|了(哪几个|哪些)(城市|市|县)|\bin which (cities|provinces)\b/;

/**
 * Whether the question asks for a kind of fact the answer does not give; `namesPlaces`: whether the
 * answer names a region.
 */
export function asksForAFactNotGiven(question: string, answer: string, namesPlaces: boolean): boolean {
  const unsetSentences = answer.split(/[。；;！？!?]/).filter((sentence) => SAYS_NOT_GIVEN.test(sentence));
  return (
    ASKED_FACTS.some((f) => {
      const asked = f.asked.exec(question);
      if (!asked) return false;
      const given = typeof f.given === 'function' ? f.given(asked) : f.given;
      return !given.test(answer) && !(f.unset && unsetSentences.some((sentence) => f.unset!.test(sentence)));
    }) ||
    (ASKS_WHICH_PLACES.test(question) && !namesPlaces) ||
    // (…or the event it is held at: 在2022中国产业名片大会上.)
    (ASKS_WHERE_HELD.test(question) && !namesPlaces && !/(在|于)[^。；，]{2,30}(上|举办|举行|召开|期间)|\bat the\b/i.test(answer))
  );
}
