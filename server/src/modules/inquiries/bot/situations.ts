// Situations a question may ask about that an entry on the right subject must also speak of, whatever words
// they share (柘荣的刀哪里能买: an entry on 柘荣 that says nothing of buying does not answer). Most are a pair of
// patterns, what the question asks and what an entry that speaks of it says (SITUATIONS); a few name the thing
// itself, which the entry must name (another language, an organisation). (Those that need the catalogue or the
// entry's words are in bot.ts.)

interface Situation {
  /** Short name, for reading why an entry was refused. */
  name: string;
  /** How a question asks about it. */
  asked: RegExp;
  /** What an entry that speaks of it says (none: no entry can, 我市当时是否在申请之列). */
  spokenOf?: RegExp;
  /** …only when the question also says this (turning notices back on: 拒绝, 订阅). */
  askedWith?: RegExp;
  /** …not when the question says this (我们县是不是在征集对象之列: a kind of applicant, not my place). */
  unlessAsked?: RegExp;
}

const SITUATIONS: Situation[] = [
  // Filling in or writing for the applicant (第三方代写, 一个账号替两个区提交).
  // (An entry that speaks of giving to others, 分享给别人, speaks of it too.)
  {
    name: '代填',
    // (…or the centre filling it in or editing it for me: 中心的人直接帮我填了, 你帮我改改.)
    asked: /代(填|写|报|办|为)|(替|帮|给)(两个|多个|几个|别的|其他|别人|他人|隔壁)|(替|帮)(我|我们|俺)[^，。？?]{0,3}(填|写|改|润色|把关)(了|好|完|改)?/,
    spokenOf: /代(填|写|报|办|为)|(替|帮|给)(两个|多个|几个|别的|其他|别人|他人|隔壁)/,
  },
  // Moving an application or a number to another person, number or place (转到同事的账号, 转给隔壁县用).
  {
    name: '转移',
    asked: /(转到|转给|转移到?|过户|换成|迁到)[^，。？?]{0,8}(账号|手机号|新号|号上|名下|同事|隔壁|邻[县市区]|别的(县|市|区|地方)|其他(县|市|区|地方))/,
    spokenOf: /转移|换绑|更换|变更|transfer/,
  },
  // A card moving from one tier to the other (特色名片能升级成主名片吗).
  {
    name: '升级',
    asked: /(升级|晋升|转为|转成|变成|升为|升成|提升为|降为|降级)[^，。？?]{0,3}(主名片|特色名片)/,
    spokenOf: /升级|晋升|转为|升为|调整|\b(upgrade|promot)/,
  },
  // How a number is shared out among places (名额怎么分到各省).
  {
    name: '分配',
    asked: /(分配|分到|分给|摊到|下达|落到)[^，。？?]{0,4}(各省|各地|各市|省份|我们省|我省|本省|每个省|地方)/,
    spokenOf: /分配|各省|各地|\ballocat/,
  },
  // Buying something (柘荣的刀哪里能买): the app sells nothing.
  {
    name: '购买',
    asked: /(哪里|哪儿|在哪|去哪|怎么|能不能|可以|能|想)(买|购买|下单|网购|订购)|(购买|下单)(链接|渠道|方式)|\bwhere (can|do) i buy\b/,
    spokenOf: /购买|买到|出售|售卖|出版|\bbuy\b/,
  },
  // How to get into a card or a list (我们厂怎么才能被写进名片): how one is put forward.
  {
    name: '列入',
    asked: /(怎么|如何|怎样)(才能|才可以|能)?被?(写进|列入|放进|加进|列进|排进|选进)|(能|可以|能不能)被?(加进去|写进去|列进去|放进去|加进|写进|列进)/,
    spokenOf: /申请|推荐|登记表|列入|纳入|\bapply\b/,
  },
  // My own place among those the programme speaks of (我市当时是否在申请之列): no entry knows the asker's place.
  {
    name: '我市',
    asked: /(我市|我县|我区|我省|本市|本县|我们市|我们县|我们区|我们省)[^，。？?]{0,10}(是否|有没有|是不是|在不在)[^，。？?]{0,6}(之列|其中|名单|里面|在内)/,
    unlessAsked: /征集对象|征集范围|对象|范围/,
  },
  // Which of a group known only roughly (70多个城市里哪些没签约): no entry lists them (it may list those signed).
  {
    name: 'which of them',
    asked: /(\d+多|几十|几百|上百|数十|十几)(个|家|座)[^？?]{0,24}(没有?签|未签|没有?入选|没选上|占了?几|都是哪|具体是哪|具体有哪|(哪些|哪几个)是)/,
  },
  // Seeing what other places submitted (查看其他城市提交的登记表).
  { name: '其他', asked: /(本省所有|全省|其他|其它|别的|别人|各)[^，。？?]{0,8}(提交|填|报)的?(登记表|申请|材料)/, spokenOf: /其他|别人|权限|他人|\bother\b/ },
  // A video of an event (签约仪式的视频在哪里能回看).
  { name: '视频', asked: /(仪式|大会|会议|发布会|活动|典礼)的?(视频|录像|直播|回放|录播)|(回看|回放|重播)/, spokenOf: /视频|录像|直播|回放|微纪录片|\bvideo/ },
  // Turning notices back on after refusing them (订阅消息点了拒绝，还能重新打开吗).
  {
    name: '重新打开',
    asked: /重新(打开|开启|授权|订阅|允许|接收)|拒绝[^，。？?]{0,3}[，,]?[^，。？?]{0,4}(还能|怎么|如何)[^，。？?]{0,4}(打开|开启|恢复|授权)/,
    askedWith: /拒绝|订阅|权限|通知|提醒|消息/,
    spokenOf: /重新|设置|拒绝|\bsettings?\b/,
  },
  // Places applying together (跨省联合申报, one joint application).
  { name: '联合', asked: /联合(申报|申请|报|牵头)|合报|一起报|共同(申报|申请|牵头)|\bjoint(ly)?\b/, spokenOf: /联合(申报|申请)|合报|共同申报|\bjoint/ },
  // A video or voice call (人工客服能打视频电话吗).
  { name: '视频通话', asked: /视频(电话|通话|聊天|会议)|语音(电话|通话)|\bvideo call/, spokenOf: /视频(电话|通话)|语音|\bcall/ },
  // Notices sent to someone else as well (消息通知能同时推给另一个同事吗).
  {
    name: '他人',
    asked: /(推给|推送给|发给|抄送|通知到)[^，。？?]{0,8}(同事|别人|他人|另一个|另外一个|其他人|领导)/,
    askedWith: /通知|消息|提醒/,
    spokenOf: /同事|其他人|多人|抄送|他人/,
  },
  // Which changes were made (中心能看到我具体改了哪几处吗): a record of them.
  { name: '改了哪些', asked: /改了(哪几处|哪些地方|哪儿|什么地方)|修改(记录|痕迹|历史)/, spokenOf: /记录|历史|对比|痕迹/ },
  // Filling in or applying again (现在还要重新填登记表吗).
  { name: '重新', asked: /重新(填|填写|提交|申请|申报|报|注册|登记)|再(填|报|交)一(次|遍)/, spokenOf: /重新|再次|再提交|再申请|另外|无需|载入|继续填写|again/ },
  // Whether two must be one and the same (牵头单位和联系人必须是同一个单位的吗).
  { name: '同一', asked: /是不是同一|必须是同一|要求是同一|得是同一|要是同一/, spokenOf: /同一|不同|不必|可以是/ },
  // Pictures or tables in a text (简介里能插图片吗): what the text may hold.
  {
    name: '插图',
    asked: /(简介|正文|文字|那栏|内容|里)[^，。？?]{0,6}(插|插入|嵌入|加|放|贴)(个|张|些)?(图片|图|表格|链接|视频|照片)/,
    spokenOf: /插入|嵌入|纯文本|只能(填写)?文字|\bplain text\b/,
  },
  // A zone across two places (园区跨了两个县，该选哪个).
  { name: '跨', asked: /跨(了|越)?(两|几|多|三)个?(县|市|区|省|地)|横跨/, spokenOf: /跨/ },
  // Deleting something (草稿能删吗).
  { name: '删除', asked: /(能|可以|怎么|如何|咋)(删|删除|删掉)/, spokenOf: /删/ },
  // What happens on failing (名片没打造成功会怎样).
  {
    name: '失败',
    asked: /((没|未|不)能?(打造)?成功|失败|没做成|没搞成)[^，。？?]{0,4}(会怎样|会怎么样|怎么办|咋办|后果|会如何)/,
    spokenOf: /失败|未能|不成功|未达到|没有达到|摘牌|复评|退出|未通过|不予通过/,
  },
  // Using the 天工 platforms oneself (天工短视频平台的账号怎么注册).
  { name: '天工', asked: /天工[^，。？?]{0,10}(上传|注册|账号|下载|\bapp\b|入驻)|(上传|注册|下载|入驻)[^，。？?]{0,6}天工/, spokenOf: /上传|注册|下载|入驻/ },
  // A document sent to the asker, or a template (能发我参考一下吗, 登记表模板下载).
  {
    name: '发我',
    asked: /(能|可以|麻烦|请)?(发|传)(给)?(我|我们)(一份|一下|参考|看看)|(模板|范本|样例|样本|范文)[^，。？?]{0,3}(下载|有没有|有吗|在哪)/,
    spokenOf: /模板|范本|样例|示例|下载/,
  },
  // Who else sees something (附件除了中心还有谁能看到).
  { name: '谁能看到', asked: /(还有谁|谁|哪些人|别人|其他人)(能|可以|会)?看(到|得到|得见|见)/, spokenOf: /可见|看到|公开|仅|只有|权限|\bvisible\b/ },
  // A region and the one it belongs to both applying (县和它所属的地级市都报).
  { name: '所属', asked: /(和|与|跟)(它|其)(所属|所在|下面|下辖|上级)的?/, spokenOf: /所属|下辖|包含|层级|上下级|同一区域/ },
  // A document in English (新书有英文版吗, is the list published in English).
  {
    name: '英文',
    asked: /英文版|英译|翻译成英文|译成英文|\btranslat\w*\b|\b(published|available) (anywhere )?in english\b/,
    spokenOf: /英文|英语|\benglish\b/i,
  },
  // The order of a list (这10项需要按产值从高到低排列吗).
  { name: '顺序', asked: /排列|排序|按[^，。？?]{0,6}(顺序|高低|大小|从高到低|从大到小)/, spokenOf: /顺序|排序|排列/ },
  // The ministry's website (能拿到工信部官网上去查吗).
  { name: '官网', asked: /官网|官方网站|门户网站/, spokenOf: /官网|网站/ },
  // Income shared out (销售收入怎么跟地方分成; not divided into, 分成了哪三类).
  {
    name: '收入',
    asked: /分成(?!了?(哪|几|[两二三四五六七八九十\d]))|收益|分红|分账|利润|销售收入/,
    spokenOf: /分成(?!了?(哪|几|[两二三四五六七八九十\d]))|收益|分红|分账|利润|销售收入/,
  },
  // Attending an event (怎么报名去现场参加产业名片大会).
  { name: '参会', asked: /(参加|报名|出席|参会|去现场)[^，。？?]{0,8}(大会|会议|论坛|盛典|发布会|签约仪式)/, spokenOf: /大会|会议|论坛|盛典|发布会|仪式/ },
  // Showing the films elsewhere (放到自己的政府网站上播放).
  { name: '转载', asked: /(放到|放在|上传到|转载到?|挂到|嵌入|搬到)[^，。？?]{0,10}(网站|官网|公众号|平台|抖音|视频号|b站)/, spokenOf: /转载|授权/ },
];

