import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FRONT_COMPANIES } from '../../../src/advisories/front-companies';
import { SEIZED_DOMAINS } from '../../../src/advisories/seized-domains';
import { DomainMatcher, EntityNameMatcher } from '../../../src/matching/entity-match';

// The matchers as the rules build them, from the indicator data.
const seized = new DomainMatcher(SEIZED_DOMAINS);
const fronts = new EntityNameMatcher(FRONT_COMPANIES);
const matchSeizedDomains = (text: string) => seized.match(text);
const matchFrontCompanies = (text: string) => fronts.match(text);

const domains = (text: string) => matchSeizedDomains(text).map((m) => [m.entry.domain, m.matched]);
const companies = (text: string) => matchFrontCompanies(text).map((m) => m.entry.name);

describe('DomainMatcher on the seized domains', () => {
  it('finds a domain in URLs, e-mail addresses and bare host names', () => {
    expect(domains('Portfolio: https://www.InditechLab.com/team?x=1')).toEqual([['inditechlab.com', 'www.inditechlab.com']]);
    expect(domains('write to jo.dev@mail.wkjllc.com today')).toEqual([['wkjllc.com', 'mail.wkjllc.com']]);
    expect(domains('former employer: tonywangtech.com.')).toEqual([['tonywangtech.com', 'tonywangtech.com']]);
    expect(domains('HOPANATECH.COM')).toEqual([['hopanatech.com', 'hopanatech.com']]);
  });

  it('reads defanged and invisible-character spellings', () => {
    expect(domains('hopanatech[.]com')).toEqual([['hopanatech.com', 'hopanatech.com']]);
    expect(domains('inditech\u200Blab.com')).toEqual([['inditechlab.com', 'inditechlab.com']]);
    expect(domains('ｗｋｊｌｌｃ．ｃｏｍ')).toEqual([['wkjllc.com', 'wkjllc.com']]);
  });

  it('does not match look-alikes, longer labels or other registrable domains', () => {
    expect(domains('notinditechlab.com')).toEqual([]);
    expect(domains('inditechlab.company.io')).toEqual([]);
    expect(domains('inditechlab.com.example.net')).toEqual([]);
    expect(domains('my-inditechlab.com and inditechlab.co and inditechlab')).toEqual([]);
    expect(domains('huguotechltd.com')).toEqual([]);
  });

  it('reports each host once', () => {
    expect(domains('wkjllc.com wkjllc.com WKJLLC.com')).toHaveLength(1);
  });
});

describe('EntityNameMatcher on the front companies', () => {
  it('matches a name across case, punctuation and legal-form spellings', () => {
    expect(companies('Senior dev, YANBIAN SILVERSTAR NETWORK TECHNOLOGY CO LTD (2019-2021)')).toEqual([
      'Yanbian Silverstar Network Technology Co., Ltd.',
    ]);
    expect(companies('Liaoning China Trade Industry Company Limited')).toEqual(['Liaoning China Trade Industry Co., Ltd.']);
    expect(companies('Asatryan Limited Liability Company')).toEqual(['Asatryan LLC']);
    expect(companies('paid by Fortuna, L.L.C.')).toEqual(['Fortuna LLC']);
  });

  it('the ASCII first-word shortcut never hides a match (apostrophes, line breaks, other words around it)', () => {
    const names = (text: string) => matchFrontCompanies(text).map((h) => h.entry.name);
    expect(names("Worked for Chinyong Information Technology Cooperation Company's Shenyang office")).toContain(
      'Chinyong Information Technology Cooperation Company',
    );
    expect(names('Payee:\nASATRYAN L.L.C.\nYerevan')).toContain('Asatryan LLC');
    expect(names('Engineer with ten years of experience in distributed systems.')).toEqual([]);
  });

  it('matches aliases, accents and scripts without spaces', () => {
    expect(companies('worked with China Silver Star')).toEqual(['Yanbian Silverstar Network Technology Co., Ltd.']);
    expect(companies('Vólasys Sílverstar')).toEqual(['Volasys Silver Star']);
    expect(companies('前公司：延边银星网络科技有限公司。')).toEqual(['Yanbian Silverstar Network Technology Co., Ltd.']);
    expect(companies("Department 53 of the Ministry of the People’s Armed Forces")).toEqual([
      "Department 53 of the Ministry of the People's Armed Forces",
    ]);
  });

  it('accepts a multi-word name without its legal form, never a one-word core', () => {
    expect(companies('Korea Sinjin Trading')).toEqual(['Korea Sinjin Trading Corporation']);
    expect(companies('Fortuna')).toEqual([]);
    expect(companies('Fortuna Capital LLC')).toEqual([]);
  });

  it('matches on word boundaries only and never fuzzily', () => {
    expect(companies('Department 530')).toEqual([]);
    expect(companies('Yanbian Silverstars Network')).toEqual([]);
    expect(companies('Yanbian Silver Star')).toEqual([]);
    expect(companies('Osong Bio Valley, Cheongju')).toEqual([]);
    expect(companies('the KBS newsroom')).toEqual([]);
  });

  it('returns the text as written for evidence', () => {
    expect(matchFrontCompanies('at Korea  Sobaeksu\nTrading Corporation')[0]?.matched).toBe('Korea Sobaeksu Trading Corporation');
  });
});

