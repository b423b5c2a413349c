import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createScanService, REEVALUATION_MEASURE, type ScanServiceDeps } from '../../../src/background/scan-service';
import type { PagePayload, PanelPush, ScanMessage, TabReport, TabReportNotice } from '../../../src/core/messages';
import { emptySnapshot, profileKey } from '../../../src/core/snapshot';
import type { SeenMatch } from '../../../src/core/rule';
import { RULES } from '../../../src/engine/rules';
import { defaultSettings } from '../../../src/settings/schema';
import { dismissedItem, saveSettings, settingsItem } from '../../../src/settings/storage';

const URL_ = 'https://www.upwork.com/freelancers/~01abc';
const longText = Array.from({ length: 80 }, (_, i) => `word${i % 37} builds systems${i % 5} daily`).join(' ');
const snap = { ...emptySnapshot('upwork', URL_), accountId: '~01abc', name: 'Sample Worker', about: `gammaword ${longText}` };
const page: PagePayload = { url: URL_, platform: 'upwork', state: 'profile', snapshot: snap };
const KEY = profileKey(snap);
const scanOf = (p: PagePayload, stateId = 'doc:1'): ScanMessage => ({ type: 'hs:scan', stateId, page: p });

function settings() {
  return {
    ...defaultSettings(),
    rules: Object.fromEntries(RULES.map((r) => [r.id, { enabled: false }])),
    customRules: [
      { id: 'custom-gamma', name: 'gamma', fields: ['about' as const], keywords: ['gammaword'], pattern: null, severity: 'high' as const, weight: 5, note: '', enabled: true },
    ],
  };
}
const withTemplateReuse = () => ({ ...settings(), rules: { ...settings().rules, 'template-reuse': { enabled: true } } });

const session = async (key: string) => (await fakeBrowser.storage.session.get(key))[key];

