// Prints "N passed, N failed, N skipped" as the very last line, so CI can read the count,
// and names every skipped test: a skip is never silent. Under scripts/test-browsers.mjs
// (which runs each engine in turn) it hands its totals to that script instead, which
// prints the line for all engines together.
import { writeFileSync } from 'node:fs';

function count(suite, totals, file, path = []) {
  const titles = suite?.name ? [...path, suite.name] : path;
  for (const test of suite?.tests ?? []) {
    if (test.skipped) {
      totals.skipped += 1;
      totals.skippedTests.push(`${file}: ${[...titles, test.name].join(' > ')}`);
    } else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals, file, titles);
  return totals;
}

export function summaryReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, skippedTests: [] };
      for (const session of sessions) {
        count(session.testResults, totals, session.testFile.replace(`${process.cwd()}/`, ''));
        // A file that failed to load has no test results: count it as one failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) {
          totals.failed += 1;
        }
      }
      if (process.env.SUMMARY_FILE) {
        writeFileSync(process.env.SUMMARY_FILE, JSON.stringify(totals));
        return;
      }
      // The default reporter prints its progress after every reporter stops; go after it.
      process.once('exit', () => {
        const skipped = totals.skippedTests.map((name) => `skipped: ${name}\n`).join('');
        process.stdout.write(`\n${skipped}${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
      });
    },
  };
}
