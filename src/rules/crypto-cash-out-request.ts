import { defineRule } from '../core/rule';
import { PRODUCT_CONTEXT, defineCues, cueEvidence } from '../matching/text-scan';

/**
 * Turning crypto into cash for someone else: the guidance describes workers who
 * receive and move pay through crypto exchanges and trading platforms
 * (au24-tc-crypto-exchanges) and helpers who open financial accounts for them and
 * keep a share (us24-tc-financial-accounts). A post reads "I need someone who can
 * convert USDT to cash and send to bank, you keep 5%". A wish to be paid in
 * crypto is alt-payment-request (one fact, one signal); building an exchange is
 * project work and stays quiet.
 */
const CRYPTO = String.raw`(?:crypto(?:currency|currencies)?|coins?|bitcoins?|btc|ethereum|eth|usdt|usdc|tether|stablecoins?|tokens?|trx|bnb)`;
const CASH = String.raw`(?:cash|fiat|usd|dollars?|euros?|eur|money|bank(?: account)?|local currency|real money|paypal|wire)`;
/** Done for the writer, or someone asked to do it: "for me", "you keep 5%", "someone who can". */
const FOR_OTHERS = /\b(?:for me|for us|someone|somebody|anyone|person|people|you|your|commission|fee|keep \d)\b/i;

const CUES = defineCues([
  {
    // "convert USDT to cash and send to bank", "exchange crypto to fiat for me", "exchange it to USD".
    pattern: new RegExp(String.raw`\b(?:convert|exchange|cash|swap|sell|change|turn|withdraw)\w*\s+(?:(?:my|our|the|some|this|these|it|them|\w+)\s+){0,3}?(?:${CRYPTO}\s+)?(?:in)?to\s+${CASH}\b`, 'gi'),
    unless: PRODUCT_CONTEXT,
    accept: (m, statement) => FOR_OTHERS.test(statement) && (CASH_WORDS.test(m[0]) || CRYPTO_WORD.test(statement)),
  },
  {
    // "can you help cash out my bitcoin?", "cash out USDT for us".
    pattern: new RegExp(String.raw`\bcash(?:ing)?[\s-]?out\s+(?:(?:my|our|the|some|this)\s+)?${CRYPTO}\b`, 'gi'),
    unless: PRODUCT_CONTEXT,
  },
  {
    // "receive crypto and exchange it to USD, then wire to my account".
    pattern: new RegExp(String.raw`\breceiv\w*\s+(?:(?:the|my|our|some)\s+)?${CRYPTO}\b[^.!?\n]{0,60}?\b(?:exchange|convert|cash|sell|wire|send|transfer)\w*\b`, 'gi'),
    unless: PRODUCT_CONTEXT,
    accept: (_m, statement) => FOR_OTHERS.test(statement),
  },
]);

const CRYPTO_WORD = new RegExp(String.raw`\b${CRYPTO}\b`, 'i');
/** The match itself names crypto and cash ("USDT to cash"), so its statement need not. */
const CASH_WORDS = new RegExp(String.raw`${CRYPTO}\s+(?:in)?to\s+${CASH}`, 'i');

export default defineRule({
  id: 'crypto-cash-out-request',
  topic: 'payment',
  indicators: ['au24-tc-crypto-exchanges', 'us24-tc-financial-accounts'],
  severity: 'medium',
  weight: 4,
  platforms: 'all',
  subjects: ['profile', 'text'],
  text: {
    title: 'Asks someone to turn crypto into cash for them',
    why:
      'The guidance describes workers who move their pay through crypto exchanges and helpers who open financial accounts for them and keep a share: converting someone else’s crypto to cash hides where the money goes.',
    nextStep: 'Do not convert or forward money for anyone; pay only to a bank account in the candidate’s own name.',
    evidence: {
      wording: 'Money wording: “{quote}”',
    },
  },
  check: (input, say) => cueEvidence(input.text, CUES, (quote) => say('wording', { quote })),
});
