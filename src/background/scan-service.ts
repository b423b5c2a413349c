import type { PanelPush, PanelUpdate, ScanMessage, TabReport, TabReportNotice } from '../core/messages';
import { DEFAULT_CORNER, type Corner } from '../core/panel-corner';
import type { SeenMatch } from '../core/rule';
import { profileKey, type ProfileSnapshot } from '../core/snapshot';
import { encodeSignature } from '../seen/fingerprint';
import { profileFingerprint } from '../seen/profile-fingerprint';
import type { SeenStore } from '../seen/seen-storage';
import type { Settings } from '../settings/schema';
import { loadSettings } from '../settings/storage';
import { readAllowlist, readDismissed } from '../settings/stored-items';
import { evaluatePage, type UserMarks } from './evaluate-page';
import { createKeptTabs, type KeptTab, type KeptTabs } from './kept-tabs';
import { readPanelCorners } from './panel-corners';

/**
 * The background owns evaluation. A content script sends the page it read,
 * once per page state; here it is evaluated with the user's settings (the
 * organisation's policy on top), allowlist, dismissals and the seen-profiles
 * index, kept per tab (kept-tabs.ts) and answered. When any of those inputs
 * change, every kept page is evaluated again from what was kept, and the
 * new result is pushed to its tab: the page is not read again.
 */

/**
 * A performance measure in the service worker, one per tab a re-evaluation
 * redrew: from the change that caused it (a storage change, or the popup's
 * "check again") to the page saying it drew the pushed update. `detail` holds
 * the tab id. The bench reads it for "re-evaluation after a settings change
 * per open tab".
 */
export const REEVALUATION_MEASURE = 'hire-signals:reevaluation';

export interface ScanServiceDeps {
  seen: Pick<SeenStore, 'lookupAndRecord'>;
  kept?: KeptTabs;
  /** Mirror a tab's report on the toolbar badge. */
  showBadge?: (tabId: number, tab: TabReport | null) => Promise<void>;
  /** Send an update to the tab's content script; resolves to true once the page drew it. */
  push?: (tabId: number, message: PanelPush) => Promise<unknown>;
  /** Tell open extension pages (the popup) that a tab's report changed. */
  notify?: (message: TabReportNotice) => void;
  now?: () => Date;
}

export interface ScanService {
  /** A page state from a content script, already checked against its schema: evaluate, keep, answer. */
  scan(tabId: number, message: ScanMessage): Promise<PanelUpdate | null>;
  /** The tab left the profile, started a new document or closed: forget what was kept for it. */
  forget(tabId: number): Promise<void>;
  /**
   * Evaluate every kept page again (settings, policy, dismissals or allowlist
   * changed) and push each changed result to its tab. `since` is when the
   * change arrived (performance.now()), for REEVALUATION_MEASURE.
   */
  reevaluateAll(since: number): Promise<void>;
  /** The popup's "check again": evaluate the tab's kept page now and push the result. */
  recheck(tabId: number): Promise<TabReport | null>;
  /** The tab's latest report, as the popup shows it. */
  tabReport(tabId: number): Promise<TabReport | null>;
}

interface Inputs {
  settings: Settings;
  marks: UserMarks;
  /** The panel's remembered corner per site. */
  corners: Record<string, Corner>;
}

async function readInputs(): Promise<Inputs> {
  // Read through their schemas: an unreadable candidate entry is left out, the others apply.
  const [{ settings }, allowlist, dismissed, corners] = await Promise.all([loadSettings(), readAllowlist(), readDismissed(), readPanelCorners()]);
  return { settings, marks: { allowlist: allowlist.value, dismissed: dismissed.value }, corners };
}

/** What the page would draw, without the time of the evaluation: equal means "nothing to redraw". */
const outcomeOf = (u: PanelUpdate) => JSON.stringify([{ ...u.tab, scannedAt: null }, u.showPanel, u.startCollapsed]);

function measure(tabId: number, since: number): void {
  try {
    performance.measure(REEVALUATION_MEASURE, { start: since, end: performance.now(), detail: { tabId } });
  } catch {
    /* User Timing unavailable: nothing to record */
  }
}