/**
 * Places and people outside the mainland taking part (香港的区能参加吗, foreign companies join): only an entry
 * that speaks of them, or for everyone, answers for them. (Not a friend abroad the card is shown to.)
 */
const ABROAD =
  /(香港|澳门|台湾|外国|国外|境外|海外|特别行政区|\bforeign\b|\boverseas\b|\bhong kong\b|\bmacau\b|\bmacao\b|\btaiwan\b)[^，。？?]{0,30}(参加|参与|申请|报名|加入|申报|\bjoin|\bapply|\btake part|\bparticipate|\beligible)/;
/** An entry that speaks for everyone, at home and abroad, or says who may not (企业不能作为申请主体). */
const FOR_ANYONE = /国内外|海内外|任何人|所有人|不能|不可以?|不作为|不属于|\b(anyone|everyone|cannot|not eligible)\b/;
/**
 * What a part of a quoted name stands for (“政产学研金介用”里的“介”): the entry must say it, when the part is one
 * character of an abbreviation or a word it does not use.
 */
const QUOTED_PART = /[“「]([^”」]{2,30})[”」](?:里面?|中)的[“「]?([\u4e00-\u9fff]{1,4})[”」]?(?:分别|具体|到底|究竟)?(?:指|是|代表)/;
/** One item in two places (同一个产业既填主导产业又填特色产业): the entry must speak of the same item twice. */
const SAME_ITEM_TWICE =
  /同一个?[^，。？?]{0,6}(产业|主导产业|特色产业)[^，。？?]{0,16}(既|又|分别|再|两|都)|再填一遍|既[^，。？?]{1,12}又|同时又|又同时|同时也(是|在|属于)|(写|填|是|报)(同一个|同一|一样的|相同的)(产业|行业)?(吗|么|嘛|[？?]|$)/;
