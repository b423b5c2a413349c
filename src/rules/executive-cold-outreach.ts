import { defineRule } from '../core/rule';
import { matchableText, quoteMatched } from '../matching/text-scan';

/**
 * An unsolicited message from someone styling themselves as a C-level executive
 * of a software company, offering services or advertising skills
 * (us22-rf-c-suite-cold-outreach). All three must be present in a pasted
 * message: the self-introduction as an executive, the service offer, and cold
 * outreach wording. A profile's "CEO at …" headline is a job title, not a
 * message, so the rule reads pasted text only.
 */
const SELF_AS_EXECUTIVE =
  /\b(?:i am|i'm|this is(?: [\w.'-]+(?: [\w.'-]+)?,)?|my name is [^.!?;\n]{1,40}?,?\s*(?:and i am|i am|the)?)\s+(?:\w+\s+){0,2}?(?:the\s+)?(?:ceo|cto|coo|cfo|cio|founder|co-?founder|president|managing director|chief [a-z]+ officer|owner)\b(?:\s+and\s+(?:ceo|cto|founder|co-?founder))?\s+(?:of|at)\b/i;
const SERVICE_OFFER =
  /\b(?:we|our (?:team|company|agency|developers|engineers|experts))\s+(?:\w+\s+){0,2}?(?:offers?|provides?|speciali[sz]e[sd]?|speciali[sz]ing in|delivers?|can help|can build|can develop|have (?:a team|experienced|skilled|senior|\d+)|build|develop)\b|\bour (?:services|rates|portfolio)\b|\b(?:offer|propose)\s+(?:you\s+)?(?:a\s+|our\s+|my\s+)?(?:partnership|cooperation|collaboration|(?:development |outsourcing |it )?services)\b/i;
const COLD_OUTREACH =
  /\b(?:reach(?:ing)? out|came across|found your|noticed your|saw your|hope (?:this|my) (?:message|e-?mail|note) finds|are you (?:looking|hiring|interested)|would you be interested|let me know if you (?:need|are interested|have)|looking for (?:new )?(?:clients|projects|partners|partnership|opportunities)|open to (?:a )?(?:collaboration|partnership)|outsourc\w+|(?:reply|respond|write back|contact me|contact us|get in touch|message me)\s+if (?:you(?:'re| are) )?interested|if (?:you(?:'re| are) )?interested)\b/i;

/** Only the opening of a message is an introduction; also bounds the work on big pastes. */
const OPENING_CHARS = 3_000;

export default defineRule({
  id: 'executive-cold-outreach',
  topic: 'messages',
  indicators: ['us22-rf-c-suite-cold-outreach'],
  severity: 'low',
  weight: 2,
  platforms: 'all',
  subjects: ['text'],
  text: {
    title: 'Unsolicited outreach from a self-described executive offering services',
    why:
      'The 2022 U.S. advisory lists unsolicited messages or calls from people presenting themselves as C-level executives of software companies who offer development services.',
    nextStep: 'Check the company independently (business registry, a website you find yourself) before any engagement.',
    evidence: {
      wording: 'Message wording: “{quote}”',
    },
  },
  check(input, say) {
    if (input.kind !== 'text') return null;
    const text = matchableText(input.text);
    const opening = text.slice(0, OPENING_CHARS);
    const intro = SELF_AS_EXECUTIVE.exec(opening);
    const offer = intro && SERVICE_OFFER.exec(opening);
    const outreach = offer && COLD_OUTREACH.exec(opening);
    if (!intro || !offer || !outreach) return null;
    const quotes = [quoteMatched(text, intro.index, intro.index + intro[0].length), quoteMatched(text, offer.index, offer.index + offer[0].length)];
    return [...new Set(quotes)].map((quote) => say('wording', { quote }));
  },
});