describe('scan service (the background owns evaluation)', () => {
  let lookups: number;
  let badges: Array<[number, TabReport | null]>;
  let pushes: Array<[number, PanelPush]>;
  let notices: TabReportNotice[];
  let matches: SeenMatch[];
  const make = (over: Partial<ScanServiceDeps> = {}) =>
    createScanService({
      seen: {
        lookupAndRecord: async () => {
          lookups += 1;
          return matches;
        },
      },
      showBadge: async (tabId, tab) => void badges.push([tabId, tab]),
      push: async (tabId, msg) => {
        pushes.push([tabId, msg]);
        return true;
      },
      notify: (msg) => void notices.push(msg),
      ...over,
    });

  beforeEach(async () => {
    fakeBrowser.reset();
    lookups = 0;
    badges = [];
    pushes = [];
    notices = [];
    matches = [];
    performance.clearMeasures();
    await saveSettings(settings());
  });

  it('evaluates a page, keeps page and report for the tab, sets the badge and answers the panel', async () => {
    const update = await make().scan(3, scanOf(page));
    expect(update?.tab.report?.findings.map((f) => f.ruleId)).toEqual(['custom-gamma']);
    expect(update).toMatchObject({ stateId: 'doc:1', showPanel: true, startCollapsed: defaultSettings().panel.startCollapsed });
    expect(await session('tabReport:3')).toEqual(update?.tab);
    // With the seen-profiles index's answer for the candidate (template reuse is on by default).
    expect(await session('tabPage:3')).toEqual({ stateId: 'doc:1', page, seen: { key: KEY, matches: [] } });
    expect(badges).toEqual([[3, update?.tab]]);
    expect(notices).toEqual([{ type: 'hs:tab-report', tabId: 3, tab: update?.tab }]);
    // The answer is the update: nothing is pushed for a page the tab just sent.
    expect(pushes).toEqual([]);
  });

  it('answers "no panel" when the panel or the site is switched off, and for a page that is not a profile', async () => {
    await saveSettings({ ...settings(), sites: { upwork: false } });
    expect(await make().scan(3, scanOf(page))).toMatchObject({ showPanel: false, tab: { siteDisabled: true } });
    await saveSettings({ ...settings(), panel: { ...defaultSettings().panel, enabled: false } });
    expect((await make().scan(3, scanOf(page)))?.showPanel).toBe(false);
    await saveSettings(settings());
    expect(await make().scan(3, scanOf({ ...page, state: 'login-wall', snapshot: null }))).toMatchObject({ showPanel: false, tab: { report: null } });
  });

  it('falls back to default settings when stored settings are corrupt, and still answers', async () => {
    await settingsItem.setValue({ version: 1, thresholds: 'not an object' });
    const update = await make().scan(3, scanOf(page));
    expect(update?.tab.state).toBe('profile');
    expect(update?.tab.report).not.toBeNull();
  });

  it('re-evaluates every kept page when asked, without the page, and pushes the new result to each tab', async () => {
    const s = make();
    const first = await s.scan(3, scanOf(page, 'a:1'));
    await s.scan(4, scanOf({ ...page, snapshot: { ...snap, accountId: '~01other' } }, 'b:1'));
    await dismissedItem.setValue({ [KEY]: { ruleIds: ['custom-gamma'], updatedAt: new Date().toISOString() } });
    await s.reevaluateAll(performance.now());
    // Only tab 3 shows the candidate whose finding was dismissed: tab 4's result is unchanged and not pushed.
    expect(pushes.map(([tabId]) => tabId)).toEqual([3]);
    const [, push] = pushes[0]!;
    expect(push.type).toBe('hs:panel');
    expect(push.update).toMatchObject({ stateId: 'a:1', tab: { report: { findings: [], dismissed: ['custom-gamma'] } } });
    expect(push.update.revision).toBeGreaterThan(first!.revision);
    expect(((await session('tabReport:3')) as TabReport).report?.dismissed).toEqual(['custom-gamma']);
    expect(badges.at(-1)).toEqual([3, push.update.tab]);
    // The page drew it: one measure for the bench, naming the tab.
    await new Promise((r) => setTimeout(r, 0));
    const measures = performance.getEntriesByName(REEVALUATION_MEASURE) as PerformanceMeasure[];
    expect(measures.map((m) => m.detail)).toEqual([{ tabId: 3 }]);
  });

  it('a push the tab cannot take (closed, orphaned) is ignored', async () => {
    const s = make({ push: async () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')) });
    await s.scan(3, scanOf(page));
    await saveSettings({ ...settings(), thresholds: { low: 1, medium: 2, high: 3 } });
    await expect(s.reevaluateAll(performance.now())).resolves.toBeUndefined();
    expect(((await session('tabReport:3')) as TabReport).report?.level).toBe('high');
    expect(performance.getEntriesByName(REEVALUATION_MEASURE)).toEqual([]);
  });

  it('"check again" re-evaluates the kept page and pushes it even when nothing changed', async () => {
    const s = make();
    const first = await s.scan(3, scanOf(page));
    const again = await s.recheck(3);
    expect(again?.report).toEqual(first?.tab.report);
    expect(pushes).toHaveLength(1);
    expect(pushes[0]![1].update.stateId).toBe('doc:1');
    expect(await s.recheck(99)).toBeNull();
    expect(await s.tabReport(3)).toEqual(again);
    expect(await s.tabReport(99)).toBeNull();
  });

  it('a service worker started afresh re-evaluates the pages an earlier one kept', async () => {
    await make().scan(3, scanOf(page));
    const restarted = make();
    await saveSettings({ ...settings(), thresholds: { low: 1, medium: 2, high: 3 } });
    await restarted.reevaluateAll(performance.now());
    expect(pushes.map(([tabId, msg]) => [tabId, msg.update.stateId, msg.update.tab.report?.level])).toEqual([[3, 'doc:1', 'high']]);
    expect(await restarted.tabReport(3)).toEqual(pushes[0]![1].update.tab);
  });

  it('asks the seen-profiles index once per candidate per tab: not again on re-evaluation, nor after a restart', async () => {
    matches = [{ url: 'https://www.upwork.com/freelancers/~other', platform: 'upwork', similarity: 0.8, seenAt: '2026-01-01T00:00:00.000Z' }];
    await saveSettings(withTemplateReuse());
    const s = make();
    const first = await s.scan(3, scanOf(page));
    await s.scan(3, scanOf(page, 'doc:2')); // a later page state of the same candidate
    expect(lookups).toBe(1);
    expect(first?.tab.report?.findings.map((f) => f.ruleId)).toContain('template-reuse');
    await s.reevaluateAll(performance.now());
    await s.recheck(3);
    expect(lookups).toBe(1);
    await s.scan(4, scanOf(page)); // another tab
    expect(lookups).toBe(2);
    // The answer is kept with the page: a restarted worker does not ask (nor record) again.
    const restarted = make();
    const rechecked = await restarted.recheck(3);
    expect(lookups).toBe(2);
    expect(rechecked?.report?.findings.map((f) => f.ruleId)).toContain('template-reuse');
    await s.forget(3);
    await s.scan(3, scanOf(page));
    expect(lookups).toBe(3);
  });

  it('asks the index when template reuse is switched on after the page was kept, once', async () => {
    await saveSettings({ ...settings(), templateReuse: { ...defaultSettings().templateReuse, enabled: false } });
    const s = make();
    await s.scan(3, scanOf(page));
    expect(lookups).toBe(0);
    await saveSettings(withTemplateReuse());
    await Promise.all([s.reevaluateAll(performance.now()), s.reevaluateAll(performance.now())]);
    expect(lookups).toBe(1);
  });

  it('an older evaluation that finishes last writes nothing and answers nothing', async () => {
    await saveSettings(withTemplateReuse());
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let calls = 0;
    const s = make({
      seen: {
        lookupAndRecord: async () => {
          calls += 1;
          if (calls === 1) await gate; // the first pass waits on the index
          return [];
        },
      },
    });
    const older = s.scan(3, scanOf(page, 'doc:1'));
    const newerPage = { ...page, snapshot: { ...snap, accountId: '~01other', about: `no keyword here ${longText}` } };
    await s.scan(3, scanOf(newerPage, 'doc:2'));
    release();
    expect(await older).toBeNull();
    const stored = (await session('tabReport:3')) as TabReport;
    expect(stored.profile?.key).toBe(profileKey(newerPage.snapshot));
  });

  it('forgetting a tab drops its page, its report and its badge, and tells the popup', async () => {
    const s = make();
    await s.scan(3, scanOf(page));
    await s.forget(3);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(badges.at(-1)).toEqual([3, null]);
    expect(notices.at(-1)).toEqual({ type: 'hs:tab-report', tabId: 3, tab: null });
    await s.reevaluateAll(performance.now());
    expect(pushes).toEqual([]);
  });
});
