import { cleanText, toIsoDate } from '../core/normalise';
import { isRecord } from './dom-read';

/**
 * Readers for values in a site's embedded state JSON (Upwork's profile
 * record, Fiverr's Perseus props, Freelancer.com's transfer state). The
 * state comes from the page, so any field may be missing, renamed or hostile:
 * every read is type-checked and bounded.
 */
export type Rec = Record<string, unknown>;

/** Repeated sections are capped: a real profile has dozens, a hostile page could have millions. */
export const MAX_ITEMS = 100;

export const rec = (v: unknown): Rec | null => (isRecord(v) ? v : null);

/** The first `MAX_ITEMS` objects of an array; anything else is an empty list. */
export const list = (v: unknown): Rec[] => (Array.isArray(v) ? v.slice(0, MAX_ITEMS).filter(isRecord) : []);

/** Cleaned one-line text from a string, or a finite number as written. */
export const str = (v: unknown, max = 2000): string | null =>
  typeof v === 'string' ? cleanText(v, max) : typeof v === 'number' && Number.isFinite(v) ? String(v) : null;

/** ISO date from a year (2014), epoch seconds, epoch ms or a date as written. */
export function stateDate(v: unknown): string | null {
  if (typeof v === 'number') return toIsoDate(v > 1e9 && v < 1e11 ? v * 1000 : v);
  return typeof v === 'string' ? toIsoDate(v) : null;
}