describe('the matchers read only the lists they are given', () => {
  it('find the entries of any list, and nothing of another', () => {
    const domainsOf = new DomainMatcher([{ domain: 'example-front.net', note: 'test' }]);
    expect(domainsOf.labels).toEqual(['example-front']);
    expect(domainsOf.match('see https://www.Example-Front.net/x and hopanatech.com').map((m) => [m.entry.note, m.matched])).toEqual([['test', 'www.example-front.net']]);
    expect(domainsOf.mayHave('nothing here')).toBe(false);
    const namesOf = new EntityNameMatcher([{ name: 'Northwind Trading Co., Ltd.', aliases: ['Northwind Export'], id: 7 }]);
    expect(namesOf.match('Paid by NORTHWIND TRADING COMPANY LIMITED, then Northwind Export; also Korea Sinjin Trading Corporation').map((m) => [m.entry.id, m.matched])).toEqual([
      [7, 'NORTHWIND TRADING COMPANY LIMITED'],
      [7, 'Northwind Export'],
    ]);
    expect(namesOf.wordIndex()).toEqual({ words: ['northwind', 'trading', 'export'], sets: [[0, 1], [0, 1], [0, 2]] });
  });
});

describe('hostile and large input', () => {
  const hostile = [
    '',
    '<script>alert(1)</script><img src=x onerror=alert(1)>',
    '\u202Emoc.baldhcetidni\u202C',
    '\uD800\uDC00\uD800 lone surrogates \uDFFF',
    'a.'.repeat(50_000),
    '-'.repeat(100_000),
    `${'x'.repeat(70)}.${'y'.repeat(70)}.com`,
  ];

  it('never throws', () => {
    for (const text of hostile) {
      expect(() => matchSeizedDomains(text)).not.toThrow();
      expect(() => matchFrontCompanies(text)).not.toThrow();
    }
    expect(matchSeizedDomains(undefined as unknown as string)).toEqual([]);
    expect(matchFrontCompanies(null as unknown as string)).toEqual([]);
  });

  it('never throws on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        matchSeizedDomains(s);
        matchFrontCompanies(s);
      }),
      { numRuns: 300 },
    );
  });

  it('scans 100 KB of text and still finds a match at the end', () => {
    const filler = 'Built web apps with React and Node at example.com for ten years, limited company work. ';
    const text = filler.repeat(Math.ceil(100_000 / filler.length)) + ' Yanbian Silverstar, see https://hopanatech.com';
    matchFrontCompanies(text);
    matchSeizedDomains(text); // warm-up
    const c = matchFrontCompanies(text);
    const d = matchSeizedDomains(text);
    expect(c.map((m) => m.matched)).toEqual(['Yanbian Silverstar']);
    expect(d.map((m) => m.matched)).toEqual(['hopanatech.com']);
  });
});

describe('first looks (cheap rejections before the full matchers)', () => {
  // A separate non-ASCII word at the end changes no match but sends the text down the full
  // path (NFKC refanging, the tokenizer): the answer with and without it must be the same.
  const fullPath = ' \u00e9';
  const word = fc.constantFrom(
    'Korea', 'KOREA', 'korea', "Ko'rea", 'Sinjin', 'Trading', 'Corporation', 'Corp.', 'Limited', 'Liability', 'Company', 'L.L.C.', 'LLC', 'Co.,', 'Ltd',
    'Fortuna', 'Asatryan', 'Department', '53', '530', 'of', 'the', 'Ministry', "People's", 'Armed', 'Forces', 'Yanbian', 'Silverstar', 'Silver', 'Star', 'China',
    'Volasys', 'Pyongyang', 'IT', 'Bureau', 'hopanatech', 'HopanaTech', '.com', '[.]', '(.)', 'www.', 'inditechlab', 'wkjllc', 'tonywangtech', '.',
    'notinditechlab', '-', '@', 'mail.', 'https://', 'Osong', 'Shipping', 'Co', 'Saenal', 'Liaoning', 'Trade', 'Industry', "'", 'x',
  );
  const sep = fc.constantFrom(' ', '', '\n', ', ', '  ', "'", '.', '-');
  const text = fc.array(fc.tuple(word, sep).map(([w, s]) => w + s), { maxLength: 14 }).map((parts) => parts.join(''));

  it('front companies: the same matches as the full tokenizer on ASCII text (property)', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(matchFrontCompanies(t)).toEqual(matchFrontCompanies(t + fullPath));
      }),
      { numRuns: 3000 },
    );
  });

  it('seized domains: the same matches as refanging every text (property)', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(matchSeizedDomains(t)).toEqual(matchSeizedDomains(t + fullPath));
      }),
      { numRuns: 3000 },
    );
  });

  it('still find names split by apostrophes, written in other cases or with legal forms spelled out', () => {
    expect(companies("KOREA SIN'JIN TRADING CORPORATION")).toEqual(['Korea Sinjin Trading Corporation']);
    expect(companies('Asatryan Limited Liability Company')).toEqual(['Asatryan LLC']);
    expect(companies('Department 53 of the Ministry of the People\'s Armed Forces')).toEqual(["Department 53 of the Ministry of the People's Armed Forces"]);
    expect(domains('see HOPANATECH[.]COM')).toEqual([['hopanatech.com', 'hopanatech.com']]);
  });
});
