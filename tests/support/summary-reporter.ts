import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with plain lines any CI can read: the slowest test files (time spent collecting
 * and running each, with its project), the wall time of the run, and
 * "Tests: N passed, N failed, N skipped".
 */
export default class SummaryReporter implements Reporter {
  private startedAt = Date.now();

  onTestRunStart(): void {
    this.startedAt = Date.now();
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    const timed = testModules.map((module) => {
      const diagnostic = module.diagnostic();
      return {
        seconds: (diagnostic.collectDuration + diagnostic.duration) / 1000,
        file: path.relative(process.cwd(), module.moduleId),
        project: module.project.name,
      };
    });
    const slowest = timed.sort((a, b) => b.seconds - a.seconds).slice(0, 10);
    const lines = slowest.map(
      (entry) => `  ${entry.seconds.toFixed(1).padStart(6)} s  ${entry.project}  ${entry.file}`,
    );
    const wall = ((Date.now() - this.startedAt) / 1000).toFixed(0);
    process.stdout.write(
      `\nSlowest test files:\n${lines.join('\n')}\nRun: ${wall} s\n` +
        `Tests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`,
    );
  }
}
