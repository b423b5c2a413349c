import { browser } from 'wxt/browser';
import { BADGE_COLOURS, badgeText } from '../src/background/badge';
import type { ContentMessage, TabReport } from '../src/core/messages';
import { createScanService } from '../src/background/scan-service';
import { isSeenShardKey, SeenStore } from '../src/seen/seen-storage';
import { loadSettings } from '../src/settings/storage';
import { pruneLocalData } from '../src/settings/retention';

async function showBadge(tabId: number, tab: TabReport | null) {
  try {
    await browser.action.setBadgeText({ tabId, text: badgeText(tab) });
    if (tab?.report) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS[tab.report.level] });
  } catch {
    // The tab closed between the message and the badge update: nothing to show.
  }
}

const seenStore = new SeenStore();
const scans = createScanService({ seen: seenStore, showBadge });

/**
 * Evaluates what the content scripts read (they only extract), keeps
 * the latest report per tab in `storage.session` (survives a service-worker
 * restart, gone when the browser closes) and mirrors it on the toolbar badge.
 * All listeners are registered synchronously at start-up so a restarted
 * worker receives the event that woke it.
 */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const msg = raw as ContentMessage | null;
    const tabId = sender.tab?.id;
    // Only content scripts (which have a tab) send these; anything else is ignored.
    if (tabId == null || !msg || typeof msg !== 'object') return undefined;
    if (msg.type === 'hs:scan')
      return scans.scan(tabId, msg.page).catch((err) => {
        console.warn('[hire-signals] scan failed', err);
        return null;
      });
    if (msg.type === 'hs:clear') return scans.clear(tabId);
    if (msg.type === 'hs:mark') return scans.mark(msg.change).catch((err) => console.warn('[hire-signals] could not save', err));
    return undefined;
  });
  // "Forget all" or "clear all data" in the options page removes the shards: drop the in-memory copy too.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && Object.entries(changes).some(([k, c]) => isSeenShardKey(k) && c.newValue === undefined)) seenStore.invalidate();
  });
  // Retention: each time the worker starts, drop per-candidate data past the period.
  void loadSettings()
    .then(({ settings }) => pruneLocalData(settings.retentionDays))
    .catch(() => {});
  browser.tabs.onRemoved.addListener((tabId) => void scans.clear(tabId).finally(() => scans.forgetTab(tabId)));
  // A full navigation starts a new document: its content script (if the host
  // matches) reports afresh; on any other host the old report must not linger.
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading') void scans.clear(tabId);
  });
});
