// `pnpm bench`: figures measured on this machine (not pass/fail tests).
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { runMediaBench } from './media.js';
import { runBotBench } from './bot.js';
import { runLoadBench } from './load.js';
import { runRatiosBench } from './profile.js';
import { runFirstScreenBench } from './first-screen.js';
import { runWeappSizeBench } from './weapp-size.js';
import { printGoals } from './goals.js';

const only = process.argv[2];
// The servers measured are the compiled production bundle (server/dist/main.js), built afresh.
if (!only || only === 'load' || only === 'ratios' || only === 'first-screen')
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit', cwd: new URL('..', import.meta.url).pathname });
console.log(
  `# 产业名片 benchmarks — ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}`,
);
if (!only || only === 'bot') await runBotBench({ verbose: process.argv.includes('--verbose'), tuningOnly: process.argv.includes('--tuning') });
if (!only || only === 'media') await runMediaBench();
if (!only || only === 'load') await runLoadBench();
// Not part of the full run: the read figures alone, optionally under the CPU profiler (--profile).
if (only === 'ratios') await runRatiosBench({ profile: process.argv.includes('--profile') });
if (!only || only === 'first-screen') await runFirstScreenBench();
if (!only || only === 'size') runWeappSizeBench();
printGoals();
