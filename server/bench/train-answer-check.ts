// Trains the bot's answer check (src/modules/inquiries/bot/answer-check.ts) on the tuning part of the evaluation
// set, never on the held-out parts, and writes answer-check-weights.json. Run it after the bot's code, the FAQ or the
// tuning set change: `pnpm --filter @cards/server bot:train`.
//
// The pairs it learns from are (question, entry) as the bot without the check reads them: the entry the bot would
// answer with (or, when unsure, the first it would suggest), right when it is the expected entry; and the expected
// entry itself. `--estimate` trains again leaving out each part of the tuning set in turn and prints what the check would have
// done on the left-out part: a figure for questions it did not learn from (the bench's tuning figure is measured on data it learnt).
import fs from 'node:fs';
import { ANSWER_CHECK_THRESHOLD, AnswerCheck } from '../src/modules/inquiries/bot/answer-check.js';
import { independentSets } from '../src/modules/inquiries/knowledge/eval-tuning-sets.js';
import { tuningFingerprint } from './answer-check-fingerprint.js';
import { pairsOfTuningSet, trainCheck } from './answer-check-training.js';

const pairs = await pairsOfTuningSet();
if (process.argv.includes('--estimate')) {
  // Every part in turn: the team's own questions, each writer's set and the review probes.
  const leftOut = ['own', ...independentSets.map((_, i) => String(i + 1)), 'review'];
  // (THRESHOLD=0.3 shows what another threshold would do. The threshold, L2, STEP and ROUNDS were chosen on this
  // estimate, and the rules were written on these sets: an estimate of the check, not of the bot on unseen questions.)
  const threshold = Number(process.env.THRESHOLD ?? ANSWER_CHECK_THRESHOLD);
  const total = { confident: 0, wrong: 0, offTopic: 0, wrongRefused: 0, offTopicRefused: 0, rightRefused: 0 };
  for (const set of leftOut) {
    const model = trainCheck(pairs.filter((p) => p.set !== set));
    const judged = pairs.filter((p) => p.set === set && p.confident);
    const check = new AnswerCheck(model);
    const refused = judged.filter((p) => check.probabilityOf(p.features) < threshold);
    const line = {
      confident: judged.length,
      wrong: judged.filter((p) => !p.confident!.right).length,
      offTopic: judged.filter((p) => p.confident!.offTopic).length,
      wrongRefused: refused.filter((p) => !p.confident!.right).length,
      offTopicRefused: refused.filter((p) => p.confident!.offTopic).length,
      rightRefused: refused.filter((p) => p.confident!.right).length,
    };
    for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += line[k];
    console.log(`set ${set} left out: ${JSON.stringify(line)}`);
  }
  console.log(`answer check, each set left out in turn: ${JSON.stringify(total)}`);
} else {
  const model = { trainedOn: tuningFingerprint(), ...trainCheck(pairs) };
  const file = new URL('../src/modules/inquiries/bot/answer-check-weights.json', import.meta.url);
  fs.writeFileSync(file, `${JSON.stringify(model, null, 2)}\n`);
  console.log(`answer check: ${pairs.length} pairs, ${Object.keys(model.weights).length} weights → ${file.pathname}`);
}
process.exit(0);
