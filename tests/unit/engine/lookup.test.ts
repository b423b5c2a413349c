import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyInput, lookup } from '../../../src/engine/lookup';
import { hasMessage } from '../../../src/core/i18n';
import { defaultSettings, type Settings } from '../../../src/settings/schema';

const kindOf = (raw: string) => lookup(raw).kind;

/** A user rule that fires on a keyword proves the value actually went through `evaluate`. */
function settingsWithKeyword(keyword: string): Settings {
  const s = defaultSettings();
  s.customRules = [
    { id: 'custom-probe', name: 'Probe', fields: ['all'], keywords: [keyword], pattern: null, severity: 'low', weight: 2, note: '', enabled: true },
  ];
  return s;
}

describe('lookup: recognising the input', () => {
  it.each([
    ['https://www.linkedin.com/in/jane-roe-0a1b2c/', 'url'],
    ['linkedin.com/in/jane-roe', 'url'],
    ['https://example.org/about?x=1', 'url'],
    ['jane.roe@Example.ORG', 'email'],
    ['mailto:jr@example.net', 'email'],
    ['example.com', 'domain'],
    ['WWW.Example.com', 'domain'],
    ['+1 (555) 010-2030', 'phone'],
    ['tel:+442079460958', 'phone'],
    ['Acme Widgets Co., Ltd.', 'company'],
    ['Northwind Traders', 'company'],
    ['I build web apps. I have ten years of experience with React and Node.', 'text'],
    ['Senior engineer\nAcme Widgets 2019–2023\nGlobex 2016–2019', 'text'],
  ])('%s → %s', (raw, kind) => {
    expect(kindOf(raw)).toBe(kind);
  });

  it('normalises the value the rules read', () => {
    expect(lookup('  Jane.Roe@Example.ORG ').detail).toBe('jane.roe@example.org');
    expect(lookup('www.Example.com.').detail).toBe('example.com');
    expect(lookup('\u200Fexample.com\u200E').detail).toBe('example.com');
    expect(lookup('linkedin.com/in/jane-roe').detail).toBe('https://linkedin.com/in/jane-roe');
  });

  it('does not take dates or short numbers for phone numbers', () => {
    expect(classifyInput('2024-01-15').kind).toBe('empty');
    expect(classifyInput('12345').kind).toBe('empty');
  });
});

describe('lookup: links to hiring sites', () => {
  it('reports the hiring site a link is on, by its host, with its name in the hint, and fetches nothing', () => {
    const r = lookup('https://www.linkedin.com/in/jane-roe-0a1b2c/');
    expect(r.kind).toBe('url');
    expect(r.platform).toBe('linkedin');
    expect(r.hint).toBe('lookup.hint.siteUrl');
    expect(r.hintSubs).toEqual({ platform: 'LinkedIn' });
    expect(r.report).not.toBeNull();
    expect(lookup('https://uk.linkedin.com/feed/').platform).toBe('linkedin');
    expect(lookup('upwork.com/freelancers/~01a2b3c4d5e6f7a8b9')).toMatchObject({ platform: 'upwork', hintSubs: { platform: 'Upwork' } });
  });

  it('reports no platform for other sites, look-alike hosts included', () => {
    for (const url of ['https://example.org/team', 'https://linkedin.com.evil.example/in/jane-roe', 'https://evil-linkedin.com/in/jane-roe']) {
      const r = lookup(url);
      expect(r.platform).toBeNull();
      expect(r.hint).toBeUndefined();
    }
  });
});

describe('lookup: running the rules', () => {
  it('evaluates the recognised value with the given settings', () => {
    const r = lookup('www.probe-corp.com', settingsWithKeyword('probe'));
    expect(r.kind).toBe('domain');
    expect(r.report?.findings.map((f) => f.ruleId)).toContain('custom-probe');
    expect(lookup('www.other.com', settingsWithKeyword('probe')).report?.findings.map((f) => f.ruleId)).not.toContain('custom-probe');
  });
});

describe('lookup: empty, nonsense and hostile input', () => {
  it.each(['', '   ', '!!!', '🎉🎉🎉', '\u200B\u200F\u202E', '—…·', '2024'])('%j is empty with a hint', (raw) => {
    const r = lookup(raw);
    expect(r.kind).toBe('empty');
    expect(r.report).toBeNull();
    expect(r.hint).toBe('lookup.hint.empty');
  });

  it('has messages for every hint it returns', () => {
    expect(hasMessage('lookup.hint.empty')).toBe(true);
    expect(hasMessage('lookup.hint.siteUrl')).toBe(true);
    expect(hasMessage('lookup.hint.truncated')).toBe(true);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const r = lookup(s);
        expect(['url', 'email', 'domain', 'phone', 'company', 'text', 'empty']).toContain(r.kind);
      }),
      { numRuns: 200 },
    );
    expect(lookup(undefined as unknown as string).kind).toBe('empty');
    expect(lookup('<script>alert(1)</script>').kind).not.toBe('empty');
  });

  it('handles a huge paste and says it was cut', () => {
    const r = lookup('word '.repeat(100_000));
    expect(r.kind).toBe('text');
    expect(r.hint).toBe('lookup.hint.truncated');
  });
});

describe('lookup: speed', () => {
  it('checks a 20 KB résumé as text without findings (its speed is reported by npm run bench)', () => {
    const para =
      'Led a team building payment dashboards with React, TypeScript and PostgreSQL at Northwind Traders; ' +
      'shipped mobile apps, wrote CI pipelines and mentored juniors. Contact: jane.roe@example.org, +1 555 010 2030. ';
    const resume = para.repeat(Math.ceil(20_000 / para.length)).slice(0, 20_000);
    const r = lookup(resume, defaultSettings());
    expect(r.kind).toBe('text');
    expect(r.report?.findings).toEqual([]);
  });
});
