/**
 * Re-evaluation after a settings change, per open tab. With several profile
 * tabs open, the bench changes one rule's setting in extension storage from
 * the service worker (as the options page or the popup would) and times,
 * in every tab, the moment its panel shows the new result.
 *
 * It does not care how the new result gets there: each tab may read its page
 * again and ask the background for a fresh report, or the background may
 * re-evaluate the snapshots it keeps and push the reports to the tabs. What it
 * waits for is what the recruiter sees change: the panel host's
 * `data-count` (the number of visible signals), the attribute the E2E tests
 * read too. The host is in the page's light DOM, so a MutationObserver
 * installed from the test in the page's main world sees it whatever the mode
 * of the panel's shadow root.
 *
 * The change is chosen so that the count must change: a rule that fires on
 * the page is switched off, then on again, in turns. Its time origin is taken
 * in the service worker just before the storage write; each tab's observer
 * takes its own when the count changes. Both are `Date.now()`: the one clock
 * every process of the browser shares (1 ms steps).
 */
import type { Page } from 'playwright-core';
import { sessionTabReports, type ExtensionSession } from '../e2e/harness';
import { SETTINGS_VERSION } from '../../src/settings/schema';
import { spread, type Spread } from './stats';

export interface ReevaluationFigures {
  tabs: number;
  rounds: number;
  /** The rule switched off and on. */
  ruleId: string;
  /** Per change: time from the storage write until the last tab's panel shows the new count, divided by the number of tabs. */
  msPerTab: Spread;
  /** Per tab and change: time from the storage write until that tab's panel shows the new count. */
  tabLatencyMs: Spread;
  /** Per tab and change: our content script's marked work (`hire-signals:work`) for the change. */
  workMsPerTab: Spread;
}

interface RedrawWindow {
  __hsRedrawn?: Promise<number>;
}

/**
 * Installs, in the page's main world, a promise of the time the panel's count
 * next differs from now. Passed as source text: the bench runs through tsx,
 * whose transform would name the inner functions with a helper the page lacks.
 */
const WATCH_COUNT = `(() => {
  const host = () => document.querySelector('[data-hire-signals-panel]');
  const count = () => { const h = host(); return h ? h.getAttribute('data-count') : null; };
  const before = count();
  window.__hsRedrawn = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const now = count();
      if (now !== null && now !== before) {
        observer.disconnect();
        resolve(Date.now());
      }
    });
    // The host's attributes, and the body's children in case the host is replaced by a new one.
    const h = host();
    if (h) observer.observe(h, { attributes: true, attributeFilter: ['data-count'] });
    observer.observe(document.body, { childList: true });
  });
})()`;

const watchCount = (page: Page) => page.evaluate(WATCH_COUNT);

const redrawnAt = (page: Page, timeoutMs: number) =>
  Promise.race([
    page.evaluate(() => (window as unknown as RedrawWindow).__hsRedrawn!),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`a panel did not redraw within ${timeoutMs} ms of the settings change`)), timeoutMs)),
  ]);

const workMs = (page: Page) => page.evaluate(() => performance.getEntriesByName('hire-signals:work').reduce((s, e) => s + e.duration, 0));

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

/** Writes the rule's `enabled` override into the stored settings, from the service worker; returns the time just before the write. */
async function setRuleEnabled(s: ExtensionSession, ruleId: string, enabled: boolean): Promise<number> {
  return s.serviceWorker.evaluate(
    async ({ ruleId, enabled, version }) => {
      const { settings } = (await chrome.storage.local.get('settings')) as { settings?: { rules?: Record<string, object> } & Record<string, unknown> };
      const current = settings ?? { version };
      const next = { ...current, rules: { ...current.rules, [ruleId]: { ...current.rules?.[ruleId], enabled } } };
      const t0 = Date.now();
      await chrome.storage.local.set({ settings: next });
      return t0;
    },
    { ruleId, enabled, version: SETTINGS_VERSION },
  );
}

export async function reevaluationFigures(s: ExtensionSession, url: string, tabs: number, rounds: number): Promise<ReevaluationFigures> {
  const pages: Page[] = [];
  try {
    for (let i = 0; i < tabs; i++) {
      const page = await s.open(url);
      pages.push(page);
      await page.locator('[data-hire-signals-panel]').waitFor({ state: 'attached', timeout: 20_000 });
    }
    const ruleId = await firingRule(s, url);
    const perTab: number[] = [];
    const work: number[] = [];
    const lastPerTab: number[] = [];
    for (let r = 0; r < rounds; r++) {
      await pages[0]!.waitForTimeout(300);
      await Promise.all(pages.map(watchCount));
      const workBefore = await Promise.all(pages.map(workMs));
      // Off on even changes, back on on odd ones: every change moves the count.
      const t0 = await setRuleEnabled(s, ruleId, r % 2 === 1);
      const times = await Promise.all(pages.map((p) => redrawnAt(p, 20_000)));
      // Slices that finish the redraw after the count changed (the body, the marks) are part of it.
      await pages[0]!.waitForTimeout(100);
      const workAfter = await Promise.all(pages.map(workMs));
      const latencies = times.map((t) => t - t0);
      perTab.push(...latencies);
      work.push(...workAfter.map((w, i) => w - workBefore[i]!));
      lastPerTab.push(Math.max(...latencies) / tabs);
    }
    return { tabs, rounds, ruleId, msPerTab: spread(lastPerTab), tabLatencyMs: spread(perTab), workMsPerTab: spread(work) };
  } finally {
    for (const page of pages) await page.close().catch(() => {});
  }
}
