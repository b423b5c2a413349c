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
    | 'languages' | 'skills' | 'links' | 'timezone'
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

function positions(v: unknown): Position[] {
  return list(v).map((e) => {
    const end = stateDate(e.endDate ?? e.dateTo);
    const current = e.endDate == null && e.dateTo == null && (e.startDate != null || e.dateFrom != null);
    const place = [str(e.city, 200), str(e.country, 200)].filter(Boolean).join(', ');
    return {
      title: str(e.jobTitle ?? e.title, 300),
      company: str(e.companyName ?? e.company, 300),
      companyUrl: null,
      location: place || null,
      start: stateDate(e.startDate ?? e.dateFrom),
      end,
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

function reviews(v: unknown): Review[] {
  const out: Review[] = [];
  for (const job of list(v)) {
    const fb = rec(job.feedback);
    if (!fb) continue;
    const score = num(fb.score);
    const text = cleanMultiline(typeof fb.comment === 'string' ? fb.comment : null, 5000);
    if (score == null && !text) continue;
    out.push({
      author: str(job.clientName ?? rec(job.client)?.name, 200),
      rating: score != null && score >= 0 && score <= 5 ? score : null,
      date: stateDate(job.endDate ?? job.endedOn ?? fb.date),
      text,
      title: str(job.title ?? job.jobTitle, 300),
    });
  }
  return out;
}

function portfolioLinks(v: unknown): string[] {
  const out: string[] = [];
  for (const p of list(v)) {
    const url = safeHttpUrl(str(p.projectUrl ?? p.url, 2000));
    if (url && !out.includes(url)) out.push(url);
  }
  return out;
}

/** "VERIFIED" → true; any other stated status → false (badge offered, not shown); absent → unknown. */
function verified(identity: Rec | null): boolean | null {
  const s = identity?.idBadgeStatus;
  if (typeof s !== 'string' || !s.trim()) return null;
  return s.trim().toUpperCase() === 'VERIFIED';
}

export function fromProfileRecord(record: Rec): UpworkFields {
  const identity = rec(record.identity);
  const profile = rec(record.profile);
  const stats = rec(record.stats);
  const loc = rec(record.location);
  const rate = rec(stats?.hourlyRate);
  const amount = num(rate?.amount);
  const currency = str(rate?.currencyCode ?? rate?.currency, 10);
  const jobs = num(stats?.totalJobsWorked);
  const feedbackCount = num(stats?.totalFeedback);
  const rating = num(stats?.rating);
  const portrait = rec(profile?.portrait);
  const photoUrl = str(portrait?.portrait ?? profile?.portrait, 2000);
  return {
    accountId: str(identity?.ciphertext, 100),
    name: str(profile?.name, 300),
    headline: str(profile?.title, 500),
    about: cleanMultiline(typeof profile?.description === 'string' ? profile.description : null),
    photo: profile && 'portrait' in profile ? Boolean(photoUrl) : null,
    verified: verified(identity),
    memberSince: stateDate(stats?.memberSince),
    hourlyRate: amount != null && amount >= 0 ? { amount, currency: currency ?? 'USD' } : null,
    jobsCompleted: jobs != null && jobs >= 0 ? Math.floor(jobs) : null,
    hoursWorked: num(stats?.totalHours),
    rating: rating != null && rating >= 0 && rating <= 5 ? rating : null,
    reviewCount: feedbackCount != null && feedbackCount >= 0 ? Math.floor(feedbackCount) : null,
    location: loc ? upworkLocation(loc.city, loc.state, loc.countryCodeIso2, loc.country) : null,
    timezone: str(loc?.timezone, 100),
    positions: positions(record.employmentHistory),
    education: education(record.education),
    languages: languages(record.languages),
    skills: skills(profile?.skills ?? record.skills),
    links: portfolioLinks(record.portfolios),
    reviews: reviews(record.workHistory ?? record.assignments),
  };
}
