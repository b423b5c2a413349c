import type { Review } from '../core/snapshot';
import { defineRule } from '../core/rule';
import { dayRange, reviewerKey } from '../matching/review-dates';

/**
 * us22-rf-burst-ratings-one-client: one client account giving top ratings in a
 * short window is a red flag in the 2022 advisory, which also asks platforms to
 * flag such bursts (us22-mit-flag-rating-bursts); sham clients rating their own
 * developer accounts (us22-rf-self-rating-shared-paypal) and staged reviews
 * between linked accounts (jp24-rf-review-ring) leave the same trace. Repeat
 * clients are normal, so it takes BURST_MIN_REVIEWS top ratings from one named
 * client within BURST_WINDOW_DAYS (measured at the widest reading of the dates).
 */
const TOP_RATING = 4.8;
const BURST_MIN_REVIEWS = 3;
const BURST_WINDOW_DAYS = 31;

export default defineRule({
  id: 'review-burst-one-client',
  topic: 'rates-reviews',
  indicators: ['us22-rf-burst-ratings-one-client', 'us22-mit-flag-rating-bursts', 'us22-rf-self-rating-shared-paypal', 'jp24-rf-review-ring'],
  severity: 'medium',
  weight: 3,
  platforms: 'all',
  subjects: ['profile'],
  text: {
    title: 'Burst of top ratings from one client',
    why:
      'U.S. guidance flags one client account giving top ratings in a short window, and sham clients rating their own developer accounts; Japanese guidance describes staged reviews between linked accounts. Repeat clients are normal, so look at the reviews themselves before weighing it.',
    nextStep:
      'Find the reviewing client independently (company site, public switchboard) and ask them about the work; check whether the same client reviews other developers the same way.',
    evidence: {
      burst: '{count} top ratings from “{client}” between {from} and {to}',
    },
  },
  check: ({ profile }, say) => {
    if (!profile) return null;
    const byClient = new Map<string, Array<{ review: Review; first: number; last: number }>>();
    for (const review of profile.reviews.slice(0, 500)) {
      const key = reviewerKey(review.author);
      const range = dayRange(review.date);
      if (!key || !range || review.rating === null || review.rating < TOP_RATING) continue;
      const list = byClient.get(key) ?? [];
      list.push({ review, ...range });
      byClient.set(key, list);
    }
    const evidence: string[] = [];
    for (const list of byClient.values()) {
      list.sort((a, b) => a.first - b.first);
      for (let i = 0; i + BURST_MIN_REVIEWS - 1 < list.length; i++) {
        const from = list[i]!;
        const to = list[i + BURST_MIN_REVIEWS - 1]!;
        if (to.last - from.first > BURST_WINDOW_DAYS) continue;
        const inWindow = list.filter((x) => x.first >= from.first && x.last - from.first <= BURST_WINDOW_DAYS);
        evidence.push(
          say('burst', {
            client: from.review.author ?? '',
            count: inWindow.length,
            from: from.review.date ?? '',
            to: inWindow[inWindow.length - 1]!.review.date ?? '',
          }),
        );
        break;
      }
    }
    return evidence.length > 0 ? evidence : null;
  },
});
