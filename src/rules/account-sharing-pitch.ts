import { defineRule } from '../core/rule';
import { PRODUCT_CONTEXT, defineCues, cueEvidence } from '../matching/text-scan';

/**
 * Offers to "collaborate" that really ask for someone else's identity or platform
 * account, or to split a contract's work and fee: us22-tc-collaboration-pitch
 * (need Western ID or a platform account), kr22-tc-split-work-with-freelancer
 * (deliver work together and share the fee), us22-rf-borrow-coworker-pii (asking
 * colleagues to lend personal information to win contracts).
 */
const ACCOUNT_SITE = String.raw`(?:upwork|fiverr|freelancer|linkedin|toptal|github|indeed|platform|freelanc\w+|bank|paypal|payoneer|wise|stripe|verified)`;
const IDENTITY = String.raw`(?:id|ids|identity|passport|ssn|social security(?: number)?|driver'?s? licen[cs]e|id card|identity documents?|personal (?:info\w*|details|data|documents?)|name and address|bank account|address|photo id)`;

/** Ordinary sign-in wording in product text: "sign in with your GitHub account". */
const SIGN_IN = /\b(?:sign(?:ed)?[- ]?in|sign[- ]?up|log[- ]?in with|oauth|sso|authenticat\w*)\b/i;
/** An employer's own onboarding request (pasted thread) is not the candidate asking. */
const EMPLOYER_ONBOARDING = /\b(?:i-?9|e-?verify|background check|kyc|onboarding|hr department|offer letter)\b/i;

const CUES = defineCues([
  {
    // "I'd like to rent your Upwork account", "we can use your verified account", "can I borrow your profile".
    pattern: new RegExp(
      String.raw`\b(?:rent|borrow|buy|use|lend|share|purchase|need|want|access|operate|run)\w*\s+(?:\w+\s+){0,2}?(?:your|an|a|the)\s+(?:\w+\s+){0,1}?${ACCOUNT_SITE}\s+(?:account|profile|login|credentials)s?\b`,
      'gi',
    ),
    unless: PRODUCT_CONTEXT,
    negatable: true,
    accept: (m, statement) => !SIGN_IN.test(statement) && /\byour\b|\brent|\bborrow|\bbuy|\bpurchase|\blend/i.test(m[0]),
  },
  {
    // "account rental", "renting out your account".
    pattern: /\baccount\s+(?:rent(?:al|ing)?|lending|sharing deal)\b|\brent(?:ing)?\s+(?:out\s+)?(?:your|my)\s+(?:\w+\s+)?(?:account|profile)\b/gi,
    unless: PRODUCT_CONTEXT,
    negatable: true,
  },
  {
    // "I need your ID to register", "can you lend me your SSN", "send me your passport and address to apply".
    pattern: new RegExp(String.raw`\b(?:need|use|borrow|rent|lend me|send me|share|give me|provide)\s+(?:\w+\s+){0,2}?your\s+(?:\w+\s+)?${IDENTITY}\b`, 'gi'),
    unless: PRODUCT_CONTEXT,
    negatable: true,
    accept: (_m, statement) => !EMPLOYER_ONBOARDING.test(statement) && !SIGN_IN.test(statement),
  },
  {
    // "we split the payment 70/30", "share the fee", "you keep 20% of every payment".
    pattern: /\b(?:split|share|divide)\s+(?:the\s+|our\s+|all\s+)?(?:fees?|payments?|income|profits?|earnings|money|revenue|salary)\b|\byou\s+(?:will\s+)?(?:keep|get|receive|earn)\s+\d{1,2}\s?(?:%|percent)\s+(?:of\s+)?(?:the\s+|each\s+|every\s+|all\s+)?(?:payments?|earnings|income|salary|contract|project)s?\b/gi,
    unless: PRODUCT_CONTEXT,
    negatable: true,
  },
  {
    // "I will do all the work, you just attend the calls with the client".
    pattern: /\bi(?:\s+will|'ll)\s+do\s+(?:all\s+)?(?:the\s+)?(?:work|coding|development|job|tasks?)\b[^.!?;\n]{0,60}?\byou\s+(?:just\s+|only\s+)?(?:handle|talk|attend|do|take|communicate|join|receive|get paid|bid|apply|deal)\b/gi,
    unless: PRODUCT_CONTEXT,
  },
]);

export default defineRule({
  id: 'account-sharing-pitch',
  topic: 'messages',
  indicators: ['us22-tc-collaboration-pitch', 'kr22-tc-split-work-with-freelancer', 'us22-rf-borrow-coworker-pii'],
  severity: 'high',
  weight: 6,
  platforms: 'all',
  subjects: ['profile', 'text'],
  text: {
    title: 'Asks to use someone’s account or identity, or to split the work and fee',
    why:
      'The guidance describes workers approaching other freelancers with “collaboration” offers to use their platform accounts or Western ID, splitting commissioned work and the fee, and asking colleagues to lend personal information to win contracts.',
    nextStep: 'Do not share accounts or identity documents; confirm the person doing the work is the verified account holder.',
    evidence: {
      wording: 'Account/identity wording: “{quote}”',
    },
  },
  check: (input, say) => cueEvidence(input.text, CUES, (quote) => say('wording', { quote })),
});
