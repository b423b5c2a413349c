import type { PageState, PlatformId } from '../profile/snapshot';
import type { Report } from '../engine/report';
import type { SeenMatch } from '../rules/define-rule';

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

/** A profile's long-form-text fingerprint for the seen-profiles index (issue 10): never the text. */
export interface SeenQuery {
  key: string;
  url: string;
  platform: PlatformId;
  /** Encoded MinHash signature (src/engine/fingerprint.ts). */
  fp: string;
}

/** content → background */
export type ContentMessage = { type: 'hs:report'; tab: TabReport } | { type: 'hs:clear' } | { type: 'hs:seen'; query: SeenQuery };

/** background → content, the answer to `hs:seen`. */
export interface SeenAnswer {
  matches: SeenMatch[];
}
/** popup → content (through tabs.sendMessage) */
export type PopupToContentMessage = { type: 'hs:rescan' };

/** Session-storage key for a tab's latest report (survives a service-worker restart). */
export const tabReportKey = (tabId: number) => `session:tabReport:${tabId}` as const;
