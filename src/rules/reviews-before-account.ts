import { defineRule } from '../core/rule';
import { monthSpan } from '../matching/profile-dates';

/**
 * jp24-rf-review-ring: Japan's 2024 warning describes staged reviews between
 * accounts resting on the same identity; the 2022 advisory describes sham
 * clients rating their own developer accounts
 * (us22-rf-self-rating-shared-paypal). A review dated before the account it
 * sits on existed cannot have been earned on that account. Dates are compared
 * at month level and only when the review is entirely before the join month.
 */
export default defineRule({
  id: 'reviews-before-account',
  topic: 'rates-reviews',
  indicators: ['jp24-rf-review-ring', 'us22-rf-self-rating-shared-paypal'],
  severity: 'medium',
  weight: 3,
  platforms: 'all',
  subjects: ['profile'],
  text: {
    title: 'Reviews dated before the account existed',
    why:
      'Japanese guidance describes staged reviews between accounts, and U.S. guidance describes sham clients rating their own developers. A review dated before the account joined could not have been earned on it. Sites sometimes import history, so ask before weighing it.',
    nextStep:
      'Ask the platform or the candidate where those reviews come from, and contact the reviewing client through details you find yourself.',
    evidence: {
      review: 'Review dated {date} by “{author}”, but member since {since}',
    },
  },
  check: ({ profile }, say) => {
    const since = monthSpan(profile?.memberSince);
    if (!profile || !since) return null;
    const early = profile.reviews.slice(0, 500).filter((r) => {
      const d = monthSpan(r.date);
      return d !== null && d.last < since.first;
    });
    if (early.length === 0) return null;
    return early
      .slice(0, 5)
      .map((r) => say('review', { date: r.date ?? '', author: r.author ?? '—', since: profile.memberSince ?? '' }));
  },
});
