import { siteIdsWith } from '../core/site-list';
import { defineRule } from '../core/rule';

/**
 * us22-mit-no-activity-before-verification: the 2022 advisory asks platforms
 * to allow no work on an account before it is fully verified. Freelance
 * marketplaces show whether the identity check was passed; a profile that
 * already shows paid work without it is the situation the advisory warns
 * about. Only marketplaces where verification gates payment are in scope:
 * on LinkedIn most honest members have no badge, so absence means nothing.
 */
export default defineRule({
  id: 'unverified-identity',
  topic: 'identity',
  indicators: ['us22-mit-no-activity-before-verification'],
  severity: 'low',
  weight: 2,
  platforms: siteIdsWith('freelance-marketplace'),
  subjects: ['profile'],
  text: {
    title: 'Paid work without identity verification',
    why:
      'The 2022 U.S. advisory recommends that platforms allow no activity on an account before its identity is verified. A marketplace profile that shows completed work but no verification badge skipped that step. Badges can lag, so weigh it in context with the other signals.',
    nextStep:
      'Ask the candidate to complete the platform’s identity verification before any contract, and check a government ID against them on a live video call.',
    evidence: {
      noBadge: 'No identity-verification badge on a site that offers one',
      jobs: '{count} completed jobs shown',
      hours: '{count} hours worked shown',
      reviews: '{count} reviews shown',
    },
  },
  check: ({ profile }, say) => {
    if (!profile || profile.verified !== false) return null;
    const activity = [
      profile.jobsCompleted ? say('jobs', { count: profile.jobsCompleted }) : null,
      profile.hoursWorked ? say('hours', { count: Math.round(profile.hoursWorked) }) : null,
      (profile.reviewCount ?? profile.reviews.length)
        ? say('reviews', { count: profile.reviewCount ?? profile.reviews.length })
        : null,
    ].filter((s): s is string => s !== null);
    if (activity.length === 0) return null;
    return [say('noBadge'), ...activity];
  },
});
