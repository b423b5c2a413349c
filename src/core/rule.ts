import type { PlatformId, ProfileSnapshot } from './snapshot';

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What the popup lookup recognised the pasted input as (or `profile` for a page scan). */
export const INPUT_KINDS = ['profile', 'url', 'email', 'domain', 'phone', 'company', 'text'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

/** Another profile the recruiter has seen whose long-form text this one reuses. */
export interface SeenMatch {
  url: string;
  platform: PlatformId;
  seenAt: string;
  similarity: number;
}

/**
 * Everything a rule may read. Rules are pure: no DOM, no browser API, no clock
 * other than `now`.
 */
export interface RuleInput {
  kind: InputKind;
  /** The extracted profile for page scans; `null` for text lookups. */
  profile: ProfileSnapshot | null;
  /**
   * Free text to search: for a profile, its long-form text (headline, about,
   * position descriptions, reviews, links); for a lookup, what was pasted.
   */
  text: string;
  now: Date;
  /** Template-reuse matches from the seen-profiles index, when the caller has one. */
  seenMatches?: readonly SeenMatch[];
}

/** Human-readable statements quoting the exact values the rule saw. */
export type Evidence = string[];

export interface RuleDefinition {
  /** Stable kebab-case id; also the file name and the i18n key prefix `rules.<id>.*`. */
  id: string;
  /** Indicator ids from the guidance catalogue (src/advisories) this rule implements. */
  indicators: readonly string[];
  severity: Severity;
  /** Contribution to the score when it fires (user-tunable). */
  weight: number;
  /** Platforms it applies to; `all` includes text lookups on any input. */
  platforms: readonly PlatformId[] | 'all';
  /** Which subjects it reads: a scanned profile, pasted text, or both. */
  subjects: ReadonlyArray<'profile' | 'text'>;
  /** Returns evidence when the rule fires, `null` otherwise. Must not throw on any valid input. */
  check(input: RuleInput): Evidence | null;
}

/** Identity helper typing a rule declaration; one call at the bottom of each rule file. */
export function defineRule(def: RuleDefinition): RuleDefinition {
  return def;
}
