import { describe, expect, it } from 'vitest';
import { sameOutcome, scanProfile, siteEnabled } from '../../../src/content/scan-profile';
import { emptySnapshot, profileKey } from '../../../src/profile/snapshot';
import { defaultSettings } from '../../../src/settings/schema';
import { RULES } from '../../../src/rules';

const URL_ = 'https://github.com/sample-dev';
const snap = { ...emptySnapshot('github', URL_), accountId: 'sample-dev', name: 'Sample Dev', about: 'mentions zetaword here' };
const settings = {
  ...defaultSettings(),
  // Registered guidance rules off: this test checks the wiring with its own keyword rule.
  rules: Object.fromEntries(RULES.map((r) => [r.id, { enabled: false }])),
  customRules: [
    { id: 'custom-zeta', name: 'zeta', fields: ['about' as const], keywords: ['zetaword'], pattern: null, severity: 'high' as const, weight: 5, note: '', enabled: true },
  ],
};
const marks = { allowlist: {}, dismissed: {} };
const extract = () => ({ platform: 'github' as const, state: 'profile' as const, snapshot: snap });

describe('scanProfile', () => {
  it('evaluates the extracted snapshot with the user settings', () => {
    const out = scanProfile(document, URL_, settings, marks, { extract, now: () => new Date('2026-01-01T00:00:00Z') });
    expect(out.key).toBe(profileKey(snap));
    expect(out.report?.findings.map((f) => f.ruleId)).toEqual(['custom-zeta']);
    expect(out.tab).toMatchObject({ url: URL_, platform: 'github', state: 'profile', siteDisabled: false, scannedAt: '2026-01-01T00:00:00.000Z' });
    expect(out.tab.profile).toEqual({ key: 'github:sample-dev', name: 'Sample Dev', url: URL_ });
  });

  it('honours allowlist and dismissals keyed by profileKey', () => {
    expect(scanProfile(document, URL_, settings, { allowlist: { 'github:sample-dev': {} }, dismissed: {} }, { extract }).report).toMatchObject({
      allowlisted: true,
      findings: [],
      level: 'none',
    });
    const dismissed = scanProfile(document, URL_, settings, { allowlist: {}, dismissed: { 'github:sample-dev': { ruleIds: ['custom-zeta'] } } }, { extract });
    expect(dismissed.report).toMatchObject({ findings: [], dismissed: ['custom-zeta'] });
  });

  it('never builds a report for a page that is not a profile', () => {
    const out = scanProfile(document, URL_, settings, marks, { extract: () => ({ platform: 'github', state: 'login-wall', snapshot: null }) });
    expect(out).toMatchObject({ report: null, snapshot: null, key: null, tab: { state: 'login-wall', profile: null, report: null } });
  });

  it('a prototype-named key in the allowlist does not allowlist everyone', () => {
    const out = scanProfile(document, URL_, settings, { allowlist: JSON.parse('{"__proto__": {"x": 1}}'), dismissed: {} }, { extract });
    expect(out.report?.allowlisted).toBe(false);
  });

  it('reports the per-site switch', () => {
    const off = { ...settings, sites: { github: false } };
    expect(siteEnabled(off, 'github')).toBe(false);
    expect(siteEnabled(off, 'linkedin')).toBe(true);
    expect(scanProfile(document, URL_, off, marks, { extract }).tab.siteDisabled).toBe(true);
  });

  it('sameOutcome ignores the scan time but sees a changed report', () => {
    const a = scanProfile(document, URL_, settings, marks, { extract, now: () => new Date(1) });
    const b = scanProfile(document, URL_, settings, marks, { extract, now: () => new Date(2) });
    expect(sameOutcome(a, b)).toBe(true);
    const c = scanProfile(document, URL_, settings, { allowlist: { 'github:sample-dev': {} }, dismissed: {} }, { extract });
    expect(sameOutcome(a, c)).toBe(false);
    expect(sameOutcome(null, a)).toBe(false);
  });
});
