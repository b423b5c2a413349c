import { t } from '../core/i18n';
import { defineRule } from '../core/rule';
import { formatRate, rateInUsd } from '../matching/hourly-rate';

/**
 * de24-rf-high-rating-low-rate: BfV names top ratings on a freelance platform
 * combined with a low asking rate. A handful of glowing reviews is ordinary for
 * a newcomer pricing low to get started, so it takes MIN_RATED_JOBS rated jobs
 * at TOP_RATING or better, and a rate under LOW_RATE_USD (well below what
 * proven developers ask, cf. jp24-rf-below-market-rate).
 */
const TOP_RATING = 4.8;
const MIN_RATED_JOBS = 10;
const LOW_RATE_USD = 15;

export default defineRule({
  id: 'high-rating-low-rate',
  indicators: ['de24-rf-high-rating-low-rate', 'jp24-rf-below-market-rate'],
  severity: 'low',
  weight: 2,
  platforms: 'all',
  subjects: ['profile'],
  check: ({ profile }) => {
    if (!profile?.hourlyRate || profile.rating === null || profile.rating < TOP_RATING) return null;
    const count = profile.reviewCount ?? profile.jobsCompleted ?? profile.reviews.length;
    if (count < MIN_RATED_JOBS) return null;
    const usd = rateInUsd(profile.hourlyRate);
    if (usd === null || usd <= 0 || usd >= LOW_RATE_USD) return null;
    return [t('rules.high-rating-low-rate.evidence', { rating: profile.rating, count, rate: formatRate(profile.hourlyRate) })];
  },
});
