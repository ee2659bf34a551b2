// `pnpm bench ratios [--profile]`: the uncached and response-cached read figures of `pnpm bench load`
// alone (each against a bare Node server answering the same bytes, same run), without the soak; with
// --profile the uncached server runs under `node --cpu-prof`, and the functions and packages where
// its CPU time goes are printed (self time, the share of all samples).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bareServer, benchDatabase, fmt, loadScenarios, responseBytes, run, startServer } from './load.js';

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export async function runRatiosBench(options: { profile: boolean }) {
  const database = await benchDatabase('ratios');
  if (typeof database === 'string') return console.log(`ratios: ${database}`);
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-profile-'));
  const nodeArgs = options.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  // Which server runs under the profiler: the uncached one, or (BENCH_PROFILE=cached) the cached one.
  const profileCached = process.env.BENCH_PROFILE === 'cached';
  const spawnedAt = Date.now();
  const windows: [number, number][] = []; // the profiled runs, in ms since the server was spawned
  const plain = await startServer({ DATABASE_URL: database.url, RESPONSE_CACHE_TTL_MS: '0' }, profileCached ? [] : nodeArgs);
  const cachedSpawnedAt = Date.now();
  const cached = await startServer({ DATABASE_URL: database.url, RESPONSE_CACHE_TTL_MS: '60000' }, profileCached ? nodeArgs : []);
  const profiledSpawnedAt = profileCached ? cachedSpawnedAt : spawnedAt;
  const timed = async <T>(profiled: boolean, measure: () => Promise<T>): Promise<T> => {
    const from = Date.now() - profiledSpawnedAt;
    const result = await measure();
    if (profiled) windows.push([from, Date.now() - profiledSpawnedAt]);
    return result;
  };
  try {
    const scenarios = await loadScenarios(database.url);
    console.log('\n| scenario | ours rps | server CPU ms / request | bare http rps | ours / bare | cached rps | cached / bare |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    const only = process.env.BENCH_SCENARIO; // e.g. "card feed": that one alone
    for (const scenario of scenarios.filter((s) => !only || s.name === only)) {
      const bytes = await responseBytes(plain.url, scenario.body);
      await run(plain.url, scenario, 2); // warm up
      const cpuBefore = cpuSeconds(plain.child.pid!);
      const ours = await timed(!profileCached, () => run(plain.url, scenario));
      // CPU time per answer: what the server itself spends, whatever else the machine is doing.
      const cpuMs = ((cpuSeconds(plain.child.pid!) - cpuBefore) * 1000) / ours.requests;
      const bare = await bareServer(bytes);
      const baseline = await run(bare.url, scenario);
      await bare.close();
      await responseBytes(cached.url, scenario.body);
      const hot = await timed(profileCached, () => run(cached.url, scenario));
      const share = (n: number) => (n / baseline.rps).toFixed(3);
      console.log(
        `| ${scenario.name} | ${fmt(ours.rps)} | ${cpuMs.toFixed(2)} | ${fmt(baseline.rps)} | ${share(ours.rps)} | ${fmt(hot.rps)} | ${share(hot.rps)} |`,
      );
    }
  } finally {
    await plain.stop();
    await cached.stop();
    await database.drop();
  }
  if (options.profile) {
    const file = fs.readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
    if (file) printProfile(JSON.parse(fs.readFileSync(path.join(profileDir, file), 'utf8')), windows, profileCached ? 'cached' : 'uncached');
    if (process.env.BENCH_KEEP_PROFILE) console.log(`\nprofile kept in ${profileDir}`);
    else fs.rmSync(profileDir, { recursive: true, force: true });
  }
}

/** User and system CPU time of a process so far (Linux). */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

/**
 * Self time by function and by package during the uncached runs (not start-up), as shares of the
 * busy samples (GC included, idle not).
 */
function printProfile(profile: CpuProfile, windows: [number, number][], which: string) {
  const hitsOf = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i];
    const ms = (at - profile.startTime) / 1000;
    if (windows.some(([from, to]) => ms >= from && ms <= to)) hitsOf.set(id, (hitsOf.get(id) ?? 0) + 1);
  });
  const busy = profile.nodes.filter((n) => n.callFrame.functionName !== '(idle)' && hitsOf.has(n.id));
  const total = busy.reduce((sum, n) => sum + hitsOf.get(n.id)!, 0);
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const node of busy) {
    const hits = hitsOf.get(node.id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url.replace(/^file:\/\//, '').replace(/^.*node_modules\//, '');
    const fn = `${functionName || '(anonymous)'} ${where ? `${where}:${lineNumber + 1}` : ''}`.trim();
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + hits);
    const pkg = packageOf(url) ?? (functionName.startsWith('(') ? functionName : 'native');
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + hits);
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, hits]) => `${((hits / total) * 100).toFixed(1).padStart(5)} %  ${name}`)
      .join('\n');
  console.log(`\nCPU profile of the ${which} server (${total} busy samples), self time by package:\n${top(byPackage, 20)}`);
  console.log(`\nby function:\n${top(byFunction, 40)}`);
}

function packageOf(url: string): string | null {
  if (url.startsWith('node:')) return 'node internals';
  const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  return url.includes('/dist/main.js') ? 'server (ours)' : null;
}
