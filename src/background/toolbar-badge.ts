import { browser } from 'wxt/browser';
import type { TabReport } from '../core/messages';
import { BADGE_COLOURS, badgeText } from './badge';

/**
 * The toolbar button's API: `action` in the Manifest V3 build (Chromium),
 * `browserAction` in the Manifest V2 build (Firefox), which has no `action`.
 */
function toolbarButton(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/** Mirrors a tab's report on the toolbar button (badge.ts says what it shows). */
export async function showBadge(tabId: number, tab: TabReport | null): Promise<void> {
  try {
    const button = toolbarButton();
    await button.setBadgeText({ tabId, text: badgeText(tab) });
    if (tab?.report) await button.setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS[tab.report.level] });
  } catch {
    // The tab closed between the evaluation and the badge update: nothing to show.
  }
}
