import type { Severity } from './rule';

/** A source line as shown to users and printed by `scan --json`. */
export interface SourceRef {
  id: string;
  title: string;
  section: string;
  url: string;
  indicatorId: string;
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
