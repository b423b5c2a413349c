import { browser } from 'wxt/browser';
import { storage } from '#imports';
import type { ContentMessage, TabReport } from '../src/messaging/protocol';
import { tabReportKey } from '../src/messaging/protocol';

const BADGE_COLOURS = { none: '#5f6b7a', low: '#2f6fba', medium: '#b26a00', high: '#b3261e' } as const;

async function showBadge(tabId: number, tab: TabReport | null) {
  const report = tab?.report;
  const count = report && !report.allowlisted ? report.findings.length : 0;
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  if (report) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS[report.level] });
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const msg = raw as ContentMessage;
    const tabId = sender.tab?.id;
    if (tabId == null || !msg || typeof msg !== 'object') return undefined;
    if (msg.type === 'hs:report') {
      return storage.setItem(tabReportKey(tabId), msg.tab).then(() => showBadge(tabId, msg.tab));
    }
    if (msg.type === 'hs:clear') {
      return storage.removeItem(tabReportKey(tabId)).then(() => showBadge(tabId, null));
    }
    return undefined;
  });
  browser.tabs.onRemoved.addListener((tabId) => void storage.removeItem(tabReportKey(tabId)));
});
