import { SITE_IDS } from './site-list';
import type { ProfileSnapshot } from './snapshot-schema';

/**
 * The profile snapshot's plain parts: the ids, the empty record extractors
 * fill, and the candidate key. No zod here on purpose — the content scripts
 * import this module; the schema is in ./snapshot-schema.ts.
 */
export type { Education, Position, ProfileLocation, ProfileSnapshot, ProfileSnapshotInput, Review } from './snapshot-schema';

/** Every site's id, from the site registry (src/sites/registry.ts, through the generated ./site-list.ts). */
export const PLATFORM_IDS = SITE_IDS;
export type PlatformId = (typeof PLATFORM_IDS)[number];

/** Sections a page is known not to show (e.g. LinkedIn's 3rd-degree private view). */
export const SECTION_NAMES = ['about', 'positions', 'education', 'skills', 'languages', 'links', 'reviews'] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

/** Kinds of engagement a position can state, normalised from the sites' labels. */
export const EMPLOYMENT_TYPES = [
  'full-time',
  'part-time',
  'contract',
  'self-employed',
  'freelance',
  'internship',
  'apprenticeship',
  'seasonal',
  'temporary',
  'volunteer',
] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

const EMPLOYMENT_TYPE_WORDS: Record<string, EmploymentType> = {
  fulltime: 'full-time',
  parttime: 'part-time',
  contract: 'contract',
  contractor: 'contract',
  contractual: 'contract',
  selfemployed: 'self-employed',
  freelance: 'freelance',
  freelancer: 'freelance',
  internship: 'internship',
  intern: 'internship',
  apprenticeship: 'apprenticeship',
  seasonal: 'seasonal',
  temporary: 'temporary',
  volunteer: 'volunteer',
  // schema.org JobPosting employmentType values.
  full_time: 'full-time',
  part_time: 'part-time',
  per_diem: 'temporary',
};

/**
 * "Full-time", "Self-employed", "FULL_TIME", "Part time" → the normalised kind;
 * `null` for anything else (a date line, a place), so a reader may try any
 * short line without guessing.
 */
export function employmentTypeOf(raw: string | null | undefined): EmploymentType | null {
  if (!raw || raw.length > 40) return null;
  const k = raw.trim().toLowerCase();
  return EMPLOYMENT_TYPE_WORDS[k] ?? EMPLOYMENT_TYPE_WORDS[k.replace(/[\s\u2010-\u2015-]+/g, '')] ?? null;
}

/** Build a snapshot with every field unknown, for extractors to fill. */
export function emptySnapshot(platform: PlatformId, url: string): ProfileSnapshot {
  // Written out rather than parsed so building a snapshot needs no schema;
  // tests/unit/core/snapshot.test.ts checks it equals the schema's defaults.
  return {
    platform,
    url,
    accountId: null,
    accountNumber: null,
    name: null,
    headline: null,
    location: null,
    about: null,
    photo: null,
    verified: null,
    memberSince: null,
    followers: null,
    following: null,
    connections: null,
    connectionsCapped: false,
    positions: [],
    education: [],
    languages: [],
    skills: [],
    links: [],
    emails: [],
    hourlyRate: null,
    jobsCompleted: null,
    hoursWorked: null,
    rating: null,
    reviewCount: null,
    reviews: [],
    timezone: null,
    missingSections: [],
  };
}

/** The page states every extractor distinguishes (see shared/platform-pages.md). */
export const PAGE_STATES = ['profile', 'not-found', 'login-wall', 'not-a-profile'] as const;
export type PageState = (typeof PAGE_STATES)[number];

/** A stable key for a candidate across visits: platform + account id, else canonical URL. */
export function profileKey(s: Pick<ProfileSnapshot, 'platform' | 'accountId' | 'url'>): string {
  if (s.accountId) return `${s.platform}:${s.accountId}`;
  return `${s.platform}:${canonicalProfileUrl(s.url)}`;
}

export function canonicalProfileUrl(url: string): string {
  try {
    const u = new URL(url);
    const host = u.hostname.replace(/^[a-z]{2,3}\.linkedin\.com$/, 'www.linkedin.com');
    return `${u.protocol}//${host}${u.pathname.replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return url;
  }
}
