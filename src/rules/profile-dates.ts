/**
 * Month arithmetic on the snapshot's ISO dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
 * A year-only date could mean any month of that year, so every helper returns
 * the earliest and latest month it can stand for; rules pick the bound that
 * makes them fire *less* often (guidance asks for scrutiny, not suspicion —
 * shared/advisories.md §4 item 3).
 */

export interface MonthSpan {
  /** Months since year 0, earliest reading of the date. */
  first: number;
  /** Latest reading of the date (same as `first` when the month is known). */
  last: number;
}

const ISO = /^(\d{4})(?:-(\d{2}))?(?:-\d{2})?$/;

export function monthSpan(iso: string | null | undefined): MonthSpan | null {
  if (!iso) return null;
  const m = ISO.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { first: year * 12, last: year * 12 + 11 };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return { first: year * 12 + month - 1, last: year * 12 + month - 1 };
}

/** The scan date as a month index (UTC, so a test's fixed `now` gives one answer everywhere). */
export function monthOf(now: Date): number {
  return now.getUTCFullYear() * 12 + now.getUTCMonth();
}

/** Whole months from `iso` (earliest reading) to `now`; negative when the date is in the future. */
export function monthsSince(iso: string | null | undefined, now: Date): number | null {
  const span = monthSpan(iso);
  return span ? monthOf(now) - span.last : null;
}

/** Shown in evidence: "2026-09" style, or the year alone. */
export function formatMonth(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}
