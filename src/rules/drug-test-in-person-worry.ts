import { defineRule } from '../core/rule';
import { PRODUCT_CONTEXT, defineCues, cueEvidence } from '../matching/text-scan';

/**
 * Unusual worry about a drug test or an in-person meeting requirement, or saying
 * they cannot meet it (uskr23-rf-drug-test-in-person-worry). "Remote only" as a
 * job preference is not this; a refusal to *meet* in person for hiring is.
 */
const TEST = String.raw`(?:drug|urine|hair|substance)[- ]?(?:tests?|testing|screen(?:ing|s)?)`;
const WORRY = String.raw`(?:avoid|skip|waive\w*|exempt\w*|worr(?:y|ied|ying)|concern(?:ed)?|nervous|anxious|uncomfortable|refuse|can't|cannot|can not|unable to|won't|will not|don't want to|do not want to|do i (?:have|need) to|must i|is there|is it|are there|way around|get out of|instead of)`;

const CUES = defineCues([
  {
    // "Do I have to take a drug test?", "I'd like to skip the drug screening", "is the drug test mandatory?"
    pattern: new RegExp(String.raw`\b${WORRY}\b[^.!?;\n]{0,40}?\b${TEST}\b|\b${TEST}\b[^.!?;\n]{0,30}?\b(?:mandatory|required|necessary|really needed|optional|skip\w*|waive\w*|avoid\w*)\b`, 'gi'),
    unless: PRODUCT_CONTEXT,
  },
  {
    // "I can't meet in person", "I'd rather not come to the office for the interview".
    pattern: /\b(?:can't|cannot|can not|unable to|not able to|won't|will not|prefer not to|rather not|don't want to|do not want to|avoid|skip)\s+(?:\w+\s+){0,2}?(?:meet(?:ing)?|come in|come to the office|visit(?: the office)?|attend)\s+(?:\w+\s+){0,2}?(?:in[- ]person|face[- ]to[- ]face|in the office|at (?:the|your) office|on[- ]?site)\b/gi,
    unless: PRODUCT_CONTEXT,
    accept: (m) => !/\b(?:wait|mind|problem)\b/i.test(m[0]),
  },
  {
    // "an in-person interview is not possible for me".
    pattern: /\bin[- ]person\s+(?:interview|meeting|onboarding|verification|id check)s?\s+(?:is|are|would be)\s+(?:not possible|impossible|a problem|difficult)\b/gi,
    unless: PRODUCT_CONTEXT,
  },
]);

export default defineRule({
  id: 'drug-test-in-person-worry',
  topic: 'messages',
  indicators: ['uskr23-rf-drug-test-in-person-worry'],
  severity: 'medium',
  weight: 3,
  platforms: 'all',
  subjects: ['profile', 'text'],
  text: {
    title: 'Worried about a drug test or meeting in person',
    why:
      'The 2023 U.S.–Korean announcement lists unusual anxiety about drug-test or in-person meeting requirements, and being unable to meet them. Someone who is not who they claim cannot attend in person.',
    nextStep: 'Keep the in-person or verified-identity step in the hiring process and ask the candidate to schedule it.',
    evidence: {
      wording: 'Wording: “{quote}”',
    },
  },
  check: (input, say) => cueEvidence(input.text, CUES, (quote) => say('wording', { quote })),
});
