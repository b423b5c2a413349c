import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { profileSnapshotSchema } from '../../../src/core/snapshot-schema';

// The real command as a user runs it: error paths and the --json contract.
const ROOT = join(__dirname, '../../..');
const FIXTURES = 'tests/fixtures/cli';
const tmp = mkdtempSync(join(tmpdir(), 'hs-scan-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function scan(args: string[], stdin?: string) {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/scan.ts', ...args], {
    cwd: ROOT,
    input: stdin,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The documented `scan --json` shape; extra keys are allowed only inside sources. */
const jsonContract = z
  .object({
    platform: z.string().nullable(),
    state: z.enum(['profile', 'not-found', 'login-wall', 'not-a-profile', 'text']),
    profile: z.nullable(profileSnapshotSchema),
    findings: z.array(
      z
        .object({
          ruleId: z.string().min(1),
          severity: z.enum(['low', 'medium', 'high']),
          title: z.string().min(1),
          evidence: z.array(z.string()),
          sources: z.array(z.object({ id: z.string(), title: z.string(), section: z.string(), url: z.string().url() })),
          nextStep: z.string().min(1),
        })
        .strict(),
    ),
    score: z.number().min(0),
    level: z.enum(['none', 'low', 'medium', 'high']),
  })
  .strict();

function expectUsageError(r: ReturnType<typeof scan>, pattern: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const first = r.stderr.trim().split('\n')[0];
  expect(first).toMatch(/^scan: /);
  expect(first).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
}

describe('scan: error paths exit 2 with one line on stderr', { timeout: 120_000 }, () => {
  it('rejects a missing file', () => expectUsageError(scan([join(tmp, 'nope.html')]), /no such file/));

  it('says "empty input" for an empty file instead of scoring it', () => {
    const empty = join(tmp, 'empty.txt');
    writeFileSync(empty, '');
    expectUsageError(scan(['--json', empty]), /^scan: empty input/);
  });

  it('refuses a page nested deeper than any profile with its own reason, not a stack overflow', () => {
    const deep = join(tmp, 'deep.html');
    writeFileSync(deep, `<html><body>${'<div>'.repeat(10_000)}x${'</div>'.repeat(10_000)}</body></html>`);
    expectUsageError(scan(['--json', deep]), /nested more than 2048 levels deep/);
  });

  it('rejects a binary file', () => expectUsageError(scan([`${FIXTURES}/binary.dat`]), /binary/));

  it('rejects a file over 20 MB without reading it', () => {
    const big = join(tmp, 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, 20 * 1024 * 1024 + 1);
    expectUsageError(scan([big]), /larger than 20 MB/);
  });

  it('rejects bad arguments', () => {
    expectUsageError(scan([]), /no input/);
    expectUsageError(scan(['--bogus', 'x.txt']), /unknown option --bogus/);
    expectUsageError(scan(['--url']), /--url needs a value/);
    expectUsageError(scan(['--url', 'javascript:alert(1)', 'x.txt']), /not an http\(s\) URL/);
    expectUsageError(scan(['--outline', 'a.html', 'b.html']), /--outline takes exactly one page/);
  });
});

describe('scan --json: the contract', { timeout: 120_000 }, () => {
  it('prints one JSON object for a saved profile page, using its canonical URL', () => {
    const r = scan(['--json', `${FIXTURES}/person-page.htm`]);
    expect(r.code).toBe(0);
    const out = jsonContract.parse(JSON.parse(r.stdout));
    expect(out.state).toBe('profile');
    expect(out.platform).toBe('generic');
    expect(out.profile?.name).toBe('Corvin Ashdale');
    expect(out.profile?.url).toBe('https://corvin-ashdale.example/about');
  });

  it('lets --url override the page address', () => {
    const r = scan(['--json', '--url', 'https://portfolio.example/me', `${FIXTURES}/person-page.htm`]);
    const out = jsonContract.parse(JSON.parse(r.stdout));
    expect(out.profile?.url).toBe('https://portfolio.example/me');
  });

  it('treats a non-HTML file as text and reads standard input with -', () => {
    const file = jsonContract.parse(JSON.parse(scan(['--json', `${FIXTURES}/resume.txt`]).stdout));
    expect(file).toMatchObject({ state: 'text', platform: null, profile: null });
    const piped = scan(['--json', '-'], 'Please continue on Telegram, pay me in USDT.');
    expect(piped.code).toBe(0);
    expect(jsonContract.parse(JSON.parse(piped.stdout)).state).toBe('text');
  });

  it('reports an HTML page without a person as not-a-profile', () => {
    const page = join(tmp, 'article.html');
    writeFileSync(page, '<!doctype html><html><head><title>News</title></head><body><p>Nothing here.</p></body></html>');
    const out = jsonContract.parse(JSON.parse(scan(['--json', page]).stdout));
    expect(out).toMatchObject({ state: 'not-a-profile', profile: null, findings: [], score: 0, level: 'none' });
  });

  it('prints the readable report by default, with the reminder', () => {
    const r = scan([`${FIXTURES}/person-page.htm`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Candidate: Corvin Ashdale');
    expect(r.stdout).toContain('Signals are not verdicts');
  });
});
