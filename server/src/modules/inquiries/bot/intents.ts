// Intent before retrieval: the questions people ask most are recognised by their shape, so that
// "申报流程是怎样的" gets the application steps, not whatever FAQ shares the most words with it.
// Patterns run on normalised text (simplified, lower case, typos corrected).
import { WHO_HANDLES_OURS } from './unanswerable.js';

/** Asking for a person, in the ways people say it (but not asking *about* the service's hours, nor about 人工智能). */
const PERSON_WORDS =
  /(转人工|人工(?!智能|智障)|真人|活人|客服|工作人员|负责人|老师(?!傅|您好|你好|好[，,。！!\s]|好$)|专人|中心的人|(跟|和|同|找)(个)?人(说|讲|聊|谈|沟通)|(找|叫)(个)?人.{0,3}(说|讲|聊)|(叫|换)(个)?.{0,4}人来|找个.{0,4}人来|不要机器人|别.{0,4}机器人|转(个|一个)人(吧|啊|呀|呗|[。！!～~]|$)|值班的?(同志|人员|老师)|不(想|要|愿意)?(跟|和)机器|(安排|派|找)(个|一个|位)?人[^，。？?]{0,2}(给|跟|和)(我|我们|俺|俺们)[^，。？?]{0,3}(打|回)(个)?电话|(跟|和|同|找|让|请)(中心|你们|负责).{0,6}同志.{0,6}(说|聊|谈|沟通|联系|对接)|zhuan ?ren ?gong|ren ?gong|ke ?fu)/;
/**
 * A person asked for plainly: a complaint on its own (我要投诉！), the one in charge (叫你们管事的来, 找你们领导), someone to call back
 * (请他联系我) — not whether someone will (签约后会让工作人员联系我们吗) or where to get a signature (要找管事的签字).
 */
const ASKED_PLAINLY =
  /(找|叫|让)(个|你们)?(能)?(管事的(人)?|(你们|中心)的?(领导|主任|负责人))(来|出来|过来|跟我|和我|说话|[，,。！!～~]|$)(?![^，。？?]{0,8}(调研|指导|参加|视察|考察|出席|讲话|讲课|参观))|(^|[，,。！!\s])(我要|我想)投诉(?=[，,。！!\s]|$)|(?<!(会|将|是否|要不要|能不能|可不可以))(请|让)(他|她|他们|老师|工作人员)[^，。？?]{0,4}(联系|打电话给|回电话给)(我|我们)(?![^，。？?]{0,3}(吗|么|嘛))/;
const PERSON = new RegExp(`${PERSON_WORDS.source}|${ASKED_PLAINLY.source}`);
/**
 * Asking about the staff, whether the bot is a person or the queue for one (排第4位还要等几分钟): no request for one.
 */
