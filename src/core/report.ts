import type { Severity } from './rule';

/**
 * How the cited item is known (shared/advisories.md §0): `primary` = read in the government
 * document itself, whole or in part (V, P); `secondary` = known only from a report about it (S);
 * `vendor` = a private-sector or researcher report, not a government source.
 */
export const SOURCE_BASES = ['primary', 'secondary', 'vendor'] as const;
export type SourceBasis = (typeof SOURCE_BASES)[number];

/** A source line as shown to users and printed by `scan --json`. */
export interface SourceRef {
  id: string;
  title: string;
  /** A few words naming the document ("FBI PSA 2024"), shown in place of the title where space is short. */
  shortLabel?: string;
  section: string;
  url: string;
  indicatorId: string;
  /** So a recruiter can weigh the finding: how the cited item is known. */
  basis: SourceBasis;
  /** The document's date (ISO), or null where the guidance digest could not retrieve it. */
  date: string | null;
}

export const LEVELS = ['none', 'low', 'medium', 'high'] as const;
export type Level = (typeof LEVELS)[number];

export interface Finding {
  ruleId: string;
  severity: Severity;
  weight: number;
  title: string;
  /** One paragraph: why this matters, in the guidance's terms. */
  why: string;
  evidence: string[];
  sources: SourceRef[];
  nextStep: string;
  /** True for user-defined rules (they cite the user's note, not the guidance). */
  custom?: boolean;
}

export interface Report {
  findings: Finding[];
  score: number;
  level: Level;
  /** The candidate is on the user's allowlist: no findings are shown. */
  allowlisted: boolean;
  /** Findings the user dismissed for this candidate (not counted in score/level). */
  dismissed: string[];
}