/** Two of the form's fields or the tiers named together (特色产业能不能和主导产业填同一个). */
const TWO_FIELDS = /(主导产业|特色产业|主名片|特色名片|牵头单位|联系人)[^，。？?]*(和|与|跟|又)[^，。？?]*(主导产业|特色产业|主名片|特色名片|牵头单位|联系人)/;
/** A person moved on (那位联系人现在调到哪个部门去了): the entry must speak of changes of people. */
const PERSON_MOVED = /调到|调走|调离|离职|换人|换了人|还在不在职/;
/** Which level a place counts as (直辖市的区算地级还是县级): the entry must say how it counts. */
const COUNTS_AS = /算(地级|县级|省级|市级|区级)还是(地级|县级|省级|市级|区级)|(算|属于)(地级|县级)(市)?(吗|么|还是)/;

/** Another language than the app's two (俄语版, a Russian version): only an entry that names it answers. */
const OTHER_LANGUAGE =
  /俄文|俄语|法语|法文|德语|德文|日语|日文|韩语|韩文|西班牙语|阿拉伯语|葡萄牙语|\b(russian|french|german|japanese|korean|spanish|arabic|portuguese|italian)\b/;
/** A channel a notice would come by (短信通知, SMS notifications): the entry must name that channel. */
const CHANNEL = /(短信|\bsms\b|\btext messages?\b|邮件|\be-?mails?\b)/;
const NOTICE = /通知|提醒|\bnotif\w*|\balerts?\b/;
/** Whether a kind of industry may stand in a field (文旅产业能不能当主导产业): the entry must name that kind. */
const KIND_AS_FIELD = /([\u4e00-\u9fff]{2,6}?)(产业|行业)?(能不能|可以|能否|可不可以|算不算|能)(当|作为|算|填成?|写成?)(主导产业|特色产业)/;
/** …or asked after the field (特色产业写农业行不行). */
const FIELD_AS_KIND = /(主导产业|特色产业)[^，。？?\s]{0,3}\s*(写|填|报)([\u4e00-\u9fff]{2,6}?)(行吗|可以吗|行不|能行吗|算不算|算吗|可不可以)/;
/** A leader in person (是县长亲自去签的吗): the entry must speak of that person. */
const IN_PERSON = /(县长|市长|省长|书记|局长|厅长|部长|主任|领导)亲自/;
/** How a film was made (配音是谁, 背景音乐, narrates): the entry must speak of that part of it. */
const FILM_CRAFT = /配音|旁白|解说|背景音乐|配乐|\bbgm\b|念错|\bnarrat\w*|\bsoundtrack\b|\bmusic\b|\bvoice-?over\b/;
/** Seals and legal standing (盖了章的扫描件, 没有独立法人资格): the entry must speak of them. */
const SEAL_OR_LEGAL = /法人|公章|盖章|印章|签章|盖了章|红头/;
/** Another kind of organisation than an entry names (行业协会, 筹备组, 自治州, 发展和改革委员会, 兵团). */
const ORGANISATION = /[\u4e00-\u9fff]{0,8}?(协会|委员会|筹备组|自治州|自治县|联合会|商会|研究院|兵团|林区|垦区)/g;

