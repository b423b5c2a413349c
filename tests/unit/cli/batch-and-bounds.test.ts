import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileItems, jsonlItems, Progress, runBatch } from '../../../src/cli/batch';
import { PageTooBig, slimPage } from '../../../src/cli/page-bounds';
import { outlineContent, scanContent } from '../../../src/cli/scan-input';
import { hugeAttributePage, linksPage, nestedPage, savedCompletePage } from '../../fixtures/cli/huge-pages';

const ROOT = join(__dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'hs-batch-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function scan(args: string[]) {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/scan.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function collect(items: Parameters<typeof runBatch>[0]): Promise<{ lines: Record<string, unknown>[]; failed: number }> {
  const out: string[] = [];
  const failed = await runBatch(items, { url: null, write: (l) => out.push(l) });
  for (const l of out) expect(l.endsWith('\n') && !l.slice(0, -1).includes('\n')).toBe(true);
  return { lines: out.map((l) => JSON.parse(l) as Record<string, unknown>), failed };
}

describe('many inputs at once', { timeout: 120_000 }, () => {
  it('scans files and folders in the order given, one JSON line each; a bad input is a line of its own', async () => {
    const dir = join(tmp, 'pages');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'b-message.txt'), 'Please continue on Telegram, pay me in USDT.');
    writeFileSync(join(dir, 'a-empty.txt'), '');
    writeFileSync(join(dir, 'sub', 'c-page.htm'), readFileSync(join(FIXTURES, 'cli/person-page.htm')));
    const missing = join(tmp, 'nope.txt');
    const { lines, failed } = await collect(fileItems([join(FIXTURES, 'cli/resume.txt'), dir, missing, join(FIXTURES, 'cli/binary.dat')]));
    expect(lines.map((l) => l.input)).toEqual([
      join(FIXTURES, 'cli/resume.txt'), join(dir, 'a-empty.txt'), join(dir, 'b-message.txt'), join(dir, 'sub', 'c-page.htm'), missing, join(FIXTURES, 'cli/binary.dat'),
    ]);
    expect(lines[0]).toMatchObject({ state: 'text' });
    expect(lines[1]).toEqual({ input: join(dir, 'a-empty.txt'), error: expect.stringMatching(/^empty input/) });
    expect(lines[2]).toMatchObject({ state: 'text', level: expect.stringMatching(/low|medium|high/) });
    expect(lines[3]).toMatchObject({ state: 'profile', platform: 'generic' });
    expect(lines[4]).toEqual({ input: missing, error: expect.stringMatching(/no such file/) });
    expect(lines[5]).toEqual({ input: join(FIXTURES, 'cli/binary.dat'), error: expect.stringMatching(/binary/) });
    expect(failed).toBe(3);
  });

  it('reads --jsonl records line by line, naming each by its id; broken lines get an error line', async () => {
    const file = join(tmp, 'msgs.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'm1', text: 'Happy to start Monday, see my portfolio.' }),
        '',
        '{broken',
        JSON.stringify({ id: 7, text: 'Move to Telegram and pay me in USDT please.' }),
        JSON.stringify({ id: 'm3' }),
        JSON.stringify({ id: 'm4', text: '   ' }),
        JSON.stringify(['not', 'an', 'object']),
      ].join('\r\n'),
    );
    const { lines, failed } = await collect(jsonlItems(file));
    expect(lines.map((l) => l.id)).toEqual(['m1', 3, 7, 'm3', 'm4', 7]);
    expect(lines[0]).toMatchObject({ state: 'text' });
    expect(lines[1]).toEqual({ id: 3, error: expect.stringMatching(/line 3 .*not JSON/) });
    expect(lines[2]).toMatchObject({ state: 'text', level: expect.stringMatching(/low|medium|high/) });
    expect(lines[3]).toEqual({ id: 'm3', error: expect.stringMatching(/no "text" string/) });
    expect(lines[4]).toEqual({ id: 'm4', error: expect.stringMatching(/^empty input/) });
    expect(lines[5]).toEqual({ id: 7, error: expect.stringMatching(/not an object/) });
    expect(failed).toBe(4);
  });

  it('runs from the command line: JSON lines on stdout, nothing else, exit 2 when an input failed', () => {
    const good = join(tmp, 'good.txt');
    writeFileSync(good, 'Senior engineer, ten years of payments work.');
    const r = scan([good, join(tmp, 'missing.txt'), join(FIXTURES, 'cli/resume.txt')]);
    expect(r.code).toBe(2);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.input)).toEqual([good, join(tmp, 'missing.txt'), join(FIXTURES, 'cli/resume.txt')]);
    expect(lines[1]!.error).toMatch(/no such file/);
    // stderr is not a terminal here: no progress bar.
    expect(r.stderr).toBe('');
  });
});

