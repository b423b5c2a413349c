import { browser } from 'wxt/browser';
import type { TabReport } from '../core/messages';
import { BADGE_COLOURS, badgeText } from './badge';

/** Mirrors a tab's report on the toolbar button (badge.ts says what it shows). */
export async function showBadge(tabId: number, tab: TabReport | null): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: badgeText(tab) });
    if (tab?.report) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS[tab.report.level] });
  } catch {
    // The tab closed between the evaluation and the badge update: nothing to show.
  }
}
