import { defineRule } from '../core/rule';
import { PRODUCT_CONTEXT, defineCues, cueEvidence } from '../matching/text-scan';
import { PAY_NEAR, around } from '../matching/cue-context';

/**
 * Bought or staged ratings: the guidance's review ring (jp24-rf-review-ring, the
 * reviewing and reviewed accounts resting on one identity), bursts of top ratings
 * from one client (us22-rf-burst-ratings-one-client) and a client account paying
 * the worker with the worker's own money (us22-rf-self-rating-shared-paypal).
 * In a message it reads "I want to buy reviews for my upwork profile", "give me
 * 5 star feedback, i'll refund the order". Asking a real client for a review is
 * ordinary and stays quiet: only buying, or a review paid back, counts.
 */
const REVIEW = String.raw`(?:reviews?|feedbacks?|ratings?|testimonials?|recommendations?|endorsements?)`;

const CUES = defineCues([
  {
    // "buy reviews for my upwork profile", "will pay for positive reviews", "selling 5-star feedback".
    pattern: new RegExp(
      String.raw`\b(?:buy|buying|bought|purchase|purchasing|pay for|paying for|sell|selling)\s+(?:(?:\d+|some|more|a few|fake|real|positive|good|great|top|five|5|star|stars?|\d-star|five-star|client|customer|verified|upwork|fiverr|freelancer|linkedin|toptal|google|trustpilot|platform|gig)[\s-]+){0,4}${REVIEW}\b`,
      'gi',
    ),
    unless: PRODUCT_CONTEXT,
    // An analyst's "strong buy rating" or "sell recommendation" is a verdict on a share, not a review bought.
    accept: (m) => !ANALYST_VERDICT.test(m[0]),
  },
  {
    // "give me 5 star feedback on fiverr, i'll refund the order", "hire me for small fake jobs and leave good review".
    pattern: new RegExp(
      String.raw`\b(?:give|leave|write|post|drop)\s+(?:me\s+|us\s+|my\s+\w+\s+)?(?:an?\s+)?(?:(?:\d|five|5)[\s-]?stars?\s+|positive\s+|good\s+|great\s+|nice\s+|excellent\s+)*${REVIEW}\b`,
      'gi',
    ),
    unless: PRODUCT_CONTEXT,
    accept: (m) => PAID_BACK.test(around(m, 160, 200)),
  },
  {
    // "need 10 five-star reviews on my Upwork, paying $5 each".
    pattern: new RegExp(
      String.raw`\b(?:need|want|looking for)\s+(?:\d+\s+|some\s+|more\s+)?(?:(?:\d|five|5)[\s-]?stars?\s+|positive\s+|good\s+)+${REVIEW}\b`,
      'gi',
    ),
    unless: PRODUCT_CONTEXT,
    accept: (m) => PAY_NEAR.test(around(m)),
  },
]);

const ANALYST_VERDICT = /^(?:buy|sell)\s+(?:ratings?|recommendations?)$/i;

/** The review is paid for or the money goes back: "i'll refund the order", "send money back", "small fake jobs". */
const PAID_BACK =
  /\b(?:refund\w*|reimburs\w*|money back|return (?:the |your )?money|pay (?:you )?back|send (?:the |your )?money back|fake (?:jobs?|orders?|contracts?|projects?)|i(?:'ll| will) pay|we(?:'ll| will) pay|paid for (?:each|every)|per review|for each review|\$\s?\d+\s+(?:each|per))\b/i;

export default defineRule({
  id: 'review-buying-offer',
  topic: 'rates-reviews',
  indicators: ['jp24-rf-review-ring', 'us22-rf-burst-ratings-one-client', 'us22-rf-self-rating-shared-paypal'],
  severity: 'medium',
  weight: 4,
  platforms: 'all',
  subjects: ['profile', 'text'],
  text: {
    title: 'Offers to buy or stage platform reviews',
    why:
      'The guidance warns of ratings staged between accounts that rest on the same identity, bursts of top ratings from one client, and clients paying workers with the workers’ own money: bought reviews make a new or borrowed account look established.',
    nextStep: 'Do not rely on the platform rating; contact past clients yourself, through details you find independently.',
    evidence: {
      wording: 'Review wording: “{quote}”',
    },
  },
  check: (input, say) => cueEvidence(input.text, CUES, (quote) => say('wording', { quote })),
});
