import { fingerprint, type Signature } from './fingerprint';
import type { SeenSubject } from './seen-index';

/**
 * Résumé files in the seen index (us22-rf-template-reuse, us25j-mit-crosscheck-hr:
 * cross-check applicants for the same résumé content). A résumé is known by the
 * name it is in — the same person's file checked again refreshes one entry, the
 * same text under another name is a second entry that matches the first — or by
 * its file name when its text names nobody. Only the fingerprint is kept, never
 * the text; the label is what the recruiter sees in the evidence.
 */
export const RESUME_PREFIX = 'resume:';

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

export function resumeSubject(claimedName: string | null, fileName: string): SeenSubject & { kind: 'resume' } {
  const label = (claimedName ?? fileName).trim().slice(0, 200) || 'résumé';
  return { key: `${RESUME_PREFIX}${fold(label)}`, url: `${RESUME_PREFIX}${label}`, platform: 'generic', kind: 'resume' };
}

/** The résumé text's fingerprint, its own name left out so a swapped name does not hide a reused text. */
export function resumeFingerprint(text: string, claimedName: string | null): Signature | null {
  return fingerprint(text, claimedName ? [claimedName] : []);
}
