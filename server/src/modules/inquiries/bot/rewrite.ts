// Optional: an OpenAI-compatible chat endpoint rewrites the retrieved answer into a reply to the
// question as asked, grounded only on that answer. Any error, timeout or odd reply falls back to
// the retrieved answer unchanged, so the bot never depends on the endpoint.
import type { Config } from '../../../config.js';
import type { BotAnswer } from './answer.js';

const SYSTEM_PROMPT = [
  '你是“产业名片”小程序的咨询助手，代表区域（城市）产业名片打造计划的工作人员回答公众和地方工信部门的问题。',
  '只能依据用户消息中“资料”部分的内容回答，不得添加资料中没有的事实、数字、日期或承诺。',
  '资料不足以回答时，照原样给出资料内容。用提问的语言回答（中文问题用简体中文，英文问题用英文），语气礼貌简洁，不超过200字。',
].join('\n');

type LlmConfig = NonNullable<Config['botLlm']>;

export async function rewriteAnswer(llm: LlmConfig | null, question: string, answer: BotAnswer): Promise<BotAnswer> {
  // Only FAQ answers: hand-overs and card or application lists are already exact.
  if (!llm || !answer.confident || answer.handoff || !answer.basis || answer.basis.includes(':') || answer.basis === 'applications') return answer;
  try {
    const res = await fetch(`${llm.baseUrl}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(llm.apiKey ? { authorization: `Bearer ${llm.apiKey}` } : {}) },
      body: JSON.stringify({
        model: llm.model,
        temperature: 0.2,
        messages: [
          { role: 'system', content: SYSTEM_PROMPT },
          { role: 'user', content: `资料：\n${answer.text}\n\n问题：${question}` },
        ],
      }),
      signal: AbortSignal.timeout(llm.timeoutMs),
    });
    if (!res.ok) {
      await res.body?.cancel();
      return answer;
    }
    const body = (await res.json()) as { choices?: { message?: { content?: unknown } }[] };
    const text = body.choices?.[0]?.message?.content;
    if (typeof text !== 'string' || !text.trim() || text.length > 1000) return answer;
    return { ...answer, text: text.trim(), rewritten: true };
  } catch {
    return answer;
  }
}
