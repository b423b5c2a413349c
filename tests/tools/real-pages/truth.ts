/**
 * What a real page's own machine-readable data says, read independently of
 * our extractors, field by field, to count what a reader gets right. Upwork:
 * the page's `window.__NUXT__` evaluated in an isolated Node context (a local
 * tool on a known capture, never in the extension) — the reference reading of
 * the minified state our no-eval reader must match.
 */
import { runInNewContext } from 'node:vm';

export type Truth = Record<string, unknown>;

const rec = (v: unknown): Record<string, unknown> | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
const arr = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.map(rec).filter((x): x is Record<string, unknown> => x !== null) : []);

function nuxtState(html: string): Record<string, unknown> | null {
  const re = /<script[^>]*>([\s\S]*?)<\/script>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (!m[1]!.includes('window.__NUXT__')) continue;
    const sandbox: { window: Record<string, unknown> } = { window: {} };
    runInNewContext(m[1]!, sandbox, { timeout: 2000 });
    return rec(sandbox.window.__NUXT__);
  }
  return null;
}

const TOP_RATED: Record<string, string> = { top_rated: 'Top Rated', top_rated_plus: 'Top Rated Plus', expert_vetted: 'Expert-Vetted', rising_talent: 'Rising Talent' };

export function upworkTruth(html: string): Truth {
  const state = rec(nuxtState(html)?.state);
  const viewer = rec(state?.profileViewer);
  const record = rec(viewer?.profile) ?? rec(rec(state?.profile)?.profile);
  if (!record) return {};
  const identity = rec(record.identity);
  const profile = rec(record.profile);
  const stats = rec(record.stats);
  const loc = rec(profile?.location) ?? rec(record.location);
  const rate = rec(stats?.hourlyRate);
  const wh = rec(viewer?.workHistory);
  const contracts = [...arr(rec(wh?.assignmentsCompleted)?.pageItems), ...arr(rec(wh?.assignmentsInProgress)?.pageItems)];
  const reviewed = contracts.filter((c) => rec(c.feedback) && (rec(c.feedback)!.score != null || rec(c.feedback)!.comment));
  const badge = typeof profile?.idBadgeStatus === 'string' ? profile.idBadgeStatus : identity?.idBadgeStatus;
  const t: Truth = {
    accountId: identity?.ciphertext ?? null,
    name: profile?.name ?? null,
    headline: profile?.title ?? null,
    about: typeof profile?.description === 'string' ? profile.description.replace(/\s+/g, ' ').trim() : null,
    'location.city': loc?.city ?? null,
    'location.country': loc?.country ?? null,
    photo: rec(profile?.portrait)?.portrait ? true : null,
    verified: typeof badge === 'string' ? ['PASSED', 'VERIFIED'].includes(badge.toUpperCase()) : null,
    memberSince: typeof stats?.memberSince === 'string' ? stats.memberSince.slice(0, 10) : null,
    'hourlyRate.amount': rate?.amount ?? null,
    'hourlyRate.currency': rate?.currencyCode ?? null,
    jobsCompleted: stats?.totalJobsWorked ?? null,
    hoursWorked: stats?.totalHoursActual ?? stats?.totalHours ?? null,
    rating: stats?.rating ?? null,
    reviewCount: stats?.totalFeedback ?? null,
    skills: arr(profile?.skills).map((s) => s.prettyName ?? s.name).filter(Boolean),
    'reviews.dates': reviewed.map((c) => String(c.endedOn ?? '').slice(0, 10)).filter(Boolean),
    badges: [TOP_RATED[String(stats?.topRatedStatus ?? '')]].filter(Boolean),
    timezone: loc?.countryTimezone ?? loc?.timezone ?? null,
    languages: arr(record.languages).map((l) => rec(l.language)?.name ?? l.name).filter(Boolean),
    'positions.count': arr(record.employmentHistory).length || null,
    'education.count': arr(record.education).length || null,
  };
  return t;
}

/** The same keys, read from an extracted snapshot. */
export function snapshotFields(s: Record<string, unknown> | null): Truth {
  if (!s) return {};
  const loc = rec(s.location);
  const rate = rec(s.hourlyRate);
  return {
    accountId: s.accountId,
    name: s.name,
    headline: s.headline,
    about: typeof s.about === 'string' ? s.about.replace(/\s+/g, ' ').trim() : null,
    'location.city': loc?.city ?? null,
    'location.country': loc?.country ?? null,
    photo: s.photo,
    verified: s.verified,
    memberSince: s.memberSince,
    'hourlyRate.amount': rate?.amount ?? null,
    'hourlyRate.currency': rate?.currency ?? null,
    jobsCompleted: s.jobsCompleted,
    hoursWorked: s.hoursWorked,
    rating: s.rating,
    reviewCount: s.reviewCount,
    skills: s.skills,
    'reviews.dates': arr(s.reviews).map((r) => r.date),
    badges: (s.badges as unknown[] | undefined)?.filter((b) => b !== 'ID verified') ?? [],
    timezone: s.timezone,
    languages: s.languages,
    'positions.count': arr(s.positions).length || null,
    'education.count': arr(s.education).length || null,
  };
}

export interface FieldScore {
  /** Fields the page's own data holds (non-empty). */
  held: number;
  read: number;
  missed: string[];
  misread: string[];
}

const empty = (v: unknown) => v == null || (Array.isArray(v) && v.length === 0) || v === '';

/** Fields the truth holds: read right, missed (unknown in the snapshot) or misread (a different value). */
export function score(truth: Truth, got: Truth): FieldScore {
  const out: FieldScore = { held: 0, read: 0, missed: [], misread: [] };
  for (const [k, want] of Object.entries(truth)) {
    if (empty(want)) continue;
    out.held++;
    const have = got[k];
    if (empty(have)) out.missed.push(k);
    else if (JSON.stringify(have) === JSON.stringify(want) || (typeof want === 'number' && typeof have === 'number' && Math.abs(want - have) < 0.5)) out.read++;
    else out.misread.push(k);
  }
  return out;
}
