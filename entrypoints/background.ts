import { browser } from 'wxt/browser';
import { storage } from '#imports';
import { BADGE_COLOURS, badgeText } from '../src/content/badge';
import type { ContentMessage, SeenAnswer, SeenQuery, TabReport } from '../src/messaging/protocol';
import { isSeenShardKey, SeenStore } from '../src/seen/seen-storage';
import { loadSettings } from '../src/settings/storage';
import { pruneLocalData } from '../src/settings/retention';
import { tabReportKey } from '../src/messaging/protocol';

async function showBadge(tabId: number, tab: TabReport | null) {
  try {
    await browser.action.setBadgeText({ tabId, text: badgeText(tab) });
    if (tab?.report) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS[tab.report.level] });
  } catch {
    // The tab closed between the message and the badge update: nothing to show.
  }
}

async function clearTab(tabId: number) {
  await storage.removeItem(tabReportKey(tabId));
  await showBadge(tabId, null);
}

const seenStore = new SeenStore();

/** Template reuse (issue 10): look the profile up in the local index, then remember it — unless switched off. */
async function answerSeen(query: SeenQuery): Promise<SeenAnswer> {
  const { settings } = await loadSettings();
  if (!settings.templateReuse.enabled) return { matches: [] };
  const matches = await seenStore.lookupAndRecord(query, { record: true, retentionDays: settings.retentionDays });
  return { matches };
}

/**
 * Keeps the latest report per tab in `storage.session` (survives a
 * service-worker restart, gone when the browser closes) and mirrors it on the
 * toolbar badge. All listeners are registered synchronously at start-up so a
 * restarted worker receives the event that woke it.
 */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const msg = raw as ContentMessage | null;
    const tabId = sender.tab?.id;
    // Only content scripts (which have a tab) report; anything else is ignored.
    if (tabId == null || !msg || typeof msg !== 'object') return undefined;
    if (msg.type === 'hs:report' && msg.tab && typeof msg.tab === 'object') {
      return storage.setItem(tabReportKey(tabId), msg.tab).then(() => showBadge(tabId, msg.tab));
    }
    if (msg.type === 'hs:clear') return clearTab(tabId);
    if (msg.type === 'hs:seen' && msg.query && typeof msg.query === 'object') return answerSeen(msg.query);
    return undefined;
  });
  // "Forget all" or "clear all data" in the options page removes the shards: drop the in-memory copy too.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && Object.entries(changes).some(([k, c]) => isSeenShardKey(k) && c.newValue === undefined)) seenStore.invalidate();
  });
  // Retention (issue 8): each time the worker starts, drop per-candidate data past the period.
  void loadSettings()
    .then(({ settings }) => pruneLocalData(settings.retentionDays))
    .catch(() => {});
  browser.tabs.onRemoved.addListener((tabId) => void storage.removeItem(tabReportKey(tabId)));
  // A full navigation starts a new document: its content script (if the host
  // matches) reports afresh; on any other host the old report must not linger.
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading') void clearTab(tabId);
  });
});
