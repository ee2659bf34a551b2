// The bot's learnt parts — the answer check and the classifier — must have learnt the current tuning set, FAQ and bot
// code: a change to any of them goes untrained no more (run `pnpm --filter @cards/server bot:train`).
import { describe, expect, it } from 'vitest';
import checkWeights from '../../server/src/modules/inquiries/bot/answer-check-weights.json' with { type: 'json' };
import classifierWeights from '../../server/src/modules/inquiries/bot/faq-classifier-weights.json' with { type: 'json' };
import { tuningFingerprint } from '../../server/bench/answer-check-fingerprint.js';

describe("the bot's learnt parts", () => {
  it.each([
    ['answer check', checkWeights.trainedOn],
    ['classifier', classifierWeights.trainedOn],
  ])('the %s was trained on the current tuning set, FAQ and bot code', (_part, trainedOn) => {
    expect(trainedOn).toBe(tuningFingerprint());
  });
});