/** The thing the question names, when the entry does not name it. */
const unnamed = (named: string | undefined, entry: string, says: (named: string) => boolean = (n) => entry.includes(n)) =>
  named && !says(named) ? [named] : [];

/** The situations the question asks about that an entry's text does not speak of (empty: none). */
export function situationsNotSpokenOf(question: string, entry: string): string[] {
  const table = SITUATIONS.filter(
    (s) => s.asked.test(question) && (!s.askedWith || s.askedWith.test(question)) && !s.unlessAsked?.test(question) && !s.spokenOf?.test(entry),
  ).map((s) => s.name);
  const abroad = ABROAD.exec(question)?.[1];
  const part = QUOTED_PART.exec(question);
  const explains = (name: string) => new RegExp(`${name}(指|是|即|代表|为|包括|包含|含|等|：|:|（|\\()`).test(entry);
  const kind = KIND_AS_FIELD.exec(question)?.[1] ?? FIELD_AS_KIND.exec(question)?.[3];
  return [
    ...table,
    ...(abroad && !entry.includes(abroad) && !FOR_ANYONE.test(entry) ? [abroad] : []),
    ...(part && (part[2].length === 1 || !entry.includes(part[2])) && !explains(part[2]) ? [part[2]] : []),
    // (Within one field, 不能重复 answers; across two, 主导产业和特色产业, it does not.)
    ...(SAME_ITEM_TWICE.test(question) && !/同一|两者都|既可以/.test(entry) && !(/重复|没有规定|自行确定/.test(entry) && !TWO_FIELDS.test(question))
      ? ['同一']
      : []),
    // (An entry saying whether the old contacts still hold answers whether one left, not where to.)
    ...(PERSON_MOVED.test(question) && !/调整|变更|更换|为准/.test(entry) && !(/仍然有效|是否有效/.test(entry) && !/哪/.test(question)) ? ['调动'] : []),
    // (县（市） says a county-level city counts as a county; not how a municipality's districts count.)
    ...(COUNTS_AS.test(question) && !/视同|相当于|按[^。；]{0,6}(对待|管理|申报)/.test(entry) && !(/县（市）|县\(市\)/.test(entry) && !/直辖市/.test(question))
      ? ['算']
      : []),
    ...unnamed(OTHER_LANGUAGE.exec(question)?.[0], entry),
    ...unnamed(NOTICE.test(question) ? CHANNEL.exec(question)?.[0] : undefined, entry, (channel) => entry.toLowerCase().includes(channel)),
    // (A kind, not how many or a length: 写五个行不行, 超过20个字的产业名称.)
    ...unnamed(kind && !/^(这个|那个|我们|什么|哪些|哪个)|^[一二两三四五六七八九十几多\d]|[的字]|名称/.test(kind) ? kind : undefined, entry),
    ...unnamed(IN_PERSON.exec(question)?.[1], entry, (leader) => entry.includes(leader) || /自行确定|没有规定/.test(entry)),
    ...unnamed(FILM_CRAFT.exec(question)?.[0], entry, (craft) => entry.toLowerCase().includes(craft)),
    ...unnamed(SEAL_OR_LEGAL.exec(question)?.[0], entry, () => SEAL_OR_LEGAL.test(entry)),
    // (兵团, 林区: the kind alone, however the entry spells the rest.)
    ...[...question.matchAll(ORGANISATION)]
      .map((m) => m[0])
      .filter((name) => !entry.includes(name) && !entry.includes(name.slice(-3)) && !(/(兵团|林区|垦区)$/.test(name) && entry.includes(name.slice(-2)))),
  ];
}
