import { describe, expect, it } from 'vitest';
import { SeenIndex, profileFingerprint, longFormText } from '../../../src/seen/seen-index';
import { fingerprint } from '../../../src/seen/fingerprint';
import { emptySnapshot, type ProfileSnapshot } from '../../../src/core/snapshot';
import { evaluate } from '../../../src/engine/evaluate';
import { profileInput } from '../../../src/core/rule-input';
import templateReuse from '../../../src/rules/template-reuse';
import { defaultSettings } from '../../../src/settings/schema';
import { SAME_TEMPLATE_SWAPPED, TEMPLATE, UNRELATED_SAME_TRADE } from '../../fixtures/seen/texts';

const NOW = new Date('2026-11-20T10:00:00Z');

function profile(platform: ProfileSnapshot['platform'], url: string, accountId: string | null, name: string, about: string): ProfileSnapshot {
  return { ...emptySnapshot(platform, url), accountId, name, about };
}

const a = profile('linkedin', 'https://www.linkedin.com/in/daniel-brooks-dev/', 'urn:li:member:1', 'Daniel Brooks', TEMPLATE);
const b = profile('upwork', 'https://www.upwork.com/freelancers/~01abc', '~01abc', 'Marek Novak', SAME_TEMPLATE_SWAPPED);
const c = profile('github', 'https://github.com/someone-else', 'someone-else', 'Lia Costa', UNRELATED_SAME_TRADE);

describe('SeenIndex', () => {
  it('flags a different profile on another platform under another name that reuses the text', () => {
    const idx = new SeenIndex();
    idx.record(a, profileFingerprint(a)!, NOW);
    const matches = idx.lookup(profileFingerprint(b)!, { key: 'upwork:~01abc', url: b.url });
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ url: a.url, platform: 'linkedin', seenAt: NOW.toISOString() });
    expect(matches[0]!.similarity).toBeGreaterThan(0.8);
  });

  it('never matches the same profile (same key or same URL) and ignores unrelated text', () => {
    const idx = new SeenIndex();
    idx.record(a, profileFingerprint(a)!, NOW);
    expect(idx.lookup(profileFingerprint(a)!, { key: 'linkedin:urn:li:member:1', url: 'https://x.example/other' })).toEqual([]);
    expect(idx.lookup(profileFingerprint(a)!, { key: 'linkedin:other', url: 'https://uk.linkedin.com/in/daniel-brooks-dev' })).toEqual([]);
    expect(idx.lookup(profileFingerprint(c)!, { key: 'github:someone-else', url: c.url })).toEqual([]);
  });

  it('stores fingerprints, never the text, and round-trips through JSON', () => {
    const idx = new SeenIndex();
    idx.record(a, profileFingerprint(a)!, NOW);
    const json = JSON.stringify(idx.toJSON());
    expect(json).not.toContain('full stack');
    expect(json).not.toContain('Daniel');
    const { index, error } = SeenIndex.fromJSON(JSON.parse(json));
    expect(error).toBeNull();
    expect(index.lookup(profileFingerprint(b)!, { key: 'upwork:~01abc', url: b.url })).toHaveLength(1);
  });

  it('drops the least recently seen beyond capacity and prunes by retention', () => {
    const idx = new SeenIndex([], 2);
    const sig = fingerprint(UNRELATED_SAME_TRADE)!;
    idx.record({ platform: 'github', accountId: '1', url: 'https://github.com/one' }, sig, new Date('2026-01-01'));
    idx.record({ platform: 'github', accountId: '2', url: 'https://github.com/two' }, sig, new Date('2026-06-01'));
    idx.record({ platform: 'github', accountId: '1', url: 'https://github.com/one' }, sig, new Date('2026-07-01')); // refresh
    idx.record({ platform: 'github', accountId: '3', url: 'https://github.com/three' }, sig, new Date('2026-08-01'));
    expect(idx.toJSON().entries.map((e) => e.key).sort()).toEqual(['github:1', 'github:3']);
    idx.prune(30, new Date('2026-08-15'));
    expect(idx.toJSON().entries.map((e) => e.key)).toEqual(['github:3']);
  });

  it('refuses a file that is not an index with a message, losing nothing else', () => {
    for (const bad of [null, 42, { format: 'x' }, { format: 'hire-signals-seen', version: 1, entries: [{ key: 1 }] }]) {
      const { index, error } = SeenIndex.fromJSON(bad);
      expect(index.size).toBe(0);
      expect(error).toMatch(/not a seen-profiles index/);
    }
  });

  it('long-form text is about and position descriptions', () => {
    const p = { ...a, positions: [{ title: 'Dev', company: 'X', companyUrl: null, location: null, start: null, end: null, current: false, description: 'Built things' }] };
    expect(longFormText(p)).toContain('Built things');
  });
});

describe('rule template-reuse', () => {
  it('fires with evidence naming the other profile, its platform, date and similarity', () => {
    const idx = new SeenIndex();
    idx.record(a, profileFingerprint(a)!, NOW);
    const matches = idx.lookup(profileFingerprint(b)!, { key: 'upwork:~01abc', url: b.url });
    const report = evaluate(profileInput(b, NOW, matches), defaultSettings(), { rules: [templateReuse] });
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]!.evidence[0]).toMatch(/^\d+% of this profile's long-form text matches https:\/\/www\.linkedin\.com\/in\/daniel-brooks-dev\/ \(linkedin, seen 2026-11-20\)$/);
  });

  it('stays quiet without matches', () => {
    expect(evaluate(profileInput(c, NOW, []), defaultSettings(), { rules: [templateReuse] }).findings).toEqual([]);
    expect(evaluate(profileInput(c, NOW), defaultSettings(), { rules: [templateReuse] }).findings).toEqual([]);
  });
});
