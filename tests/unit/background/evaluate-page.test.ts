import { describe, expect, it } from 'vitest';
import { evaluatePage, siteEnabled } from '../../../src/background/evaluate-page';
import type { PagePayload } from '../../../src/core/messages';
import { emptySnapshot, profileKey } from '../../../src/core/snapshot';
import { defaultSettings } from '../../../src/settings/schema';
import { RULES } from '../../../src/engine/rules';

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
const page: PagePayload = { url: URL_, platform: 'github', state: 'profile', snapshot: snap };

describe('evaluatePage (the background evaluates what a content script read)', () => {
  it('evaluates the snapshot with the user settings', () => {
    const tab = evaluatePage(page, settings, marks, { now: new Date('2026-01-01T00:00:00Z') });
    expect(tab.report?.findings.map((f) => f.ruleId)).toEqual(['custom-zeta']);
    expect(tab).toMatchObject({ url: URL_, platform: 'github', state: 'profile', siteDisabled: false, scannedAt: '2026-01-01T00:00:00.000Z' });
    expect(tab.profile).toEqual({ key: profileKey(snap), name: 'Sample Dev', url: URL_ });
  });

  it('honours allowlist and dismissals keyed by profileKey', () => {
    expect(evaluatePage(page, settings, { allowlist: { 'github:sample-dev': {} }, dismissed: {} }).report).toMatchObject({
      allowlisted: true,
      findings: [],
      level: 'none',
    });
    const dismissed = evaluatePage(page, settings, { allowlist: {}, dismissed: { 'github:sample-dev': { ruleIds: ['custom-zeta'] } } });
    expect(dismissed.report).toMatchObject({ findings: [], dismissed: ['custom-zeta'] });
  });

  it('never builds a report for a page that is not a profile', () => {
    const tab = evaluatePage({ ...page, state: 'login-wall', snapshot: null }, settings, marks);
    expect(tab).toMatchObject({ state: 'login-wall', profile: null, report: null });
    // A snapshot with a non-profile state is ignored too.
    expect(evaluatePage({ ...page, state: 'not-found' }, settings, marks).report).toBeNull();
  });

  it('a prototype-named key in the allowlist or dismissals matches no one', () => {
    const odd = JSON.parse('{"__proto__": {"x": 1}, "constructor": {"ruleIds": ["custom-zeta"]}}');
    const tab = evaluatePage(page, settings, { allowlist: odd, dismissed: odd });
    expect(tab.report?.allowlisted).toBe(false);
    expect(tab.report?.findings.map((f) => f.ruleId)).toEqual(['custom-zeta']);
  });

  it('reports the per-site switch', () => {
    const off = { ...settings, sites: { github: false } };
    expect(siteEnabled(off, 'github')).toBe(false);
    expect(siteEnabled(off, 'linkedin')).toBe(true);
    expect(evaluatePage(page, off, marks).siteDisabled).toBe(true);
  });
});
