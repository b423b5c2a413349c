import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyMark } from '../../../src/background/apply-mark';
import { createKeptTabs } from '../../../src/background/kept-tabs';
import { createScanService } from '../../../src/background/scan-service';
import { parseTabReport, type PagePayload, type ScanMessage } from '../../../src/core/messages';
import { emptySnapshot, profileKey } from '../../../src/core/snapshot';
import { RULES } from '../../../src/engine/rules';
import { setTick } from '../../../src/settings/checklist-storage';
import { pruneLocalData } from '../../../src/settings/retention';
import { defaultSettings } from '../../../src/settings/schema';
import { loadSettings, saveSettings } from '../../../src/settings/storage';
import { readAllowlist, readChecklist, readDismissed } from '../../../src/settings/stored-items';
import { SeenStore } from '../../../src/seen/seen-storage';

/**
 * Each stored key corrupted in turn: the reader drops what does not fit its
 * schema, keeps the rest, and the popup and options page get a notice.
 */

const URL_ = 'https://www.upwork.com/freelancers/~01abc';
const snap = { ...emptySnapshot('upwork', URL_), accountId: '~01abc', name: 'Sample Worker', about: 'gammaword and more text' };
const page: PagePayload = { url: URL_, platform: 'upwork', state: 'profile', snapshot: snap };
const KEY = profileKey(snap);
const OTHER = 'upwork:~02other';
const scanOf = (p: PagePayload): ScanMessage => ({ type: 'hs:scan', stateId: 'doc:1', page: p });
const now = new Date().toISOString();

const settings = () => ({
  ...defaultSettings(),
  rules: Object.fromEntries(RULES.map((r) => [r.id, { enabled: false }])),
  customRules: [
    { id: 'custom-gamma', name: 'gamma', fields: ['about' as const], keywords: ['gammaword'], pattern: null, severity: 'high' as const, weight: 5, note: '', enabled: true },
  ],
});

const service = () => createScanService({ seen: { lookupAndRecord: async () => [] } });
const scanFindings = async () => (await service().scan(1, scanOf(page)))?.tab.report?.findings.map((f) => f.ruleId);

