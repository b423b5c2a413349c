import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createScanService, readPagePayload } from '../../../src/background/scan-service';
import type { PagePayload, TabReport } from '../../../src/core/messages';
import { emptySnapshot, profileKey } from '../../../src/core/snapshot';
import type { SeenMatch } from '../../../src/core/rule';
import { RULES } from '../../../src/engine/rules';
import { defaultSettings } from '../../../src/settings/schema';
import { allowlistItem, dismissedItem, loadUserSettings, saveSettings, settingsItem } from '../../../src/settings/storage';

const URL_ = 'https://www.upwork.com/freelancers/~01abc';
const longText = Array.from({ length: 80 }, (_, i) => `word${i % 37} builds systems${i % 5} daily`).join(' ');
const snap = { ...emptySnapshot('upwork', URL_), accountId: '~01abc', name: 'Sample Worker', about: `gammaword ${longText}` };
const page: PagePayload = { url: URL_, platform: 'upwork', state: 'profile', snapshot: snap };
const KEY = profileKey(snap);

function settings() {
  return {
    ...defaultSettings(),
    rules: Object.fromEntries(RULES.map((r) => [r.id, { enabled: false }])),
    customRules: [
      { id: 'custom-gamma', name: 'gamma', fields: ['about' as const], keywords: ['gammaword'], pattern: null, severity: 'high' as const, weight: 5, note: '', enabled: true },
    ],
  };
}

describe('readPagePayload (content-script messages are input like any other)', () => {
  it('accepts a page and validates its snapshot against the schema', () => {
    expect(readPagePayload(page)).toEqual(page);
  });

  it('treats a snapshot that fails the schema as no profile, and rejects what is not a page at all', () => {
    expect(readPagePayload({ ...page, snapshot: { ...snap, name: '' } })).toMatchObject({ state: 'not-a-profile', snapshot: null });
    expect(readPagePayload({ ...page, snapshot: { ...snap, connections: -3 } })).toMatchObject({ state: 'not-a-profile', snapshot: null });
    expect(readPagePayload(null)).toBeNull();
    expect(readPagePayload('hs:scan')).toBeNull();
    expect(readPagePayload({ ...page, platform: 'myspace' })).toBeNull();
    expect(readPagePayload({ ...page, state: 'owned' })).toBeNull();
    expect(readPagePayload({ ...page, url: 'x'.repeat(5000) })).toBeNull();
  });
});

