import { defineRule } from '../core/rule';

/**
 * The same bid/profile template under different accounts is a red flag in the
 * 2022 advisory (`us22-rf-template-reuse`), which also asks platforms to flag
 * similar templates across accounts (`us22-mit-flag-templates`); the FBI's 2025
 * PSA recommends cross-checking applicants for reused résumé content
 * (`us25j-mit-crosscheck-hr`). The caller supplies matches from the local
 * seen-profiles index (src/seen); the rule only words the evidence.
 */
export default defineRule({
  id: 'template-reuse',
  indicators: ['us22-rf-template-reuse', 'us22-mit-flag-templates', 'us25j-mit-crosscheck-hr'],
  severity: 'medium',
  weight: 4,
  platforms: 'all',
  subjects: ['profile'],
  check: ({ seenMatches }) => {
    if (!seenMatches || seenMatches.length === 0) return null;
    return seenMatches.map(
      (m) => `${Math.round(m.similarity * 100)}% of this profile's long-form text matches ${m.url} (${m.platform}, seen ${m.seenAt.slice(0, 10)})`,
    );
  },
});
