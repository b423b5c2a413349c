import { storage } from '#imports';
import { keptPageSchema, parseTabReport, type PagePayload, type TabReport } from '../core/messages';
import type { SeenMatch } from '../core/rule';

/** The seen-profiles index's answer for the candidate shown in a tab. */
export interface SeenAnswer {
  key: string;
  matches: SeenMatch[];
}

/** The page a tab's content script last sent: what the background re-evaluates by itself. */
export interface KeptPage {
  /** The content script's id for this page state, echoed in every update for it. */
  stateId: string;
  page: PagePayload;
  /**
   * Template reuse: the index is asked once per candidate per tab document, so
   * re-evaluations (and passes for late sections) neither record the profile
   * again nor match it against itself, also after a service-worker restart.
   */
  seen: SeenAnswer | null;
}

export interface KeptTab extends KeptPage {
  /** The tab's latest report, as the popup reads it (until a new page state's is ready, the previous one's). */
  report: TabReport | null;
}

/** Session-storage keys (cleared when the browser closes, kept through a service-worker restart). */
const pageKey = (tabId: number) => `session:tabPage:${tabId}` as const;
const tabReportKey = (tabId: number) => `session:tabReport:${tabId}` as const;
const KEPT_KEY = /^tab(Page|Report):(\d+)$/;

/**
 * What the background keeps per tab: in memory while the service worker runs,
 * mirrored in `storage.session` so a restarted worker picks it up where the
 * last one stopped. Memory is the reference while the worker lives; session
 * storage is only read back once, on the first use after a start.
 */
export interface KeptTabs {
  /**
   * Resolves once what an earlier worker kept has been read back. Call it
   * before the rest: they change memory at once (so an evaluation that
   * started earlier can tell it was overtaken), then write storage.
   */
  ready(): Promise<void>;
  ids(): number[];
  get(tabId: number): KeptTab | undefined;
  /** A new page state for the tab: replaces the page that was kept. */
  keepPage(tabId: number, page: KeptPage): Promise<void>;
  /** The seen-profiles answer was asked after the page was kept (template reuse switched on since). */
  keepSeen(tabId: number, seen: SeenAnswer): Promise<void>;
  keepReport(tabId: number, report: TabReport): Promise<void>;
  forget(tabId: number): Promise<void>;
}

export function createKeptTabs(): KeptTabs {
  const tabs = new Map<number, KeptTab>();
  let loading: Promise<void> | null = null;

  const readBack = async () => {
    const stored = await storage.snapshot('session').catch(() => ({}) as Record<string, unknown>);
    const pages = new Map<number, KeptPage>();
    const reports = new Map<number, TabReport>();
    const corrupt: Array<`session:${string}`> = [];
    for (const [key, value] of Object.entries(stored)) {
      const m = KEPT_KEY.exec(key);
      if (!m) continue;
      // Read through the schemas: a value that does not fit is dropped (and removed), never handed to the engine or the popup.
      if (m[1] === 'Page') {
        const parsed = keptPageSchema.safeParse(value);
        if (parsed.success) pages.set(Number(m[2]), parsed.data);
        else corrupt.push(`session:${key}`);
      } else {
        const report = parseTabReport(value);
        if (report) reports.set(Number(m[2]), report);
        else corrupt.push(`session:${key}`);
      }
    }
    for (const [tabId, page] of pages) {
      // A page kept by this worker before the read finished is newer than the stored one.
      if (!tabs.has(tabId)) tabs.set(tabId, { ...page, report: reports.get(tabId) ?? null });
    }
    if (corrupt.length > 0) {
      console.warn('[hire-signals] dropped unreadable per-tab state', corrupt);
      await storage.removeItems(corrupt).catch(() => {});
    }
  };

  const stored = (t: KeptTab): KeptPage => ({ stateId: t.stateId, page: t.page, seen: t.seen });
  const ready = () => (loading ??= readBack());

  return {
    ready,
    ids: () => [...tabs.keys()],
    get: (tabId) => tabs.get(tabId),
    async keepPage(tabId, page) {
      const tab: KeptTab = { ...page, report: tabs.get(tabId)?.report ?? null };
      tabs.set(tabId, tab);
      await storage.setItem(pageKey(tabId), stored(tab));
    },
    async keepSeen(tabId, seen) {
      const tab = tabs.get(tabId);
      if (!tab) return;
      tab.seen = seen;
      await storage.setItem(pageKey(tabId), stored(tab));
    },
    async keepReport(tabId, report) {
      const tab = tabs.get(tabId);
      if (!tab) return;
      tab.report = report;
      await storage.setItem(tabReportKey(tabId), report);
    },
    async forget(tabId) {
      tabs.delete(tabId);
      await storage.removeItems([pageKey(tabId), tabReportKey(tabId)]);
    },
  };
}
