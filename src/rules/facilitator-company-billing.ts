import { defineRule } from '../core/rule';
import { PRODUCT_CONTEXT, defineCues, cueEvidence } from '../matching/text-scan';

/**
 * The party paid is not the worker: in the January 2025 DOJ case a helper's own company billed
 * the clients for the "worker" (us25jan-tc-facilitator-invoicing). A proposal or a message shows
 * it when the worker says another person's company will invoice or be paid for their work.
 * Invoicing through one's *own* company, an employer of record or a known staffing firm is
 * ordinary contracting and stays quiet.
 */
const THIRD = String.raw`(?:friend|cousin|brother|sister|relative|uncle|aunt|partner|manager|boss|agent|sponsor|colleague|acquaintance|director)(?:'s|s'|s)?`;
const COMPANY = String.raw`(?:company|firm|agency|business|llc|ltd|corporation|entity|studio)`;

const CUES = defineCues([
  {
    // "my manager's company will invoice you", "the invoice will come from my friend's LLC".
    pattern: new RegExp(
      String.raw`\b(?:my|our|a)\s+${THIRD}\s+(?:\w+\s+)?${COMPANY}\b[^.!?;\n]{0,40}?\b(?:invoice|invoices|bill|bills|billing|will be paid|receives? the payment|gets? the payment|takes? the payment|signs? the contract|is the contractor)\b`,
      'gi',
    ),
    unless: PRODUCT_CONTEXT,
    negatable: true,
  },
  {
    // "invoice through my friend's company", "pay my agent's agency and they pay me".
    pattern: new RegExp(
      String.raw`\b(?:invoic\w*|bill\w*|pay\w*|contract\w*|send the (?:money|payment))\s+(?:\w+\s+){0,3}?(?:through|via|to|with|from)\s+(?:my|our)\s+${THIRD}\s+(?:\w+\s+)?${COMPANY}\b`,
      'gi',
    ),
    unless: PRODUCT_CONTEXT,
    negatable: true,
  },
  {
    // "the contract is with a US company that pays me", "a partner company will bill you and pay me".
    pattern: new RegExp(
      String.raw`\b(?:a|another|the|our)\s+(?:(?:us|u\.s\.|american|local|partner)\s+){1,2}${COMPANY}\s+(?:will\s+)?(?:invoice|bill|bills|invoices|contract|contracts|sign)\b[^.!?;\n]{0,40}?\b(?:pay|pays|forward|forwards|send|sends|transfer|transfers)\s+(?:(?:it|the money|the payment|my (?:share|part|salary))\s+)?(?:to\s+)?me\b`,
      'gi',
    ),
    unless: PRODUCT_CONTEXT,
    negatable: true,
  },
  {
    // "an agency owned by my friend", "Acme LLC, which is run by my relative, will pay me".
    pattern: new RegExp(
      String.raw`\b${COMPANY},?\s+(?:that is\s+|which is\s+|that's\s+)?(?:owned|run|managed|registered)\s+by\s+(?:my|our)\s+${THIRD}\b[^.!?;\n]{0,60}?\b(?:invoic\w*|bill\w*|pay\w*|contract|money)\b|\b(?:invoic\w*|bill\w*|pay\w*|contract)\b[^.!?;\n]{0,60}?\b${COMPANY},?\s+(?:that is\s+|which is\s+|that's\s+)?(?:owned|run|managed|registered)\s+by\s+(?:my|our)\s+${THIRD}\b`,
      'gi',
    ),
    unless: PRODUCT_CONTEXT,
    negatable: true,
  },
]);

export default defineRule({
  id: 'facilitator-company-billing',
  topic: 'payment',
  indicators: ['us25jan-tc-facilitator-invoicing'],
  severity: 'medium',
  weight: 4,
  platforms: 'all',
  subjects: ['profile', 'text'],
  text: {
    title: 'Another person’s company would bill or be paid for the work',
    why:
      'In a 2025 U.S. case, helpers billed client firms through their own companies for work done by DPRK IT workers, so the party paid was not the person doing the work. Invoicing through your own company is normal; a third person’s company standing between you and the worker is what the case describes.',
    nextStep:
      'Ask who owns the billing company and how the worker is paid; contract with and pay the verified worker, or a company they own, directly.',
    evidence: {
      wording: 'Billing wording: “{quote}”',
    },
  },
  check: (input, say) => cueEvidence(input.text, CUES, (quote) => say('wording', { quote })),
});