describe('every stored item is read through its schema', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await saveSettings(settings());
  });

  it('starts clean: the candidate is scanned and there is no notice', async () => {
    expect(await scanFindings()).toEqual(['custom-gamma']);
    expect((await loadSettings()).notice).toBeNull();
  });

  describe('local:dismissed', () => {
    it.each([
      ['a number', 7],
      ['an object for the rule ids', { ruleIds: { 'custom-gamma': true }, updatedAt: now }],
      ['a number for the rule ids', { ruleIds: 5, updatedAt: now }],
      ['a list', ['custom-gamma']],
    ])("scans a candidate whose entry holds %s again, keeps the other candidates' entries, and says so", async (_, bad) => {
      await fakeBrowser.storage.local.set({ dismissed: { [KEY]: bad, [OTHER]: { ruleIds: ['x'], updatedAt: now } } });
      expect(await scanFindings()).toEqual(['custom-gamma']);
      expect((await readDismissed()).value).toEqual({ [OTHER]: { ruleIds: ['x'], updatedAt: now } });
      expect((await loadSettings()).notice).toBe('storage.entriesDropped');
      // Dismissing again writes a clean item.
      await applyMark({ kind: 'dismiss', key: KEY, ruleId: 'custom-gamma' });
      expect(await scanFindings()).toEqual([]);
      expect((await loadSettings()).notice).toBeNull();
    });

    it('reads a whole item that is not a map as empty', async () => {
      await fakeBrowser.storage.local.set({ dismissed: 'junk' });
      expect(await scanFindings()).toEqual(['custom-gamma']);
      expect((await readDismissed()).dropped).toBe(1);
    });
  });

  describe('local:allowlist', () => {
    it('drops an unreadable entry (the candidate is not allowlisted) and keeps the others', async () => {
      const good = { url: 'https://x.example/', name: null, platform: 'upwork', addedAt: now };
      await fakeBrowser.storage.local.set({ allowlist: { [KEY]: 5, [OTHER]: good } });
      const update = await service().scan(1, scanOf(page));
      expect(update?.tab.report?.allowlisted).toBe(false);
      expect((await readAllowlist()).value).toEqual({ [OTHER]: good });
      expect((await loadSettings()).notice).toBe('storage.entriesDropped');
      await applyMark({ kind: 'unallowlist', key: OTHER });
      expect((await readAllowlist()).value).toEqual({});
      expect((await loadSettings()).notice).toBeNull();
    });
  });

  describe('local:checklist', () => {
    it('drops unreadable ticks, keeps the rest, and ticking again writes a clean item', async () => {
      await fakeBrowser.storage.local.set({ checklist: { [KEY]: { ticks: 'all', updatedAt: now }, [OTHER]: { ticks: { a: true }, updatedAt: now } } });
      expect((await readChecklist()).value).toEqual({ [OTHER]: { ticks: { a: true }, updatedAt: now } });
      expect((await loadSettings()).notice).toBe('storage.entriesDropped');
      await setTick(KEY, 'video-call', true);
      expect((await readChecklist()).value[KEY]?.ticks).toEqual({ 'video-call': true });
      expect((await loadSettings()).notice).toBeNull();
    });

    it('prunes unreadable entries with the expired ones', async () => {
      await fakeBrowser.storage.local.set({ checklist: { [KEY]: null }, dismissed: { [KEY]: { ruleIds: [], updatedAt: 3 } } });
      expect(await pruneLocalData(30)).toBe(2);
      expect((await loadSettings()).notice).toBeNull();
    });
  });

  describe('local:settings', () => {
    it('resets the part that does not fit with a notice, keeping the rest', async () => {
      await fakeBrowser.storage.local.set({ settings: { ...settings(), thresholds: 'high' } });
      const loaded = await loadSettings();
      expect(loaded.settings).toEqual({ ...settings(), thresholds: defaultSettings().thresholds });
      expect(loaded.notice).toBe('settings.partlyReset');
    });

    it('falls back to the defaults with a notice when nothing is readable', async () => {
      await fakeBrowser.storage.local.set({ settings: 'junk' });
      const loaded = await loadSettings();
      expect(loaded.settings).toEqual(defaultSettings());
      expect(loaded.notice).toBe('settings.corruptFallback');
    });
  });

  describe('local:seen:<shard>', () => {
    it('skips unreadable fingerprints and keeps answering', async () => {
      await fakeBrowser.storage.local.set({ 'seen:0': 'junk', 'seen:1': [{ nonsense: true }] });
      const store = new SeenStore();
      await expect(store.lookupAndRecord({ key: KEY, url: URL_, platform: 'upwork', fp: 'x' }, { record: true, retentionDays: 30 })).resolves.toEqual([]);
    });
  });

  describe('session:tabReport:<tab> and session:tabPage:<tab>', () => {
    it('drops a malformed report (the popup gets none instead of throwing) and removes it from storage', async () => {
      await service().scan(1, scanOf(page));
      const stored = (await fakeBrowser.storage.session.get('tabReport:1'))['tabReport:1'] as Record<string, unknown>;
      await fakeBrowser.storage.session.set({ 'tabReport:1': { ...stored, report: { ...(stored.report as object), findings: 5 } } });
      // A restarted worker reads back what the last one kept.
      const kept = createKeptTabs();
      const restarted = createScanService({ seen: { lookupAndRecord: async () => [] }, kept });
      expect(await restarted.tabReport(1)).toBeNull();
      expect((await fakeBrowser.storage.session.get('tabReport:1'))['tabReport:1']).toBeUndefined();
      // The page itself survived: checking again rebuilds the report.
      expect((await restarted.recheck(1))?.report?.findings.map((f) => f.ruleId)).toEqual(['custom-gamma']);
    });

    it('drops a malformed kept page', async () => {
      await fakeBrowser.storage.session.set({ 'tabPage:2': { stateId: 'doc:1', page: { url: 5 } }, 'tabReport:2': 'junk' });
      const kept = createKeptTabs();
      await kept.ready();
      expect(kept.get(2)).toBeUndefined();
      expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    });

    it('parseTabReport refuses what the popup could not draw', () => {
      expect(parseTabReport({ report: { findings: 5 } })).toBeNull();
      expect(parseTabReport(null)).toBeNull();
    });
  });
});