describe('scan service (the background half of a page scan)', () => {
  let lookups: number;
  let badges: Array<[number, TabReport | null]>;
  let matches: SeenMatch[];
  const make = () =>
    createScanService({
      seen: {
        lookupAndRecord: async () => {
          lookups += 1;
          return matches;
        },
      },
      showBadge: async (tabId, tab) => void badges.push([tabId, tab]),
    });

  beforeEach(async () => {
    fakeBrowser.reset();
    lookups = 0;
    badges = [];
    matches = [];
    await saveSettings(settings());
  });

  it('evaluates, keeps the report for the popup, sets the badge and answers the panel', async () => {
    const reply = await make().scan(3, page);
    expect(reply?.tab.report?.findings.map((f) => f.ruleId)).toEqual(['custom-gamma']);
    expect(reply).toMatchObject({ showPanel: true, startCollapsed: defaultSettings().panel.startCollapsed });
    expect((await fakeBrowser.storage.session.get('tabReport:3'))['tabReport:3']).toEqual(reply?.tab);
    expect(badges).toEqual([[3, reply?.tab]]);
  });

  it('answers "no panel" when the panel or the site is switched off, and for a page that is not a profile', async () => {
    await saveSettings({ ...settings(), sites: { upwork: false } });
    expect(await make().scan(3, page)).toMatchObject({ showPanel: false, tab: { siteDisabled: true } });
    await saveSettings({ ...settings(), panel: { ...defaultSettings().panel, enabled: false } });
    expect((await make().scan(3, page))?.showPanel).toBe(false);
    await saveSettings(settings());
    expect(await make().scan(3, { ...page, state: 'login-wall', snapshot: null })).toMatchObject({ showPanel: false, tab: { report: null } });
  });

  it('falls back to default settings when stored settings are corrupt, and still answers', async () => {
    await settingsItem.setValue({ version: 1, thresholds: 'not an object' });
    const reply = await make().scan(3, page);
    expect(reply?.tab.state).toBe('profile');
    expect(reply?.tab.report).not.toBeNull();
  });

  it('asks the seen-profiles index once per candidate per tab document, and again after the tab is cleared', async () => {
    matches = [{ url: 'https://www.upwork.com/freelancers/~other', platform: 'upwork', similarity: 0.8, seenAt: '2026-01-01T00:00:00.000Z' }];
    await saveSettings({ ...settings(), rules: { ...settings().rules, 'template-reuse': { enabled: true } } });
    const s = make();
    const first = await s.scan(3, page);
    await s.scan(3, page);
    expect(lookups).toBe(1);
    expect(first?.tab.report?.findings.map((f) => f.ruleId)).toContain('template-reuse');
    await s.scan(4, page); // another tab
    expect(lookups).toBe(2);
    await s.clear(3);
    await s.scan(3, page);
    expect(lookups).toBe(3);
  });

  it('does not ask the index when template reuse is off', async () => {
    await saveSettings({ ...settings(), templateReuse: { ...defaultSettings().templateReuse, enabled: false } });
    await make().scan(3, page);
    expect(lookups).toBe(0);
  });

  it('an older pass that finishes last does not overwrite the newer report', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let calls = 0;
    const s = createScanService({
      seen: {
        lookupAndRecord: async () => {
          calls += 1;
          if (calls === 1) await gate; // the first pass waits on the index
          return [];
        },
      },
    });
    const older = s.scan(3, page);
    const newerPage = { ...page, snapshot: { ...snap, accountId: '~01other', about: `no keyword here ${longText}` } };
    await s.scan(3, newerPage);
    release();
    await older;
    const stored = (await fakeBrowser.storage.session.get('tabReport:3'))['tabReport:3'] as TabReport;
    expect(stored.profile?.key).toBe(profileKey(newerPage.snapshot));
  });

  it('clear drops the report and the badge', async () => {
    const s = make();
    await s.scan(3, page);
    await s.clear(3);
    expect(await fakeBrowser.storage.session.get('tabReport:3')).toEqual({});
    expect(badges.at(-1)).toEqual([3, null]);
  });

  it('writes the marks the panel asks for, and ignores malformed ones', async () => {
    const s = make();
    await s.mark({ kind: 'dismiss', key: KEY, ruleId: 'custom-gamma' });
    await s.mark({ kind: 'dismiss', key: KEY, ruleId: 'custom-gamma' });
    expect((await dismissedItem.getValue())[KEY]?.ruleIds).toEqual(['custom-gamma']);
    expect((await s.scan(3, page))?.tab.report).toMatchObject({ findings: [], dismissed: ['custom-gamma'] });
    await s.mark({ kind: 'restore-dismissed', key: KEY });
    expect(await dismissedItem.getValue()).toEqual({});
    await s.mark({ kind: 'allowlist', key: KEY, url: URL_, name: 'Sample Worker', platform: 'upwork' });
    expect((await allowlistItem.getValue())[KEY]).toMatchObject({ url: URL_, name: 'Sample Worker', platform: 'upwork' });
    expect((await s.scan(3, page))?.tab.report?.allowlisted).toBe(true);
    await s.mark({ kind: 'unallowlist', key: KEY });
    expect(await allowlistItem.getValue()).toEqual({});
    for (const bad of [null, 'dismiss', { kind: 'dismiss', key: '', ruleId: 'x' }, { kind: 'erase-everything' }, { kind: 'hide-on-site', platform: 'myspace' }]) {
      await s.mark(bad);
    }
    expect(await dismissedItem.getValue()).toEqual({});
    expect(await allowlistItem.getValue()).toEqual({});
  });

  it('"hide on this site" switches the site off in the user layer only', async () => {
    await make().mark({ kind: 'hide-on-site', platform: 'upwork' });
    const { settings: user } = await loadUserSettings();
    expect(user.sites).toEqual({ upwork: false });
    expect(user.customRules.map((r) => r.id)).toEqual(['custom-gamma']);
  });
});
