import type { Position } from '../../core/snapshot';
import { cleanText, parseDateRange, toIsoDate } from '../../core/normalise';

/**
 * Work history, only where the page marks it: an entry of an "experience" or
 * "employment" list whose parts are named (title, company) and whose dates are
 * `<time>` elements or a dated line. Free-running résumé text is not parsed
 * into jobs: guessing employers from prose would put words in the candidate's
 * mouth; the text rules read that prose instead.
 */

const LISTS = '[class*="experience" i], [class*="employment" i], [class*="work-history" i], [data-section="experience"], [data-section="employment"]';
const ENTRY = ':scope li, :scope [class*="entry" i], :scope [class*="item" i]';
const MAX_ENTRIES = 30;

function partText(entry: Element, pattern: string): string | null {
  try {
    return cleanText(entry.querySelector(pattern)?.textContent, 200);
  } catch {
    return null;
  }
}

function datesOf(entry: Element): { start: string | null; end: string | null; current: boolean } {
  const times = Array.from(entry.querySelectorAll('time')).slice(0, 2);
  if (times.length > 0) {
    const iso = (t: Element) => toIsoDate((t.getAttribute('datetime') ?? t.textContent ?? '').slice(0, 40));
    const start = iso(times[0]!);
    const end = times[1] ? iso(times[1]) : null;
    const current = /present|current|now/i.test(entry.querySelector('[class*="date" i]')?.textContent ?? '') && !end;
    return { start, end, current };
  }
  const line = cleanText(entry.querySelector('[class*="date" i], [class*="period" i]')?.textContent, 100);
  return parseDateRange(line);
}

export function readMarkedPositions(root: Element | null): Position[] {
  if (!root) return [];
  const out: Position[] = [];
  try {
    for (const list of Array.from(root.querySelectorAll(LISTS)).slice(0, 10)) {
      for (const entry of Array.from(list.querySelectorAll(ENTRY)).slice(0, MAX_ENTRIES)) {
        if (out.length >= MAX_ENTRIES) return out;
        const company = partText(entry, '[class*="company" i], [class*="employer" i], [class*="organi" i]');
        const title = partText(entry, '[class*="title" i], [class*="role" i], [class*="position" i]');
        if (!company && !title) continue;
        if (out.some((p) => p.company === company && p.title === title)) continue;
        const { start, end, current } = datesOf(entry);
        out.push({ title, company, companyUrl: null, location: null, start, end, current, description: partText(entry, '[class*="description" i], p') });
      }
    }
  } catch {
    /* a hostile DOM: keep what was read */
  }
  return out;
}