const ABOUT_PEOPLE: RegExp[] = [
  // staff posted locally (会派驻工作人员吗, 派工作人员常驻)
  /(派驻|驻点|常驻).{0,4}(工作人员|专人|人员)|(工作人员|专人|人员)[^，。？?]{0,4}(派驻|驻点|常驻|驻扎)/,
  // interviews and impostors (能否安排对负责人的专访, 有个自称中心的人)
  /专访|采访|访谈|自称|冒充|假冒/,
  // their pay, posts and discipline (工作人员的工资, 人工几多, 工作人员会被扣钱吗)
  /(工作人员|负责人|客服|老师)的?.{0,4}(工资|待遇|薪资|薪水|收入|编制|招聘|福利|绩效|考核)|(工作人员|客服)[^，。？?]{0,4}(扣钱|扣工资|处分|被罚|受罚)|人工(几多|多少|高|低|怎么样|咋样|费)|请唔请人|请不请人|招不招人/,
  // their passwords and records, how many there are, rating them
  /(工作人员|客服)的?(登录)?密码|(客服|人工|工作人员)的?(聊天|对话|会话)(记录)?/,
  /(多少|几)(个|名|位)?(工作人员|员工|客服人员)|(多少|几)(个|名|位)?人来?(审|负责|处理|值班)/,
  // …counted the other way round, their posts and their lot (工作人员一共有几个人, 都是事业编吗, 当客服累不累)
  /(工作人员|客服|人员)[^，,。？?]{0,4}(一共|总共)?有?(几个人|多少人|几位|多少位)|(工作人员|负责人|客服|老师)[^，,。？?]{0,4}(事业编|公务员|合同工|临时工|外包|编制内|体制内)|(当|做)(客服|工作人员)[^，,。？?]{0,4}(累|辛苦|好不好|怎么样|咋样|有前途)/,
  /给(人工|客服).{0,6}(打|评)了?.{0,5}分|(满意度|评价|评分)[^，。？?]{0,4}打了?[^，。？?]{0,3}分/,
  // what they do (工作人员审核登记表时依据什么, 客服能视频吗, 会不会派专人)
  /(工作人员|负责人|中心的人)[^，。？?]{0,2}(审核|审批|评审|审查|打分|评分)|(人工|客服|工作人员)[^，。？?]{0,6}(可以|能|能不能|支持)[^，。？?]{0,3}(视频|语音|远程)(?!.{0,8}(我|指导))|(会不会|是否|有没有)(派|安排).{0,2}专人/,
  // what they ask or look at (毕业答辩老师一般会问啥, 评委一般关注什么)
  /(老师|工作人员|客服|评委|专家)[^，。？?]{0,4}(会|要)?(问|考|提问|关注|看重)(啥|什么|哪些|些啥)/,
  // how soon they must reply (工作人员回复咨询有没有考核时限)
  /(工作人员|客服|人工|老师)[^，,。？?]{0,4}(回复|答复|处理)[^，,。？?]{0,6}(考核|时限|规定)/,
  // how to complain about them (怎么投诉某个具体的工作人员): a way, not a person now
  /(怎么|如何|怎样|去哪|在哪|哪里)(能|可以)?投诉/,
  // what a teacher told them to do (审核老师让改, 老师布置的作业)
  /老师(让|叫|要求|布置|批评|说要)/,
  // whether the bot is a person (你是真人还是AI)
  /(是|是不是)(真人|人工|活人|机器人?)(还是|吗|么|嘛)|(真人|活人)还是/,
  // the queue, and after the handover (转人工以后还能切回吗)
  /排队|排第|插队|插个队|(等|要)几分钟|(转人工|转到人工|人工客服)(以后|之后|后)[^，。？?]{0,8}(切回|换回|回到|返回|还能)/,
  // the centre doing the work (代填, 中心的人直接帮我填了), or training us (来给我们做个培训)
  /代(填|写|报|办)|帮(我|我们|俺)[^，。？?]{0,3}(填|写|报|办)(了|好|完)?|培训|讲课|授课|讲座/,
  // who they are now (那位老师调岗了吗, 新的对接人叫啥, 工号在哪看; not a complaint about 工号1234)
  // (…and who handles ours: 审核我们的是哪位老师, 客服的工号和名字)
  /调岗|调走|离职|换人了|叫(啥|什么)|姓(啥|什么)|工号(在哪|在哪里|是多少|多少|怎么看|怎么查|哪里看|和名字|和姓名)/,
  WHO_HANDLES_OURS,
  // their visits (中心的老师下个月会来实地调研)
  /(来|到)[^，。？?]{0,4}(调研|考察|走访)/,
  // the staff of another organisation (奖励牵头单位的工作人员), when the centre's are not asked for too (县里的负责人想跟中心的人谈谈)
  /^(?!.*(中心的|客服|人工)).*(单位|局|厅|委|部门|政府|企业|公司|市里|县里)的(工作人员|负责人)/,
  // someone for company or for another service (找个人陪我聊天, 找人介绍对象), not the centre's staff
  /陪(我|俺)(聊|玩|说|唠)|陪聊|(找|介绍)(个)?对象|相亲|保姆|月嫂|家教|男朋友|女朋友|跑腿|代驾|外卖|快递/,
];
const aboutPeople = (text: string) => ABOUT_PEOPLE.some((pattern) => pattern.test(text));
/** Asked for in so many words (a complaint about the staff too): wins over asking about the staff or the hours. */
const EXPLICIT_REQUEST_WORDS =
  /(?<!(?:排队|排着队)[^，。？?]{0,3})转人工(?![^，。？?]{0,14}(多久|几分钟|排队|排第|插队|优先|要等|等多|切回|换回|回到|返回))|找人工|要人工|找客服|(请|希望|能不能|能否|可以)(安排|派).{0,2}专人|派(个|一个|位|一位)?(工作人员|专人|老师)(陪|跟|带|帮)|不要机器人|别.{0,4}机器人|找.{0,2}工作人员|(想|要|希望)(跟|和|同|找)(中心|你们)的?(人|工作人员|老师|同志)[^，,。？?]{0,2}(谈|聊|说|沟通|对接)|找(个)?真人|换(个|一个)人.{0,4}(跟|和|与)我|安排.{0,6}(工作人员|老师|人).{0,4}(跟|和|与)我|帮(我|忙)转(一下|下)?(人工|客服)?[。！!～~]*$|(我要|我想)?(?<!(怎么|如何|怎样|去哪|在哪|哪里)(能|可以)?)投诉[^，。？?]{0,8}(客服|工作人员|人工|老师|负责人)(?![^，。？?]{0,4}(电话|热线|渠道|方式|流程))/;
