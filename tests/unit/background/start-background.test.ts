import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground, type Background } from '../../../src/background/start-background';
import type { PagePayload, PanelPush, PanelUpdate, TabReport } from '../../../src/core/messages';
import { emptySnapshot, profileKey } from '../../../src/core/snapshot';
import { RULES } from '../../../src/engine/rules';
import { SeenStore } from '../../../src/seen/seen-storage';
import { defaultSettings, type Settings } from '../../../src/settings/schema';
import { allowlistItem, dismissedItem, saveSettings } from '../../../src/settings/storage';

const URL_ = 'https://www.upwork.com/freelancers/~01abc';
// Long enough for a seen-profiles fingerprint.
const longText = Array.from({ length: 80 }, (_, i) => `word${i % 37} builds systems${i % 5} daily`).join(' ');
const snap = { ...emptySnapshot('upwork', URL_), accountId: '~01abc', name: 'Sample Worker', about: `gammaword ${longText}` };
const page: PagePayload = { url: URL_, platform: 'upwork', state: 'profile', snapshot: snap };
const KEY = profileKey(snap);
const TAB = 3;
const fromTab = (id = TAB) => ({ tab: { id }, url: URL_ });
const fromPopup = () => ({ url: fakeBrowser.runtime.getURL('/popup.html') });

/** Registered guidance rules are switched off: these tests see one keyword rule of weight 5 (medium by default). */
function settings(over: Partial<Settings> = {}, gammaEnabled = true): Settings {
  const gamma = { id: 'custom-gamma', name: 'gamma', fields: ['about' as const], keywords: ['gammaword'], pattern: null, severity: 'high' as const, weight: 5, note: '', enabled: gammaEnabled };
  return { ...defaultSettings(), rules: Object.fromEntries(RULES.map((r) => [r.id, { enabled: false }])), customRules: [gamma], ...over };
}

/** A message as the browser hands it to the background's listener; resolves to the listener's answer. */
async function send(message: unknown, sender: object): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => {});
  return answers.find((a) => a !== undefined);
}

/** A service-worker restart: the old worker's listeners and memory are gone, storage stays. */
function stopWorker() {
  fakeBrowser.runtime.onMessage.removeAllListeners();
  fakeBrowser.storage.onChanged.removeAllListeners();
  fakeBrowser.tabs.onRemoved.removeAllListeners();
  fakeBrowser.tabs.onUpdated.removeAllListeners();
}

const findingIds = (tab: TabReport | null | undefined) => tab?.report?.findings.map((f) => f.ruleId);

