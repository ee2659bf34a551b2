// In CI a skipped test is a failure: a test that did not run proves nothing, and a missing service
// or a forgotten `.skip` must not pass unnoticed. Outside CI, skips are allowed and reported as usual.
import type { Reporter, TestModule } from 'vitest/node';

export default class NoSkipsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const skipped = testModules.flatMap((module) => [...module.children.allTests('skipped')].map((test) => `${module.moduleId}: ${test.fullName}`));
    if (skipped.length === 0) return;
    console.error(`\n[ci] ${skipped.length} test(s) skipped, which CI does not allow:\n${skipped.map((line) => `  - ${line}`).join('\n')}`);
    process.exitCode = 1;
  }
}
