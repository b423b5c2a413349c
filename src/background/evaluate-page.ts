import { evaluate } from '../engine/evaluate';
import type { PagePayload, TabReport } from '../core/messages';
import { profileKey } from '../core/snapshot';
import { profileInput } from '../core/rule-input';
import type { Settings } from '../settings/schema';
import type { SeenMatch } from '../core/rule';

/** What the user decided about candidates, read from extension storage. */
export interface UserMarks {
  allowlist: Record<string, unknown>;
  dismissed: Record<string, { ruleIds: string[] } | undefined>;
}

export interface EvaluatePageDeps {
  now?: Date;
  /** Template-reuse matches from the seen-profiles index for this profile. */
  seenMatches?: readonly SeenMatch[];
}

/** The site switch: a platform missing from `settings.sites` is on. */
export function siteEnabled(settings: Settings, platform: string | null): boolean {
  if (!platform) return true;
  return (settings.sites as Record<string, boolean | undefined>)[platform] !== false;
}

/**
 * A page a content script read, evaluated with the user's settings, allowlist
 * and dismissals: the tab's report. Pure; never throws (evaluate contains its
 * own failures). The snapshot must already have passed the schema.
 */
export function evaluatePage(page: PagePayload, settings: Settings, marks: UserMarks, deps: EvaluatePageDeps = {}): TabReport {
  const now = deps.now ?? new Date();
  const base = { url: page.url, platform: page.platform, state: page.state, scannedAt: now.toISOString(), siteDisabled: !siteEnabled(settings, page.platform) };
  const snapshot = page.snapshot;
  if (page.state !== 'profile' || !snapshot) return { ...base, profile: null, report: null };
  const key = profileKey(snapshot);
  const report = evaluate(profileInput(snapshot, now, deps.seenMatches), settings, {
    allowlisted: Object.hasOwn(marks.allowlist, key),
    dismissed: (Object.hasOwn(marks.dismissed, key) ? marks.dismissed[key]?.ruleIds : undefined) ?? [],
  });
  return { ...base, profile: { key, name: snapshot.name, url: snapshot.url }, report };
}
