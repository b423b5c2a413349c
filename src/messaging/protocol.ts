import type { PageState, PlatformId } from '../profile/snapshot';
import type { Report } from '../engine/report';

/** What the background keeps per tab (session storage) and the popup shows. */
export interface TabReport {
  url: string;
  platform: PlatformId | null;
  state: PageState;
  /** Candidate identity for allowlist/checklist keys; null off-profile. */
  profile: { key: string; name: string | null; url: string } | null;
  report: Report | null;
  /** The panel is switched off for this site (popup offers the switch). */
  siteDisabled: boolean;
  scannedAt: string;
}

/** content → background */
export type ContentMessage = { type: 'hs:report'; tab: TabReport } | { type: 'hs:clear' };
/** popup → content (through tabs.sendMessage) */
export type PopupToContentMessage = { type: 'hs:rescan' };

/** Session-storage key for a tab's latest report (survives a service-worker restart). */
export const tabReportKey = (tabId: number) => `session:tabReport:${tabId}` as const;
