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

/** `^\d{4}(?:-\d{2})?(?:-\d{2})?$`, read by hand: every rule reads every date on every scan. */
export function monthSpan(iso: string | null | undefined): MonthSpan | null {
  if (!iso) return null;
  const n = iso.length;
  // "YYYY", "YYYY-MM" or "YYYY-MM-DD"; nothing else.
  if ((n !== 4 && n !== 7 && n !== 10) || !digitsAt(iso, 0, 4)) return null;
  if (n >= 7 && !(iso.charCodeAt(4) === DASH && digitsAt(iso, 5, 2))) return null;
  if (n === 10 && !(iso.charCodeAt(7) === DASH && digitsAt(iso, 8, 2))) return null;
  const year = number(iso, 0, 4);
  if (n === 4) return { first: year * 12, last: year * 12 + 11 };
  const month = number(iso, 5, 2);
  if (month < 1 || month > 12) return null;
  return { first: year * 12 + month - 1, last: year * 12 + month - 1 };
}

const DASH = 45;

function digitsAt(s: string, at: number, count: number): boolean {
  for (let i = at; i < at + count; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function number(s: string, at: number, count: number): number {
  let v = 0;
  for (let i = at; i < at + count; i++) v = v * 10 + (s.charCodeAt(i) - 48);
  return v;
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
