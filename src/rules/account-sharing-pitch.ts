import { defineRule } from '../core/rule';
import { MAX_EVIDENCE, PRODUCT_CONTEXT, defineCues, cueEvidence, lowerCased } from '../matching/text-scan';
import { AMOUNT_PER_PERIOD, PAY_NEAR, SMALL_SUM, around, firstAmount } from '../matching/cue-context';

/**
 * Offers to "collaborate" that really ask for someone else's identity or platform
 * account, or to split a contract's work and fee: us22-tc-collaboration-pitch
 * (need Western ID or a platform account), kr22-tc-split-work-with-freelancer
 * (deliver work together and share the fee), us22-rf-borrow-coworker-pii (asking
 * colleagues to lend personal information to win contracts).
 */
const ACCOUNT_SITE = String.raw`(?:upwork|fiverr|freelancer|linkedin|toptal|github|indeed|platform|freelanc\w+|bank|paypal|payoneer|wise|stripe|verified)`;
const IDENTITY = String.raw`(?:id|ids|identity|passport|ssn|social security(?: number)?|driver'?s? licen[cs]e|id card|identity documents?|personal (?:info\w*|details|data|documents?)|name and address|name and bank(?: account| details)?|bank details|bank account|photo id)`;

/** Ordinary sign-in wording in product text: "sign in with your GitHub account". */
const SIGN_IN = /\b(?:sign(?:ed)?[- ]?in|sign[- ]?up|log[- ]?in with|oauth|sso|authenticat\w*)\b/i;
/** An employer's own onboarding request (pasted thread) is not the candidate asking. */
const EMPLOYER_ONBOARDING = /\b(?:i-?9|e-?verify|background check|kyc|onboarding|hr department|offer letter|benefits|payroll|401\(?k\)?|w-?[24])\b/i;
/** A system's identifier ("send me your user IDs"), not an identity document. */
const SYSTEM_ID = /\b(?:user|login|log-in|employee|staff|member|customer|account|order|ticket|session|vendor|network)\s+ids?\b/i;
/** Paid work or an account's income: what the schemes split with the person who lends their name. */
const WORK_PAID = /\b(?:projects?|contracts?|clients?|work|jobs?|accounts?|profiles?|upwork|fiverr|freelanc\w*|bids?|bidding|platforms?|gigs?|orders?|salary|tasks?)\b/i;

/** The pitch's own word for it. */
const COLLABORATION = /\b(?:collaborat\w*|cooperat\w*|co-operat\w*|partner(?:s|ship)?|work together|team up)\b/i;

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
    // The short way: "I need your linkedin for applying jobs, you get 20%", "who can give me his freelancer
    // profile for work? i share 30%". The account noun is often left out; money or the work it is for is not.
    pattern: /\b(?:need|want|use|rent|borrow|give me|lend me)\s+(?:his|her|your|their)\s+(?:verified\s+)?(?:upwork|fiverr|freelancer|linkedin|toptal|indeed|payoneer)\b/gi,
    unless: PRODUCT_CONTEXT,
    negatable: true,
    accept: (m, statement) => !SIGN_IN.test(statement) && (PAY_NEAR.test(around(m)) || /\bfor (?:work|working|applying|apply|jobs|bidding|projects|clients)\b/i.test(statement)),
  },
  {
    // A front for the account: "need one american person to be face of our account, easy money".
    pattern: /\b(?:be|act as|serve as|become)\s+(?:the\s+|a\s+)?(?:face|front|owner)\s+(?:of|for)\s+(?:our|my|the|this)\s+(?:\w+\s+)?(?:account|profile)s?\b/gi,
    unless: PRODUCT_CONTEXT,
    negatable: true,
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
    accept: (m, statement) => !EMPLOYER_ONBOARDING.test(statement) && !SIGN_IN.test(statement) && !SYSTEM_ID.test(m[0]),
  },
  {
    // "we split the payment 70/30", "share the fee", "you keep 20% of every payment".
    pattern: /\b(?:split|share|divide)\s+(?:the\s+|our\s+|all\s+)?(?:fees?|payments?|income|profits?|earnings|money|revenue|salary)\b|\byou\s+(?:will\s+)?(?:keep|get|receive|earn)\s+\d{1,2}\s?(?:%|percent)\s+(?:of\s+)?(?:the\s+|each\s+|every\s+|all\s+)?(?:payments?|earnings|income|salary|contract|project)s?\b/gi,
    unless: PRODUCT_CONTEXT,
    negatable: true,
    // Splitting what a sale or a windfall brings is ordinary: the split must be of paid work or an account's income.
    accept: (m) => WORK_PAID.test(around(m)),
  },
  {
    // "Anyone from USA want earn extra money monthly? … just let me use your identity", "let us use your name to apply".
    pattern: /\blet\s+(?:me|us)\s+use\s+your\s+(?:\w+\s+)?(?:identity|id|name|details|documents?|profile|account|laptop|computer|address|ssn)\b/gi,
    unless: PRODUCT_CONTEXT,
  },
  {
    // "I will do all the work, you just attend the calls with the client".
    pattern: /\bi(?:\s+will|'ll)\s+do\s+(?:all\s+)?(?:the\s+)?(?:work|coding|development|job|tasks?)\b[^.!?;\n]{0,60}?\byou\s+(?:just\s+|only\s+)?(?:handle|talk|attend|do|take|communicate|join|receive|get paid|bid|apply|deal)\b/gi,
    unless: PRODUCT_CONTEXT,
  },
]);

