import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FREEMAIL_LABELS, PLATFORM_LABELS, domainName } from '../../../src/matching/lookalike-domains';
import { domainsIn, hostOf } from '../../../src/rules/lookalike-employer-domain';

/*
 * Hosts are now found by a linear scan that tries each pattern only where it
 * can start. The global scans it replaced are kept here as the oracle.
 */
function domainsInByGlobalScan(text: string) {
  const EMAIL_DOMAIN = /(?<=[a-z0-9._%+-])@([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4})\b/gi;
  const URL_HOST = /\b(?:https?:\/\/|www\.)([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4})/gi;
  const BARE_HOST = /(?<![@/.\w-])([a-z0-9-]{2,63}(?:\.[a-z0-9-]{1,63}){0,2}\.(?:com|net|org|io|co|dev|tech|ai|app|biz|info|us|uk|de|fr|nl|eu|ca|au|jp|kr|in|sg|ch|se|no|pl|es|it|solutions|agency|studio|software|systems))\b(?![.\w-]*@)/gi;
  const out: { domain: unknown; host: string; isEmail: boolean; at: number }[] = [];
  const keys = new Set<string>();
  const add = (host: string, isEmail: boolean, at: number) => {
    const d = domainName(host);
    const key = `${host.toLowerCase()}|${isEmail}`;
    if (!d || FREEMAIL_LABELS.has(d.label) || PLATFORM_LABELS.has(d.label) || keys.has(key) || out.length >= 30) return;
    keys.add(key);
    out.push({ domain: d, host: host.toLowerCase(), isEmail, at });
  };
  for (const m of text.matchAll(EMAIL_DOMAIN)) add(m[1]!, true, m.index);
  for (const m of text.matchAll(URL_HOST)) add(m[1]!, false, m.index);
  for (const m of text.matchAll(BARE_HOST)) add(m[1]!, false, m.index);
  return out;
}

function hostByUrlParser(url: string): string | null {
  try {
    return new URL(/^https?:\/\//i.test(url) ? url : `https://${url}`).hostname;
  } catch {
    return null;
  }
}

describe('lookalike-employer-domain: reading hosts', () => {
  it.each([
    'Portfolio https://alexmorgan.dev and www.Brightwave.com, mail jo@brlghtwave.com.',
    'HTTPS://WWW.Example.COM/x http://a.b.c.d.e.f.g www.www.example.org',
    'Node.js, index.ts, e.g. brightwave.com. x.com@y brightwave.co.uk_x a-.com foo.bar_baz.com',
    'https://www.brightwave.com/ and again https://www.brightwave.com',
    'a@b.co a@@b.co .@x.io -@x.io @x.io x@-x-.com mail@sub.brightwave-solutions-inc.com',
    `www.${'a-'.repeat(40)}.com ${'q'.repeat(64)}.com ${'q'.repeat(63)}.com x.${'q'.repeat(64)}`,
    'http:// https:/x.com wwwx.com w.ww.com www..com .www.com /www.x.com @www.x.com',
    'İnc.com ſite.com Kelvin.com brightwavé.com',
  ])('finds what the global scans found: %s', (text) => {
    expect(domainsIn(text)).toEqual(domainsInByGlobalScan(text));
  });

  it('finds what the global scans found, on generated text (property)', () => {
    const token = fc.constantFrom(
      'www', 'WWW', 'http', 'https', 'HTTP', ':', '//', '/', '@', '.', '..', '-', '_', ' ', '\n', ',', 'a', 'x1', 'b-c', 'com', 'co', 'uk',
      'dev', 'js', 'io', 'systems', 'solutions', 'software', 'agency', 'solutionsx', 'brightwave', 'gmail', 'linkedin', 'İ', 'é', '\u00a0', 'q'.repeat(62), '0',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }), (tokens) => {
        const text = tokens.join('');
        expect(domainsIn(text)).toEqual(domainsInByGlobalScan(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('stops at 30 domains and stays fast on 200 KB of host-like text', () => {
    const many = Array.from({ length: 50 }, (_, i) => `firm${i}.com`).join(' ');
    expect(domainsIn(many)).toEqual(domainsInByGlobalScan(many));
    expect(domainsIn(many)).toHaveLength(30);
    for (const nasty of ['a.'.repeat(100_000), 'www.'.repeat(50_000), 'https://'.repeat(25_000), `${'a-'.repeat(100_000)}.com@`, 'x.com '.repeat(33_000)]) {
      const start = performance.now();
      expect(domainsIn(nasty)).toEqual(domainsInByGlobalScan(nasty));
      expect(performance.now() - start).toBeLessThan(1000);
    }
  });

  it.each([
    'https://www.linkedin.com/company/northbridge-analytics/',
    'brightwave.com',
    'HTTPS://BrightWave.COM/about',
    'https://brightwave.com:8080/',
    'https://brightwave.com:99999/',
    'https://1.2.3/',
    'https://a.0x10/',
    'https://xn--mnchen-3ya.de/',
    'https://xn--a.com/',
    'https://a..b/',
    'https://user@brightwave.com/',
    ' https://brightwave.com',
    'https://brightwave.com.',
    'https://bright_wave.com/',
    'https://brightwave.com\\x',
    'https://-bright-.com/',
    'https://a--b.com/',
    'https:/brightwave.com',
    'not a url',
    '',
  ])('reads the host of %j as the URL parser does', (url) => {
    expect(hostOf(url)).toBe(hostByUrlParser(url));
  });

  it('reads hosts as the URL parser does, on generated links (property)', () => {
    const scheme = fc.constantFrom('', 'http://', 'https://', 'HTTPS://', 'ftp://', ' https://', 'https:/', 'https://user@');
    const label = fc.constantFrom('www', 'xn--abc', 'xn--mnchen-3ya', 'XN--a', 'a', 'A-b', 'a--b', '-a', 'a-', '1', '123', '0x10', 'com', 'co', 'ÿ', 'a_b', '', 'b2b');
    const tail = fc.constantFrom('', '/', '/x', '?q', '#f', ':8080/', ':99999', '\\x', '@evil.com', ' ', '\t/', '.', './');
    fc.assert(
      fc.property(scheme, fc.array(label, { minLength: 1, maxLength: 4 }), tail, (s, labels, t) => {
        const url = `${s}${labels.join('.')}${t}`;
        expect(hostOf(url), url).toBe(hostByUrlParser(url));
      }),
      { numRuns: 3000 },
    );
  });
});