export function createScanService(deps: ScanServiceDeps): ScanService {
  const kept = deps.kept ?? createKeptTabs();
  const showBadge = deps.showBadge ?? (async () => {});
  const push = deps.push ?? (async () => false);
  const notify = deps.notify ?? (() => {});
  const now = deps.now ?? (() => new Date());

  /** Evaluations of one tab may overlap (a late section, a settings change): only the newest may write. */
  const generation = new Map<number, number>();
  let generations = 0;
  /** Orders every update this worker sends; from the clock, so a restarted worker's updates still count as newer. */
  let lastRevision = 0;
  const nextRevision = () => (lastRevision = Math.max(Date.now(), lastRevision + 1));
  /** What each kept page state was last told, so an unchanged result is not pushed again. */
  const delivered = new WeakMap<KeptTab, string>();
  /** The seen-profiles answer per tab, while it is being asked too (two passes must not record one profile twice). */
  const seenAnswers = new Map<number, { key: string; answer: Promise<SeenMatch[]> }>();

  const askSeenIndex = async (snapshot: ProfileSnapshot, key: string, sig: NonNullable<ReturnType<typeof profileFingerprint>>, settings: Settings) => {
    try {
      const query = { key, url: snapshot.url, platform: snapshot.platform, fp: encodeSignature(sig) };
      return await deps.seen.lookupAndRecord(query, { record: true, retentionDays: settings.retentionDays });
    } catch (err) {
      console.warn('[hire-signals] seen-profiles index unavailable', err);
      return [];
    }
  };

  const seenMatchesFor = (tabId: number, entry: KeptTab, snapshot: ProfileSnapshot, settings: Settings): Promise<SeenMatch[]> | SeenMatch[] => {
    if (!settings.templateReuse.enabled) return [];
    const key = profileKey(snapshot);
    const known = seenAnswers.get(tabId);
    if (known?.key === key) return known.answer;
    // Asked by an earlier worker for this tab (kept through a restart).
    if (entry.seen?.key === key) {
      seenAnswers.set(tabId, { key, answer: Promise.resolve(entry.seen.matches) });
      return entry.seen.matches;
    }
    const sig = profileFingerprint(snapshot);
    if (!sig) return []; // too little long-form text yet; a later page state (late sections) may have more
    const answer = askSeenIndex(snapshot, key, sig, settings);
    seenAnswers.set(tabId, { key, answer });
    void answer.then((matches) => {
      const current = kept.get(tabId);
      const snap = current?.page.snapshot;
      if (current && snap && profileKey(snap) === key) return kept.keepSeen(tabId, { key, matches });
    });
    return answer;
  };

  /** Evaluates the kept page; null when a newer evaluation of the tab overtook this one, or nothing changed and `onlyIfChanged`. */
  const evaluate = async (tabId: number, entry: KeptTab, inputs: Inputs, onlyIfChanged: boolean): Promise<PanelUpdate | null> => {
    const gen = ++generations;
    generation.set(tabId, gen);
    const { page } = entry;
    const snapshot = page.state === 'profile' ? page.snapshot : null;
    const seenMatches = snapshot ? await seenMatchesFor(tabId, entry, snapshot, inputs.settings) : [];
    const tab = evaluatePage(page, inputs.settings, inputs.marks, { now: now(), seenMatches });
    if (kept.get(tabId) !== entry || generation.get(tabId) !== gen) return null;
    const { settings } = inputs;
    const update: PanelUpdate = {
      stateId: entry.stateId,
      revision: nextRevision(),
      tab,
      showPanel: tab.report !== null && settings.panel.enabled && !tab.siteDisabled,
      startCollapsed: settings.panel.startCollapsed,
      corner: inputs.corners[page.platform] ?? DEFAULT_CORNER,
    };
    const outcome = outcomeOf(update);
    if (onlyIfChanged && delivered.get(entry) === outcome) return null;
    delivered.set(entry, outcome);
    await kept.keepReport(tabId, tab);
    await showBadge(tabId, tab);
    notify({ type: 'hs:tab-report', tabId, tab });
    return update;
  };

  /** Push an update to its tab. Not awaited by a pass: a tab slow to answer must not hold the others. */
  const deliver = (tabId: number, update: PanelUpdate, since: number) => {
    void push(tabId, { type: 'hs:panel', update }).then(
      (drawn) => {
        if (drawn === true) measure(tabId, since);
      },
      () => {
        /* the tab closed, navigated or runs an orphaned copy: nothing to draw there */
      },
    );
  };

  return {
    async scan(tabId, message) {
      await kept.ready();
      const { page, stateId } = message;
      const prev = kept.get(tabId);
      const key = page.snapshot ? profileKey(page.snapshot) : null;
      const seen = prev?.seen && prev.seen.key === key ? prev.seen : null;
      const writing = kept.keepPage(tabId, { stateId, page, seen });
      const entry = kept.get(tabId)!;
      const [inputs] = await Promise.all([readInputs(), writing]);
      return evaluate(tabId, entry, inputs, false);
    },
    async forget(tabId) {
      await kept.ready();
      generation.delete(tabId);
      seenAnswers.delete(tabId);
      const had = kept.get(tabId) !== undefined;
      await kept.forget(tabId);
      await showBadge(tabId, null);
      if (had) notify({ type: 'hs:tab-report', tabId, tab: null });
    },
    async reevaluateAll(since) {
      await kept.ready();
      const ids = kept.ids();
      if (ids.length === 0) return;
      const inputs = await readInputs();
      await Promise.all(
        ids.map(async (tabId) => {
          const entry = kept.get(tabId);
          const update = entry ? await evaluate(tabId, entry, inputs, true) : null;
          if (update) deliver(tabId, update, since);
        }),
      );
    },
    async recheck(tabId) {
      const since = performance.now();
      await kept.ready();
      const entry = kept.get(tabId);
      if (!entry) return null;
      const update = await evaluate(tabId, entry, await readInputs(), false);
      if (update) deliver(tabId, update, since);
      return kept.get(tabId)?.report ?? null;
    },
    async tabReport(tabId) {
      await kept.ready();
      return kept.get(tabId)?.report ?? null;
    },
  };
}
