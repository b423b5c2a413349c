import { defineRule } from '../core/rule';
import { PRODUCT_CONTEXT, defineCues, cueEvidence } from '../matching/text-scan';

/**
 * Getting past a verification with made-up papers: counterfeit, altered or
 * self-edited identity documents and statements (us22-tc-forged-documents; the
 * mitigation is to verify documents independently, us22-mit-verify-docs-independently).
 * A post reads "need fake ID card to pass upwork verification, photoshop is ok",
 * "make a driver license scan for KYC". People who *detect* forged papers (fraud
 * analysts, KYC teams) write the same nouns, so detection wording keeps a
 * statement quiet.
 */
const DOCUMENT = String.raw`(?:ids?|id cards?|identity cards?|identity documents?|passports?|driver'?s?\s+licen[cs]es?|driving licen[cs]es?|licen[cs]es?|documents?|docs|papers|utility bills?|bank statements?|ssn|social security cards?|diplomas?|degrees?|certificates?|selfies?|scans?|pay ?stubs?|visas?|residence permits?)`;
const VERIFICATION = /\b(?:verif\w*|kyc|pass|bypass|check|approval|approve|unlock|locked|suspended|platform|upwork|fiverr|freelancer|linkedin|payoneer|paypal|account|need|want|make|buy|can you|anyone)\b/i;
/** Fraud-prevention work: the writer finds forged papers rather than wants them. */
const DETECTION = /\b(?:detect\w*|identif\w+|spot\w*|flag\w*|prevent\w*|catch\w*|investigat\w+|screen\w*|fraud (?:team|analyst|prevention|detection)|compliance|anti-fraud|trained|training|model|classifier)\b/i;
/** Someone other than the writer, or a payment for them. */
const ANOTHER_PERSON = /\b(?:someone|somebody|anyone|you|person|people|pay|paid|paying|for me|for us|instead of me|on my behalf|in my place|else'?s?)\b/i;
const EDITED = /\b(?:fake|forged|edited|photoshop\w*|altered|modified|counterfeit|made[- ]up|not real|novelty|custom made|looks? (?:real|legit|original|genuine)|real[- ]looking)\b/i;

const CUES = defineCues([
  {
    // "Need fake ID card to pass upwork verification", "Can you make edited passport for identity verification?"
    pattern: new RegExp(String.raw`\b(?:fake|forged|fraudulent|edited|photoshopped|counterfeit|novelty|altered|doctored|fabricated)\s+(?:\w+\s+){0,1}?${DOCUMENT}(?![a-z])`, 'gi'),
    unless: PRODUCT_CONTEXT,
    accept: (_m, statement) => VERIFICATION.test(statement) && !DETECTION.test(statement),
  },
  {
    // "someone who can make a driver license scan for KYC", "photoshop my passport for the verification".
    pattern: new RegExp(String.raw`\b(?:photoshop|edit|make|create|draw|generate|forge|fake|design)\w*\s+(?:(?:me|us|a|an|the|my|new|us|usa|american|\w+'s)\s+){0,3}${DOCUMENT}\s+(?:\w+\s+){0,3}?(?:for|to pass|to get through|to bypass|so (?:it|that it|they|that they) (?:can |will )?pass(?:es)?)\s+(?:the\s+|my\s+|an?\s+)?(?:\w+\s+)?(?:verification|kyc|id check|identity check)\b`, 'gi'),
    unless: PRODUCT_CONTEXT,
    accept: (_m, statement) => !DETECTION.test(statement),
  },
  {
    // A vendor of papers: "I can provide passport and driver license scans for your verification needs".
    pattern: new RegExp(String.raw`\b(?:provide|sell|make|offer|supply)\w*\s+(?:(?:\w+)\s+){0,4}?${DOCUMENT}\b[^.!?\n]{0,40}?\bfor (?:your|any|all)\s+(?:\w+\s+)?(?:verification|kyc)`, 'gi'),
    unless: PRODUCT_CONTEXT,
    accept: (_m, statement) => !DETECTION.test(statement),
  },
  {
    // "help bypass LinkedIn ID verification with fake documents", "how to get past the KYC".
    pattern: /\b(?:bypass\w*|get(?:ting)?\s+(?:around|past|through)|cheat\w*|trick\w*|fool\w*|skip\w*)\s+(?:the\s+|an?\s+|my\s+|our\s+)?(?:\w+\s+){0,2}?(?:verification|kyc|id check|identity check)\b/gi,
    unless: PRODUCT_CONTEXT,
    accept: (_m, statement) => !DETECTION.test(statement),
  },
  {
    // Someone else's papers, or someone else in front of the camera: "pay someone to pass ID verification
    // with my photo", "can you do the selfie verification for me", "pass KYC on my behalf".
    pattern: /\b(?:pass\w*|complete\w*|do|doing|get\w*\s+through)\s+(?:the\s+|an?\s+|my\s+)?(?:\w+\s+){0,2}?(?:verification|kyc|id check|identity check)\s+(?:for me|for us|instead of me|on my behalf|in my place|with my (?:photo|picture|face|selfie)|using my (?:photo|picture|face)|with (?:someone|somebody) else'?s?\b)/gi,
    unless: PRODUCT_CONTEXT,
    negatable: true,
    // "I will do the selfie verification with my photo" is the candidate's own: another person must be in it.
    accept: (_m, statement) => ANOTHER_PERSON.test(statement) && !DETECTION.test(statement),
  },
  {
    // A verification service for people the platform would not verify: "I help you get verified on
    // upwork even you not from US, send me docs".
    pattern: /\bget\w*\s+(?:you\s+|your (?:account|profile)\s+)?verified\s+(?:on|at|with)\s+\w+[^.!?\n]{0,30}?\beven\s+(?:if\s+)?(?:you(?:'re| are)?\s+)?not\b/gi,
    unless: PRODUCT_CONTEXT,
    accept: (_m, statement) => !DETECTION.test(statement),
  },
  {
    // "I need a utility bill with US address for verification, edited one is fine".
    pattern: new RegExp(String.raw`\b${DOCUMENT}\b[^.!?\n]{0,60}?\b(?:verification|kyc)\b`, 'gi'),
    unless: PRODUCT_CONTEXT,
    accept: (_m, statement) => EDITED.test(statement) && !DETECTION.test(statement),
  },
]);

export default defineRule({
  id: 'forged-document-offer',
  topic: 'identity',
  indicators: ['us22-tc-forged-documents', 'us22-mit-verify-docs-independently'],
  severity: 'high',
  weight: 6,
  platforms: 'all',
  subjects: ['profile', 'text'],
  text: {
    title: 'Wants forged or edited papers to get past a verification',
    why:
      'The guidance describes counterfeit or self-edited driver’s licences, passports, ID cards, statements and diplomas used to pass the identity checks of platforms and employers.',
    nextStep: 'Verify identity documents independently and in person or on live video; never accept only scans or photos.',
    evidence: {
      wording: 'Document wording: “{quote}”',
    },
  },
  check: (input, say) => cueEvidence(input.text, CUES, (quote) => say('wording', { quote })),
});