/**
 * Recruiting people who live somewhere to "collaborate" for a small sum each month:
 * "looking for US residents to collaborate with. you can make $400 per month",
 * "Hiring partners living in Canada or UK for long term collaboration, 500 USD monthly".
 * Any place counts the same: what is read is the offer (residents + collaboration + pay
 * per period), never which place is named (shared/advisories.md §4 item 4). Read only when
 * the text has the pitch's own word, so ordinary profiles never run it.
 */
const RECRUITING_CUES = defineCues([
  {
    pattern:
      /\b(?:residents?|citizens?|people|persons?|someone|somebody|partners?|collaborators?|anyone|anybody|guys?|individuals?)\s+(?:who\s+(?:live|lives|are|is|reside|resides|stay|stays)\s+in|living in|residing in|based in|located in|staying in|from|in)\s+(?:the\s+)?[\w.]+/gi,
    unless: PRODUCT_CONTEXT,
    accept: smallPaidCollaboration,
  },
  {
    // "US residents", "Canadian citizens", "EU-based partners".
    pattern: /\b(?:residents?|citizens?|based (?:people|persons?|partners?|collaborators?|individuals?))\b/gi,
    unless: PRODUCT_CONTEXT,
    accept: smallPaidCollaboration,
  },
  {
    // "Looking for americans to work with us as partners. You get paid monthly $300-$500".
    pattern: /\b(?:looking for|seeking|searching for|hiring|recruiting|need|want)\s+(?:\w+\s+){0,3}?(?:partners?|collaborators?|people|persons?|individuals?|someone|somebody|anyone|[a-z]+ans)\b/gi,
    unless: PRODUCT_CONTEXT,
    accept: smallPaidCollaboration,
  },
]);
/** A collaboration offered for a small sum each period (a salary is not this pitch). */
function smallPaidCollaboration(m: RegExpMatchArray): boolean {
  const near = around(m, 160, 240);
  if (!COLLABORATION.test(near) || !AMOUNT_PER_PERIOD.test(near)) return false;
  const amount = firstAmount(near);
  return amount === null || amount <= SMALL_SUM;
}
const PITCH_WORD = /collab|cooperat|co-operat|partner|work together|team up/;

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
  check: (input, say) => {
    const line = (quote: string) => say('wording', { quote });
    const found = cueEvidence(input.text, CUES, line) ?? [];
    if (found.length < MAX_EVIDENCE && PITCH_WORD.test(lowerCased(input.text))) {
      for (const l of cueEvidence(input.text, RECRUITING_CUES, line) ?? []) if (!found.includes(l)) found.push(l);
    }
    return found.length ? found.slice(0, MAX_EVIDENCE) : null;
  },
});
