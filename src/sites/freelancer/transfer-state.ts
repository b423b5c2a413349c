import { countryByIso2 } from '../../core/countries';
import { cleanMultiline } from '../../core/normalise';
import type { ProfileSnapshot, Review } from '../../core/snapshot';
import { isRecord, safeJsonParse } from '../dom-read';
import { list, rec, stateDate, str, type Rec } from '../state-values';

/**
 * Freelancer.com is an Angular app; server-rendered pages carry Angular's
 * transfer state as JSON in `script#ng-state` (newer) or `script#<app>-state`
 * (older, with `&q;`-style escapes). No public capture exists, so the user
 * record shape is *modelled* on the site's public API user object
 * (`username`, `public_name`, `tagline`, `registration_date`, `hourly_rate`,
 * `reputation`, `status`, …). We search the state for the record whose
 * `username` is the one in the URL, so other users on the page (reviewers,
 * the signed-in viewer) are never read as the candidate.
 */
const MAX_NODES = 50_000;
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Undo Angular's legacy transfer-state escaping (`&q;` for `"`, …). */
function unescapeTransferState(s: string): string {
  if (!s.includes('&q;')) return s;
  return s.replace(/&(q|a|s|l|g);/g, (_, c: string) => ({ q: '"', a: '&', s: "'", l: '<', g: '>' })[c]!);
}

export function readTransferState(document: Document): unknown[] {
  const out: unknown[] = [];
  const scripts = document.querySelectorAll('script#ng-state, script[type="application/json"][id$="-state"]');
  for (let i = 0; i < scripts.length && i < 5; i++) {
    const parsed = safeJsonParse(unescapeTransferState(scripts[i]!.textContent ?? ''));
    if (parsed != null) out.push(parsed);
  }
  return out;
}

/** Breadth-first, bounded search for the user record with this username. */
export function findUserRecord(roots: readonly unknown[], username: string): Rec | null {
  const want = username.toLowerCase();
  const queue: unknown[] = [...roots];
  for (let seen = 0; queue.length && seen < MAX_NODES; seen++) {
    const v = queue.shift();
    if (Array.isArray(v)) {
      queue.push(...v.slice(0, 1000));
      continue;
    }
    if (!isRecord(v)) continue;
    if (typeof v.username === 'string' && v.username.toLowerCase() === want && ('public_name' in v || 'display_name' in v)) return v;
    for (const child of Object.values(v)) if (child && typeof child === 'object') queue.push(child);
  }
  return null;
}

function reviews(v: unknown): Review[] {
  return list(v)
    .map((r) => {
      const rating = num(r.rating);
      return {
        author: str(r.reviewer_name ?? rec(r.from_user)?.public_name, 200),
        rating: rating != null && rating >= 0 && rating <= 5 ? rating : null,
        date: stateDate(r.submitdate ?? r.time_submitted),
        text: cleanMultiline(typeof r.description === 'string' ? r.description : null, 5000),
        title: str(r.project_title, 300),
      };
    })
    .filter((r) => r.text || r.rating != null);
}

export function fromUserRecord(u: Rec): Partial<ProfileSnapshot> {
  const loc = rec(u.location);
  const country = rec(loc?.country);
  const code = str(country?.code, 5)?.toUpperCase() ?? null;
  const countryName = (code && countryByIso2(code)) ?? str(country?.name, 200);
  const city = str(loc?.city, 200);
  const locText = [city, countryName].filter(Boolean).join(', ');
  const rate = num(u.hourly_rate);
  const currency = str(rec(u.primary_currency)?.code, 10);
  const overall = rec(rec(u.reputation)?.entire_history);
  const rating = num(overall?.overall);
  const reviewCount = num(overall?.reviews);
  const complete = num(overall?.complete);
  const status = rec(u.status);
  const skills: string[] = [];
  for (const j of list(u.jobs)) {
    const n = str(j.name, 100);
    if (n && !skills.includes(n)) skills.push(n);
  }
  const id = num(u.id);
  return {
    accountId: id != null ? String(id) : str(u.username, 100),
    accountNumber: id != null && Number.isInteger(id) && id >= 0 ? id : null,
    name: str(u.public_name, 300) ?? str(u.display_name, 300),
    headline: str(u.tagline, 500),
    about: cleanMultiline(typeof u.profile_description === 'string' ? u.profile_description : null),
    photo: 'avatar_cdn' in u ? Boolean(str(u.avatar_cdn)) : null,
    verified: typeof status?.identity_verified === 'boolean' ? status.identity_verified : null,
    memberSince: stateDate(u.registration_date),
    location: locText ? { text: locText, city, region: null, country: countryName } : null,
    hourlyRate: rate != null && rate >= 0 ? { amount: rate, currency: currency ?? 'USD' } : null,
    rating: rating != null && rating >= 0 && rating <= 5 ? rating : null,
    reviewCount: reviewCount != null && reviewCount >= 0 ? Math.floor(reviewCount) : null,
    jobsCompleted: complete != null && complete >= 0 ? Math.floor(complete) : null,
    skills,
    timezone: str(rec(u.timezone)?.timezone, 100),
    reviews: reviews(u.reviews),
  };
}
