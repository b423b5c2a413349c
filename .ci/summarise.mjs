// Totals vitest's JSON reports into the one plain line CI reads: "N passed, N failed",
// counting every project of every report (the E2E report holds Chromium's,
// Firefox's and the store packages' results). Before it, one line per project
// that tagged its tests (tests/e2e/project-meta.ts).
// A report that is missing (its step never ran) counts as one failure, and so
// does a file that failed without a failed test (it failed to load, or a
// set-up hook failed and its tests were skipped), so a suite that stopped
// early can never look green.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
const byProject = new Map();
const count = (project, key) => {
  if (!project) return;
  const c = byProject.get(project) ?? { passed: 0, failed: 0 };
  c[key] += 1;
  byProject.set(project, c);
};

for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`missing test report: ${file} (its step did not run)`);
    failed += 1;
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
  for (const suite of r.testResults ?? []) {
    const tests = suite.assertionResults ?? [];
    for (const t of tests) if (t.status === 'passed' || t.status === 'failed') count(t.meta?.project, t.status);
    if (suite.status === 'failed' && !tests.some((t) => t.status === 'failed')) {
      console.error(`failed without a failed test: ${suite.name}${suite.message ? ` (${suite.message.split('\n')[0]})` : ''}`);
      failed += 1;
    }
  }
}
for (const [project, c] of [...byProject].sort()) console.log(`${project}: ${c.passed} passed, ${c.failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