describe('the background (start-background: listeners on the fake browser)', () => {
  let bg: Background;
  let pushes: Array<[number, PanelPush]>;
  const start = () => {
    bg = startBackground({
      seen: new SeenStore(),
      push: async (tabId, msg) => {
        pushes.push([tabId, msg]);
        return true;
      },
      notify: () => {},
    });
    return bg;
  };
  const scan = async (stateId = 'doc:1', tabId = TAB) => (await send({ type: 'hs:scan', stateId, page }, fromTab(tabId))) as PanelUpdate;
  const settled = async () => {
    // Storage events reach the listener in microtasks; the batch runs on the next timer.
    await new Promise((r) => setTimeout(r, 0));
    await bg.reevaluation.idle();
  };

  beforeEach(async () => {
    fakeBrowser.reset();
    pushes = [];
    await saveSettings(settings());
    start();
    await bg.started;
  });

  it('answers a page scan from a content script with what the panel draws', async () => {
    const update = await scan();
    expect(update).toMatchObject({ stateId: 'doc:1', showPanel: true });
    expect(findingIds(update.tab)).toEqual(['custom-gamma']);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('1');
  });

  it('re-evaluates the open tab when a setting changes and pushes the result: the page sends nothing', async () => {
    const first = await scan();
    await saveSettings(settings({}, false));
    await settled();
    expect(pushes).toHaveLength(1);
    const [tabId, msg] = pushes[0]!;
    expect(tabId).toBe(TAB);
    expect(msg.update.stateId).toBe('doc:1');
    expect(msg.update.revision).toBeGreaterThan(first.revision);
    expect(findingIds(msg.update.tab)).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
  });

  it('a dismissal the panel asks for comes back as a push', async () => {
    await scan();
    await send({ type: 'hs:mark', change: { kind: 'dismiss', key: KEY, ruleId: 'custom-gamma' } }, fromTab());
    await settled();
    expect(pushes.map(([, m]) => m.update.tab.report?.dismissed)).toEqual([['custom-gamma']]);
    expect(findingIds(pushes[0]![1].update.tab)).toEqual([]);
  });

  it('a change of the organisation\'s policy (managed storage) re-evaluates', async () => {
    const first = await scan();
    expect(first.tab.report?.level).toBe('medium');
    await fakeBrowser.storage.managed.set({ thresholds: { low: 1, medium: 2, high: 3 } });
    await settled();
    expect(pushes.map(([, m]) => m.update.tab.report?.level)).toEqual(['high']);
  });

  it('a burst of changes makes one re-evaluation per tab', async () => {
    await scan('a:1', 3);
    await scan('b:1', 4);
    // Each of these changes what the panel draws on its own.
    await Promise.all([
      saveSettings(settings({ panel: { ...defaultSettings().panel, startCollapsed: !defaultSettings().panel.startCollapsed } })),
      dismissedItem.setValue({ [KEY]: { ruleIds: ['custom-gamma'], updatedAt: new Date().toISOString() } }),
      allowlistItem.setValue({ [KEY]: { url: URL_, name: null, platform: 'upwork', addedAt: new Date().toISOString() } }),
    ]);
    await settled();
    expect(pushes.map(([tabId]) => tabId).sort()).toEqual([3, 4]);
    expect(pushes.map(([, m]) => m.update.tab.report?.allowlisted)).toEqual([true, true]);
  });

  it('ignores changes that do not touch an evaluation (its own session writes, other local keys)', async () => {
    await scan();
    await fakeBrowser.storage.local.set({ checklist: { [KEY]: { ticks: { x: true } } } });
    await fakeBrowser.storage.session.set({ other: 1 });
    await settled();
    expect(pushes).toEqual([]);
  });

  it('keeps the page through a service-worker restart and re-evaluates it there', async () => {
    await scan();
    stopWorker();
    start();
    // The popup reads the tab's report from the new worker.
    expect(findingIds((await send({ type: 'hs:get-tab', tabId: TAB }, fromPopup())) as TabReport)).toEqual(['custom-gamma']);
    await allowlistItem.setValue({ [KEY]: { url: URL_, name: 'Sample Worker', platform: 'upwork', addedAt: new Date().toISOString() } });
    await settled();
    expect(pushes.map(([tabId, m]) => [tabId, m.update.stateId, m.update.tab.report?.allowlisted])).toEqual([[TAB, 'doc:1', true]]);
  });

  it('forgets a closed tab, and a tab that starts a new document', async () => {
    await scan('a:1', 3);
    await scan('b:1', 4);
    await fakeBrowser.tabs.onRemoved.trigger(3, { isWindowClosing: false, windowId: 1 });
    const [tab] = await fakeBrowser.tabs.query({});
    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'loading' }, { ...tab!, id: 4 });
    await new Promise((r) => setTimeout(r, 0));
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
    await saveSettings(settings({ thresholds: { low: 1, medium: 2, high: 3 } }));
    await settled();
    expect(pushes).toEqual([]);
  });

  it('forgets the tab when its page leaves the profile (hs:clear)', async () => {
    await scan();
    await send({ type: 'hs:clear' }, fromTab());
    expect(await send({ type: 'hs:get-tab', tabId: TAB }, fromPopup())).toBeNull();
  });

  it('"check again" from the popup re-evaluates the kept page and pushes it to the tab', async () => {
    await scan();
    const tab = (await send({ type: 'hs:recheck', tabId: TAB }, fromPopup())) as TabReport;
    expect(findingIds(tab)).toEqual(['custom-gamma']);
    expect(pushes.map(([tabId, m]) => [tabId, m.update.stateId])).toEqual([[TAB, 'doc:1']]);
  });

  it('counts and forgets the seen-profiles index for the options page', async () => {
    await scan();
    expect(await send({ type: 'hs:count-seen' }, fromPopup())).toBe(1);
    await send({ type: 'hs:forget-seen' }, fromPopup());
    expect(await send({ type: 'hs:count-seen' }, fromPopup())).toBe(0);
  });

  it('takes each message only from the context that sends it, and only when it fits its schema', async () => {
    // Extension-page requests from a content script, page messages from an extension page: ignored.
    await scan();
    expect(await send({ type: 'hs:forget-seen' }, fromTab())).toBeUndefined();
    expect(await send({ type: 'hs:count-seen' }, fromTab())).toBeUndefined();
    expect(await send({ type: 'hs:scan', stateId: 'x:1', page }, { tab: { id: 9 }, url: fakeBrowser.runtime.getURL('/options.html') })).toBeUndefined();
    expect(await send({ type: 'hs:scan', stateId: 'x:1', page }, {})).toBeUndefined();
    expect(await send({ type: 'hs:scan', stateId: 'x:1', page: { ...page, platform: 'myspace' } }, fromTab())).toBeUndefined();
    expect(await send({ type: 'hs:mark', change: { kind: 'erase-everything' } }, fromTab())).toBeUndefined();
    expect(await send({ type: 'hs:get-tab', tabId: 'three' }, fromPopup())).toBeUndefined();
    expect(await send({ type: 'hs:count-seen' }, fromPopup())).toBe(1);
    expect(await dismissedItem.getValue()).toEqual({});
  });

  it('drops per-candidate data past the retention period when the worker starts', async () => {
    const old = new Date(Date.now() - 400 * 86_400_000).toISOString();
    const recent = new Date().toISOString();
    await dismissedItem.setValue({ old: { ruleIds: ['x'], updatedAt: old }, recent: { ruleIds: ['y'], updatedAt: recent } });
    stopWorker();
    await start().started;
    expect(Object.keys(await dismissedItem.getValue())).toEqual(['recent']);
  });
});
