import { defineRule } from '../core/rule';
import { PRODUCT_CONTEXT, defineCues, cueEvidence } from '../matching/text-scan';

/**
 * Saying they cannot work during the employer's required business hours
 * (us22-rf-no-business-hours). Stating one's own time zone, or offering overlap,
 * is ordinary remote work and stays quiet; only the inability is read.
 */
const CANNOT = String.raw`(?:can't|cannot|can not|unable to|not able to|won't be able to|will not be able to|not available to|am not available|i'm not available|not online)`;
const HOURS = String.raw`(?:(?:your|the|normal|regular|standard|usual|business|office|working|work|core|day(?:time)?|us|u\.s\.|est|pst|cst|cet|gmt|uk|eu|european|american|required|team's?)\s+){1,3}(?:hours|time ?zone|daytime|working day|work day|schedule)`;

/** "I can't wait to work during your core hours" is enthusiasm, "no problem" is consent. */
const NOT_A_REFUSAL = /\b(?:wait|problem|issue|mind|flexible|except)\b/i;

const CUES = defineCues([
  {
    // "I can't work during your business hours", "I am not available during US office hours".
    pattern: new RegExp(String.raw`\b${CANNOT}\s+(?:\w+\s+){0,3}?(?:(?:during|in|within|on|at|for)\s+)?${HOURS}\b`, 'gi'),
    unless: PRODUCT_CONTEXT,
    accept: (m) => !NOT_A_REFUSAL.test(m[0]),
  },
  {
    // "I can only work at night (your time)", "only available outside your business hours".
    pattern: new RegExp(
      String.raw`\b(?:i\s+)?(?:can\s+)?only\s+(?:work|be available|be online|available|online)\s+(?:at night|during (?:the |my )?night|overnight|outside\s+${HOURS}|after\s+${HOURS})`,
      'gi',
    ),
    unless: PRODUCT_CONTEXT,
  },
]);

export default defineRule({
  id: 'no-business-hours',
  topic: 'messages',
  indicators: ['us22-rf-no-business-hours'],
  severity: 'low',
  weight: 2,
  platforms: 'all',
  subjects: ['profile', 'text'],
  text: {
    title: 'Says they cannot work the required business hours',
    why:
      'The 2022 U.S. advisory lists being unable to work during the business hours a role requires as a red flag. Time zones differ for honest remote workers too, so weigh it against the location the candidate states.',
    nextStep: 'Ask which hours the candidate can reliably work and check them against their stated location and the role’s requirements.',
    evidence: {
      wording: 'Availability wording: “{quote}”',
    },
  },
  check: (input, say) => cueEvidence(input.text, CUES, (quote) => say('wording', { quote })),
});
