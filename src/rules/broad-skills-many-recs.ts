import { defineRule } from '../core/rule';
import { seniorityClaim } from '../matching/seniority-claims';
import { skillFamilies } from '../matching/skill-families';

/**
 * de24-rf-broad-skills-many-recs: BfV describes profiles presenting as very
 * experienced, with an unusually wide skill set and many recommendations.
 * Broad skill lists alone are generic (shared/advisories.md §4 item 5,
 * us22-tc-resume-skill-mix, jp24-tc-broad-skills), so all three must be there —
 * a seniority claim, MIN_FAMILIES unrelated tracks and MIN_RECOMMENDATIONS
 * reviews — and the rule has the lowest weight.
 */
const MIN_FAMILIES = 7;
const MIN_RECOMMENDATIONS = 30;

export default defineRule({
  id: 'broad-skills-many-recs',
  topic: 'work-history',
  indicators: ['de24-rf-broad-skills-many-recs'],
  severity: 'low',
  weight: 1,
  platforms: 'all',
  subjects: ['profile'],
  text: {
    title: 'Very wide skill set with many recommendations',
    why:
      'German guidance describes profiles presenting as very experienced, with an unusually wide skill set and many recommendations. Broad skills alone are common among honest developers, so this rule only counts all three together and carries the lowest weight.',
    nextStep:
      'In a live technical interview with camera on, go deep on two of the listed areas the role needs, and contact two recommenders independently.',
    evidence: {
      breadth: '{count} unrelated skill areas ({families}), {recommendations} reviews, and “{claim}”',
    },
  },
  check: ({ profile }, say) => {
    if (!profile) return null;
    const recommendations = Math.max(profile.reviewCount ?? 0, profile.reviews.length);
    if (recommendations < MIN_RECOMMENDATIONS) return null;
    const families = skillFamilies(profile.skills);
    if (families.length < MIN_FAMILIES) return null;
    const claim = seniorityClaim(profile);
    if (!claim) return null;
    return [say('breadth', { count: families.length, families: families.join(', '), recommendations, claim })];
  },
});
