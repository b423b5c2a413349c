/**
 * Review dates as day ranges, for the review-pattern rules. A month-only date
 * covers the whole month; a year-only date is too vague and is ignored.
 */
const DAY_MS = 86_400_000;

export interface DayRange {
  first: number;
  last: number;
}

export function dayRange(iso: string | null | undefined): DayRange | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]) - 1;
  if (mo < 0 || mo > 11) return null;
  if (m[3]) {
    const d = Date.UTC(y, mo, Number(m[3])) / DAY_MS;
    return Number.isFinite(d) ? { first: d, last: d } : null;
  }
  return { first: Date.UTC(y, mo, 1) / DAY_MS, last: Date.UTC(y, mo + 1, 0) / DAY_MS };
}

/** Sites hide some clients' names; those are not one client. */
const ANONYMOUS = /^(private|anonymous|hidden|confidential|client|a client|upwork client|freelancer client|buyer|user)\b/i;

export function reviewerKey(author: string | null): string | null {
  if (!author) return null;
  const k = author.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
  if (k.length < 2 || ANONYMOUS.test(k) || /^[\p{L}]\*+/u.test(k) || /\*{2,}/.test(k)) return null;
  return k;
}
