import type { ProfileSnapshot } from '../core/snapshot';

/**
 * What a candidate says about their own seniority. Several guidance items only
 * make sense against a claim — "very experienced" profiles with many
 * recommendations (`de24-rf-broad-skills-many-recs`), rates far below market for
 * the work offered (`jp24-rf-below-market-rate`), a bare presence for someone
 * who says they have led teams for a decade (`us22-rf-thin-online-presence`).
 * We read titles and explicit year counts only; nothing about the person.
 */

const SENIOR_TITLE = /\b(senior|sr\.|lead|principal|staff engineer|architect|head of|director|cto|vp of engineering|tech lead)\b/i;

/** "10+ years of experience", "over 12 years experience", "12 yrs of professional experience". */
const YEARS_CLAIM = /\b(?:over\s+|more than\s+)?(\d{1,2})\s*\+?\s*(?:years?|yrs?)\b(?:\s+of)?(?:\s+[\p{L}/.-]+){0,3}?\s+experience\b/iu;

/** Bound the text we scan so a hostile 200 KB "about" costs nothing (design.md, performance). */
const MAX_SCAN = 5_000;

export interface YearsClaim {
  years: number;
  /** The words as the page shows them, for evidence. */
  quote: string;
}

/** Every YEARS_CLAIM match has a digit: most headlines have none, and this scan is far cheaper. */
const DIGIT = /\d/;

export function claimedYears(text: string | null | undefined): YearsClaim | null {
  if (!text) return null;
  const head = text.slice(0, MAX_SCAN);
  if (!DIGIT.test(head)) return null;
  const m = YEARS_CLAIM.exec(head);
  if (!m) return null;
  const years = Number(m[1]);
  return years > 0 && years <= 60 ? { years, quote: m[0].trim() } : null;
}

/** Largest explicit years-of-experience claim in the headline or about text. */
export function profileYearsClaim(p: ProfileSnapshot): YearsClaim | null {
  const claims = [claimedYears(p.headline), claimedYears(p.about)].filter((c): c is YearsClaim => c !== null);
  return claims.sort((a, b) => b.years - a.years)[0] ?? null;
}

/** Years at which a claim counts as senior: the usual "senior" bar on job boards. */
export const SENIOR_YEARS = 7;

/** The phrase that makes the profile claim seniority, or null. */
export function seniorityClaim(p: ProfileSnapshot): string | null {
  const titles = [p.headline, ...p.positions.filter((x) => x.current || x.end === null).map((x) => x.title)];
  for (const title of titles) {
    const m = title ? SENIOR_TITLE.exec(title.slice(0, MAX_SCAN)) : null;
    if (m && title) return title.length > 120 ? `${title.slice(0, 117)}…` : title;
  }
  const years = profileYearsClaim(p);
  return years && years.years >= SENIOR_YEARS ? years.quote : null;
}