describe('progress on stderr', () => {
  const fake = (isTTY: boolean) => {
    const written: string[] = [];
    return { written, stream: { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream };
  };

  it('draws a bar with a count on a terminal, and clears it at the end', async () => {
    const { written, stream } = fake(true);
    await runBatch(fileItems([join(FIXTURES, 'cli/resume.txt'), join(tmp, 'gone.txt')]), { url: null, write: () => {}, progress: new Progress(stream, 2) });
    // Carriage return, then "erase line" (ESC [ K), then the bar.
    expect(written[0]).toBe(`\r\u001b[K[${'#'.repeat(12)}${'.'.repeat(12)}] 1/2 scanned`);
    expect(written[1]).toMatch(/\[#{24}\] 2\/2 scanned$/);
    expect(written.at(-1)).toBe('\r\u001b[K');
  });

  it('writes nothing when stderr is a file or a pipe', async () => {
    const { written, stream } = fake(false);
    await runBatch(fileItems([join(FIXTURES, 'cli/resume.txt')]), { url: null, write: () => {}, progress: new Progress(stream, 1) });
    expect(written).toEqual([]);
  });
});

describe('bounded pages', { timeout: 120_000 }, () => {
  it('refuses a page with a million links by counting, before building a DOM', async () => {
    const t0 = performance.now();
    await expect(scanContent(linksPage(1_000_000), { url: null, path: null, label: 'links.html' })).rejects.toThrow(
      /^cannot scan links\.html: the page has more than 400000 elements/,
    );
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it('refuses 50,000 nested elements with its own reason', async () => {
    await expect(scanContent(nestedPage(50_000), { url: null, path: null, label: 'deep.html' })).rejects.toThrow(/nested more than 2048 levels deep/);
    expect(() => slimPage(nestedPage(3_000))).toThrow(PageTooBig);
  });

  it('measures like the HTML parser: implied end tags and void elements do not count as depth', () => {
    const list = `<html><body><ul>${'<li>item <p>para <img src=x><br>'.repeat(5_000)}</ul></body></html>`;
    const m = slimPage(list);
    expect(m.depth).toBeLessThan(8);
    expect(m.elements).toBe(3 + 5_000 * 4);
  });

  it('drops only what no reader reads: svg bodies, style bodies, inline images, scripts over 6 MB', () => {
    const page = `<html><head><style>.a{color:red}</style><script type="application/ld+json">{"@type":"Person"}</script></head><body><svg viewBox="0 0 1 1"><path d="M0"/><text>x</text></svg><img src="data:image/png;base64,${'A'.repeat(5000)}" alt="me"><code>{"a":1}</code><script>${'x'.repeat(6_000_001)}</script><p title="${'7'.repeat(20_000)}">kept</p></body></html>`;
    const { html } = slimPage(page);
    expect(html).toContain('<style></style>');
    expect(html).toContain('{"@type":"Person"}');
    expect(html).toContain('<svg viewBox="0 0 1 1"></svg>');
    expect(html).toContain('<img src="data:," alt="me">');
    expect(html).toContain('<code>{"a":1}</code>');
    expect(html).toContain('<script></script>');
    expect(html).toContain(`title="${'7'.repeat(20_000)}">kept</p>`);
    // Untouched pages are passed through as they are.
    const plain = '<html><body><p>a</p></body></html>';
    expect(slimPage(plain).html).toBe(plain);
  });

  // The 19 MB page of the same shape is timed with /usr/bin/time (docs/performance.md); 8 MB keeps the suite light.
  it('screens an ordinary 8 MB saved page and a 10 MB attribute', async () => {
    const page = savedCompletePage(10);
    expect(page.length).toBeGreaterThan(8 * 1024 * 1024);
    const { result } = await scanContent(page, { url: 'https://www.linkedin.com/in/someone/', path: null });
    expect(result).toMatchObject({ platform: 'linkedin', state: 'profile' });
    const attr = await scanContent(hugeAttributePage(5 * 1024 * 1024), { url: null, path: null });
    expect(attr.result.state).toBe('not-a-profile');
  });
});

describe('saved fragments and --url', { timeout: 120_000 }, () => {
  it('reads a profile\'s main element saved on its own as a LinkedIn page when --url is given', async () => {
    const html = readFileSync(join(FIXTURES, 'linkedin/logged-in-2026-h2.html'), 'utf8');
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>') + '</main>'.length);
    const expected = JSON.parse(readFileSync(join(FIXTURES, 'linkedin/logged-in-2026-h2.expected.json'), 'utf8'));
    const { result } = await scanContent(main, { url: expected.url, path: null });
    expect(result).toMatchObject({ platform: 'linkedin', state: 'profile' });
    expect(result.profile?.name).toBe(expected.snapshot.name);
    // Without --url the fragment is still recognised as markup (not scanned as text).
    const bare = await scanContent(main, { url: null, path: null });
    expect(bare.result.state).not.toBe('text');
  });

  it('treats any input given with --url as a page', async () => {
    const { result } = await scanContent('Just a line of text', { url: 'https://www.linkedin.com/in/someone/', path: null });
    expect(result.state).not.toBe('text');
    expect(result.platform).toBe('linkedin');
  });
});

describe('--outline', { timeout: 120_000 }, () => {
  it('prints a saved page\'s structure without its texts', async () => {
    const out = await outlineContent(readFileSync(join(FIXTURES, 'cli/outline-hostile.html'), 'utf8'), 'hostile.html');
    expect(out).toMatch(/^# Hire Signals page outline/);
    expect(out).not.toContain('Marguerite');
    await expect(outlineContent(nestedPage(50_000), 'deep.html')).rejects.toThrow(/nested more than/);
  });

  it('runs as `scan --outline page.html`', () => {
    const r = scan(['--outline', join(FIXTURES, 'cli/outline-hostile.html')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('script [type=application/ld+json]: json(');
    expect(r.stdout).not.toMatch(/Marguerite|Zephyrvault|Thistlebrook/);
  });
});
