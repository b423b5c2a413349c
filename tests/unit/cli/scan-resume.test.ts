import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `npm run scan -- resume.pdf|resume.docx` as a user runs it: the real command, the committed fixtures.
const ROOT = join(__dirname, '../../..');
const RESUMES = 'tests/fixtures/resumes';
const tmp = mkdtempSync(join(tmpdir(), 'hs-scan-resume-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function scan(args: string[], stdin?: Buffer) {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/scan.ts', ...args], { cwd: ROOT, input: stdin, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const ids = (stdout: string) => (JSON.parse(stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId);

describe('scan on résumé files', () => {
  it('a PDF with red flags: text and document findings', () => {
    const r = scan(['--json', `${RESUMES}/flagged.pdf`]);
    expect(r.code).toBe(0);
    expect(ids(r.stdout)).toEqual(expect.arrayContaining(['sanctioned-entity-name', 'document-author-not-candidate', 'document-image-editor', 'document-created-after-claimed-date']));
  });

  it('a clean DOCX from standard input: no findings, exit 0', () => {
    const r = scan(['--json', '-'], readFileSync(join(ROOT, RESUMES, 'clean.docx')));
    expect(r.code).toBe(0);
    expect(ids(r.stdout)).toEqual([]);
    expect(r.stderr).toBe('');
  });

  it('a scan without text: a report, and one line saying so', () => {
    const r = scan([`${RESUMES}/scanned.pdf`]);
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/holds no text.*OCR/);
  });

  it.each([
    ['encrypted.pdf', /password-protected/],
    ['damaged.pdf', /damaged/],
    ['damaged.docx', /damaged/],
  ])('%s: exit 2 with its own one-line reason', (name, reason) => {
    const r = scan([`${RESUMES}/${name}`]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(reason);
  });

  it('the same résumé under another name is template reuse, through --seen', () => {
    const seen = join(tmp, 'seen.json');
    expect(scan(['--json', '--seen', seen, `${RESUMES}/clean.pdf`]).code).toBe(0);
    const r = scan(['--json', '--seen', seen, `${RESUMES}/reused.docx`]);
    expect(ids(r.stdout)).toContain('template-reuse');
    expect(r.stdout).toContain('the résumé of “Morgan Ellery”');
  });
});
