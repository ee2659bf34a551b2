import Taro from '@tarojs/taro';

/**
 * WeChat's privacy authorisation (required since September 2023). Until the user agrees to the
 * mini-program's privacy guide, a privacy API or component (getPhoneNumber, chooseMessageFile,
 * setClipboardData, …) waits, and WeChat calls the one `onNeedPrivacyAuthorization` listener. The app
 * then shows its own guide (PrivacyPopup on the page on screen) and answers WeChat: agreeing goes
 * through a `<button open-type="agreePrivacyAuthorization">` tap, which WeChat checks.
 */
export interface PrivacyRequest {
  /** Which API or component asked ("button.getPhoneNumber", "chooseMessageFile", …). */
  referrer: string;
}

type Resolve = (result: { event: 'agree' | 'disagree' | 'exposureAuthorization'; buttonId?: string }) => void;
type Listener = (request: PrivacyRequest | null) => void;

let pending: { resolve: Resolve; request: PrivacyRequest } | null = null;
const listeners = new Set<Listener>();
let registered = false;

function notify() {
  const request = pending?.request ?? null;
  for (const fn of listeners) fn(request);
}

/** Registers the app's one listener with WeChat (weapp only; called once at start-up). */
export function listenForPrivacyRequests(): void {
  if (!IS_WEAPP || registered) return;
  const wxApi = Taro as unknown as { onNeedPrivacyAuthorization?: (fn: (resolve: Resolve, info?: { referrer?: string }) => void) => void };
  if (typeof wxApi.onNeedPrivacyAuthorization !== 'function') return;
  registered = true;
  wxApi.onNeedPrivacyAuthorization((resolve, info) => {
    // A request still open (the user left the popup) is declined before the new one is shown.
    pending?.resolve({ event: 'disagree' });
    pending = { resolve, request: { referrer: info?.referrer ?? '' } };
    notify();
  });
}

/** The request waiting for the user's answer, or null. */
export function currentPrivacyRequest(): PrivacyRequest | null {
  return pending?.request ?? null;
}

export function subscribePrivacyRequests(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Tells WeChat the popup is on screen. */
export function privacyPopupShown(): void {
  pending?.resolve({ event: 'exposureAuthorization' });
}

/** The user tapped the agree button (`buttonId`: its id): the waiting API goes on. */
export function agreePrivacy(buttonId: string): void {
  const p = pending;
  pending = null;
  p?.resolve({ event: 'agree', buttonId });
  notify();
}

/** The user declined: the waiting API fails with "privacy permission is not authorized". */
export function declinePrivacy(): void {
  const p = pending;
  pending = null;
  p?.resolve({ event: 'disagree' });
  notify();
}
