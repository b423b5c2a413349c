import { countryByIso2, countryByName } from '../../core/countries';
import { cleanMultiline, cleanText } from '../../core/normalise';
import type { Education, Position, ProfileLocation, ProfileSnapshot, Review } from '../../core/snapshot';
import { isRecord, safeHttpUrl } from '../dom-read';
import { list, MAX_ITEMS, rec, stateDate, str, type Rec } from '../state-values';

/**
 * Maps Upwork's profile state record — the shape shared by the 2016 inline
 * JSON (`pageId:"flProfile"`) and the 2026 `state.profile.profile` Nuxt state:
 * `{identity, profile, stats, location, languages, employmentHistory,
 * education, portfolios, workHistory}` — onto snapshot fields. Field names
 * used here have been stable for ten years (shared/platform-pages.md, Upwork).
 * Every read is type-checked: the record comes from the page, so any field may
 * be missing, renamed or hostile.
 */

function num(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && /^\s*\d[\d,]*(\.\d+)?\s*$/.test(v)) return Number(v.replace(/[,\s]/g, ''));
  return null;
}

export type UpworkFields = Partial<
  Pick<
    ProfileSnapshot,
    | 'accountId' | 'name' | 'headline' | 'location' | 'about' | 'photo' | 'verified' | 'memberSince' | 'hourlyRate'
    | 'jobsCompleted' | 'hoursWorked' | 'rating' | 'reviewCount' | 'reviews' | 'positions' | 'education'
    | 'languages' | 'skills' | 'links' | 'timezone' | 'badges'
  >
>;

/** Country name from an ISO2 code, else from the name as written; the code wins because it is canonical. */
export function countryName(iso2: unknown, name: unknown): string | null {
  const code = typeof iso2 === 'string' ? iso2.trim().toUpperCase() : '';
  const byCode = code ? countryByIso2(code) : undefined;
  if (byCode) return byCode;
  const n = str(name, 200);
  return n ? (countryByName(n.toLowerCase()) ?? n) : null;
}

/**
 * City and country as the record states them. They can disagree in real data
 * (a city of one country listed under another): both are kept as stated so a
 * rule can notice the inconsistency — we never "correct" either.
 */
export function upworkLocation(city: unknown, region: unknown, iso2: unknown, countryText: unknown): ProfileLocation | null {
  const c = str(city, 200);
  const r = str(region, 200);
  const country = countryName(iso2, countryText);
  const text = [c, r, country].filter(Boolean).join(', ');
  if (!text) return null;
  return { text, city: c, region: r, country };
}

/** "2021" + "02" → "2021-02"; a year alone → "2021". */
function yearMonth(year: unknown, month: unknown): string | null {
  const y = str(year, 4);
  if (!y || !/^\d{4}$/.test(y)) return null;
  const m = str(month, 2);
  return m && /^(0?[1-9]|1[0-2])$/.test(m) ? `${y}-${m.padStart(2, '0')}` : y;
}

function positions(v: unknown): Position[] {
  return list(v).map((e) => {
    // Dates come as one field (`startDate`, `dateFrom`) or, in the 2026 editor's shape, as year and month.
    const start = stateDate(e.startDate ?? e.dateFrom) ?? yearMonth(e.startYear, e.startMonth);
    const end = stateDate(e.endDate ?? e.dateTo) ?? yearMonth(e.endYear, e.endMonth);
    const current = typeof e.isCurrentPosition === 'boolean' ? e.isCurrentPosition : end == null && start != null;
    const place = [str(e.city, 200), str(e.country, 200)].filter(Boolean).join(', ');
    return {
      title: str(e.jobTitle ?? e.title, 300),
      company: str(e.companyName ?? e.company, 300),
      companyUrl: null,
      location: place || null,
      start,
      end: current ? null : end,
      current,
      description: cleanMultiline(typeof e.description === 'string' ? e.description : null, 5000),
    };
  }).filter((p) => p.title || p.company);
}

function education(v: unknown): Education[] {
  return list(v)
    .map((e) => ({
      school: str(e.institutionName ?? e.school, 300),
      degree: [str(e.degree, 200), str(e.areaOfStudy, 200)].filter(Boolean).join(', ') || null,
      start: stateDate(e.dateStarted ?? e.startDate),
      end: stateDate(e.dateEnded ?? e.endDate),
    }))
    .filter((e) => e.school || e.degree);
}

