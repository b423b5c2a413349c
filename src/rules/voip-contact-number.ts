import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { defineRule } from '../core/rule';

/**
 * Canada's 2025 advisory says the workers hide behind internet-telephony (VoIP) numbers and
 * encrypted messengers (ca25-tc-voip-encrypted-msg). Both are everyday tools — many home lines
 * in some countries are VoIP numbers — so this is a weak, supporting signal: weight 1, never
 * above "low" on its own, and messenger apps are not flagged at all.
 *
 * Which numbers are VoIP or virtual ("personal", follow-me) numbers comes from the number plans
 * that libphonenumber maintains (the `max` metadata has the per-type ranges); prefix tables of
 * our own would go stale. A number is judged only when written in international form (+…): a
 * national number's country is unknown, and guessing it would guess wrong.
 */
const TYPES: Readonly<Record<string, string>> = { VOIP: 'an internet-telephony (VoIP) number', PERSONAL_NUMBER: 'a virtual “personal” (follow-me) number' };

/** International-form candidates: "+", a digit, then digits and the usual separators. */
const CANDIDATE_RE = /(?<![\w+])\+\s?\d[\d\s().-]{5,22}\d(?!\d)/g;
/** Bounded work on hostile input: a résumé lists a few numbers, not hundreds. */
const MAX_CANDIDATES = 20;

function virtualNumbers(text: string): { number: string; type: string }[] {
  if (!text.includes('+')) return [];
  const out: { number: string; type: string }[] = [];
  const seen = new Set<string>();
  let looked = 0;
  for (const m of text.matchAll(CANDIDATE_RE)) {
    if (++looked > MAX_CANDIDATES) break;
    const parsed = parsePhoneNumberFromString(m[0]);
    if (!parsed?.isValid()) continue;
    const type = parsed.getType();
    if (!type || !Object.hasOwn(TYPES, type) || seen.has(parsed.number)) continue;
    seen.add(parsed.number);
    out.push({ number: parsed.formatInternational(), type: TYPES[type]! });
  }
  return out;
}

export default defineRule({
  id: 'voip-contact-number',
  topic: 'identity',
  indicators: ['ca25-tc-voip-encrypted-msg'],
  severity: 'low',
  weight: 1,
  platforms: 'all',
  subjects: ['profile', 'text'],
  text: {
    title: 'Contact number is a VoIP or virtual number (weak)',
    why:
      'Canada’s 2025 advisory notes that the workers hide their identity behind internet-telephony numbers. Many honest people use such numbers (some countries’ home lines are VoIP), so this only supports other signals and never counts much on its own.',
    nextStep: 'Nothing on its own. If other signals are present, reach the candidate on a live video call and check their ID.',
    evidence: {
      number: '{number} is {type} by its number plan',
    },
  },
  check(input, say) {
    const found = virtualNumbers(input.text);
    return found.length > 0 ? found.slice(0, 3).map(({ number, type }) => say('number', { number, type })) : null;
  },
});
