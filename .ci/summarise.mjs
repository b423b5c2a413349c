// Totals vitest's JSON reports into the one plain line CI reads: "N passed, N failed".
// A report that is missing (its step never ran) counts as one failure, so a
// suite that stopped early can never look green.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`missing test report: ${file} (its step did not run)`);
    failed += 1;
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
  // A file that failed to load has no tests counted: charge it as a failure.
  for (const suite of r.testResults ?? []) if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
