import { defineRule } from '../core/rule';
import { PRODUCT_CONTEXT, defineCues, cueEvidence } from '../matching/text-scan';

/**
 * Pay routed to someone else's account, or an account that "was closed" and must
 * be swapped: us22-rf-account-closed-or-swap (freelance or payment account shut
 * down, switch to an account in another name), jp24-rf-payout-name-mismatch
 * (payout account in a different name), de24-rf-intermediary-accounts and
 * jp24-tc-payout-via-third-party (fees paid to a third party who forwards them),
 * jp25-rf-third-party-payee (Japan's 2025 update: fees to be paid under someone else's ID
 * or into someone else's account).
 */
const OTHER_PERSON = String.raw`(?:friend|cousin|brother|sister|wife|husband|partner|relative|uncle|aunt|father|mother|dad|mom|mum|colleague|agent|manager|teammate|team lead(?:er)?|boss)(?:'s|s')?`;
const ACCOUNT_KIND = String.raw`(?:upwork|fiverr|freelancer|paypal|payoneer|wise|bank|payment|payout|platform|freelance|stripe)`;

const CUES = defineCues([
  {
    // "My Upwork account was suspended", "our PayPal account got banned".
    pattern: new RegExp(
      String.raw`\b(?:my|our)\s+(?:old\s+|previous\s+|main\s+)?(?:${ACCOUNT_KIND}\s+)?account\s+(?:was|has been|got|is|has|had been)\s+(?:just\s+|recently\s+|temporarily\s+)?(?:closed|suspended|banned|blocked|frozen|restricted|deactivated|locked|disabled|terminated|shut down|limited)\b`,
      'gi',
    ),
    unless: PRODUCT_CONTEXT,
    negatable: true,
  },
  {
    // "send the payment to my cousin's account", "pay via my friend's PayPal".
    pattern: new RegExp(
      String.raw`\b(?:pay|send|transfer|wire|deposit|remit)\w*\s+(?:\w+\s+){0,3}?(?:to|into|through|via|on)\s+(?:my\s+|our\s+)?${OTHER_PERSON}\s+(?:\w+\s+)?(?:account|paypal|bank|wallet|card|wise)\b`,
      'gi',
    ),
    unless: PRODUCT_CONTEXT,
    negatable: true,
  },
  {
    // "the account is under my brother's name", "the bank account is in another name".
    pattern: new RegExp(
      String.raw`\baccount\s+(?:is\s+|will be\s+|was\s+)?(?:in|under)\s+(?:the\s+)?(?:name of|another(?: person's)? name|a different name|someone else's name|(?:my|our)\s+${OTHER_PERSON}\s+name)\b`,
      'gi',
    ),
    unless: PRODUCT_CONTEXT,
    negatable: true,
  },
  {
    // "please switch my payment account to a new one", "use another bank account for the payment".
    pattern: new RegExp(
      String.raw`\b(?:switch|change|update|use)\w*\s+(?:(?:to|my|the|this|a|an)\s+){0,2}(?:new|another|different|other|second)\s+(?:${ACCOUNT_KIND}\s+)?(?:account|payout method|payment method)\b[^.!?;\n]{0,40}\b(?:pay|payment|payout|receiv\w*|invoice|salary|transfer|name)\b`,
      'gi',
    ),
    unless: PRODUCT_CONTEXT,
    negatable: true,
  },
  {
    // "pay it to my sister", "transfer the fee to my colleague, he will forward it to me".
    pattern: new RegExp(
      String.raw`\b(?:pay|transfer|wire|deposit|remit)\w*\s+(?:(?:the|my|this|that|it|invoice|payment|money|salary|fee|fees|amount)\s+){0,3}(?:to|into)\s+my\s+${OTHER_PERSON}\b(?!\s+(?:in|on|at)\s+(?:the\s+)?(?:company|team|office|hr))`,
      'gi',
    ),
    unless: PRODUCT_CONTEXT,
    negatable: true,
  },
  {
    // "he will forward it to me", "she sends the money on to me".
    pattern: /\b(?:he|she|they)(?:\s+will|'ll)?\s+(?:then\s+)?(?:forward|forwards|send|sends|transfer|transfers|pass|passes)\s+(?:it|the money|the payment|the funds|my (?:share|part|salary))\s+(?:on\s+|back\s+)?to\s+me\b/gi,
    unless: PRODUCT_CONTEXT,
    negatable: true,
  },
  {
    // "pay the fee under my uncle's ID", "the contract will be under a friend's name", "invoice in another person's name".
    pattern: new RegExp(
      String.raw`\b(?:pay\w*|fees?|payments?|invoices?|contract|salary|money)\b[^.!?;\n]{0,40}?\b(?:under|in|with|using)\s+(?:(?:my|our|a|his|her)\s+)?(?:${OTHER_PERSON}|someone else's|another person's|a third party's|third-party)\s+(?:\w+\s+)?(?:id|ids|identity|name|passport|details|documents?)\b`,
      'gi',
    ),
    unless: PRODUCT_CONTEXT,
    negatable: true,
  },
]);

export default defineRule({
  id: 'payout-other-account',
  topic: 'payment',
  indicators: ['us22-rf-account-closed-or-swap', 'jp24-rf-payout-name-mismatch', 'de24-rf-intermediary-accounts', 'jp24-tc-payout-via-third-party', 'jp25-rf-third-party-payee'],
  severity: 'high',
  weight: 6,
  platforms: 'all',
  subjects: ['profile', 'text'],
  text: {
    title: 'Payment to another person’s account, or an account “closed” and swapped',
    why:
      'The guidance warns about workers whose freelance or payment account was shut down, who ask to switch to an account in another name, who ask to be paid under someone else’s ID, or whose pay passes through a third party’s account. Each breaks the link between the person doing the work and the person being paid.',
    nextStep:
      'Ask why the account changed and require a payout account in the worker’s own verified name; do not pay into a relative’s or agent’s account.',
    evidence: {
      wording: 'Account wording: “{quote}”',
    },
  },
  check: (input, say) => cueEvidence(input.text, CUES, (quote) => say('wording', { quote })),
});
