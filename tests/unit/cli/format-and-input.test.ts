import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args';
import { CliError } from '../../../src/cli/errors';
import { formatJson, formatReport } from '../../../src/cli/format-report';
import { readInput } from '../../../src/cli/read-input';
import { looksLikeHtml, parseSavedPage, scanContent } from '../../../src/cli/scan-input';
import { resultFrom } from '../../../src/cli/scan-result';
import { evaluate } from '../../../src/engine/evaluate';
import { textInput } from '../../../src/core/rule-input';
import { defineRule } from '../../../src/core/rule';
import { defaultSettings } from '../../../src/settings/schema';

const FIXTURES = join(__dirname, '../../fixtures/cli');
const tmp = mkdtempSync(join(tmpdir(), 'hs-scan-unit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const offPlatform = defineRule({
  id: 'test-off-platform',
  topic: 'messages',
  indicators: ['us22-rf-move-off-platform'],
  severity: 'medium',
  weight: 3,
  platforms: 'all',
  subjects: ['text'],
  text: { title: 'Wants to move off the platform', why: 'Test rule.', nextStep: 'Keep the conversation on the platform.', evidence: { quote: '{quote}' } },
  check: (i) => (/telegram/i.test(i.text) ? ['Asks to move to Telegram: "\u202Econtinue on Telegram\u001b[31m"'] : null),
});

function reportFor(text: string) {
  return resultFrom(evaluate(textInput(text), defaultSettings(), { rules: [offPlatform] }), {
    platform: null,
    state: 'text',
    profile: null,
  });
}

