import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { publicProfilePage } from '../../fixtures/seen/make-pages';
import { SAME_TEMPLATE_SWAPPED, TEMPLATE, UNRELATED_SAME_TRADE } from '../../fixtures/seen/texts';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

async function scan(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, ['src/cli/scan.ts', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('scan --seen <file> (template reuse across saved profiles)', { timeout: 120_000 }, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hs-seen-'));
    writeFileSync(join(dir, 'a.html'), publicProfilePage('daniel-brooks-dev', 'Daniel Brooks', 'Senior Full Stack Engineer', TEMPLATE));
    writeFileSync(join(dir, 'b.html'), publicProfilePage('marek-novak-eng', 'Marek Novak', 'Full Stack Engineer', SAME_TEMPLATE_SWAPPED));
    writeFileSync(join(dir, 'c.html'), publicProfilePage('lia-costa', 'Lia Costa', 'Full Stack Developer', UNRELATED_SAME_TRADE));
  });

  it('flags b when it reuses a’s text, names a, and never matches a profile with itself', async () => {
    const index = join(dir, 'index.json');
    const a = JSON.parse((await scan('--json', '--seen', index, join(dir, 'a.html'))).stdout);
    expect(a.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('template-reuse');
    const stored = JSON.parse(readFileSync(index, 'utf8'));
    expect(stored.entries).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain('full stack');

    const b = JSON.parse((await scan('--json', '--seen', index, join(dir, 'b.html'))).stdout);
    const reuse = b.findings.find((f: { ruleId: string }) => f.ruleId === 'template-reuse');
    expect(reuse.evidence[0]).toContain('https://www.linkedin.com/in/daniel-brooks-dev/');

    const again = JSON.parse((await scan('--json', '--seen', index, join(dir, 'a.html'))).stdout);
    // a is now similar to b (seen), but never to itself.
    const evidence = again.findings.find((f: { ruleId: string }) => f.ruleId === 'template-reuse')?.evidence ?? [];
    expect(evidence.join(' ')).not.toContain('daniel-brooks-dev');

    const c = JSON.parse((await scan('--json', '--seen', index, join(dir, 'c.html'))).stdout);
    expect(c.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('template-reuse');
    expect(JSON.parse(readFileSync(index, 'utf8')).entries).toHaveLength(3);
  });

  it('refuses a seen file that is not an index, exit 2, and leaves it untouched', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"hello": "world"}');
    const r = await scan('--json', '--seen', bad, join(dir, 'a.html'));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/seen-profiles index/);
    expect(readFileSync(bad, 'utf8')).toBe('{"hello": "world"}');
  });
});
