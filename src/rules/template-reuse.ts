import { defineRule } from '../core/rule';

/**
 * The same bid/profile template under different accounts is a red flag in the
 * 2022 advisory (`us22-rf-template-reuse`), which also asks platforms to flag
 * similar templates across accounts (`us22-mit-flag-templates`); the FBI's 2025
 * PSA recommends cross-checking applicants for reused résumé content
 * (`us25j-mit-crosscheck-hr`). The caller supplies matches from the local
 * seen-profiles index (src/seen), which also holds the résumé files the
 * recruiter checked; the rule only words the evidence.
 */
export default defineRule({
  id: 'template-reuse',
  topic: 'identity',
  indicators: ['us22-rf-template-reuse', 'us22-mit-flag-templates', 'us25j-mit-crosscheck-hr'],
  severity: 'medium',
  weight: 4,
  platforms: 'all',
  subjects: ['profile', 'text'],
  text: {
    title: 'Profile or résumé text reuses another one you have seen',
    why:
      'The 2022 U.S. advisory names bid documents and profile texts built from the same template under different accounts as a red flag, and the FBI advises cross-checking applicants for reused résumé content. Hire Signals keeps a fingerprint (not the text) of profiles you view and found this one closely matching another, different profile. Shared templates can have innocent causes — weigh it with the other signals.',
    nextStep:
      'Open both profiles side by side, compare names, photos, employers and dates, and ask the candidate about the other profile in a live video call.',
    evidence: {
      match: "{percent}% of this profile's long-form text matches {url} ({platform}, seen {seenAt})",
      resume: '{percent}% of this text matches the résumé of “{name}” that you checked on {seenAt}',
    },
  },
  check: ({ seenMatches }, say) => {
    if (!seenMatches || seenMatches.length === 0) return null;
    return seenMatches.map((m) => {
      const percent = Math.round(m.similarity * 100);
      const seenAt = m.seenAt.slice(0, 10);
      // A résumé file in the seen index is named by the name it is in (src/seen/resume-fingerprint.ts).
      if (m.kind === 'resume') return say('resume', { percent, name: m.url.replace(/^resume:/, ''), seenAt });
      return say('match', { percent, url: m.url, platform: m.platform, seenAt });
    });
  },
});
