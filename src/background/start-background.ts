import { browser } from 'wxt/browser';
import type { PanelPush, TabReportNotice } from '../core/messages';
import { isSeenShardKey, SeenStore } from '../seen/seen-storage';
import { pruneLocalData } from '../settings/retention';
import { loadSettings } from '../settings/storage';
import { createMessageRouter } from './message-router';
import { reevaluateOnChange, type Coalesced } from './reevaluate-on-change';
import { createScanService, type ScanService, type ScanServiceDeps } from './scan-service';
import { showBadge } from './toolbar-badge';
import { createPageActions } from './check-page';
import { startSelectionMenu } from './selection-menu';
import { startUserSites } from './user-sites';

export interface BackgroundDeps {
  seen?: SeenStore;
  push?: ScanServiceDeps['push'];
  notify?: ScanServiceDeps['notify'];
  showBadge?: ScanServiceDeps['showBadge'];
}

export interface Background {
  scans: ScanService;
  reevaluation: Coalesced;
  /** The work the start-up began (retention pruning), for tests. */
  started: Promise<void>;
}

/** background → content: `tabs.sendMessage`; a closed tab, or one without our content script, rejects. */
const pushToTab = (tabId: number, message: PanelPush) => browser.tabs.sendMessage(tabId, message);

/** background → popup: extension pages that are open get it; with none open the browser rejects, which is fine. */
function notifyPages(message: TabReportNotice): void {
  try {
    void browser.runtime.sendMessage(message).catch(() => {});
  } catch {
    /* no extension page listening */
  }
}

/**
 * The service worker: evaluates what the content scripts read (they only
 * extract), keeps the page and its report per tab (kept-tabs.ts: survives a
 * restart of the worker, gone when the browser closes), re-evaluates by itself
 * when an input changes and mirrors each report on the toolbar badge. Every
 * listener is registered synchronously here, at start-up, so a restarted
 * worker receives the event that woke it.
 */
export function startBackground(deps: BackgroundDeps = {}): Background {
  const seen = deps.seen ?? new SeenStore();
  const scans = createScanService({
    seen,
    showBadge: deps.showBadge ?? showBadge,
    push: deps.push ?? pushToTab,
    notify: deps.notify ?? notifyPages,
  });

  const pageActions = createPageActions(scans);
  // Résumé files checked in the popup or options join the seen index (fingerprints only).
  const resumes = { seen, settings: () => loadSettings().then((l) => l.settings) };
  browser.runtime.onMessage.addListener(createMessageRouter({ scans, seen, extensionOrigin: browser.runtime.getURL('/'), pageActions, resumes }));
  // The hosts the user added: their content script registered, in line with settings and permissions.
  void startUserSites();
  // "Check with Hire Signals" on selected text.
  void startSelectionMenu();
  const reevaluation = reevaluateOnChange((since) => scans.reevaluateAll(since));
  // "Forget all" or "clear all data" removes the index's shards: drop the in-memory copy too.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && Object.entries(changes).some(([k, c]) => isSeenShardKey(k) && c.newValue === undefined)) seen.invalidate();
  });
  browser.tabs.onRemoved.addListener((tabId) => void scans.forget(tabId));
  // A full navigation starts a new document: its content script (if the host
  // matches) reports afresh; on any other host the old report must not linger.
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading') void scans.forget(tabId);
  });
  // Retention: each time the worker starts, drop per-candidate data past the period.
  const started = loadSettings()
    .then(({ settings }) => pruneLocalData(settings.retentionDays))
    .then(
      () => {},
      () => {},
    );
  return { scans, reevaluation, started };
}
