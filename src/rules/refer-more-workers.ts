import { defineRule } from '../core/rule';
import { PRODUCT_CONTEXT, defineCues, cueEvidence } from '../matching/text-scan';

/**
 * Offering to bring in more developers once engaged (us22-tc-refer-more-workers).
 * Past recruiting or mentoring in a résumé ("hired 5 engineers") is not an offer
 * and stays quiet; only a future-tense offer to the reader is read.
 */
const PEOPLE = String.raw`(?:developers|devs|engineers|programmers|coders|freelancers|colleagues|friends|team ?members|teammates|workers|people|designers|specialists|experts)`;
const CUES = defineCues([
  {
    // "I can also refer more developers", "we could bring three more engineers to your project".
    pattern: new RegExp(
      String.raw`\b(?:i|we)\s+(?:can|could|will|'ll|would|am able to|are able to|'m happy to|am happy to)\s+(?:also\s+|easily\s+)?(?:refer|recommend|introduce|bring|provide|add|send|supply|connect you with|find)\s+(?:you\s+)?(?:with\s+)?(?:more|other|additional|several|extra|\d{1,2}|two|three|four|five|a few|some|my)\s+(?:more\s+)?(?:\w+\s+){0,2}?${PEOPLE}\b`,
      'gi',
    ),
    unless: PRODUCT_CONTEXT,
    negatable: true,
  },
  {
    // "my friends can also join your team", "my colleagues are available to work on your projects too".
    pattern: new RegExp(
      String.raw`\bmy\s+(?:\w+\s+)?(?:friends?|colleagues?|teammates?|team|cousins?|brothers?|partners?)\s+(?:can|could|would like to|are (?:also\s+)?available to|are ready to|want to)\s+(?:also\s+)?(?:join|work (?:for|with|on)|help (?:you|with)|take)\b`,
      'gi',
    ),
    unless: PRODUCT_CONTEXT,
    negatable: true,
  },
  {
    // "Do you need more developers? I have a team of 10."
    pattern: new RegExp(String.raw`\b(?:do you|would you)\s+(?:need|want|like|hire)\s+(?:to\s+hire\s+)?(?:more|other|additional|extra)\s+${PEOPLE}\b`, 'gi'),
    unless: PRODUCT_CONTEXT,
  },
]);

export default defineRule({
  id: 'refer-more-workers',
  topic: 'messages',
  indicators: ['us22-tc-refer-more-workers'],
  severity: 'low',
  weight: 2,
  platforms: 'all',
  subjects: ['profile', 'text'],
  text: {
    title: 'Offers to bring in more developers',
    why:
      'The 2022 U.S. advisory notes that, once hired, scheme workers recommend the company take on further freelancers from their network. Referrals are common and honest too; this is context to weigh.',
    nextStep: 'Put each referred person through the same identity verification and live video interview as any other candidate.',
    evidence: {
      wording: 'Referral wording: “{quote}”',
    },
  },
  check: (input, say) => cueEvidence(input.text, CUES, (quote) => say('wording', { quote })),
});
