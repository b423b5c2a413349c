import type { PageState, PlatformId, ProfileSnapshot } from './snapshot';
import type { Report } from './report';

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

/**
 * What a content script read from the page: the extraction only. The content
 * scripts never evaluate; the background validates the snapshot against the
 * schema, evaluates it and answers (the page's main thread pays for
 * reading the DOM and drawing the panel, nothing else).
 */
export interface PagePayload {
  url: string;
  platform: PlatformId;
  state: PageState;
  snapshot: ProfileSnapshot | null;
}

/** A change the panel asks for; the background writes it (the content scripts carry no storage code). */
export type MarkChange =
  | { kind: 'dismiss'; key: string; ruleId: string }
  | { kind: 'restore-dismissed'; key: string }
  | { kind: 'allowlist'; key: string; url: string; name: string | null; platform: PlatformId }
  | { kind: 'unallowlist'; key: string }
  | { kind: 'hide-on-site'; platform: PlatformId };

/** content → background */
export type ContentMessage = { type: 'hs:scan'; page: PagePayload } | { type: 'hs:clear' } | { type: 'hs:mark'; change: MarkChange };

/** background → content, the answer to `hs:scan`. */
export interface ScanReply {
  tab: TabReport;
  /** Show the panel (a profile was found, the panel and the site are switched on). */
  showPanel: boolean;
  startCollapsed: boolean;
}

/** popup → content (through tabs.sendMessage) */
export type PopupToContentMessage = { type: 'hs:rescan' };

/** Session-storage key for a tab's latest report (survives a service-worker restart). */
export const tabReportKey = (tabId: number) => `session:tabReport:${tabId}` as const;

/**
 * Storage keys (browser.storage.local) whose change means the open profile
 * must be re-evaluated: settings, allowlist and dismissals. A change in the
 * `managed` area (enterprise policy) counts as well. Kept here, not in
 * src/settings/storage.ts, so content scripts can watch them without the
 * storage and schema code.
 */
export const RESCAN_LOCAL_KEYS = ['settings', 'allowlist', 'dismissed'] as const;
