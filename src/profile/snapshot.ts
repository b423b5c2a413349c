import { z } from 'zod';

/**
 * What every extractor fills, and the only thing rules read about a profile.
 * Unknown is `null` (or an empty list for repeated fields), never an empty
 * string pretending to be data: `nonEmpty` strings enforce that.
 */
const text = z.string().min(1);
/** ISO date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'ISO date (YYYY, YYYY-MM or YYYY-MM-DD)');

export const PLATFORM_IDS = [
  'linkedin',
  'upwork',
  'github',
  'indeed',
  'wellfound',
  'fiverr',
  'freelancer',
  'generic',
] as const;
export const platformId = z.enum(PLATFORM_IDS);
export type PlatformId = z.infer<typeof platformId>;

export const locationSchema = z.object({
  /** The location exactly as the page shows it. */
  text,
  city: text.nullable(),
  region: text.nullable(),
  /** Country name as shown or derived from a code; `null` when the text does not say. */
  country: text.nullable(),
});
export type ProfileLocation = z.infer<typeof locationSchema>;

export const positionSchema = z.object({
  title: text.nullable(),
  company: text.nullable(),
  /** Link to the employer (company page or website) when shown. */
  companyUrl: text.nullable().default(null),
  location: text.nullable(),
  start: isoDate.nullable(),
  /** `null` = ongoing ("Present") or unknown; see `current`. */
  end: isoDate.nullable(),
  current: z.boolean().default(false),
  description: text.nullable().default(null),
});
export type Position = z.infer<typeof positionSchema>;

export const educationSchema = z.object({
  school: text.nullable(),
  degree: text.nullable(),
  start: isoDate.nullable(),
  end: isoDate.nullable(),
});
export type Education = z.infer<typeof educationSchema>;

export const reviewSchema = z.object({
  /** Client / reviewer as shown (may be anonymised by the site). */
  author: text.nullable(),
  rating: z.number().min(0).max(5).nullable(),
  date: isoDate.nullable(),
  text: text.nullable(),
  title: text.nullable().default(null),
});
export type Review = z.infer<typeof reviewSchema>;

/** Sections a page is known not to show (e.g. LinkedIn's 3rd-degree private view). */
export const SECTION_NAMES = ['about', 'positions', 'education', 'skills', 'languages', 'links', 'reviews'] as const;

export const profileSnapshotSchema = z.object({
  platform: platformId,
  url: z.string().url(),
  /** Stable platform account id (LinkedIn member urn, Upwork ciphertext, GitHub login/id …). */
  accountId: text.nullable(),
  /** A numeric account number that grows with account age (LinkedIn member id, GitHub user id). */
  accountNumber: z.number().int().nonnegative().nullable().default(null),
  name: text.nullable(),
  headline: text.nullable(),
  location: locationSchema.nullable(),
  about: text.nullable(),
  /** Whether a profile photo is shown; `null` when the page does not tell. */
  photo: z.boolean().nullable(),
  /** Identity-verification badge shown (`true`), platform offers one and it is absent (`false`), unknown (`null`). */
  verified: z.boolean().nullable(),
  memberSince: isoDate.nullable(),
  followers: z.number().int().nonnegative().nullable(),
  /** Connections; LinkedIn's "500+" is stored as 500 with `connectionsCapped`. */
  connections: z.number().int().nonnegative().nullable(),
  connectionsCapped: z.boolean().default(false),
  positions: z.array(positionSchema).default([]),
  education: z.array(educationSchema).default([]),
  languages: z.array(text).default([]),
  skills: z.array(text).default([]),
  links: z.array(text).default([]),
  emails: z.array(text).default([]),
  hourlyRate: z.object({ amount: z.number().nonnegative(), currency: text }).nullable(),
  jobsCompleted: z.number().int().nonnegative().nullable(),
  hoursWorked: z.number().nonnegative().nullable().default(null),
  rating: z.number().min(0).max(5).nullable(),
  reviewCount: z.number().int().nonnegative().nullable().default(null),
  reviews: z.array(reviewSchema).default([]),
  /** Stated time zone, when the site shows one (e.g. Upwork "local time" offset). */
  timezone: text.nullable().default(null),
  /** Sections the page does not show at all (private view) — missing is not empty. */
  missingSections: z.array(z.enum(SECTION_NAMES)).default([]),
});
export type ProfileSnapshot = z.infer<typeof profileSnapshotSchema>;
export type ProfileSnapshotInput = z.input<typeof profileSnapshotSchema>;

/** Build a snapshot with every field unknown, for extractors to fill. */
export function emptySnapshot(platform: PlatformId, url: string): ProfileSnapshot {
  return profileSnapshotSchema.parse({
    platform,
    url,
    accountId: null,
    name: null,
    headline: null,
    location: null,
    about: null,
    photo: null,
    verified: null,
    memberSince: null,
    followers: null,
    connections: null,
    hourlyRate: null,
    jobsCompleted: null,
    rating: null,
  });
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
