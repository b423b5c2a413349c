import { browser } from 'wxt/browser';
import { parseTabReport, type ExtensionPageMessage, type TabReport, type TabReportNotice } from '../../core/messages';

/**
 * The popup's line to the background, which owns the per-tab reports: the
 * popup asks it, never the page (docs/architecture.json: UI never reaches Content).
 */
export function askBackground<T>(message: ExtensionPageMessage): Promise<T> {
  return browser.runtime.sendMessage(message) as Promise<T>;
}

/** Calls back with the tab's report each time the background changes it; returns the unwatch function. */
export function watchTabReport(tabId: number, cb: (tab: TabReport | null) => void): () => void {
  const onMessage = (raw: unknown) => {
    const msg = raw as TabReportNotice | null;
    if (msg && typeof msg === 'object' && msg.type === 'hs:tab-report' && msg.tabId === tabId) cb(parseTabReport(msg.tab));
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}