function languages(v: unknown): string[] {
  const out: string[] = [];
  for (const l of list(v)) {
    const name = str(rec(l.language)?.name ?? l.name, 100);
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

function skills(v: unknown): string[] {
  const out: string[] = [];
  for (const s of Array.isArray(v) ? v.slice(0, MAX_ITEMS) : []) {
    const name = typeof s === 'string' ? cleanText(s, 100) : isRecord(s) ? str(s.prettyName ?? s.name, 100) : null;
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

/**
 * Contracts with the client's feedback. The 2016 page and older Nuxt pages
 * carry them as a list on the record; the 2026 page keeps them beside it, in
 * the viewer's `workHistory.assignmentsCompleted.pageItems` (and
 * `assignmentsInProgress`). `feedbackGiven` is the freelancer's review *of
 * the client* and is never read as a review of the freelancer.
 */
function reviews(v: unknown): Review[] {
  const out: Review[] = [];
  for (const job of list(v)) {
    const fb = rec(job.feedback);
    if (!fb) continue;
    const score = num(fb.score);
    const text = cleanMultiline(typeof fb.comment === 'string' ? fb.comment : null, 5000) || null;
    if (score == null && !text) continue;
    out.push({
      author: str(job.clientName ?? rec(job.client)?.name ?? rec(job.clientInformation)?.name, 200),
      rating: score != null && score >= 0 && score <= 5 ? score : null,
      date: stateDate(job.endDate ?? job.endedOn ?? fb.date),
      text,
      title: str(job.title ?? job.jobTitle, 300),
    });
  }
  return out;
}

/** Completed and in-progress contracts from the 2026 viewer state's work history. */
export function workHistoryItems(viewer: Rec | null): Rec[] {
  const wh = rec(viewer?.workHistory);
  if (!wh) return [];
  return [...list(rec(wh.assignmentsCompleted)?.pageItems), ...list(rec(wh.assignmentsInProgress)?.pageItems)].slice(0, MAX_ITEMS);
}

function portfolioLinks(v: unknown): string[] {
  const out: string[] = [];
  for (const p of list(v)) {
    const url = safeHttpUrl(str(p.projectUrl ?? p.url ?? p.embeddedLinkUrl, 2000));
    if (url && !out.includes(url)) out.push(url);
  }
  return out;
}

/**
 * Identity badge: "VERIFIED" (2016) and "PASSED" (2026) → shown; any other
 * stated status → offered, not shown; absent → unknown. The 2026 page also
 * states it as `idv.isVerifiedWithIdBadge`.
 */
function verified(...holders: (Rec | null)[]): boolean | null {
  for (const h of holders) {
    const s = h?.idBadgeStatus;
    if (typeof s === 'string' && s.trim()) return ['VERIFIED', 'PASSED'].includes(s.trim().toUpperCase());
  }
  for (const h of holders) {
    const flag = rec(h?.idv)?.isVerifiedWithIdBadge;
    if (typeof flag === 'boolean') return flag;
  }
  return null;
}

/** Upwork's own labels for its talent badges, as the profile shows them. */
const TOP_RATED_LABELS: Record<string, string> = {
  top_rated: 'Top Rated',
  toprated: 'Top Rated',
  top_rated_plus: 'Top Rated Plus',
  topratedplus: 'Top Rated Plus',
  expert_vetted: 'Expert-Vetted',
  expertvetted: 'Expert-Vetted',
  rising_talent: 'Rising Talent',
  risingtalent: 'Rising Talent',
};

function badges(stats: Rec | null, isVerified: boolean | null): string[] {
  const out: string[] = [];
  for (const v of [stats?.topRatedStatus, stats?.topRatedPlusStatus, stats?.topRatedStatusEx]) {
    if (typeof v !== 'string') continue;
    const label = TOP_RATED_LABELS[v.trim().toLowerCase().replace(/[\s-]/g, '_')] ?? TOP_RATED_LABELS[v.trim().toLowerCase().replace(/[\s_-]/g, '')];
    if (label && !out.includes(label)) out.push(label);
  }
  if (isVerified) out.push('ID verified');
  return out;
}

/** The time zone as stated (`timezone` on older pages, `countryTimezone` in 2026). */
function timezone(loc: Rec | null): string | null {
  return str(loc?.timezone ?? loc?.countryTimezone, 100);
}

/**
 * `record` is the freelancer record (`{identity, profile, stats, …}`);
 * `viewer`, on the 2026 page, is the `profileViewer` state around it, which
 * holds the work history with the clients' reviews.
 */
export function fromProfileRecord(record: Rec, viewer: Rec | null = null): UpworkFields {
  const identity = rec(record.identity);
  const profile = rec(record.profile);
  const stats = rec(record.stats);
  // 2026: inside the inner profile; 2016 and older Nuxt pages: beside it.
  const loc = rec(profile?.location) ?? rec(record.location);
  const rate = rec(stats?.hourlyRate);
  const amount = num(rate?.amount);
  const currency = str(rate?.currencyCode ?? rate?.currency, 10);
  const jobs = num(stats?.totalJobsWorked);
  const feedbackCount = num(stats?.totalFeedback);
  const rating = num(stats?.rating);
  const hours = num(stats?.totalHoursActual) ?? num(stats?.totalHours);
  const portrait = rec(profile?.portrait);
  const photoUrl = str(portrait?.portrait ?? profile?.portrait, 2000);
  const city = str(loc?.city, 200);
  const region = str(loc?.state, 200);
  const isVerified = verified(identity, profile);
  const history = record.workHistory ?? record.assignments;
  return {
    accountId: str(identity?.ciphertext, 100),
    name: str(profile?.name, 300),
    headline: str(profile?.title, 500),
    about: cleanMultiline(typeof profile?.description === 'string' ? profile.description : null),
    photo: profile && 'portrait' in profile ? Boolean(photoUrl) : null,
    verified: isVerified,
    memberSince: stateDate(stats?.memberSince),
    hourlyRate: amount != null && amount >= 0 ? { amount, currency: currency ?? 'USD' } : null,
    jobsCompleted: jobs != null && jobs >= 0 ? Math.floor(jobs) : null,
    hoursWorked: hours != null && hours >= 0 ? hours : null,
    rating: rating != null && rating >= 0 && rating <= 5 ? rating : null,
    reviewCount: feedbackCount != null && feedbackCount >= 0 ? Math.floor(feedbackCount) : null,
    // A region that only repeats the city ("Kharkiv, Kharkiv") adds nothing.
    location: loc ? upworkLocation(city, region && region !== city ? region : null, loc.countryCodeIso2, loc.country) : null,
    timezone: timezone(loc),
    positions: positions(record.employmentHistory),
    education: education(record.education),
    languages: languages(record.languages),
    skills: skills(profile?.skills ?? record.skills),
    links: portfolioLinks(record.portfolios),
    reviews: reviews(Array.isArray(history) ? history : workHistoryItems(viewer)),
    badges: badges(stats, isVerified),
  };
}
