import { defineRule } from '../core/rule';
import { PRODUCT_CONTEXT, defineCues, cueEvidence } from '../matching/text-scan';
import { PAY_NEAR, around } from '../matching/cue-context';

/**
 * Someone else to sit the interview: helpers who take virtual interviews on the
 * worker's behalf (us24-tc-interview-stand-in), U.S. persons paid to attend job
 * interviews under the false identity (us24d-tc-paid-stand-ins), and the impostor
 * the employer then meets (us25u-rf-interview-impostor). A post asking for it reads
 * "need someone to take interviews for me", "interview support, $100 per interview".
 * Career services ("interview coaching", "mock interviews") are ordinary: a
 * helper counts only when the interview is taken *for* the writer or paid for.
 */
const CUES = defineCues([
  {
    // "need someone to take interviews for me", "Who can do interview instead of me?", "attend job interviews on my behalf".
    pattern:
      /\b(?:take|taking|attend|attending|do|doing|pass|passing|sit|sitting|join|joining|handle|handling|give|answer|answering|speak in|talk in)\s+(?:(?:the|my|an?|this|these|job|technical|tech|hr|client|video|zoom|online|live|\d+)\s+){0,3}interviews?\s+(?:for me|on my behalf|instead of me|in my place|in my name|as me|under my name|for my (?:account|profile|identity)|for others|for other people|for someone else)\b|\binterviews?\b[^.!?\n]{0,40}?\b(?:pretend(?:ing)? (?:to be|you are) me|as if you (?:are|were) me|impersonat\w+ me)\b/gi,
    unless: PRODUCT_CONTEXT,
  },
  {
    // "Looking for interview support … Will pay $100 per interview", "need interview helper, you just join zoom call and talk".
    pattern: /\binterviews?\s+(?:support(?:er)?s?|helpers?|assistants?|assistance|proxy|proxies|stand-?ins?|partners?|speakers?)\b|\b(?:proxy|stand-?in|substitute|impersonat\w+)\s+(?:for\s+(?:an?\s+|the\s+|my\s+)?)?(?:\w+\s+)?interviews?\b/gi,
    unless: PRODUCT_CONTEXT,
    accept: (m) => {
      const near = around(m, 80, 160);
      return PAY_NEAR.test(near) || HELPER_TALKS.test(near) || FOR_ME.test(near);
    },
  },
  {
    // "i need helper who can speak on interview while i answer in chat", "a good english speaker for job interview".
    pattern: /\b(?:helpers?|speakers?|talkers?|proxy|someone|somebody|person|people)\b[^.!?\n]{0,40}?\binterviews?\b/gi,
    unless: PRODUCT_CONTEXT,
    accept: (m) => {
      const near = around(m, 80, 160);
      return HELPER_TALKS.test(near) || FOR_ME.test(near) || (PAY_NEAR.test(near) && /\b(?:i need|we need|need|looking for|hiring|seeking|want)\b/i.test(near));
    },
  },
  {
    // "plz someone do my technical interview, i give 100 usdt": the writer's own interview, done by someone else for pay.
    pattern: /\b(?:do|take|pass|attend|handle)\s+my\s+(?:\w+\s+){0,2}?interviews?\b/gi,
    unless: PRODUCT_CONTEXT,
    negatable: true,
    accept: (m) => PAY_NEAR.test(around(m, 80, 120)) && /\b(?:someone|somebody|anyone|you|person)\b/i.test(around(m, 80, 120)),
  },
  {
    // "pay per interview", "I pay $100 for each interview".
    pattern: /\bpay\w*\s+(?:you\s+)?(?:[$€£]?\s?\d+\s?(?:\$|usd|dollars?)?\s+)?(?:per|for each|each|for every|every)\s+(?:successful\s+|passed\s+)?interview\b/gi,
    unless: PRODUCT_CONTEXT,
  },
]);

/** The helper talks while the writer does the work: "you just join zoom call and talk, I will do coding". */
const HELPER_TALKS =
  /\byou\s+(?:just\s+|only\s+)?(?:join|talk|speak|attend|answer|show your face|turn on (?:your )?camera)\b|\bi(?:\s+will|'ll)\s+(?:do|handle)\s+(?:the\s+)?(?:coding|technical|tech|code|work)|\bwhile\s+i\s+(?:answer|type|code|write|send|tell)\b/i;
const FOR_ME = /\b(?:for me|on my behalf|instead of me|in my place|as me)\b/i;

export default defineRule({
  id: 'interview-stand-in-request',
  topic: 'identity',
  indicators: ['us24-tc-interview-stand-in', 'us24d-tc-paid-stand-ins', 'us25u-rf-interview-impostor'],
  severity: 'high',
  weight: 6,
  platforms: 'all',
  subjects: ['profile', 'text'],
  text: {
    title: 'Asks for someone else to sit job interviews',
    why:
      'U.S. cases describe helpers paid to attend job interviews and work meetings in the worker’s place, so that the person the employer meets is not the person who will do the work.',
    nextStep:
      'Hold every interview on live video with the camera on, and check the person against their ID at the start of each one; compare voices and faces across rounds.',
    evidence: {
      wording: 'Interview wording: “{quote}”',
    },
  },
  check: (input, say) => cueEvidence(input.text, CUES, (quote) => say('wording', { quote })),
});
