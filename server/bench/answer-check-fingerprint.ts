// What the bot's learnt parts (the answer check and the classifier) were trained on, as one hash: the tuning set,
// the sample FAQ in both languages, the trainers, and the bot's own code (its rules choose the entries the check learns from, and its
// reading makes the words both see). Each weights file records it, and a test compares it with the current data and
// code, so that no change goes untrained (run `pnpm --filter @cards/server bot:train`).
import crypto from 'node:crypto';
import fs from 'node:fs';
import { evalSet } from '../src/modules/inquiries/knowledge/eval-set.js';
import { faqEnglish } from '../src/modules/inquiries/knowledge/faq-english.js';
import { faqSeed } from '../src/modules/inquiries/knowledge/faq-seed.js';

const botFolder = new URL('../src/modules/inquiries/bot/', import.meta.url);

export function tuningFingerprint(): string {
  const hash = crypto.createHash('sha256').update(JSON.stringify([evalSet, faqSeed, faqEnglish]));
  for (const file of fs
    .readdirSync(botFolder)
    .filter((f) => f.endsWith('.ts'))
    .sort())
    hash.update(fs.readFileSync(new URL(file, botFolder)));
  // …and how they are trained (settings, labels, the pairs the check learns from).
  for (const trainer of ['answer-check-training.ts', 'train-faq-classifier.ts']) hash.update(fs.readFileSync(new URL(trainer, import.meta.url)));
  return hash.digest('hex').slice(0, 16);
}
