import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeLink, splitLinks, trimUrlEnd, type SafeLink } from '../../../src/core/safe-link';

const links = (text: string) => splitLinks(text).filter((p): p is SafeLink => typeof p !== 'string');
const sourceOf = (p: string | SafeLink) => (typeof p === 'string' ? p : p.source);

// Hosts, paths and the marks that surround a URL in profile prose.
const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/);
const host = fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('com', 'dev', 'io', 'de')).map(([ls, tld]) => `${ls.join('.')}.${tld}`);
const path = fc.array(fc.stringMatching(/^[A-Za-z0-9_~-]{1,8}$/), { maxLength: 3 }).map((segs) => (segs.length ? `/${segs.join('/')}` : ''));
const cleanUrl = fc.tuple(fc.constantFrom('http', 'https'), host, path).map(([scheme, h, p]) => `${scheme}://${h}${p}`);
const wrappers: ReadonlyArray<[string, string]> = [
  ['«', '»'],
  ['»', '«'],
  ['“', '”'],
  ['"', '"'],
  ["'", "'"],
  ['(', ')'],
  ['[', ']'],
  ['<', '>'],
  ['‹', '›'],
  ['', '…'],
  ['', '...'],
  ['', '.'],
  ['', ','],
  ['', ';'],
  ['', ':'],
  ['', '!'],
  ['', '?'],
  ['', ').'],
  ['„', '“'],
];

describe('safe links from profile text', () => {
  it('keeps every character: the plain parts and the links’ sources give the text back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.array(cleanUrl, { maxLength: 3 }), (noise, urls) => {
        const text = urls.reduce((acc, u, i) => `${acc} ${u}${noise.slice(i * 7, i * 7 + 7)}`, noise);
        expect(splitLinks(text).map(sourceOf).join('')).toBe(text);
      }),
    );
  });

  it('never links anything but http(s) without credentials, and always shows the real host', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 120 }), fc.webUrl({ withFragments: true, withQueryParameters: true }), (noise, url) => {
        for (const link of links(`${noise} ${url} ${noise}`)) {
          const u = new URL(link.href);
          expect(['http:', 'https:']).toContain(u.protocol);
          expect(u.username + u.password).toBe('');
          expect(link.label).toContain(u.hostname);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('never takes the quote marks, ellipsis, closing brackets or punctuation around a URL into it', () => {
    fc.assert(
      fc.property(cleanUrl, fc.constantFrom(...wrappers), fc.constantFrom('', 'See ', 'Portfolio: '), (url, [open, close], before) => {
        const found = links(`${before}${open}${url}${close} and more`);
        expect(found).toHaveLength(1);
        expect(found[0]!.source).toBe(url);
        expect(found[0]!.href.replace(/\/$/, '')).toBe(new URL(url).href.replace(/\/$/, ''));
      }),
    );
  });

  it('keeps brackets that belong to the URL', () => {
    expect(trimUrlEnd('https://en.wikipedia.org/wiki/Go_(game)')).toBe('https://en.wikipedia.org/wiki/Go_(game)');
    expect(links('(see https://en.wikipedia.org/wiki/Go_(game))')[0]!.source).toBe('https://en.wikipedia.org/wiki/Go_(game)');
    expect(trimUrlEnd('https://x.test/a)')).toBe('https://x.test/a');
  });

  it('leaves user:pass@host and other schemes as plain text', () => {
    for (const text of ['https://user:pass@example.com/x', 'http://trusted.example@evil.test/', 'https://@', 'javascript:alert(1)', 'data:text/html,hi', 'ftp://example.com/']) {
      expect(links(`go to ${text} now`)).toEqual([]);
      expect(splitLinks(`go to ${text} now`).join('')).toBe(`go to ${text} now`);
    }
    expect(safeLink('https://user@example.com/')).toBeNull();
  });

  it('shows an internationalised look-alike host in punycode', () => {
    // Cyrillic "а" in "pаypal": the visible text must name the host the browser opens.
    const [link] = links('Invoice at https://p\u0430ypal.com/pay»');
    expect(link!.host).toBe('xn--pypal-4ve.com');
    expect(link!.label).toBe('https://xn--pypal-4ve.com/pay');
    expect(link!.source).toBe('https://p\u0430ypal.com/pay');
    // An ordinary URL is shown as written.
    expect(links('https://example.com/a?b=1')[0]!.label).toBe('https://example.com/a?b=1');
    expect(links('HTTPS://EXAMPLE.com')[0]!.label).toBe('https://example.com/');
  });
});
