// Delivery of one-time sign-in codes. The channel is pluggable: the default writes the code to
// the server console (for a machine without an SMS contract); tests capture codes in memory.
export interface CodeSender {
  send(phone: string, code: string): Promise<void>;
}

export class ConsoleCodeSender implements CodeSender {
  async send(phone: string, code: string) {
    console.log(`[sms] sign-in code for ${phone}: ${code}`);
  }
}

export class MemoryCodeSender implements CodeSender {
  readonly sent: { phone: string; code: string }[] = [];
  async send(phone: string, code: string) {
    this.sent.push({ phone, code });
  }
  last(phone: string): string | undefined {
    return this.sent.filter((s) => s.phone === phone).at(-1)?.code;
  }
}