describe('formatReport', () => {
  it('shows level, score, each finding with evidence, source, next step, and the reminder', () => {
    const { result, details } = reportFor('let us continue on Telegram');
    const out = formatReport(result, details);
    expect(out).toContain('Level: Low (score 3)');
    expect(out).toMatch(/1\. \[Medium\] /);
    expect(out).toContain('Asks to move to Telegram');
    expect(out).toMatch(/Source: Guidance on the Democratic People's Republic of Korea Information Technology Workers — Red Flag Indicators › employers — https:\/\/home\.treasury\.gov\//);
    expect(out).toContain('Next step: ');
    expect(out).toContain('Signals are not verdicts');
  });

  it('strips terminal escapes and bidi overrides from page text', () => {
    const { result, details } = reportFor('Telegram');
    const out = formatReport(result, details);
    expect(out.includes('\u001b')).toBe(false);
    expect(out.includes('\u202e')).toBe(false);
    expect(out).toContain('continue on Telegram[31m');
  });

  it('says when nothing was found', () => {
    const { result, details } = reportFor('an ordinary résumé');
    expect(formatReport(result, details)).toContain('No signals found.');
    expect(result).toMatchObject({ findings: [], score: 0, level: 'none' });
  });

  it('JSON output is exactly one object with the contract keys', () => {
    const { result } = reportFor('Telegram');
    const parsed = JSON.parse(formatJson(result));
    expect(Object.keys(parsed).sort()).toEqual(['findings', 'level', 'platform', 'profile', 'score', 'state']);
    expect(Object.keys(parsed.findings[0]).sort()).toEqual(['evidence', 'nextStep', 'ruleId', 'severity', 'sources', 'title']);
    expect(parsed.findings[0].sources[0]).toMatchObject({ id: 'us22-adv', section: 'Red Flag Indicators › employers' });
  });
});

describe('parseArgs', () => {
  it('reads flags in any order, --opt=value and -- separators', () => {
    const base = { json: false, url: null, inputs: [], seen: null, jsonl: null, outline: false };
    expect(parseArgs(['--json', 'a.html'])).toEqual({ ...base, json: true, inputs: ['a.html'] });
    expect(parseArgs(['--url=https://x.example/in/a', '-'])).toEqual({ ...base, url: 'https://x.example/in/a', inputs: ['-'] });
    expect(parseArgs(['a.html', '--seen', 'index.json', '--json'])).toEqual({ ...base, json: true, inputs: ['a.html'], seen: 'index.json' });
    expect(parseArgs(['--', '--weird-name.txt']).inputs).toEqual(['--weird-name.txt']);
    expect(parseArgs(['a.html', 'pages/', 'b.txt']).inputs).toEqual(['a.html', 'pages/', 'b.txt']);
    expect(parseArgs(['--jsonl', 'msgs.jsonl'])).toEqual({ ...base, jsonl: 'msgs.jsonl' });
    expect(parseArgs(['--outline', 'page.html'])).toEqual({ ...base, outline: true, inputs: ['page.html'] });
  });

  it('throws CliError for anything else', () => {
    for (const argv of [[], ['--x', 'a'], ['--url'], ['--url', 'ftp://x', 'a'], ['--json=1', 'a'], ['a', '--seen'], ['--jsonl', 'x.jsonl', 'a'], ['--outline', 'a', 'b'], ['--outline', '--jsonl', 'x'], ['--jsonl']]) {
      expect(() => parseArgs(argv)).toThrow(CliError);
    }
  });
});

describe('readInput and sniffing', () => {
  it('reads UTF-8 text and drops a BOM', async () => {
    const p = join(tmp, 'bom.txt');
    writeFileSync(p, '\uFEFFhello ✓');
    expect((await readInput(p)).text).toBe('hello ✓');
  });

  it('reads UTF-16 with a byte-order mark, little- and big-endian', async () => {
    const text = 'Résumé — move to Telegram ✓';
    const le = join(tmp, 'le.txt');
    writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect((await readInput(le)).text).toBe(text);
    const be = join(tmp, 'be.txt');
    writeFileSync(be, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    expect((await readInput(be)).text).toBe(text);
  });

  it('refuses empty and whitespace-only input as "empty input"', async () => {
    for (const [name, bytes] of [['empty.txt', Buffer.alloc(0)], ['blank.txt', Buffer.from(' \n\t\n')], ['bom-only.txt', Buffer.from([0xef, 0xbb, 0xbf])], ['utf16-empty.txt', Buffer.from([0xff, 0xfe])]] as const) {
      const p = join(tmp, name);
      writeFileSync(p, bytes);
      await expect(readInput(p)).rejects.toThrow(/^empty input/);
    }
  });

  it('keeps binary detection for UTF-8 and UTF-16 alike', async () => {
    const p = join(tmp, 'bin16.dat');
    writeFileSync(p, Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00]));
    await expect(readInput(p)).rejects.toThrow(/binary/);
    await expect(readInput(join(FIXTURES, 'binary.dat'))).rejects.toThrow(/binary/);
  });

  it('sniffs HTML by content, not by extension', () => {
    expect(looksLikeHtml(readFileSync(join(FIXTURES, 'person-page.htm'), 'utf8'))).toBe(true);
    expect(looksLikeHtml('  <!-- saved --> <HTML><body>x')).toBe(true);
    expect(looksLikeHtml(readFileSync(join(FIXTURES, 'resume.txt'), 'utf8'))).toBe(false);
    expect(looksLikeHtml('My skills: <html> and <body> tags, CSS')).toBe(false);
  });

  it('reads a saved fragment (a profile\'s main <div>) as markup, and plain text mentioning a tag as text', () => {
    expect(looksLikeHtml('<div class="scaffold-layout__main"><section class="artdeco-card"><h1>Ana</h1></section></div>')).toBe(true);
    expect(looksLikeHtml('\n  <main id="main"><div><span>x</span></div></main>')).toBe(true);
    expect(looksLikeHtml('<John Doe> wrote: please send the files')).toBe(false);
    expect(looksLikeHtml('<b>Summary</b> I build backends')).toBe(false);
  });
});

describe('saved pages are inert', () => {
  it('runs no script from the page', async () => {
    const html = readFileSync(join(FIXTURES, 'person-page.htm'), 'utf8');
    const window = parseSavedPage(html, 'https://corvin-ashdale.example/about');
    try {
      expect(window.document.title).toBe('Corvin Ashdale — portfolio');
      expect(window.document.body.getAttribute('data-pwned')).toBeNull();
    } finally {
      await window.happyDOM.close();
    }
  });

  it('scans hostile markup without throwing', async () => {
    const hostile = `<!doctype html><html><head><script type="application/ld+json">{"@type":"Person","name":"<img src=x onerror=alert(1)>${'\u202E'}"}</script><script type="application/ld+json">{broken</script></head><body>${'<div>'.repeat(2000)}</body></html>`;
    const { result } = await scanContent(hostile, { url: null, path: null });
    expect(['profile', 'not-a-profile']).toContain(result.state);
  });
});
