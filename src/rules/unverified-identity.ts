import { t } from '../core/i18n';
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
  indicators: ['us22-mit-no-activity-before-verification'],
  severity: 'low',
  weight: 2,
  platforms: ['upwork', 'fiverr', 'freelancer'],
  subjects: ['profile'],
  check: ({ profile }) => {
    if (!profile || profile.verified !== false) return null;
    const activity = [
      profile.jobsCompleted ? t('rules.unverified-identity.evidence.jobs', { count: profile.jobsCompleted }) : null,
      profile.hoursWorked ? t('rules.unverified-identity.evidence.hours', { count: Math.round(profile.hoursWorked) }) : null,
      (profile.reviewCount ?? profile.reviews.length)
        ? t('rules.unverified-identity.evidence.reviews', { count: profile.reviewCount ?? profile.reviews.length })
        : null,
    ].filter((s): s is string => s !== null);
    if (activity.length === 0) return null;
    return [t('rules.unverified-identity.evidence.noBadge'), ...activity];
  },
});
