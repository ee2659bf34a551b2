// What the answer check was trained on, as one hash: the tuning set and the sample FAQ in both languages. The
// weights file records it, and a test compares it with the current data, so that a new tuning question or FAQ
// wording does not go untrained (run `pnpm --filter @cards/server bot:train`).
import crypto from 'node:crypto';
import { evalSet } from '../src/modules/inquiries/knowledge/eval-set.js';
import { faqEnglish } from '../src/modules/inquiries/knowledge/faq-english.js';
import { faqSeed } from '../src/modules/inquiries/knowledge/faq-seed.js';

export const tuningFingerprint = () =>
  crypto
    .createHash('sha256')
    .update(JSON.stringify([evalSet, faqSeed, faqEnglish]))
    .digest('hex')
    .slice(0, 16);
