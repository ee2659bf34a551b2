// The server words its refusals in Chinese and gives each a code. In English the client shows the
// code's English; a refusal it does not know keeps the server's words (their English part, when the
// server wrote one in brackets: "名片不存在（Card not found）").
import type { Lang } from './store';

const EN: Record<string, string> = {
  ALREADY_RATED: 'You have already rated this conversation',
  ALREADY_TAKEN: 'Another staff member is already handling this inquiry',
  CAMPAIGN_NOT_OPEN: 'This call for applications is not open',
  CARD_EXISTS: 'A card has already been created from this application',
  CONSENT_REQUIRED: 'Please read and agree to the Terms of Use and the Privacy Policy first',
  DEVICE_UNVERIFIED: 'This device could not be verified; please try again later',
  DUPLICATE_KEY: 'This request was already sent',
  ENDED: 'This conversation has ended',
  INQUIRY_ENDED: 'This conversation has ended; please start a new one',
  INVALID_PHONE: 'Please enter a valid 11-digit mobile number',
  INVALID_POSITION: 'That playback position is not valid',
  INVALID_STATE: 'This cannot be done in the current state',
  INVALID_TRANSITION: 'This step is not possible from the current status',
  NOT_EDITABLE: 'This can no longer be changed',
  NOT_ENDED: 'You can rate the conversation once it has ended',
  NOT_FOUND: 'Not found, or it has been removed',
  NOT_QUEUED: 'This inquiry is not waiting for a person',
  NOT_READY: 'The film is still being processed',
  NOT_TAKEN: 'Take the inquiry before replying',
  NO_FRAME: 'No picture could be taken at that time; choose another',
  NO_OPEN_CAMPAIGN: 'There is no open call for applications',
  NO_VIEWER: 'Please sign in, or allow this device to be identified, first',
  PHONE_REQUIRED: 'Please verify your mobile number before applying',
  PHONE_TAKEN: 'This mobile number is linked to another account',
  RATE_LIMITED: 'Too many attempts; please wait a moment and try again',
  SIGN_IN_REQUIRED: 'Please sign in first',
  STAFF_ACCOUNT: 'Staff accounts are managed by an administrator and cannot be closed here',
  VIEWER_UNKNOWN: 'You could not be identified: please sign in, or allow this device to keep an anonymous id',
  WECHAT_NOT_CONFIGURED: 'WeChat sign-in is not set up on this server',
  VERSION_CONFLICT: 'Someone else changed this in the meantime; reload and try again',
  NOT_STAFF: 'This is for centre staff only',
  FILE_TOO_LARGE: 'The file is too large',
  NOT_PDF: 'The file is not a PDF',
  NOT_IMAGE: 'The file is not a PNG, JPEG or WebP image',
  ACCOUNT_DISABLED: 'This account has been disabled',
};

/** The server's refusal in the user's language. */
export function serverErrorText(code: string | null | undefined, message: string, lang: Lang): string {
  if (lang !== 'en') return message;
  if (code && EN[code]) return EN[code];
  const bracketed = /（([A-Za-z][^（）]*)）\s*$/.exec(message);
  return bracketed ? bracketed[1] : message;
}
