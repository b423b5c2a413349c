import { defineRule } from '../core/rule';
import { PRODUCT_CONTEXT, defineCues, cueEvidence } from '../matching/text-scan';

/**
 * Payment routes the guidance names as red flags when a worker asks for them:
 * virtual currency (us22-rf-crypto-pay, uk24-rf-alt-payment-crypto), Bitcoin,
 * Ethereum, PayPal or Wise (de24-rf-crypto-paypal-wise), and PRC-linked digital
 * payment services (us22-rf-prc-linked-payment-service — the advisory names none;
 * Canada's 2025 advisory repeats the crypto request, ca25-rf-crypto-request;
 * Alipay, WeChat Pay and UnionPay are the widely known PRC-based ones).
 * Only a *request or preference* counts: "built a crypto exchange" or "PayPal
 * integration" is project work (shared/advisories.md §4 item 5).
 */
const PAYMENT_ROUTE =
  String.raw`(?:crypto(?:currency|currencies)?|virtual currenc(?:y|ies)|bitcoin|btc|ethereum|eth|usdt|usdc|tether|stablecoins?|paypal|transferwise|wise|alipay|wechat ?pay|weixin ?pay|unionpay)`;

/** The writer asking or stating how they want to be paid (first/second person). */
const PAYMENT_REQUEST =
  String.raw`(?:pay me|paying me|(?:be|get|getting|being) paid|send (?:me |it |the )?(?:the )?(?:payment|money|funds|salary|fee)s?|my (?:payment|salary|rate|fee|invoice|wage)s?|(?:i|we) (?:prefer|accept|take|require|want|need|ask for|request|would like|'d like|only work with|only accept|receive)|payment (?:method|option|terms?|preference)s?(?: is| are|:| -)|(?:please|kindly|can you|could you) (?:pay|send|transfer))`;

const CUES = defineCues([
  {
    // "Please pay me in USDT", "I prefer to be paid via PayPal or Wise", "Payment method: Bitcoin".
    pattern: new RegExp(String.raw`\b${PAYMENT_REQUEST}(?![a-z])[^.!?;\n]{0,50}?\b(?<route>${PAYMENT_ROUTE})\b`, 'gi'),
    unless: PRODUCT_CONTEXT,
    negatable: true,
    accept: routeIsMeant,
  },
  {
    // "USDT payment only", "crypto payments preferred", "PayPal only please".
    pattern: new RegExp(String.raw`\b(?<route>${PAYMENT_ROUTE})\s+(?:payments?\s+)?(?:only|preferred|is preferred|accepted only|please)\b`, 'gi'),
    unless: PRODUCT_CONTEXT,
    negatable: true,
    accept: routeIsMeant,
  },
]);

// "wise" is also an English word ("it would be wise to pay…"), "ETH" also a university (ETH Zurich).
const WISE_SERVICE = /\bwise\s+(?:account|transfer|business)\b/i;
const ETH_SCHOOL = /\beth\s+z(?:u|\u00fc)rich/i;

function routeIsMeant(m: RegExpMatchArray, statement: string): boolean {
  const route = m.groups?.route ?? '';
  if (route.toLowerCase() === 'wise' && route !== 'Wise' && route !== 'WISE' && !WISE_SERVICE.test(statement)) return false;
  if (route.toLowerCase() === 'eth' && ETH_SCHOOL.test(statement)) return false;
  return true;
}

export default defineRule({
  id: 'alt-payment-request',
  topic: 'payment',
  indicators: ['us22-rf-crypto-pay', 'de24-rf-crypto-paypal-wise', 'uk24-rf-alt-payment-crypto', 'us22-rf-prc-linked-payment-service', 'ca25-rf-crypto-request'],
  // A payment preference is a weak signal: on its own it never reaches "medium" (shared/advisories.md §4).
  severity: 'low',
  weight: 2,
  platforms: 'all',
  subjects: ['profile', 'text'],
  text: {
    title: 'Asks to be paid in crypto or through an alternative payment service',
    why:
      'Government guidance lists a wish to be paid in virtual currency, or through PayPal, Wise or payment services linked to China, as a way schemes avoid the identity checks of ordinary bank payroll. Many honest freelancers use these services too, so this is one indicator to weigh with the others.',
    nextStep:
      'Pay only to a bank account in the candidate’s own name that matches their identity documents, and do not pay only in cryptocurrency.',
    evidence: {
      wording: 'Payment wording: “{quote}”',
    },
  },
  check: (input, say) => cueEvidence(input.text, CUES, (quote) => say('wording', { quote })),
});