const EXPLICIT_REQUEST = new RegExp(`${EXPLICIT_REQUEST_WORDS.source}|${ASKED_PLAINLY.source}`);
const ABOUT_HOURS =
  /(几点|什么时候|时间|上班|下班|周末|晚上|夜晚|白天|夜里|半夜|深夜|凌晨|节假日|放假|休假|春节|过年|国庆|非工作|多久|怎样联系|怎么联系|如何联系)/;
const PERSON_EN =
  /\b(human|real person|person|agent|someone|somebody|staff|representative|operator|people|customer service|support team|whoever (is (responsible|in charge)|handles|deals with))\b/;
// (Passive only towards a person: be transferred to a human agent, not a card transferred to other people; human agent now.)
const REQUEST_EN =
  /\b(talk|speak|chat|connect|transfer|want|need|get|please|contact|put me through)\b|\b(human|agent|real person|staff),? (now|asap|immediately|right now)\b|\b(transferred|connected) to (a|an|the|one of your) (human|person|real person|staff|agent|member of staff|colleague|officer)\b|\bdeal with (a|an) (human|real person|person)\b/;

/** Whether someone answers at a time (晚上十点找人工还有人回吗): about the hours, however it names them. */
const ANYONE_THERE = /(还)?有人(回|在|接)|回不回|还有人吗/;

/**
 * 老师 said to whoever reads (老师您好, 老师我想问下, 谢谢老师) or of oneself (我是退休老师): no person asked for. Not 老师在吗,
 * 麻烦老师联系我, 谢谢老师帮我转一下: an action asked of them.
 */
const COURTESY =
  /^老师(您|你)?好[，,。！!\s]*|^老师[，,\s]*(?=我想|我问|想问|问一下|问下|请问)|(谢谢|辛苦)(你|您)?(了)?老师(?![^，。？?]{0,3}(联系|打电话|转|帮|安排|回))|(我是|是个|退休|大学|中学|小学|高校)老师|作为(一名|一个|一位)?[^，,。？?找想要请让帮]{0,6}老师(?=[，,]|$)/g;
/** Being put through to someone (transfer my query to the concerned officer). */
const PUT_THROUGH_EN =
  /\b(talk|speak|chat|connect|transfer|put me through)\b.{0,30}\b(human|person|someone|somebody|staff|agent|people|customer service|support team)\b|\b(transfer|connect|put) (me|us|my (query|question|call|case))\b.{0,30}\b(officer|official|colleague)\b|\bput me through to (a|an|the|one of your) (colleague|officer|official)\b|\b(talk|speak|chat) (to|with) (a|an|the|your|one of your) (colleague|officer|official)s?\b|\b(talk|speak) (to|with) whoever is (responsible|in charge)\b/;
/** Asked for in English in so many words, whatever else the question speaks of. */
const EXPLICIT_EN = new RegExp(`${PUT_THROUGH_EN.source}|\\bhuman\\b`);

/**
 * Whether a person is asked for in so many words (找人工, 转人工, 能派个工作人员…; "talk to a human"). A complaint on its
 * own (我要投诉) names no one: where the classifier is sure nothing we answer is asked (政府采购中标结果有猫腻 我要投诉), it is
 * another office's to hear.
 */
export function asksForPersonInSoManyWords(asked: string, nothingOfOurs = false): boolean {
  if (nothingOfOurs && /(我要|我想)投诉/.test(asked) && !PERSON_WORDS.test(asked)) return false;
  return EXPLICIT_REQUEST.test(asked) || EXPLICIT_EN.test(asked);
}

