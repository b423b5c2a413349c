/**
 * Re-evaluation after a settings change, per open tab. With several profile
 * tabs open, the bench changes one rule's setting in extension storage from
 * the service worker (as the options page or the popup would) and times,
 * in every tab, the moment its panel shows the new result.
 *
 * It does not care how the new result gets there: each tab may read its page
 * again and ask the background for a fresh report, or the background may
 * re-evaluate the snapshots it keeps and push the reports to the tabs. What it
 * waits for is what the recruiter sees change: the number of signals the panel
 * shows. The panel's shadow root is closed and its host carries nothing the
 * page could read, so the service worker asks each tab's content script
 * (`hs:panel-probe`, as the E2E tests do) every few milliseconds until the
 * count differs; a latency is therefore known to within one probe round
 * (about 2–5 ms with four tabs).
 *
 * The change is chosen so that the count must change: a rule that fires on
 * the page is switched off, then on again, in turns. The time origin is taken
 * just before the storage write, in the same service-worker call that probes.
 */
import type { Page } from 'playwright-core';
import { sessionTabReports, type ExtensionSession } from '../e2e/harness';
import { SETTINGS_VERSION } from '../../src/settings/schema';
import { spread, type Spread } from './stats';
import { TIMING, timingsNamed, waitForTimings } from './content-timings';

export interface ReevaluationFigures {
  tabs: number;
  rounds: number;
  /** The rule switched off and on. */
  ruleId: string;
  /** Per change: time from the storage write until the last tab's panel shows the new count, divided by the number of tabs. */
  msPerTab: Spread;
  /** Per tab and change: time from the storage write until that tab's panel shows the new count. */
  tabLatencyMs: Spread;
  /** Per tab and change: our content script's recorded work (its `work` slices) for the change. */
  workMsPerTab: Spread;
}

const workMs = async (page: Page) => (await timingsNamed(page, TIMING.work)).reduce((s, e) => s + e.duration, 0);

/** The rule to switch: one that fires in the report of every open tab of `url`. */
async function firingRule(s: ExtensionSession, url: string): Promise<string> {
  const reports = Object.values(await sessionTabReports(s))
    .filter((r) => r.url === url)
    .map((r) => r.report as { findings?: Array<{ ruleId: string }> } | null);
  const sets = reports.map((r) => new Set((r?.findings ?? []).map((f) => f.ruleId)));
  const common = [...(sets[0] ?? [])].filter((id) => sets.every((set) => set.has(id))).sort();
  if (!common[0]) throw new Error('re-evaluation: no rule fires on the bench page, so a settings change would draw nothing new');
  return common[0];
}

/**
 * In the service worker: writes the rule's `enabled` override into the stored settings, then
 * probes every tab showing `url` until its panel's count differs from before the write.
 * Returns each tab's latency (ms from just before the write).
 */
async function changeAndWatch(s: ExtensionSession, url: string, ruleId: string, enabled: boolean, timeoutMs: number): Promise<number[]> {
  const arg = JSON.stringify({ url, ruleId, enabled, version: SETTINGS_VERSION, timeoutMs });
  return s.serviceWorker.evaluate(`(${CHANGE_AND_WATCH})(${arg})`) as Promise<number[]>;
}

/** Source text, not a function: tsx would name inner functions with a helper the service worker lacks. */
const CHANGE_AND_WATCH = `async ({ url, ruleId, enabled, version, timeoutMs }) => {
  const probe = async (tabId) => {
    try {
      return await chrome.tabs.sendMessage(tabId, { type: 'hs:panel-probe', selectors: [] });
    } catch {
      return null;
    }
  };
  const count = async (tabId) => {
    const reply = await probe(tabId);
    return reply && reply.shown ? reply.count : null;
  };
  // Without the "tabs" permission a tab's URL is not readable: the content script says where it is.
  const tabIds = [];
  const before = new Map();
  for (const tab of await chrome.tabs.query({})) {
    const reply = tab.id === undefined ? null : await probe(tab.id);
    if (reply && reply.url === url) {
      tabIds.push(tab.id);
      before.set(tab.id, reply.shown ? reply.count : null);
    }
  }
  if (tabIds.length === 0) throw new Error('re-evaluation: no tab shows ' + url);
  const { settings } = await chrome.storage.local.get('settings');
  const current = settings ?? { version };
  const rules = current.rules ?? {};
  const next = { ...current, rules: { ...rules, [ruleId]: { ...rules[ruleId], enabled } } };
  const t0 = Date.now();
  await chrome.storage.local.set({ settings: next });
  const changedAt = new Map();
  while (changedAt.size < tabIds.length) {
    if (Date.now() - t0 > timeoutMs) throw new Error('a panel did not redraw within ' + timeoutMs + ' ms of the settings change');
    await Promise.all(tabIds.filter((id) => !changedAt.has(id)).map(async (id) => {
      const now = await count(id);
      if (now !== null && now !== before.get(id)) changedAt.set(id, Date.now());
    }));
    await new Promise((r) => setTimeout(r, 2));
  }
  return tabIds.map((id) => changedAt.get(id) - t0);
}`;

export async function reevaluationFigures(s: ExtensionSession, url: string, tabs: number, rounds: number): Promise<ReevaluationFigures> {
  const pages: Page[] = [];
  try {
    for (let i = 0; i < tabs; i++) {
      const page = await s.open(url);
      pages.push(page);
      await waitForTimings(page, (t) => t.some((e) => e.name === TIMING.mounted));
    }
    const ruleId = await firingRule(s, url);
    const perTab: number[] = [];
    const work: number[] = [];
    const lastPerTab: number[] = [];
    for (let r = 0; r < rounds; r++) {
      await pages[0]!.waitForTimeout(300);
      const workBefore = await Promise.all(pages.map(workMs));
      // Off on even changes, back on on odd ones: every change moves the count.
      const latencies = await changeAndWatch(s, url, ruleId, r % 2 === 1, 20_000);
      // Slices that finish the redraw after the count changed (the body, the marks) are part of it.
      await pages[0]!.waitForTimeout(100);
      const workAfter = await Promise.all(pages.map(workMs));
      perTab.push(...latencies);
      work.push(...workAfter.map((w, i) => w - workBefore[i]!));
      lastPerTab.push(Math.max(...latencies) / tabs);
    }
    return { tabs, rounds, ruleId, msPerTab: spread(lastPerTab), tabLatencyMs: spread(perTab), workMsPerTab: spread(work) };
  } finally {
    for (const page of pages) await page.close().catch(() => {});
  }
}
