import { SEAL_GITHUB_FOLLOW_RING } from '../advisories/seal-framework';
import { siteIdsWith } from '../core/site-list';
import { defineRule } from '../core/rule';

/**
 * Practitioner heuristic, not government guidance: the Security Alliance's DPRK IT-worker
 * framework (shared/advisories.md §6.1, G2) notes personas whose GitHub profiles follow and are
 * followed by hundreds of accounts, a follow-back ring that makes a new persona look
 * established. The profile card shows both counts. Many real people look the same (follow-back
 * habits, developer advocates, recruiters), so it weighs 1 and never counts alone; an account's
 * age is not used either way (SEAL G9: old accounts are bought too).
 */
export default defineRule({
  id: 'github-follow-ring',
  topic: 'identity',
  indicators: ['seal-g2-follow-ring'],
  severity: 'low',
  weight: 1,
  platforms: siteIdsWith('public-follow-graph'),
  subjects: ['profile'],
  text: {
    title: 'Follows about as many accounts as follow it, by the hundreds (weak, practitioner heuristic)',
    why:
      'Practitioner heuristic (Security Alliance framework, not government guidance): rings of persona accounts follow each other so that a new profile looks established. Follow-back habits, developer advocates and recruiters look the same, so this only supports other signals.',
    nextStep: 'Nothing on its own. If other signals are present, look at who the followers are and whether the repositories show the candidate’s own work.',
    evidence: {
      counts: '{followers} followers and {following} following',
    },
  },
  check(input, say) {
    const p = input.profile;
    const followers = p?.followers ?? null;
    const following = p?.following ?? null;
    if (followers === null || following === null) return null;
    const { minEach, maxRatio } = SEAL_GITHUB_FOLLOW_RING;
    if (followers < minEach || following < minEach) return null;
    if (Math.max(followers, following) / Math.min(followers, following) > maxRatio) return null;
    return [say('counts', { followers, following })];
  },
});
