import { defineRule } from '../core/rule';
import { PRODUCT_CONTEXT, defineCues, findCues, matchableText, searchableText } from '../matching/text-scan';

/**
 * Contact details that keep changing, or many different ones for one person
 * (us22-rf-bad-or-changing-contacts; jp24-rf-frequent-account-changes is the
 * platform-side twin). Two addresses (personal + work) or two numbers (mobile +
 * office) are normal, so only three or more distinct ones count, and
 * referees' details (after a "References" heading) and role mailboxes
 * (info@, sales@ …) are not the candidate's.
 */
export const MIN_DISTINCT_EMAILS = 3;
export const MIN_DISTINCT_PHONES = 3;

const EMAIL = /\b[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4}\b/gi;
const ROLE_MAILBOX = /^(?:info|support|sales|hello|contact|admin|hr|jobs|careers|noreply|no-reply|donotreply|do-not-reply|office|team|help|billing|press|marketing|privacy|security|abuse|postmaster|webmaster|subscribe|unsubscribe|advertise|advertising|ads|news|newsletter|editor|editors|feedback|service|customerservice|enquiries|inquiries|list|lists|listserv|majordomo|mailer-daemon)@|^owner-|-(?:request|owner|subscribe|unsubscribe)@/i;
// A phone is a "+"-prefixed number or one labelled as a phone; bare digit runs are dates, ids, versions.
const PHONE = /(?:\+\d[\d\s().-]{6,18}\d)|(?:\b(?:phone|tel|telephone|mobile|cell|whatsapp|telegram|call me(?: at| on)?)\s*(?:no\.?|number|#)?\s*[:.]?\s*\(?\d[\d\s().-]{6,18}\d)/gi;
const REFERENCES_HEADING = /(?:^|\n)\s*(?:references?|referees?|contacts? of references)\s*(?::|\n|available)/i;
const MAX_ITEMS = 200;
const DIGIT = /\d/;

const CHANGE_CUES = defineCues([
  {
    // "my new number is …", "please use my new e-mail", "I changed my phone number again".
    // "My other email" alone is usually another message ("did you get my other email?"): only its address counts.
    pattern: /\bmy\s+(?:new|newest|updated|current new)\s+(?:phone\s+|mobile\s+|cell\s+|whatsapp\s+|telegram\s+|contact\s+)?(?:number|e-?mail(?:\s+address)?|phone)\b|\bmy\s+other\s+(?:phone\s+|mobile\s+|cell\s+|whatsapp\s+|telegram\s+)?(?:number|e-?mail\s+address|phone)\b|\b(?:changed|switched|updated|lost)\s+my\s+(?:phone\s+|mobile\s+|cell\s+|whatsapp\s+)?(?:number|e-?mail(?:\s+address)?|phone)\b/gi,
    unless: PRODUCT_CONTEXT,
    negatable: true,
  },
  {
    // "my old number no longer works", "the previous e-mail is not in use".
    pattern: /\b(?:my\s+|the\s+)?(?:old|previous|former|last)\s+(?:phone\s+|mobile\s+)?(?:number|e-?mail(?:\s+address)?)\s+(?:is|was|no longer|doesn't|does not|isn't|stopped|has been)\b/gi,
    unless: PRODUCT_CONTEXT,
  },
]);

function ownContactText(text: string): string {
  const refs = REFERENCES_HEADING.exec(text);
  return refs ? text.slice(0, refs.index) : text;
}

function distinctEmails(text: string): string[] {
  const out = new Set<string>();
  let n = 0;
  for (const m of text.matchAll(EMAIL)) {
    if (++n > MAX_ITEMS) break;
    const email = m[0].toLowerCase();
    if (!ROLE_MAILBOX.test(email)) out.add(email);
  }
  return [...out];
}

function distinctPhones(text: string): string[] {
  const out = new Map<string, string>();
  let n = 0;
  for (const m of text.matchAll(PHONE)) {
    if (++n > MAX_ITEMS) break;
    const raw = m[0].replace(/^[^+\d(]*/, '');
    const digits = raw.replace(/\D/g, '');
    // A number is 8–15 digits (E.164); shorter or longer runs are something else.
    if (digits.length < 8 || digits.length > 15) continue;
    // The same number written with and without the country code counts once.
    const key = digits.slice(-8);
    if (!out.has(key)) out.set(key, raw.trim());
  }
  return [...out.values()];
}

export default defineRule({
  id: 'changing-contacts',
  topic: 'identity',
  indicators: ['us22-rf-bad-or-changing-contacts'],
  severity: 'low',
  weight: 2,
  platforms: 'all',
  subjects: ['profile', 'text'],
  text: {
    title: 'Contact details change or multiply',
    why:
      'The 2022 U.S. advisory lists phone numbers or e-mail addresses that are wrong or keep changing. One person giving many different addresses or numbers makes them hard to verify.',
    nextStep:
      'Ask which single phone number and e-mail address the candidate uses and verify them (call back, reply to a message) before going further.',
    evidence: {
      wording: 'Contact wording: “{quote}”',
      emails: '{count} different e-mail addresses: {list}',
      phones: '{count} different phone numbers: {list}',
    },
  },
  check(input, say) {
    const text = searchableText(input.text);
    const evidence = findCues(matchableText(input.text), CHANGE_CUES).map((quote) => say('wording', { quote }));
    // Every e-mail match has an "@" and every phone match a digit: without either, there is nothing to count.
    if (!text.includes('@') && !DIGIT.test(text)) return evidence.length ? evidence : null;
    const own = ownContactText(text);
    const emails = distinctEmails(own);
    if (emails.length >= MIN_DISTINCT_EMAILS) {
      evidence.push(say('emails', { count: emails.length, list: emails.slice(0, 5).join(', ') }));
    }
    const phones = distinctPhones(own);
    if (phones.length >= MIN_DISTINCT_PHONES) {
      evidence.push(say('phones', { count: phones.length, list: phones.slice(0, 5).join(', ') }));
    }
    return evidence.length ? evidence : null;
  },
});
