// Officials often introduce themselves before asking ("我是xx县发改局的，领导让我问一下，…"): who is
// asking and who sent them say nothing of what is asked, and their words (发改局, 领导) would weigh
// against every answer. They are read past, as a person would.

// An office (发改局, 工信厅, 管委会办公室), not the kind of applicant (我们是高新区, 我是开厂的), which is what is asked about.
const WHO_I_AM =
  /^(您好|你好|喂)?[，,！!\s]*(我是|俺是|这边是)[^，,。？?]{0,20}(局|委员会|管委会|委|办公室|办|厅|处|科|政府|中心)(的)?(工作人员|同志|人)?[，,。\s]+/;
// Only where a clause starts: 申报单位要了解… and 牵头单位要咨询… are questions, not who sent the asker.
const WHO_SENT_ME = /(?<=^|[，,。！!？?\s])(领导|上级|上面|单位|局里|科长|处长|主任)(让|叫|要|派)(我)?(来)?(问|咨询|了解)(一下|下|问)?[，,。：:\s]*/;
const PLEASE_TELL_ME = /^(想|我想)?(问|咨询|请教)(一下|下)[，,：:\s]*/;
/** Whom a message is addressed to (老师，…; 王老师您好，…): read past, as 你好; no request for a person. */
const ADDRESSED_TO = /^[\u4e00-\u9fff]?老师(您好|你好|好)?[，,：:！!\s]+(?=\S)/;

// Anywhere in a question, a clause that only says who the asker is (我是县里的, 我是个退休工人, 我在县经信局上班,
// 帮我们乡里问的): elders and officials say it before or beside what they ask. Not "我们是…" (the applicant
// is what is asked about: 我们是高新区), nor a clause naming a kind of applicant (我是开厂的) or asking anything.
// (Not why they came or what they mean to do, 我是来办退休手续的, 我是想办营业执照; nor what they ask for another,
// 帮我儿子问问高考的事: only 帮县里问的.)
const SELF_INTRODUCTION =
  /^(那个|嗯|哎|就是|我呢)?[，,\s]*((我是|俺是|本人是)(?!来|想|要|打算|准备)[^，,。？?]{0,24}|我在[^，,。？?]{1,12}(上班|工作|干活)[^，,。？?]{0,12}|帮[^，,。？?]{1,8}问(的|问|一下|下)?[哈啊呀呢]?)$/;
const ASKS_OR_APPLIES =
  /什么|啥|怎么|咋|怎样|如何|哪|吗|么|嘛|多少|几|是否|能否|可否|有没有|是不是|能不能|[？?]|企业|公司|厂|园区|开发区|经开区|高新区|协会|学校|民企|私企|国企|外企/;
// A level of government (我是县级市, 帮我们旗里问问): the applicant when the rest asks whether one may apply and names none.
const LEVEL = /省|自治区|直辖市|地级市|县级市|市辖区|自治州|盟|市|县|区|旗|镇|乡/;
const MAY_APPLY = /(能|可以|能不能|可不可以|能否|可否)(单独|自己|直接)?(报|申请|申报|参加|参与)/;
const CLAUSE = /(?<=[，,。！!；;])/;

/**
 * The question without the clauses that only say who asks (see SELF_INTRODUCTION); `keeps` tells the
 * clauses that must stay: a place a later one refers back to (我是泉州人，我们这儿有啥名片), or a thing that
 * may be what is asked about (我是考研的, 帮邻居问一下低保的事).
 */
export function withoutSelfIntroduction(text: string, keeps: (clause: string) => boolean): string {
  const clauses = text.split(CLAUSE);
  if (clauses.length < 2) return text;
  const kept = clauses.filter((clause, i) => {
    const bare = clause.replace(/[，,。！!；;\s]+$/, '').trim();
    const elsewhere = clauses.filter((_, j) => j !== i).join('');
    return (
      i === clauses.length - 1 ||
      !SELF_INTRODUCTION.test(bare) ||
      ASKS_OR_APPLIES.test(bare) ||
      keeps(bare) ||
      (LEVEL.test(bare) && !LEVEL.test(elsewhere) && MAY_APPLY.test(elsewhere))
    );
  });
  return kept.length ? kept.join('').trim() : text;
}

