import { evaluate } from '../engine/evaluate';
import type { Report } from '../engine/report';
import type { TabReport } from '../messaging/protocol';
import { extractPage, type PageExtraction } from '../platforms/extract-page';
import { profileKey, type ProfileSnapshot } from '../profile/snapshot';
import { profileInput } from '../profile/text';
import type { Settings } from '../settings/schema';
import type { SeenMatch } from '../rules/define-rule';

/** What the user decided about candidates, read from extension storage. */
export interface UserMarks {
  allowlist: Record<string, unknown>;
  dismissed: Record<string, { ruleIds: string[] } | undefined>;
}

export interface ScanOutcome {
  /** Sent to the background and kept per tab. */
  tab: TabReport;
  snapshot: ProfileSnapshot | null;
  /** `profileKey(snapshot)`, the key for allowlist and dismissals. */
  key: string | null;
  report: Report | null;
}

export interface ScanDeps {
  extract?: (doc: Document, url: string) => PageExtraction;
  now?: () => Date;
  /** Template-reuse matches the background's seen-profiles index returned for this profile. */
  seenMatches?: readonly SeenMatch[];
}

/** The site switch: a platform missing from `settings.sites` is on. */
export function siteEnabled(settings: Settings, platform: string | null): boolean {
  if (!platform) return true;
  return (settings.sites as Record<string, boolean | undefined>)[platform] !== false;
}

/**
 * One pass over the page: extract, then evaluate with the user's settings,
 * allowlist and dismissals. Pure apart from reading `doc`; never throws
 * (extractPage and evaluate both contain their own failures).
 */
export function scanProfile(doc: Document, url: string, settings: Settings, marks: UserMarks, deps: ScanDeps = {}): ScanOutcome {
  const now = deps.now?.() ?? new Date();
  const page = (deps.extract ?? extractPage)(doc, url);
  const base = { url, platform: page.platform, state: page.state, scannedAt: now.toISOString() };
  const siteDisabled = !siteEnabled(settings, page.platform);
  if (page.state !== 'profile' || !page.snapshot) {
    return { tab: { ...base, profile: null, report: null, siteDisabled }, snapshot: null, key: null, report: null };
  }
  const snapshot = page.snapshot;
  const key = profileKey(snapshot);
  const report = evaluate(profileInput(snapshot, now, deps.seenMatches), settings, {
    allowlisted: Object.hasOwn(marks.allowlist, key),
    dismissed: marks.dismissed[key]?.ruleIds ?? [],
  });
  return {
    tab: { ...base, profile: { key, name: snapshot.name, url: snapshot.url }, report, siteDisabled },
    snapshot,
    key,
    report,
  };
}

/** Cheap equality so an unchanged page does not re-render the panel or re-message the background. */
export function sameOutcome(a: ScanOutcome | null, b: ScanOutcome): boolean {
  if (!a) return false;
  return (
    a.tab.url === b.tab.url &&
    a.tab.state === b.tab.state &&
    a.tab.siteDisabled === b.tab.siteDisabled &&
    JSON.stringify(a.snapshot) === JSON.stringify(b.snapshot) &&
    JSON.stringify(a.report) === JSON.stringify(b.report)
  );
}
