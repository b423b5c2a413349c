/**
 * Fake *employers* (shared/advisories.md §3.2 notes, 2026-12-02): front companies that post jobs
 * and run staged "interviews" to get developers to run malware (the "Contagious Interview"
 * campaign, us25-fbi-blocknovas). They are the opposite side of the hire from the candidate
 * schemes: they belong to company look-ups (a firm that contacted a recruiter or a developer),
 * and a candidate who names one of them may well be its victim, so they never feed a candidate
 * signal.
 */
export interface FakeEmployer {
  name: string;
  /** Spellings the digest gives, plus the bare brand without its legal form (a distinctive word). */
  aliases: readonly string[];
  /** Domains the digest ties to the entity (lower-case, no `www.`). */
  domains: readonly string[];
  location: string;
  action: string;
  sourceIds: readonly string[];
  sourceUrl: string;
  basis: string;
}

const PARTICLE = 'https://particle.news/story/fbi-seizes-north-korean-linked-domain-in-crypto-malware-scheme';

// Kept sorted by name (a data test checks it).
export const FAKE_EMPLOYERS: readonly FakeEmployer[] = [
  {
    name: 'Angeloper Agency',
    aliases: ['Angeloper'],
    domains: [],
    location: 'front posing as an agency',
    action: 'Named with BlockNovas in reporting on the April 2025 FBI seizure; no government action on it seen',
    sourceIds: ['us25-fbi-blocknovas'],
    sourceUrl: PARTICLE,
    basis: 'S',
  },
  {
    name: 'BlockNovas LLC',
    aliases: ['BlockNovas'],
    domains: ['blocknovas.com'],
    location: 'U.S.-registered front posing as a crypto-consulting firm',
    action: 'Domain seized by the FBI, April 2025',
    sourceIds: ['us25-fbi-blocknovas'],
    sourceUrl: PARTICLE,
    basis: 'S',
  },
  {
    name: 'SoftGlide LLC',
    aliases: ['SoftGlide'],
    domains: [],
    location: 'U.S.-registered front',
    action: 'Named with BlockNovas in reporting on the April 2025 FBI seizure; no government action on it seen',
    sourceIds: ['us25-fbi-blocknovas'],
    sourceUrl: PARTICLE,
    basis: 'S',
  },
];
