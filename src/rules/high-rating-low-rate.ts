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
  topic: 'rates-reviews',
  indicators: ['de24-rf-high-rating-low-rate', 'jp24-rf-below-market-rate'],
  severity: 'low',
  weight: 2,
  platforms: 'all',
  subjects: ['profile'],
  text: {
    title: 'Top ratings with a low rate',
    why:
      'German guidance names high ratings on freelance platforms combined with low asking rates. A long record of top ratings normally lets a freelancer charge more. Some freelancers keep low prices on purpose, so this is one indicator to weigh in context.',
    nextStep:
      'Read the reviews for repeated clients or generic wording, and contact two reviewing clients through their company’s public contact details.',
    evidence: {
      rating: 'Rating {rating} over {count} jobs or reviews at {rate}',
    },
  },
  check: ({ profile }, say) => {
    if (!profile?.hourlyRate || profile.rating === null || profile.rating < TOP_RATING) return null;
    const count = profile.reviewCount ?? profile.jobsCompleted ?? profile.reviews.length;
    if (count < MIN_RATED_JOBS) return null;
    const usd = rateInUsd(profile.hourlyRate);
    if (usd === null || usd <= 0 || usd >= LOW_RATE_USD) return null;
    return [say('rating', { rating: profile.rating, count, rate: formatRate(profile.hourlyRate) })];
  },
});