/**
 * Money or a thing sent to someone (How do I transfer money to someone on WeChat? How do I send someone my contact card?), or
 * someone invited to speak at an event (could someone from the centre speak at our conference?): the someone is no member
 * of staff to talk to here.
 */
const NO_PERSON_TO_TALK_TO_EN =
  /\b(transfer|send|pay)(ring|ing)? (some |the |my )?(money|funds|cash|payments?|yuan|rmb)\b|\b(send|give|show|forward)(ing|s)? (someone|somebody) (my|a|an|the|this|that|our|his|her)\b|\b(speak|talk|present|lecture)(ing)? at (our|a|an|the|this|next) ([a-z'-]+ ){0,5}(conference|event|forum|seminar|summit|meeting|class|school|university|workshop|session|expo|fair)\b/;

export function asksForPerson(asked: string): boolean {
  // (The form's contact person, money sent to someone or a speaker invited, unless a human is asked for in so many words.)
  if (/\bcontact person\b/.test(asked) && !EXPLICIT_EN.test(asked)) return false;
  // (…unless a person is asked for beside it: I want to talk to someone about transferring funds.)
  if (NO_PERSON_TO_TALK_TO_EN.test(asked) && !EXPLICIT_EN.test(asked.replace(new RegExp(NO_PERSON_TO_TALK_TO_EN.source, 'g'), ' '))) return false;
  const text = asked.replace(COURTESY, ' ');
  if (PERSON.test(text))
    return (EXPLICIT_REQUEST.test(text) && !(ABOUT_HOURS.test(text) && ANYONE_THERE.test(text))) || (!aboutPeople(text) && !ABOUT_HOURS.test(text));
  // (Not the queue for one: is there a queue to talk to a human?)
  return (
    !/\b(queue|wait)\b/.test(text) && (PUT_THROUGH_EN.test(text) || (PERSON_EN.test(text) && (REQUEST_EN.test(text) || text.trim().split(/\s+/).length <= 3)))
  );
}

/** "How is my application doing?" — answered from the asker's own applications. */
const STATUS = [
  /(我|我们|俺).{0,6}(申请|登记表|申报|报名|报的|交的|提交的|报上去的|材料).{0,10}(进度|进展|状态|到哪|审核|审批|结果|怎么样|如何了|批了|批下来|通过|(?<!(截止|日期|时间|期限|时限)[^，。？?]{0,4})过了(没|吗)|过没过|咋样|签约了|签了没|签了吗|卡在|卡住)/,
  // "look my application up" (帮我查一下我的申请), not how to do something with it
  /(查|看)(一下|下)?(我|我们)的(申请|申报|登记表)[吧呗啊。！!]*$/,
  /(申请|申报|登记表).{0,4}(批下来|通过了没|通过没|有结果了|有结果吗|到哪一步|到那一步(了|le)?(?=[吗呢？?。]*$)|到哪步|到哪了|进度怎么样|状态|有进展|进展没|啥进度|什么进度|签约了没)/,
  /(查|看)(一下|下)?(我|我们)?的?(申请|申报)(进度|状态)/,
  // "was mine sent back / is it still in consultation / has anyone looked at it"
  /(我|我们|俺|俺们).{0,8}(申请|登记表|报的|交的|那份).{0,10}(是不是|有没有|还在)(被)?(退回|打回|驳回|拒|通过|协商|审|收到)/,
  /(我|我们|俺|俺们).{0,8}(申请|报的|交的|那份).{0,10}(有人看|看了没|审了没|收到没|收到了没|啥状态|什么状态)/,
  // (…was it sent back, asked of it: 我的申请被退回了吗; not what to do then, 被退回了怎么改, 被退回了没法修改.)
  /(我|我们|俺|俺们)[^，,。？?]{0,8}(申请|登记表|报的|交的|那份)[^，,。？?]{0,4}被(退回|打回|驳回|拒)(了)?(吗|没有?)(?=[?？。!！,，\s]|$)/,
  /审核结果出来/,
  // (…in an office's words, 我方申请是否已进入签约环节; whether the form went through, 我们交的登记表到底提交成功没有.)
  /(我方|我单位|我局|我们)[^，,。？?]{0,10}(申请|申报|登记表)[^，,。？?]{0,4}(是否|有没有)(已经|已)进入.{0,6}(环节|阶段)|(我|我们|俺|俺们)[^，,。？?]{0,6}(交|提交|报)的(登记表|申请|表)[^，,。？?]{0,4}(提交|交)成功(了)?(没有|没|吗|了吗|了没)/,
  // "the form we handed in last week: any word yet?" (上周交的表现在啥状态了, 我们县交的表 有回音没)
  /(交|报|提交|递交)(上去)?(的|了的)((表|登记表|申请|材料|那份).{0,12}|那个.{0,4})(啥状态|什么状态|(啥|什么)情况(?!下)|有回音|有信儿|有消息|有结果|到哪|协商中还是|是协商中)/,
  // "what stage is it at now" (我单位报送的产业名片申请目前处于什么状态), not what stages there are
  /(申请|申报|登记表|报的|交的|报送的)[^，,。？?]{0,8}(目前|现在|眼下)?(处于|在|到了?)(什么|啥|哪个|哪一)(状态|阶段|环节|步)(了|呢|啊|呀)?[？?。！!\s]*$/,
  // "how is the application now" (申请现在什么情况了), not what happens in some case (申请什么情况下会被退回)
  /(申请|申报|登记表|报的|交的)[^，,。？?]{0,4}(现在|目前|眼下)(是)?(什么|啥)(情况|进度|状态)(了|呢|啊|呀)?[？?。！!\s]*(?=$|[，,\s])/,
  // "the form went up: any word back?" (我们市的表交上去到底有没有下文)
  /(我|我们|俺|俺们)[^，,。？?]{0,4}的?(表|登记表|申请|材料|那份)(交|报|提交|递交|送)(上去|上来)?了?[^，,。？?]{0,6}(有没有|有|没)(下文|回音|信儿|消息|结果|动静)/,
  // (…said in a word or two, the whole message: 进度, 我的进度, 审到哪了, 批了没, status?)
  /^((我|我们|俺|俺们)的?)?(进度|进展)(呢|咋样|怎么样|如何)?[？?。!！]*$|^(审|批|办)到哪(一?步)?了?[吗呢？?。]*$|^(到哪(一)?步了|批了没|批了吗|审了没|审完了没)[呢？?。]*$/,
  /^((my|our) )?(application )?(status|progress)[\s?.!]*$/,
  /\b(my|our) application\b|application status|where is my application/,
  // (…what we sent, then how it is doing: our county sent in its form last month, any progress on it?; did the centre
  // actually receive our submission?)
  /\b(we|our [a-z]+) (sent|submitted|handed|filed) (in |off )?(its|our|the) ([a-z']+ )?(form|application|submission)\b.{0,60}\bany (news|updates?|word|progress)\b|\b(did|has|have) (the centre|the center|you|your team|you guys) (actually |already |even )?(receive|received|get|got) (our|my) ([a-z']+ )?(form|application|submission)\b/,
  // (…any news on the form we sent; did we get approved yet; whether our submission has been accepted.)
  /\bany (news|updates?|word|progress)( yet)? (on|about|with) (the|my|our) ([a-z']+ ){0,2}(form|application|submission)\b(?! (deadline|process|fields?|template|requirements?|rules?|form))|\b(did|have|has) (we|i) (get|got|been) (approved|accepted|rejected|selected|chosen)\b|\b(whether|if) (my|our) ([a-z']+ ){0,2}(form|application|submission) (has|have|was|is) (already |now )?(been )?(accepted|approved|received|reviewed|rejected|returned)\b/,
  // (…with what it is for between: my card application, our district's submission; the progress of the one I submitted.)
  // (…only with a word of how it is doing: not the deadline for my card application.)
  /^(?=.*\b(status|progress|approved|accepted|rejected|declined|returned|reviewed|under review|news|result|decision|stage|doing|going)\b).*\b(my|our) ([a-z']+ ){1,2}(application|submission)\b|\b(progress|status) of (my|our|the) (application|submission)|\bwhat happened (with|to) (my|our) (application|submission)/,
];
/** How English asks what I may do (can I, how do, should we). */
const MAY_I_EN = 'how do|how can|can i|can we|could i|should i|should we|what should';
/** What I may do next (…rejected? Can I apply again next year?): an entry answers that, not the status. */
const ASKS_WHAT_NEXT_EN = new RegExp(`\\b(${MAY_I_EN}|could we)\\b`);
/** How my application has fared, asked in so many words (was my application returned or accepted?): a status whatever else it says. */
const STATUS_EN_FARED =
  /\b(was|has|have|is|did) (my|our) ([a-z']+ ){0,2}(application|submission) ((been|got|get|already|still|now) )*(returned|sent back|accepted|approved|rejected|declined|reviewed|received|signed|published|under review|in review|processed|passed)\b/;
const WHERE_TO_LOOK = /(在哪|哪里|哪儿|去哪|怎么)(看|查)|(多久|多长时间|要等)|(以后|之后|提交后|会怎么|会如何|有哪些|什么意思|变化)|(关掉|关闭|取消|设置)/;

/** What I may do with my application ("Can I withdraw my application?"), not how it is doing. */
const WHAT_I_MAY_DO = new RegExp(`\\b(${MAY_I_EN}|do i|submit|submitting|sent back|returned|change|edit|withdraw|cancel|delete|save|correct|fix)\\b`);

export function asksApplicationStatus(text: string): boolean {
  return (
    (STATUS_EN_FARED.test(text) && !ASKS_WHAT_NEXT_EN.test(text)) ||
    (STATUS.some((p) => p.test(text)) && !WHERE_TO_LOOK.test(text) && !WHAT_I_MAY_DO.test(text))
  );
}

/** "…may apply": after the kind of applicant, within a few characters ("园区是否也可以单独申报"). */
const MAY_APPLY =
  '.{0,4}(能|可以|可不可以|能不能|能否|可否|有资格|是否可以|有没有资格)(单独|直接|自己|也)?(作为主体|作为申请主体)?(来)?(申请|申报|报名|参加|参与|报)' +
  // …the programme, or nothing else (not 申请创业贷款)
  '(产业名片|名片|这个|这个计划|计划|打造计划)?(吗|呢|啊|呀|不|么|没|嘛)?([?？!！,，。 ]|$)';
/** Questions naming a kind of applicant that ask something else than whether it may apply. */
const NOT_ELIGIBILITY = /(主名片|特色名片|纪录片|片子|视频|截止|撤回|修改|退回|多久|宣传|标识|登录|注册|怎么填|填什么|写什么)/;

/** The most-asked programme questions, each mapped to its FAQ entry. First match wins. */
const FAQ_INTENTS: { key: string; when: RegExp[]; unless?: RegExp }[] = [
  {
    key: 'how-to-participate', // the application steps
    when: [
      /(申请|申报|报名|参与|参加)的?(流程|步骤|程序|手续)/,
      /(流程|步骤|程序|手续).{0,4}(申请|申报|报名)/,
      /^(请问)?(怎么|如何|咋|怎样|怎么样)(才能)?(申请|申报|报名|参加|参与)(产业名片|名片|这个计划|这个)?(啊|呢|呀|吗)?$/,
      /(想|要)(申请|申报|报名|参加|参与).{0,6}(怎么弄|咋弄|怎么办|怎么做|第一步)/,
      /\bhow (do|can|should|to)\b.{0,12}\b(apply|join|take part|participate)\b|application (steps|process|procedure)|steps to apply|how to apply/,
    ],
    unless: /(手机|小程序|本应用|应用里|在线|网上|\bapp\b|online|submit|撤|改|退回|截止|县|园区|企业|公司|个人|省)/,
  },
  // Eligibility of one kind of applicant ("园区能报吗", "我们县可以申请吗", "企业能不能参与"): the entry
  // for that kind, before the general eligibility entry. Zones before counties (开发区 ends in 区).
  {
    key: 'zone-eligible',
    when: [
      new RegExp(`(园区|开发区|高新区|经开区|集聚区|示范基地|产业集群|工业园|产业园)${MAY_APPLY}`),
      /\b(industrial |development |high-tech )?(parks?|zones?)\b.{0,30}\b(apply|eligible|join|participate)/,
    ],
    unless: NOT_ELIGIBILITY,
  },
  {
    key: 'county-eligible',
    when: [
      new RegExp(`(县|区县|县级市|县级|旗|区一级|区级|区里|县里|我们区)${MAY_APPLY}`),
      /\b(county|counties|districts?)\b.{0,30}\b(apply|eligible|join|participate)/,
    ],
    unless: NOT_ELIGIBILITY,
  },
  {
    key: 'province-eligible',
    when: [new RegExp(`(省级|省里|全省|省厅|整个省|一个省|省)${MAY_APPLY}`), /\bprovinces?\b.{0,30}\b(apply|eligible|join|participate)/],
    unless: /(哪些|哪个|哪里|什么样|推荐|主名片|特色名片|纪录片|截止|撤回|修改|退回|多久|which|recommend)/,
  },
  {
    key: 'enterprise-apply',
    when: [
      new RegExp(`(企业|公司|工厂|厂家|厂子|厂|个人|私人|民营)${MAY_APPLY}`),
      /(企业|公司|个人)(怎么|如何|怎样)(参与|参加|申请|申报)(产业名片|名片|这个|这个计划|计划|打造计划)?(吗|呢|啊|呀)?([?？!！,，。 ]|$)/,
      /\b(companies|company|enterprises?|business(es)?|firms?|individuals?|private persons?)\b.{0,30}\b(apply|eligible|join|participate|take part)/,
    ],
    unless: NOT_ELIGIBILITY,
  },
  {
    key: 'who-may-apply', // eligibility
    when: [
      /(申报|申请|参与|报名|参加)(的)?(条件|资格|要求|对象)/,
      /(哪些|什么|啥|哪类|哪种)(样的)?(单位|地方|地区|区域|城市)?.{0,3}(可以|能|有资格|能够)(申请|申报|报名|参加|参与)/,
      /(谁|哪些)(可以|能)(申请|申报|报名|参加)/,
      /\b(who|which)\b.{0,20}\b(eligible|can apply|may apply|apply)\b|\beligib/,
    ],
    unless: /(县|区县|旗|开发区|高新区|园区|经开区|集聚区|示范基地|企业|公司|个人|省|company|companies|county|zone|park|province)/,
  },
  {
    key: 'form-fields',
    when: [
      /(登记表|表格|申请表|报名表|表里|表上|表).{0,8}(哪些|什么|啥|哪几|几项|几栏)(项|栏|内容|字段|东西|项目)?/,
      /(填|写)(些)?(哪些|什么|啥)(内容|东西|项)?/,
      /\bfields?\b.{0,20}\bform\b|\bform\b.{0,12}\bfields?\b|what.{0,20}\bon the (registration )?form\b/,
    ],
    // (What another paper says is not the form's fields: 签约协议里都写些啥.)
    unless: /(电话|手机|简介|牵头|主导|特色|联系人|附件|区域|发到|发给|保存|草稿|改|协议|合同|条款|phone|intro|attach|lead)/,
  },
  {
    key: 'returned', // sent back for changes
    when: [/(被|给)?(退回|打回|驳回|退了回来)/, /\b(was|got|been) (returned|sent back)\b/],
    unless: /(撤回|怎么避免|原因是什么)/,
  },
  {
    key: 'materials',
    when: [
      /(交|提交|准备|带|报送)(些)?(哪些|什么|啥)(材料|东西|资料|文件)?/,
      /(材料|资料|文件).{0,4}(哪些|什么|啥)/,
      /\b(documents?|materials?)\b.{0,20}\b(need|required|prepare)/,
    ],
    unless: /(以后|之后|后|附件|格式|大小|多大)/,
  },
  {
    key: 'what-is-industry-card', // what the words "industry card" mean (not the programme)
    when: [
      /^(请问)?(所谓)?(的)?(产业名片|区域产业名片)(到底|究竟)?(是|指|指的是)(个)?(什么|啥)(意思|东西)?[?？!！]*$/,
      /^(什么|啥)(是|叫)(产业名片|区域产业名片)[?？!！]*$/,
    ],
  },
  {
    key: 'tier-choose', // may an applicant choose the tier
    when: [
      /(能不能|可不可以|可以|能否|能|想)(直接)?(冲|选|挑|指定|申报|申请|报)(个|一个|一张)?(主名片|特色名片)/,
      /\b(choose|pick|apply for)\b.{0,12}\b(main|featured) card/,
    ],
    unless: /(区别|意思|定义|标准|是什么|有哪些|几张|多少|已经有|有了|difference|what is)/,
  },
  {
    key: 'tier-system', // several cards for one region
    when: [/(已经有|有了|已有|有)(了)?(一张|个)?(主名片|特色名片|名片)了?.{0,10}(还能|还可以|能不能再|可以再)/],
  },
  {
    key: 'late-submission', // the deadline missed: may we still hand it in
    when: [
      /(错过|过了|晚了|超过|逾期)[^，,。？?]{0,4}(截止|期限|最后期限|deadline)[^，,。？?]{0,8}[，,\s]*[^，,。？?]{0,6}(还能|还可以|能不能|可不可以|还收|补交|补报)(交|提交|申请|报)?/,
      /\bmissed the deadline\b.{0,30}\b(still|submit|apply|late)\b/,
      /截止(了|以后|之后|后)[^？?]{0,12}(还可以|还能|还来得及|还收)(?!改)/,
    ],
  },
  {
    key: 'batches', // later calls
    when: [
      /(还会|以后|今后|下次|明年|将来).{0,6}(再)?(征集|开放申报|开放申请|第二批|下一批|新一批)/,
      /(第二批|下一批|新一批|下批)(征集|申报|申请)?(什么时候|啥时候|还有吗|会有吗|有吗|吗)/,
    ],
    unless: /(拒|没通过|未通过|不通过|退回|截止|名单|哪些|有谁)/,
  },
  {
    key: 'films-where', // where to watch the films
    when: [
      /(片子|片|纪录片|记录片|视频|影片).{0,8}(在哪|哪里|哪儿|去哪|从哪)(儿)?(能|可以)?(看|观看|播放|找)/,
      /(在哪|哪里|哪儿|去哪)(儿)?(能|可以)?(看|观看).{0,8}(片子|纪录片|记录片|视频|影片)/,
      /\bwhere\b.{0,20}\b(watch|see|find)\b.{0,20}\b(films?|videos?|documentar)/,
    ],
    unless: /(拍|申请|申报|上传|分享|转发|发给|shoot|make|upload|share)/,
  },
  {
    key: 'one-application-per-region', // several applications from one region
    when: [/(两份|几份|多份|第二份|重复|再报一份|同时).{0,6}(申请|申报|登记表|表|报)/, /(申请|申报|报|交)(两份|几份|多份|两次|几次)/],
    unless: /(名片|主名片|特色名片|截止|撤|退回|card)/,
  },
  {
    key: 'deadline-current',
    when: [/(截止|截至|deadline|due date|closes?\b)/, /(啥|什么)时候(截止|结束|停止)/],
    unless: /(2022|首批|第一批|过了|晚了|逾期|补交|补报|错过|没赶上|截止了|截止后|已经截止|after the deadline|late|missed|first call)/,
  },
  {
    key: 'review-time', // how long until the result
    when: [
      /(多久|多长时间|多少时间|几天|多少天|几个月|几周|要等多久|等多久)(才|能|会|可以)?(有|出|知道|给|收到)?(个)?(结果|回复|答复|回音|消息|通知|审核完|审完|批下来|批)/,
      /(审核|审批|评审|审查|回复|答复|出结果)(一般|大概|大约|通常)?(要|需要|得)?(多久|多长时间|几天|多少天|几个月|几周)/,
      /\bhow long\b.{0,40}\b(review|result|hear|reply|decision|answer|approv|respond)/,
    ],
    unless: /(纪录片|视频|片子|影片|简介|字数|截止|发布|公布|名单|film|video|deadline)/,
  },
  {
    key: 'who-can-use', // who may use the app
    when: [
      /(能|可以|能不能|可不可以|也能|也可以)(用|使用)(这个|本|你们的?|咱们的?)?(小程序|应用|app|软件)/,
      /(谁|什么人|哪些人)(都)?(能|可以)(用|使用)/,
      /\bwho can use\b|\bcan (i|anyone|everyone|the public|citizens|visitors)\b.{0,10}\buse (this|the) (app|mini ?program)/,
    ],
    unless: /(登录|注册|英文|english|log ?in|sign ?in|申请|申报)/,
  },
  {
    key: 'status-flow', // what happens after submitting
    when: [
      /(提交|交|报|递交)(了|完|上去)?(申请|登记表)?(以后|之后|后).{0,8}(怎么|会|流程|接下来|发生|咋|干啥|什么|状态)/,
      /\bafter (i |we )?(submit|apply|send)/,
    ],
    unless: /(多久|多长时间|修改|改|撤|how long|edit|change|withdraw|cancel|retract|take (it )?back)/,
  },
];

/** The FAQ key a question's shape points to, if any. */
export function faqIntent(text: string): string | null {
  for (const intent of FAQ_INTENTS) {
    if (intent.when.some((p) => p.test(text)) && !intent.unless?.test(text)) return intent.key;
  }
  return null;
}
