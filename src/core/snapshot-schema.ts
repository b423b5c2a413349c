import { z } from 'zod/mini';
import { EMPLOYMENT_TYPES, PLATFORM_IDS, SECTION_NAMES } from './snapshot';

// The schema lives apart from the snapshot's plain helpers so the content scripts
// (which only build snapshots) carry no zod: the background validates every
// snapshot it receives. zod/mini keeps the background and popup small.

/**
 * What every extractor fills, and the only thing rules read about a profile.
 * Unknown is `null` (or an empty list for repeated fields), never an empty
 * string pretending to be data: `nonEmpty` strings enforce that.
 */
const text = z.string().check(z.minLength(1));
/** ISO date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const isoDate = z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'ISO date (YYYY, YYYY-MM or YYYY-MM-DD)'));

export const platformId = z.enum(PLATFORM_IDS);

export const locationSchema = z.object({
  /** The location exactly as the page shows it. */
  text,
  city: z.nullable(text),
  region: z.nullable(text),
  /** Country name as shown or derived from a code; `null` when the text does not say. */
  country: z.nullable(text),
});
export type ProfileLocation = z.infer<typeof locationSchema>;

export const positionSchema = z.object({
  title: z.nullable(text),
  company: z.nullable(text),
  /** Link to the employer (company page or website) when shown. */
  companyUrl: z._default(z.nullable(text), null),
  location: z.nullable(text),
  start: z.nullable(isoDate),
  /** `null` = ongoing ("Present") or unknown; see `current`. */
  end: z.nullable(isoDate),
  current: z._default(z.boolean(), false),
  description: z._default(z.nullable(text), null),
  /**
   * The kind of engagement the page states for this position ("Full-time",
   * "Contract", …, normalised); `null` or absent when the page does not say.
   * Rules about overlapping jobs need it: a contract beside a job is ordinary.
   */
  employmentType: z.optional(z.nullable(z.enum(EMPLOYMENT_TYPES))),
});
export type Position = z.infer<typeof positionSchema>;

export const educationSchema = z.object({
  school: z.nullable(text),
  degree: z.nullable(text),
  start: z.nullable(isoDate),
  end: z.nullable(isoDate),
});
export type Education = z.infer<typeof educationSchema>;

export const reviewSchema = z.object({
  /** Client / reviewer as shown (may be anonymised by the site). */
  author: z.nullable(text),
  rating: z.nullable(z.number().check(z.gte(0), z.lte(5))),
  date: z.nullable(isoDate),
  text: z.nullable(text),
  title: z._default(z.nullable(text), null),
});
export type Review = z.infer<typeof reviewSchema>;


export const profileSnapshotSchema = z.object({
  platform: platformId,
  url: z.url(),
  /** Stable platform account id (LinkedIn member urn, Upwork ciphertext, GitHub login/id …). */
  accountId: z.nullable(text),
  /** A numeric account number that grows with account age (LinkedIn member id, GitHub user id). */
  accountNumber: z._default(z.nullable(z.int().check(z.nonnegative())), null),
  name: z.nullable(text),
  headline: z.nullable(text),
  location: z.nullable(locationSchema),
  about: z.nullable(text),
  /** Whether a profile photo is shown; `null` when the page does not tell. */
  photo: z.nullable(z.boolean()),
  /** Identity-verification badge shown (`true`), platform offers one and it is absent (`false`), unknown (`null`). */
  verified: z.nullable(z.boolean()),
  memberSince: z.nullable(isoDate),
  followers: z.nullable(z.int().check(z.nonnegative())),
  /** Accounts this one follows, where the site shows it (GitHub); absent elsewhere. */
  following: z._default(z.nullable(z.int().check(z.nonnegative())), null),
  /** Connections; LinkedIn's "500+" is stored as 500 with `connectionsCapped`. */
  connections: z.nullable(z.int().check(z.nonnegative())),
  connectionsCapped: z._default(z.boolean(), false),
  positions: z._default(z.array(positionSchema), []),
  education: z._default(z.array(educationSchema), []),
  languages: z._default(z.array(text), []),
  skills: z._default(z.array(text), []),
  links: z._default(z.array(text), []),
  emails: z._default(z.array(text), []),
  hourlyRate: z.nullable(z.object({ amount: z.number().check(z.nonnegative()), currency: text })),
  jobsCompleted: z.nullable(z.int().check(z.nonnegative())),
  hoursWorked: z._default(z.nullable(z.number().check(z.nonnegative())), null),
  rating: z.nullable(z.number().check(z.gte(0), z.lte(5))),
  reviewCount: z._default(z.nullable(z.int().check(z.nonnegative())), null),
  reviews: z._default(z.array(reviewSchema), []),
  /**
   * Badges the site awards and shows on the profile ("Top Rated", "ID verified", …), as labelled
   * there; absent where the site has none or the reader does not know them.
   */
  badges: z.optional(z.array(text)),
  /** Stated time zone, when the site shows one (e.g. Upwork "local time" offset). */
  timezone: z._default(z.nullable(text), null),
  /** Sections the page does not show at all (private view) — missing is not empty. */
  missingSections: z._default(z.array(z.enum(SECTION_NAMES)), []),
});
export type ProfileSnapshot = z.infer<typeof profileSnapshotSchema>;
export type ProfileSnapshotInput = z.input<typeof profileSnapshotSchema>;

