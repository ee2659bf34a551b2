// Officials often introduce themselves before asking ("我是xx县发改局的，领导让我问一下，…"): who is
// asking and who sent them say nothing of what is asked, and their words (发改局, 领导) would weigh
// against every answer. They are read past, as a person would.

// An office (发改局, 工信厅, 管委会办公室), not the kind of applicant (我们是高新区, 我是开厂的), which is what is asked about.
const WHO_I_AM =
  /^(您好|你好|喂)?[，,！!\s]*(我是|俺是|这边是)[^，,。？?]{0,20}(局|委员会|管委会|委|办公室|办|厅|处|科|政府|中心)(的)?(工作人员|同志|人)?[，,。\s]+/;
// Only where a clause starts: 申报单位要了解… and 牵头单位要咨询… are questions, not who sent the asker.
const WHO_SENT_ME = /(?<=^|[，,。！!？?\s])(领导|上级|上面|单位|局里|科长|处长|主任)(让|叫|要|派)(我)?(来)?(问|咨询|了解)(一下|下|问)?[，,。：:\s]*/;
const PLEASE_TELL_ME = /^(想|我想)?(问|咨询|请教)(一下|下)[，,：:\s]*/;

export function withoutPreamble(text: string): string {
  const rest = text.replace(WHO_I_AM, '').replace(WHO_SENT_ME, '').replace(PLEASE_TELL_ME, '').trim();
  // Nothing but the introduction: keep it, so that it is still read as it was written.
  return rest.length >= 2 ? rest : text;
}
