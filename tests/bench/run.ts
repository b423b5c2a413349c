/**
 * `npm run bench`: the extension's cost to the page and the engine's speed,
 * against its budgets. Reports; never fails the test suite.
 * Writes bench-results/latest.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserFigures } from './browser-figures';
import { bundleFigures } from './bundle-figures';
import { nodeFigures, round } from './node-figures';
import { ROOT } from '../e2e/harness';

type Budget = { max?: number; min?: number };
const BUDGETS: Record<string, Budget> = {
  'content.profileScanMs': { max: 3 },
  'content.nonProfileScanMs': { max: 0.3 },
  'content.idleMs': { max: 1 },
  'content.bundleGzipBytes': { max: 25 * 1024 },
  'engine.evaluationsPerSecond': { min: 50_000 },
  'lookup.msPerText': { max: 5 },
  'seen.lookupMs': { max: 1 },
};

function verdict(key: string, value: number): string {
  const b = BUDGETS[key];
  if (!b) return '';
  if (b.max !== undefined) return value <= b.max ? `within (≤ ${b.max})` : `OVER (≤ ${b.max})`;
  return value >= b.min! ? `within (≥ ${b.min})` : `OVER (≥ ${b.min})`;
}

async function main() {
  const started = Date.now();
  console.log('Hire Signals bench — node figures…');
  const node = nodeFigures();
  const bundles = bundleFigures();
  console.log('Hire Signals bench — real Chromium with the built extension…');
  const browser = await browserFigures(15);

  const results = {
    generatedAt: new Date().toISOString(),
    machine: { node: process.version, platform: process.platform },
    content: {
      profileScanMs: round(browser.profileScanMs, 3),
      profileScanWallMs: round(browser.profileScanWallMs, 3),
      profileRescanMs: round(browser.profileRescanMs, 3),
      referenceScanMs: round(browser.referenceScanMs, 3),
      nonProfileScanMs: round(browser.nonProfileScanMs, 3),
      profileCompileMs: round(browser.profileCompileMs, 3),
      nonProfileCompileMs: round(browser.nonProfileCompileMs, 3),
      idleMs: round(browser.idleMs, 3),
      bundleBytes: bundles.content.bytes,
      bundleGzipBytes: bundles.content.gzipBytes,
      runs: browser.runs,
      fixture: browser.fixture,
    },
    bundles,
    engine: node.engine,
    extract: node.extract,
    lookup: node.lookup,
    seen: node.seen,
    budgets: BUDGETS,
  };

  const rows: Array<[string, number | string, string]> = [
    ['content.profileScanMs', results.content.profileScanMs, verdict('content.profileScanMs', results.content.profileScanMs)],
    ['content.profileRescanMs', results.content.profileRescanMs, ''],
    ['content.referenceScanMs', results.content.referenceScanMs, 'reference: one read, one message, one chip'],
    ['content.nonProfileScanMs', results.content.nonProfileScanMs, verdict('content.nonProfileScanMs', results.content.nonProfileScanMs)],
    ['content.profileCompileMs', results.content.profileCompileMs, 'not in the marks: script compile at injection'],
    ['content.nonProfileCompileMs', results.content.nonProfileCompileMs, 'not in the marks: script compile at injection'],
    ['content.idleMs', results.content.idleMs, verdict('content.idleMs', results.content.idleMs)],
    ['content.bundleGzipBytes', results.content.bundleGzipBytes, verdict('content.bundleGzipBytes', results.content.bundleGzipBytes)],
    ['content.bundleBytes', results.content.bundleBytes, ''],
    ...Object.entries(bundles.contentScripts).map(([k, v]) => [`content.${k}.gzipBytes`, v.gzipBytes, ''] as [string, number, string]),
    ['popup.gzipBytes', bundles.popup.gzipBytes, ''],
    ['options.gzipBytes', bundles.options.gzipBytes, ''],
    ['background.gzipBytes', bundles.background.gzipBytes, ''],
    ['engine.evaluationsPerSecond', results.engine.evaluationsPerSecond, verdict('engine.evaluationsPerSecond', results.engine.evaluationsPerSecond)],
    ...Object.entries(results.extract.msPerPage).map(([k, v]) => [`extract.msPerPage.${k}`, v, ''] as [string, number, string]),
    ['lookup.msPerText', results.lookup.msPerText, verdict('lookup.msPerText', results.lookup.msPerText)],
    ['seen.lookupMs', results.seen.lookupMs, verdict('seen.lookupMs', results.seen.lookupMs)],
    ['seen.bytesPer1000', results.seen.bytesPer1000, ''],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  console.log(`\n${'figure'.padEnd(w)}  ${'value'.padStart(12)}  budget`);
  for (const [k, v, b] of rows) console.log(`${k.padEnd(w)}  ${String(v).padStart(12)}  ${b}`);
  console.log(`\nmedians; ${results.content.runs} page loads per browser figure; fixture ${results.content.fixture}; ${Math.round((Date.now() - started) / 1000)} s`);

  const out = join(ROOT, 'bench-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'latest.json'), JSON.stringify(results, null, 2) + '\n');
  console.log('written: bench-results/latest.json');
}

main().catch((err: unknown) => {
  console.error(`bench failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
