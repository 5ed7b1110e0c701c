import type { FullResult, Reporter, Suite, TestError } from '@playwright/test/reporter';

// Ends every run with one plain line that any CI can read, like Jest's "tests: …" line:
// "browser: N passed, N failed". A run that failed outside any test (the platform did not
// start, the teardown found server errors) counts those failures too, so it never reads "0 failed".
class SummaryReporter implements Reporter {
  private suite: Suite | undefined;
  private errors = 0;

  onBegin(_config: unknown, suite: Suite): void {
    this.suite = suite;
  }

  onError(_error: TestError): void {
    this.errors++;
  }

  onEnd(result: FullResult): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const test of this.suite?.allTests() ?? []) {
      const outcome = test.outcome();
      if (outcome === 'expected' || outcome === 'flaky') passed++;
      else if (outcome === 'skipped') skipped++;
      else failed++;
    }
    failed += this.errors;
    if (result.status !== 'passed' && failed === 0) failed = 1;
    process.stdout.write(`\nbrowser: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }

  printsToStdio(): boolean {
    return false;
  }
}

export default SummaryReporter;
