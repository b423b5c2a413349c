import type { Level } from '../core/report';
import type { TabReport } from '../core/messages';

/**
 * What the toolbar badge shows for a tab's report. Pure, so the background,
 * the E2E tests and the demo agree on it.
 */
export const BADGE_COLOURS: Record<Level, string> = { none: '#5f6b7a', low: '#2f6fba', medium: '#b26a00', high: '#b3261e' };

/** The number of visible signals; empty when none, allowlisted or off-profile. */
export function badgeText(tab: TabReport | null): string {
  const report = tab?.report;
  if (!report || report.allowlisted) return '';
  const count = report.findings.length;
  if (count === 0) return '';
  return count > 99 ? '99+' : String(count);
}
