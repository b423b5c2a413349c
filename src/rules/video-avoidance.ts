import { defineRule } from '../core/rule';
import { PRODUCT_CONTEXT, defineCues, cueEvidence } from '../matching/text-scan';

/**
 * Refusing or dodging camera/video contact, or insisting on text instead of video:
 * us22-tc-text-over-video, uskr23-rf-camera-avoidance, kr22-rf-chat-not-video
 * (audio "not working", push to chat/phone), de24-rf-avoid-meetings,
 * jp24-rf-poor-japanese-no-video and de24-rf-text-only. Only the *behaviour* is
 * read; the language or fluency of the text never is (shared/advisories.md §4
 * item 6). A general preference for async work or fewer meetings is ordinary
 * remote-work culture, so only video/camera refusals count.
 */
const REFUSAL = String.raw`(?:can't|cannot|can not|couldn't|could not|unable to|won't|will not|don't|do not|not able to|prefer not to|rather not|not comfortable|uncomfortable|not possible to|impossible to|no way to|avoid)`;
const VIDEO_ACT = String.raw`(?:(?:turn on|switch on|use|enable|open|show|share)\s+(?:my\s+|the\s+|a\s+)?(?:camera|webcam|cam|video|face)|(?:do|join|attend|have|take|make|hold)\s+(?:a\s+|any\s+|the\s+)?(?:video|camera|zoom|face[- ]?time|webcam)\s*(?:call|interview|meeting|chat|session)s?|(?:be|appear)\s+on\s+(?:camera|video|webcam)|video\s*(?:call|interview|meeting)s?)`;

/** Benign readings of the same words: "I don't mind turning on my camera", "can't wait to do a video call". */
const NOT_A_REFUSAL = /\b(?:mind|hesitate|problem|issue|wait|forget|worry)\b/i;
const SCHEDULING_ONLY = /\b(?:today|tomorrow|tonight|right now|this (?:morning|afternoon|evening|week)|reschedul\w*|later)\b/i;

const CUES = defineCues([
  {
    // "I can't turn on my camera", "I prefer not to do video calls", "I won't be on camera".
    pattern: new RegExp(String.raw`\b${REFUSAL}\s+(?:\w+\s+){0,3}?${VIDEO_ACT}\b`, 'gi'),
    unless: PRODUCT_CONTEXT,
    accept: (m, statement) => !NOT_A_REFUSAL.test(m[0]) && !SCHEDULING_ONLY.test(statement),
  },
  {
    // "my camera is broken", "my microphone is not working" (kr22: claims the audio fails).
    pattern:
      /\bmy\s+(?:camera|webcam|cam|mic|microphone|audio|headset|video)\s+(?:(?:is|are|has been|was|'s)\s+(?:currently\s+|still\s+|really\s+|totally\s+)?(?:broken|not working|damaged|disabled|out of order|faulty|dead)|(?:has\s+)?stopped working|(?:doesn't|does not|isn't|is not) work(?:ing)?)\b/gi,
    unless: PRODUCT_CONTEXT,
  },
  {
    // "text-only interview", "chat-only communication".
    pattern: /\b(?:text|chat|e-?mail|written|messaging|typing)[- ]only\s+(?:communication|interview|contact|meetings?|calls?|please)\b/gi,
    unless: PRODUCT_CONTEXT,
    negatable: true,
  },
  {
    // "I prefer chat instead of a video call", "rather text than camera".
    pattern: /\b(?:prefer|rather|only)\b[^.!?;\n]{0,30}?\b(?:text|chat|written|typ(?:e|ing)|messag(?:e|es|ing)|e-?mail|slack)\b[^.!?;\n]{0,30}?\b(?:instead of|rather than|than|over)\b[^.!?;\n]{0,20}?\b(?:video|camera|webcam|face[- ]?to[- ]?face)\b/gi,
    unless: PRODUCT_CONTEXT,
    negatable: true,
  },
]);

export default defineRule({
  id: 'video-avoidance',
  topic: 'messages',
  indicators: [
    'uskr23-rf-camera-avoidance',
    'us22-tc-text-over-video',
    'kr22-rf-chat-not-video',
    'de24-rf-avoid-meetings',
    'jp24-rf-poor-japanese-no-video',
    'de24-rf-text-only',
  ],
  severity: 'medium',
  weight: 5,
  platforms: 'all',
  subjects: ['profile', 'text'],
  text: {
    title: 'Avoids video or camera contact',
    why:
      'Several governments list refusing to appear on camera, claiming the camera or audio is broken, or insisting on text chat instead of video as typical of workers hiding who they are. Only the behaviour counts here, never the language or how fluently someone writes.',
    nextStep:
      'Hold a live video call with the camera on and compare the person with the profile photo and identity document; note any repeated excuses.',
    evidence: {
      wording: 'Video/camera wording: “{quote}”',
    },
  },
  check: (input, say) => cueEvidence(input.text, CUES, (quote) => say('wording', { quote })),
});
