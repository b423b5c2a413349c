/**
 * `web-ext lint` (Mozilla's addons-linter, what addons.mozilla.org runs on an
 * upload) on the Firefox build: no errors, and no warning or notice that
 * docs/firefox.md does not explain — a new one fails here until it is fixed
 * or explained there.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { developerEnv } from '../commands';
import { extensionDirFor, readBuiltManifest, ROOT } from '../paths';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** Codes docs/firefox.md explains: each `CODE` in backticks under its "web-ext lint" heading. */
function explainedCodes(): Set<string> {
  const doc = readFileSync(join(ROOT, 'docs/firefox.md'), 'utf8');
  const section = /^## web-ext lint\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(doc)?.[1] ?? '';
  return new Set([...section.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1]!));
}

function lint(sourceDir: string): LintReport {
  const bin = join(ROOT, 'node_modules/.bin/web-ext');
  const result = spawnSync(bin, ['lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: developerEnv(),
    maxBuffer: 16 * 1024 * 1024,
  });
  const json = result.stdout.slice(result.stdout.indexOf('{'));
  if (!json) throw new Error(`web-ext lint printed no report (${result.status}): ${result.stderr}`);
  return JSON.parse(json) as LintReport;
}

describe('web-ext lint on the Firefox build', () => {
  const dir = extensionDirFor('firefox');

  it('finds no errors, and every warning and notice is explained in docs/firefox.md', () => {
    readBuiltManifest(dir, 'firefox');
    const report = lint(dir);
    expect(report.errors.map((e) => `${e.code}: ${e.message} (${e.file ?? ''})`)).toEqual([]);
    const explained = explainedCodes();
    expect(explained.size).toBeGreaterThan(0);
    const unexplained = [...report.warnings, ...report.notices].filter((m) => !explained.has(m.code));
    expect(unexplained.map((m) => `${m.code}: ${m.message} (${m.file ?? ''})`)).toEqual([]);
  });
});
