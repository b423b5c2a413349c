import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from '../../../src/matching/edit-distance';
import { companySlugs, coreOfLabel, domainName, foldConfusables, sameFolded } from '../../../src/matching/lookalike-domains';

/*
 * The helpers were rewritten for speed; each is checked against the
 * straightforward version it replaced, kept here as the oracle.
 */

const oracle = {
  fold: (s: string) => s.replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/[l1|!]/g, 'i').replace(/0/g, 'o').replace(/5/g, 's').replace(/-/g, ''),
  editDistance(a: string, b: string, max: number): number {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    if (a === b) return 0;
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const cur = [i];
      let rowMin = i;
      for (let j = 1; j <= b.length; j++) {
        const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
        cur.push(v);
        if (v < rowMin) rowMin = v;
      }
      if (rowMin > max) return max + 1;
      prev = cur;
    }
    return prev[b.length]!;
  },
  domainName(host: string, twoLevel: ReadonlySet<string>) {
    const h = host.toLowerCase().replace(/^www\d?\./, '').replace(/\.$/, '');
    const labels = h.split('.').filter(Boolean);
    if (labels.length < 2 || h.length > 253) return null;
    const lastTwo = labels.slice(-2).join('.');
    const n = twoLevel.has(lastTwo) && labels.length >= 3 ? 3 : 2;
    const registrable = labels.slice(-n).join('.');
    const label = labels[labels.length - n]!;
    if (!/^[a-z0-9-]{2,63}$/.test(label)) return null;
    return { registrable, label };
  },
  slugs(name: string, legal: ReadonlySet<string>, filler: ReadonlySet<string>) {
    const words = name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w && !legal.has(w));
    if (words.length === 0) return null;
    const distinctive = words.filter((w) => !filler.has(w));
    return { full: words.join(''), first: (distinctive[0] ?? words[0])! };
  },
};

// Alphabets that make the tricky cases likely: pairs to fold, hyphens between them, accents.
const foldy = fc.array(fc.constantFrom('r', 'n', 'v', 'l', '1', '|', '!', '0', '5', '-', 'a', 'm', 'w', 'i', 'é'), { maxLength: 14 }).map((a) => a.join(''));
const hosty = fc
  .array(fc.constantFrom('www', 'www1', 'wwwx', 'co', 'uk', 'com', 'au', 'brightwave', 'a', 'x-y', '-', '', 'İ', 'B', 'a_b', 'q'.repeat(64)), { minLength: 1, maxLength: 6 })
  .map((labels) => labels.join('.'))
  .chain((h) => fc.constantFrom(h, `${h}.`, `.${h}`, h.toUpperCase()));
const namey = fc
  .array(fc.constantFrom('Brightwave', 'Solutions', 'Inc', 'Inc.', 'LLC', 'The', 'Co.,', 'Ltd', 'Global', 'Tech', 'Café', 'Ærø', 'ＡＢＣ', '&', '-', '1st', 'Ｉnc', 'İstanbul'), { maxLength: 6 })
  .map((w) => w.join(' '));

// The sets the module uses: read back through its behaviour would be circular, so list the ones the oracle needs.
const TWO_LEVEL = new Set(['co.uk', 'org.uk', 'ac.uk', 'com.au', 'net.au', 'org.au', 'co.nz', 'co.jp', 'co.kr', 'com.br', 'com.mx', 'com.ar', 'co.in', 'com.cn', 'com.hk', 'com.tw', 'com.sg', 'com.my', 'com.tr', 'com.ua', 'co.za', 'com.ph', 'com.vn', 'co.il']);
const LEGAL = new Set(['inc', 'llc', 'ltd', 'co', 'corp', 'corporation', 'company', 'limited', 'gmbh', 'plc', 'the', 'and', 's.a', 'sa', 'ag', 'bv', 'oy', 'ab']);
const FILLER = new Set(['inc', 'llc', 'ltd', 'co', 'corp', 'corporation', 'company', 'limited', 'gmbh', 'plc', 'group', 'solutions', 'solution', 'tech', 'technologies', 'technology', 'global', 'usa', 'us', 'hq', 'official', 'online', 'team', 'software', 'labs', 'lab', 'systems', 'consulting', 'services', 'digital', 'the', 'and', 'international', 'intl', 'holdings', 'careers', 'jobs', 'mail']);

describe('look-alike helpers agree with the versions they replaced', () => {
  it.each([
    ['brlghtwave', 'brightwave'],
    ['rnicro', 'micro'],
    ['r-n', 'rn'],
    ['vvv', 'wv'],
    ['rnn', 'mn'],
    ['l1|!05-', 'iiiios'],
  ])('foldConfusables(%s) = %s', (s, folded) => {
    expect(foldConfusables(s)).toBe(folded);
    expect(oracle.fold(s)).toBe(folded);
  });

  it('foldConfusables and sameFolded (property)', () => {
    fc.assert(
      fc.property(foldy, foldy, (a, b) => {
        expect(foldConfusables(a)).toBe(oracle.fold(a));
        expect(sameFolded(a, b)).toBe(oracle.fold(a) === oracle.fold(b));
        expect(sameFolded(a, a)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('boundedEditDistance (property, reusing its buffers across lengths)', () => {
    const word = fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        expect(boundedEditDistance(a, b, max)).toBe(oracle.editDistance(a, b, max));
      }),
      { numRuns: 2000 },
    );
    const long = 'x'.repeat(100);
    expect(boundedEditDistance(long, `${long}y`, 2)).toBe(1);
    expect(boundedEditDistance('kitten', 'sitting', 3)).toBe(3);
  });

  it('domainName (property)', () => {
    fc.assert(
      fc.property(hosty, (host) => {
        expect(domainName(host)).toEqual(oracle.domainName(host, TWO_LEVEL));
      }),
      { numRuns: 2000 },
    );
    expect(domainName('www1.brightwave.co.uk.')).toEqual({ registrable: 'brightwave.co.uk', label: 'brightwave' });
    expect(domainName('WWW.Brightwave.com')).toEqual({ registrable: 'brightwave.com', label: 'brightwave' });
  });

  it('companySlugs and coreOfLabel (property)', () => {
    fc.assert(
      fc.property(namey, (name) => {
        expect(companySlugs(name)).toEqual(oracle.slugs(name, LEGAL, FILLER));
      }),
      { numRuns: 1000 },
    );
    expect(coreOfLabel('brightwave')).toBe('brightwave');
    expect(coreOfLabel('brightwave-solutions-inc')).toBe('brightwave');
    expect(coreOfLabel('-')).toBe('');
  });
});
