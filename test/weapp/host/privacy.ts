// WeChat's privacy authorisation (required of every mini-program since September 2023), as the
// documentation describes it:
// - until the user agrees, a privacy API (wx.chooseMessageFile, …) or component (button
//   open-type="getPhoneNumber", …) stays pending and wx.onNeedPrivacyAuthorization's listener is
//   called with (resolve, { referrer });
// - resolve({ buttonId, event: 'agree' }) lets it continue — but only after a
//   <button open-type="agreePrivacyAuthorization" id={buttonId}> was tapped (the base library checks);
// - resolve({ event: 'disagree' }) makes it fail with "<api>:fail privacy permission is not authorized";
// - with no listener registered, WeChat shows its own popup instead: recorded here as a finding, as
//   the app is meant to show its own guide.
// One listener is kept: registering again replaces it.

export interface PrivacyRequest {
  referrer: string;
  /** Settles the pending API: true to go on, false to fail it. */
  settle: (agreed: boolean) => void;
}

export class Privacy {
  agreed = false;
  readonly contractName = '《产业名片小程序隐私保护指引》';
  private listener: ((resolve: (o: unknown) => void, info: unknown) => void) | null = null;
  private tappedAgreeButtons = new Set<string>();
  /** Each time WeChat needed the user's agreement: who asked, and how it ended. */
  readonly prompts: { referrer: string; outcome: 'pending' | 'agree' | 'disagree' | 'no-listener' }[] = [];
  readonly problems: string[] = [];

  constructor(
    private call: (fn: unknown, ...args: unknown[]) => unknown,
    private toApp: <T>(v: T) => T,
  ) {}

  onNeed(listener: unknown) {
    if (typeof listener !== 'function') throw new TypeError('onNeedPrivacyAuthorization: listener must be a function');
    this.listener = listener as never;
  }

  offNeed() {
    this.listener = null;
  }

  /** The mini-program published a new privacy guide: WeChat asks every user to agree again. */
  guideUpdated() {
    this.agreed = false;
    this.tappedAgreeButtons.clear();
  }

  /** A tap on a <button open-type="agreePrivacyAuthorization">: the user agreed. */
  agreeButtonTapped(id: string) {
    this.tappedAgreeButtons.add(id);
    this.agreed = true;
  }

  /**
   * Runs `proceed` once the user has agreed, or `refuse(errMsgSuffix)` when they disagree. Returns
   * at once when agreed already.
   */
  guard(referrer: string, proceed: () => void, refuse: (reason: string) => void) {
    if (this.agreed) return proceed();
    if (!this.listener) {
      this.prompts.push({ referrer, outcome: 'no-listener' });
      this.problems.push(`${referrer}: WeChat had to show its own privacy popup (no wx.onNeedPrivacyAuthorization listener)`);
      return refuse('privacy permission is not authorized');
    }
    const prompt = { referrer, outcome: 'pending' as 'pending' | 'agree' | 'disagree' | 'no-listener' };
    this.prompts.push(prompt);
    let settled = false;
    const resolve = (option: unknown) => {
      const o = (option ?? {}) as { event?: string; buttonId?: string };
      if (o.event === 'exposureAuthorization') return;
      if (settled) {
        this.problems.push(`${referrer}: resolve called again after it settled (${JSON.stringify(o)})`);
        return;
      }
      if (o.event === 'agree') {
        if (!o.buttonId || !this.tappedAgreeButtons.has(o.buttonId)) {
          this.problems.push(
            `${referrer}: resolve({ event: 'agree', buttonId: ${JSON.stringify(o.buttonId)} }) without a tap on that agreePrivacyAuthorization button`,
          );
          return;
        }
        settled = true;
        prompt.outcome = 'agree';
        this.agreed = true;
        proceed();
      } else if (o.event === 'disagree') {
        settled = true;
        prompt.outcome = 'disagree';
        refuse('privacy permission is not authorized');
      } else {
        this.problems.push(`${referrer}: resolve called with an unknown event ${JSON.stringify(o)}`);
      }
    };
    this.call(this.listener, resolve, this.toApp({ referrer }));
  }

  setting() {
    return { needAuthorization: !this.agreed, privacyContractName: this.contractName, errMsg: 'getPrivacySetting:ok' };
  }
}
