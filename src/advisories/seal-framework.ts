import type { Indicator } from './types';

/**
 * Adapted from the Security Alliance (SEAL) "DPRK IT Workers" framework
 * (https://frameworks.securityalliance.org/dprk-it-workers/overview; source: GitHub
 * security-alliance/frameworks, docs/pages/dprk-it-workers/), © 2026 Security Alliance, licensed
 * under CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Changes: the ideas are
 * summarised in our own words and only the checks a recruiter can run or a profile page shows
 * are kept (shared/advisories.md §6.1).
 *
 * This file, and only this file, holds text adapted from SEAL, so the share-alike terms apply to
 * it and to nothing else in the code: this file is distributed under CC BY-SA 4.0. SEAL is a
 * practitioner framework, not government guidance: anything built on it says so and weighs less
 * than a guidance-backed rule.
 */
export const SEAL_ATTRIBUTION = {
  title: 'Security Alliance (SEAL) — DPRK IT Workers framework',
  url: 'https://frameworks.securityalliance.org/dprk-it-workers/overview',
  mitigationsUrl: 'https://frameworks.securityalliance.org/dprk-it-workers/mitigating-dprk-it-workers',
  licence: 'CC BY-SA 4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
  changes: 'Summarised in our own words; only the checks a recruiter can run or a profile page shows are kept.',
} as const;

/**
 * Liveness prompts for a video call (SEAL L1–L3), to offer to every candidate for the role alike,
 * never to selected ones. The hand in front of the face is also an FBI recommendation
 * (us25u-mit-hand-wave).
 */
export const SEAL_LIVENESS_PROMPTS: readonly string[] = [
  'Ask them to turn their head to one side and hold it there for a moment.',
  'Show a random phrase for the first time during the call and ask them to read it aloud.',
  'Ask them to pass a hand slowly in front of their face.',
];

/**
 * GitHub-profile pattern G2 that the profile page itself shows: very high follower *and*
 * following counts (SEAL gives over 200 as its example) on an account that follows back
 * as much as it is followed. Follow-back accounts, DevRel staff and recruiters look the same,
 * so it is weak on its own. SEAL's other patterns are listed below (SEAL_INDICATORS) with why
 * no rule reads them (src/advisories/not-checkable.ts).
 */
export const SEAL_GITHUB_FOLLOW_RING = {
  /** SEAL's example threshold for both counts. */
  minEach: 200,
  /** Following within this ratio of followers: an account that follows back about as many as follow it. */
  maxRatio: 1.5,
} as const;

/** The practitioner framework as a citation (not a catalogue document: it is not government guidance). */
export const SEAL_DOCUMENT_ID = 'seal-dprk-it-workers';

/**
 * SEAL heuristics a rule implements, cited like the catalogue's indicators but kept out of the
 * government catalogue (the digest's ids) on purpose: src/advisories/catalogue.ts resolves them
 * and marks their basis `vendor`.
 */
export const SEAL_INDICATORS: readonly Indicator[] = [
  {
    id: 'seal-g2-follow-ring',
    documentId: SEAL_DOCUMENT_ID,
    section: 'GitHub-profile heuristics (G2)',
    summary: 'Hundreds of followers and about as many followed accounts on a developer with no public standing: a follow-back ring inflating a persona.',
    whereSeen: ['profile'],
    kind: 'red-flag',
    basis: 'practitioner',
  },
  {
    id: 'seal-g1-backdated-history',
    documentId: SEAL_DOCUMENT_ID,
    section: 'GitHub-profile heuristics (G1)',
    summary: 'The account is younger than the commit dates in its own repositories: history written with back-dated dates.',
    whereSeen: ['profile'],
    kind: 'red-flag',
    basis: 'practitioner',
  },
  {
    id: 'seal-g3-many-contributors',
    documentId: SEAL_DOCUMENT_ID,
    section: 'GitHub-profile heuristics (G3)',
    summary: 'A small personal repository lists many contributors: often a copied project where the persona added itself beside the original authors.',
    whereSeen: ['profile'],
    kind: 'red-flag',
    basis: 'practitioner',
  },
  {
    id: 'seal-g4-copied-repositories',
    documentId: SEAL_DOCUMENT_ID,
    section: 'GitHub-profile heuristics (G4)',
    summary: 'Repositories that are known projects pushed again under rewritten author data.',
    whereSeen: ['profile'],
    kind: 'red-flag',
    basis: 'practitioner',
  },
  {
    id: 'seal-g5-spam-contributor-badges',
    documentId: SEAL_DOCUMENT_ID,
    section: 'GitHub-profile heuristics (G5)',
    summary: 'Contributor badges for popular organisations earned with throwaway issues or pull requests rather than merged work.',
    whereSeen: ['profile'],
    kind: 'red-flag',
    basis: 'practitioner',
  },
  {
    id: 'seal-g6-template-pull-requests',
    documentId: SEAL_DOCUMENT_ID,
    section: 'GitHub-profile heuristics (G6)',
    summary: 'Many low-quality, template-like pull requests and issues; earlier handles may show where the account was mentioned.',
    whereSeen: ['profile'],
    kind: 'red-flag',
    basis: 'practitioner',
  },
  {
    id: 'seal-g7-persona-rings',
    documentId: SEAL_DOCUMENT_ID,
    section: 'GitHub-profile heuristics (G7)',
    summary: 'Low-quality accounts and self-made organisations that commit to each other’s repositories.',
    whereSeen: ['profile'],
    kind: 'red-flag',
    basis: 'practitioner',
  },
  {
    id: 'seal-g8-decorated-profile',
    documentId: SEAL_DOCUMENT_ID,
    section: 'GitHub-profile heuristics (G8)',
    summary: 'Weak only: an over-decorated profile README, a generated or cartoon avatar or none, linked accounts with only job-seeking posts.',
    whereSeen: ['profile'],
    kind: 'red-flag',
    basis: 'practitioner',
  },
  {
    id: 'seal-g10-name-differs',
    documentId: SEAL_DOCUMENT_ID,
    section: 'GitHub-profile heuristics (G10)',
    summary: 'The name differs between GitHub, the call and other profiles, or several names share one commit e-mail.',
    whereSeen: ['profile'],
    kind: 'red-flag',
    basis: 'practitioner',
  },
];
