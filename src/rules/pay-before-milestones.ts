import { defineRule } from '../core/rule';
import { PRODUCT_CONTEXT, defineCues, cueEvidence } from '../matching/text-scan';

/**
 * Asking to be paid without having met the agreed milestones or attended
 * check-ins (us22-rf-pay-without-milestones). A usual deposit ("30% upfront")
 * is common freelance practice and is not read; only pay *ahead of* or
 * *instead of* delivery and review is.
 */
// "release"/"send" only count with a payment object: "released v2 before starting X" is release engineering.
const PAY = String.raw`(?:pay(?:ing|ment|ments)?|paid|(?:release|fund|transfer|send)\w*\s+(?:\w+\s+){0,2}?(?:payments?|milestones?|money|funds|fees?|amount|budget|escrow|salary))`;
const BEFORE = String.raw`(?:before|without|prior to|ahead of)\s+(?:any\s+|the\s+|a\s+|my\s+|i\s+|you\s+)?(?:milestones?|deliver\w*|deliverables?|work(?:ing)?\b|start(?:ing)?|complet\w*|results?|demo|review(?:ing)?|check-?ins?|meetings?|approv\w*|finish\w*|testing|see(?:ing)?\s+(?:the|any)\s+(?:work|code|result))`;

const CUES = defineCues([
  {
    // "please release the milestone before I deliver", "pay me before starting", "pay without review".
    pattern: new RegExp(String.raw`\b${PAY}\s+(?:\w+\s+){0,4}?${BEFORE}`, 'gi'),
    unless: PRODUCT_CONTEXT,
    negatable: true,
  },
  {
    // "release all milestones now", "fund the full contract upfront and release it".
    pattern: /\brelease\s+(?:all|every|the\s+(?:full|whole|entire|remaining)|full|100%)\s+(?:\w+\s+)?(?:amount|payments?|budget|milestones?|contract|funds?)\s+(?:now|today|immediately|first|in advance|upfront|up front)\b/gi,
    unless: PRODUCT_CONTEXT,
    negatable: true,
  },
  {
    // "I need 100% payment upfront", "full payment in advance".
    pattern: /\b(?:100\s?%|full|whole|entire|all(?: the)?)\s+(?:\w+\s+)?(?:payment|amount|budget|fee)s?\s+(?:upfront|up-front|up front|in advance|before)\b/gi,
    unless: PRODUCT_CONTEXT,
    negatable: true,
  },
]);

export default defineRule({
  id: 'pay-before-milestones',
  topic: 'payment',
  indicators: ['us22-rf-pay-without-milestones'],
  severity: 'medium',
  weight: 3,
  platforms: 'all',
  subjects: ['profile', 'text'],
  text: {
    title: 'Wants payment before milestones or delivery',
    why:
      'The 2022 U.S. advisory lists asking for payment without having met production milestones or attended check-in meetings. A usual deposit is normal; full payment ahead of any delivery is not.',
    nextStep: 'Tie payments to delivered, reviewed milestones and attended check-ins; do not release funds in advance.',
    evidence: {
      wording: 'Payment-timing wording: “{quote}”',
    },
  },
  check: (input, say) => cueEvidence(input.text, CUES, (quote) => say('wording', { quote })),
});