export function withoutPreamble(text: string): string {
  const rest = text.replace(ADDRESSED_TO, '').replace(WHO_I_AM, '').replace(WHO_SENT_ME, '').replace(PLEASE_TELL_ME, '').trim();
  // Nothing but the introduction: keep it, so that it is still read as it was written.
  return rest.length >= 2 ? rest : text;
}

/**
 * In English, a sentence that only says who asks or what they are working on (I'm a policy researcher at a think tank in
 * Brussels. I'm writing a master's thesis. Good afternoon.): read past, as the Chinese self-introduction. Not the last
 * sentence, not one that asks, not one that speaks of an application, a deadline or a form of any kind (I'm a student applying
 * for a scholarship: the scholarship is what is asked about), and not one that says what kind of applicant asks (I am a
 * private individual; we are a county-level city) or, by `keeps`, where (I'm relocating to Hefei).
 */
const GREETING_EN = /^(hi|hello|hey|dear [a-z ]{1,30}|good (morning|afternoon|evening)|greetings)( there| all| everyone)?[,!.]*\s*/;
const WHO_I_AM_EN = /^(i'm|i am|i work|i represent|i advise|i teach|i study|i research|my name is|i'm with|i am with)\b/;
const SPEAKS_OF_A_PROCESS_EN =
  /\b(apply|applying|applied|application|applications|deadline|submit|submitted|submission|form|register|registered|registration|status|review|approved|declined|returned|withdraw|sign|signed|card|cards)\b/;
/** …nor one that asks for something as it introduces (I'm a journalist and would like to speak to someone). */
const ASKS_FOR_EN = /\b(would like|'d like|want|need|please|speak|talk|contact|transfer|help)\b/;
const KIND_OF_APPLICANT_EN =
  /\b(individual|private|person|visitor|tourist|expat|citizen|resident|official|government|company|companies|firm|factory|manufacturer|business|enterprise|zone|park|city|county|district|province|town|village|bureau|committee|association|not)\b/;

export function withoutSelfIntroductionEn(text: string, keeps: (sentence: string) => boolean): string {
  const sentences = text.split(/(?<=[.!?])\s+/).filter(Boolean);
  if (sentences.length < 2) return text;
  const kept = sentences.filter((sentence, i) => {
    if (i === sentences.length - 1 || sentence.trim().endsWith('?')) return true;
    const bare = sentence.replace(GREETING_EN, '').trim();
    if (!bare) return false;
    return !WHO_I_AM_EN.test(bare) || SPEAKS_OF_A_PROCESS_EN.test(bare) || KIND_OF_APPLICANT_EN.test(bare) || ASKS_FOR_EN.test(bare) || keeps(bare);
  });
  return kept.length ? kept.join(' ').trim() : text;
}

/**
 * After a question, what a parent says it is for (产业名片是什么意思？孩子作业要用; 湖南有哪些名片？暑假想带孩子去转转; What is the
 * programme? My son needs it for his school report): read past, as a person would. Only a child's or a student's purpose
 * that asks nothing itself (…？孩子想写写家乡是不是第一批 asks whether) and asks for nothing (…？孩子作业要用，帮忙写一段介绍).
 */
const FOR_A_CHILD = /^[^，,。？?]{0,6}(孩子|儿子|女儿|闺女|娃|小孩|学生|孙子|孙女)/;
const FOR_A_CHILD_EN = /^(my|our) (son|daughter|kids?|child|children|students?|class|grandson|granddaughter)\b/i;
const ASKS_ITSELF =
  /吗|么|呢|什么|啥|怎么|咋|哪|多少|几|是不是|能不能|可不可以|够不够|有没有|是否|帮(忙|我)|写(一|个|段|篇|份)|翻译|\b(what|how|which|where|when|who|why|can|could|is|are|do|does|any|or|please|write|translate)\b/i;

export function withoutWhyAsked(text: string): string {
  const at = Math.max(text.lastIndexOf('？'), text.lastIndexOf('?'));
  if (at < 4) return text;
  const tail = text.slice(at + 1).trim();
  const why = (FOR_A_CHILD.test(tail) || FOR_A_CHILD_EN.test(tail)) && !ASKS_ITSELF.test(tail);
  return tail && why ? text.slice(0, at + 1).trim() : text;
}
